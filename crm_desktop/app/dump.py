"""A complete, stable, human-readable JSON export of a workspace (data portability, audits).

Two workspaces holding the same data give byte-identical dumps: rows are sorted by id, keys are
sorted, and only synced data is included (not this laptop's device id or log bookkeeping).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm_desktop.app.workspace import Workspace
from crm_desktop.store.apply import row_as_json
from crm_desktop.store.schema import Base

FORMAT = "crm-desktop-dump/1"


def dump_data(ws: Workspace) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    with ws.read() as s:
        for name, table in sorted(Base.metadata.tables.items()):
            if table.info.get("local"):
                continue
            rows = s.execute(select(table).order_by(table.c.id)).mappings()
            tables[name] = [row_as_json(dict(r)) for r in rows]
    return {"format": FORMAT, "workspace": {"id": ws.workspace_id, "name": ws.name}, "tables": tables}


def dump_text(ws: Workspace) -> str:
    return json.dumps(dump_data(ws), ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def write_dump(ws: Workspace, out: Path) -> None:
    """Write atomically: a partial file never replaces a good one."""
    text = dump_text(ws)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
