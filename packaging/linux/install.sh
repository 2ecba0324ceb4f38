#!/bin/sh
# Installs CRM Desktop for the current user, without administrator rights, from this unpacked folder:
# the program in ~/.local/lib/crm-desktop, the command in ~/.local/bin, the menu entry and icons in
# ~/.local/share. Run ./uninstall.sh to remove it again; workspaces and backups are never touched.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=org.crmsv.CRMDesktop
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
LIB=$HOME/.local/lib/crm-desktop
BIN=$HOME/.local/bin

rm -rf "$LIB.new"
mkdir -p "$LIB.new" "$BIN" "$DATA/applications" "$DATA/metainfo"
cp -R "$HERE/crm-desktop" "$HERE/_internal" "$LIB.new/"
# Replace the previous version in one step, so a failed copy never leaves a half-installed program.
rm -rf "$LIB.old"
if [ -d "$LIB" ]; then mv "$LIB" "$LIB.old"; fi
mv "$LIB.new" "$LIB"
rm -rf "$LIB.old"
ln -sf "$LIB/crm-desktop" "$BIN/crm-desktop"

sed "s|^Exec=crm-desktop|Exec=\"$LIB/crm-desktop\"|" "$HERE/share/applications/$APP_ID.desktop" \
  > "$DATA/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
for dir in "$HERE"/share/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  mkdir -p "$DATA/icons/hicolor/$size/apps"
  cp "$dir/$APP_ID".* "$DATA/icons/hicolor/$size/apps/"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true

echo "CRM Desktop installed in $LIB"
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) echo "Add $BIN to your PATH to run crm-desktop from a terminal." ;;
esac
echo "Check the installation with: crm-desktop --self-test"
