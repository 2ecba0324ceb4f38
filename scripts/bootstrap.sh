#!/usr/bin/env bash
# Installs what CRM Desktop needs on Debian/Ubuntu: the system libraries Qt uses, a virtual
# environment in .venv and the package with its test and developer tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

QT_LIBS="libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 fonts-dejavu-core"
X11_LIBS="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
# desktop-file-utils and appstream validate the Linux menu entry and metainfo (tests/packaging).
# shellcheck lets actionlint check the shell of the workflows' run: steps (scripts/lint_workflows.sh);
# icu-devtools trims ICU's data in the Linux bundle (packaging/icu_data.py).
TOOLS="python3-venv poppler-utils qpdf gnome-keyring dbus xvfb xauth desktop-file-utils appstream shellcheck icu-devtools"

missing=""
for pkg in $QT_LIBS $X11_LIBS $TOOLS; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
if [ -n "$missing" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
# pip >= 25.1 installs PEP 735 dependency groups: the developer tools (linters, type checker,
# workflow linters, PyInstaller) are in the `dev` group.
.venv/bin/python -m pip install -q -c constraints.txt -e ".[test]" --group dev
# ical.js (the calendar library of Thunderbird and Nextcloud) reads the exported .ics files in the interop
# tests; installed only where Node.js and npm already are (the test is skipped elsewhere).
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 && [ ! -f .tools/node/node_modules/ical.js/dist/ical.es5.cjs ]; then
  npm install --silent --no-audit --no-fund --prefix .tools/node ical.js@2 >/dev/null 2>&1 \
    || echo "ical.js could not be installed: its interoperability test will be skipped"
fi
