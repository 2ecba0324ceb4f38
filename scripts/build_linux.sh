#!/usr/bin/env bash
# Builds the Linux release: the one-folder bundle (PyInstaller), the tarball with the menu entry,
# icons and AppStream metadata, then checks the result as a user would get it: unpacked in an
# empty folder, started with a bare environment, `--version` and `--self-test`.
#
#   bash scripts/build_linux.sh            -> dist/crm-desktop-<version>-linux-<arch>.tar.gz
#
# Timings and sizes are printed at the end (CI keeps an eye on them).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
START=$(date +%s)

if [ ! -x .venv/bin/pyinstaller ]; then bash scripts/bootstrap.sh; fi
PY=.venv/bin/python
VERSION=$($PY -c 'from importlib.metadata import version; print(version("crm-desktop"))')
ARCH=$(uname -m)
NAME=crm-desktop-$VERSION
APP_ID=org.crmsv.CRMDesktop
export QT_QPA_PLATFORM=offscreen

echo "== translations"
$PY scripts/i18n.py --check  # the compiled .qm files are committed; they must match the code

echo "== icons"
$PY packaging/make_icons.py build/icons >/dev/null

echo "== bundle (PyInstaller)"
T0=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/crm-desktop.spec
BUILD_SECONDS=$(( $(date +%s) - T0 ))

echo "== system libraries the bundle relies on"
$PY packaging/linux/check_bundle_libs.py dist/crm-desktop
$PY packaging/linux/check_icu.py dist/crm-desktop

echo "== tarball"
STAGE=build/tarball/$NAME
rm -rf build/tarball
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo" "$STAGE/share/icons/hicolor/scalable/apps"
cp -a dist/crm-desktop/. "$STAGE/"
cp resources/linux/$APP_ID.desktop "$STAGE/share/applications/"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$(date -u +%Y-%m-%d)/" \
  resources/linux/$APP_ID.metainfo.xml > "$STAGE/share/metainfo/$APP_ID.metainfo.xml"
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "$STAGE/share/icons/hicolor/${size}x${size}/apps"
  cp build/icons/png/$size.png "$STAGE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
cp build/icons/crm-desktop.svg "$STAGE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
cp packaging/linux/install.sh packaging/linux/uninstall.sh LICENSE "$STAGE/"
cat > "$STAGE/README.txt" <<EOF
CRM Desktop $VERSION for Linux ($ARCH)

Run it from this folder:        ./crm-desktop
Install it for your user:       ./install.sh      (no administrator rights needed)
Check that it works:            ./crm-desktop --self-test
Remove it:                      ./uninstall.sh    (workspaces and backups are kept)

Needs glibc 2.34 or newer (Debian 12, Ubuntu 22.04, Fedora 35 or newer) and the usual graphics
libraries of a desktop (OpenGL/EGL, X11 or Wayland).
EOF
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$STAGE/share/applications/$APP_ID.desktop"
fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net --explain "$STAGE/share/metainfo/$APP_ID.metainfo.xml" >/dev/null
fi
TARBALL=dist/$NAME-linux-$ARCH.tar.gz
tar -C build/tarball --owner=0 --group=0 --numeric-owner --sort=name -czf "$TARBALL" "$NAME"

echo "== the tarball as a user gets it"
TRY=$(mktemp -d)
trap 'rm -rf "$TRY"' EXIT
tar -C "$TRY" -xzf "$TARBALL"
# A bare environment: nothing from this build's Python or virtual environment can leak in.
run_bundle() {
  env -i HOME="$TRY/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    XDG_RUNTIME_DIR="$TRY/run" "$TRY/$NAME/crm-desktop" "$@"
}
mkdir -p "$TRY/home" "$TRY/run" && chmod 700 "$TRY/run"
GOT=$(run_bundle --version)
[ "$GOT" = "crm-desktop $VERSION" ] || { echo "unexpected --version output: $GOT" >&2; exit 1; }
echo "$GOT"
run_bundle --self-test
HOME="$TRY/home" XDG_DATA_HOME="$TRY/home/.local/share" sh "$TRY/$NAME/install.sh" >/dev/null
env -i HOME="$TRY/home" PATH=/usr/bin:/bin "$TRY/home/.local/bin/crm-desktop" --version >/dev/null
HOME="$TRY/home" XDG_DATA_HOME="$TRY/home/.local/share" sh "$TRY/$NAME/uninstall.sh" >/dev/null
[ ! -e "$TRY/home/.local/lib/crm-desktop" ] || { echo "uninstall left files behind" >&2; exit 1; }

echo "== the tarball on a fresh machine (a root filesystem with only the C library and desktop graphics libraries)"
if [ "$(id -u)" -eq 0 ] && command -v chroot >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1; then
  bash packaging/linux/fresh_root_check.sh "$TRY/$NAME"
else
  echo "skipped: needs root, chroot and dpkg"
fi

echo "== figures"
echo "bundle build: ${BUILD_SECONDS} s; whole script: $(( $(date +%s) - START )) s"
echo "bundle size: $(du -sh dist/crm-desktop | cut -f1) (unpacked), tarball: $(du -h "$TARBALL" | cut -f1)"
echo "$ROOT/$TARBALL"
