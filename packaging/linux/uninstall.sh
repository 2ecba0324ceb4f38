#!/bin/sh
# Removes what install.sh installed for the current user. Workspaces, backups and logs stay.
set -eu
APP_ID=org.crmsv.CRMDesktop
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
rm -rf "$HOME/.local/lib/crm-desktop"
if [ -L "$HOME/.local/bin/crm-desktop" ]; then rm -f "$HOME/.local/bin/crm-desktop"; fi
rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
rm -f "$DATA"/icons/hicolor/*/apps/"$APP_ID".png "$DATA"/icons/hicolor/scalable/apps/"$APP_ID".svg
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
echo "CRM Desktop removed (your workspaces and backups were kept)."
