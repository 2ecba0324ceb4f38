#!/usr/bin/env bash
# Installs CRM Desktop and opens it on a demo workspace (created on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
DEMO="${CRM_DESKTOP_DEMO:-$HOME/.local/share/crm-desktop/demo}"
if [ ! -f "$DEMO/workspace.sqlite3" ]; then
  .venv/bin/crm-desktop --workspace "$DEMO" demo >/dev/null
fi
exec .venv/bin/crm-desktop --workspace "$DEMO" "$@"
