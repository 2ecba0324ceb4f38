#!/usr/bin/env bash
# Builds the macOS release of CRM Desktop: "CRM Desktop.app" and a disk image to drag it from.
#   bash packaging/macos/build.sh
# Needs Python 3.11 or 3.12 from python.org (universal2 installer) and the Xcode command line tools.
# Build on the oldest macOS you support, on each architecture you ship (arm64, x86_64).
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3.11}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -c constraints.txt -e ".[test]" --group dev
VERSION=$(.venv/bin/python -c 'from importlib.metadata import version; print(version("crm-desktop"))')
ARCH=$(uname -m)
APP="dist/CRM Desktop.app"

.venv/bin/python scripts/i18n.py --check   # the compiled .qm files are committed and must be current
.venv/bin/python packaging/make_icons.py build/icons     # writes build/icons/crm-desktop.icns too
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/crm-desktop.spec

GOT=$(QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/crm-desktop" --version)
[ "$GOT" = "crm-desktop $VERSION" ] || { echo "unexpected --version output: $GOT" >&2; exit 1; }
echo "$GOT"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/crm-desktop" --self-test

# Signing: ad hoc by default (runs on this Mac and, after right-click > Open, on others).
# For distribution set SIGN_IDENTITY="Developer ID Application: ..." and notarise (see README).
codesign --force --deep --options runtime --sign "${SIGN_IDENTITY:--}" "$APP"
DMG="dist/crm-desktop-$VERSION-macos-$ARCH.dmg"
rm -f "$DMG"
# hdiutil now and then fails with "Resource busy" right after codesign touched the bundle: retry.
for try in 1 2 3; do
  hdiutil create -volname "CRM Desktop $VERSION" -srcfolder "$APP" -ov -format UDZO "$DMG" && break
  [ "$try" -lt 3 ] || exit 1
  sleep 5
done
echo "$DMG"
