#!/usr/bin/env bash
# Installs everything and runs the whole test suite: lint, types, architecture contracts, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
if [ -f .tools/node/node_modules/ical.js/dist/ical.es5.cjs ]; then
  export ICALJS_MODULE="$PWD/.tools/node/node_modules/ical.js/dist/ical.es5.cjs"
fi
echo "== ruff"; .venv/bin/ruff check crm_desktop tests benchmarks scripts packaging
echo "== mypy"; .venv/bin/mypy
echo "== import contracts"; .venv/bin/lint-imports
echo "== translations"; .venv/bin/python scripts/i18n.py --check
echo "== workflows"; bash scripts/lint_workflows.sh
echo "== pytest"
# The real Secret Service keyring (as on GNOME/KDE laptops) runs in a throwaway session bus.
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
  KEYRING_HOME=$(mktemp -d)
  HOME="$KEYRING_HOME" CRM_TEST_SECRET_SERVICE=1 dbus-run-session -- sh -c \
    'printf "ci-pass" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec .venv/bin/python -m pytest "$@"' \
    sh "$@"
  rm -rf "$KEYRING_HOME"
else
  .venv/bin/python -m pytest "$@"
fi
# Optional (CI sets CRM_BUILD_BUNDLE=1): build the Linux bundle and tarball, and self-test the result.
if [ "${CRM_BUILD_BUNDLE:-0}" = "1" ]; then
  echo "== Linux bundle"
  bash scripts/build_linux.sh
fi
