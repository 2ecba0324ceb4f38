"""What "the database is logically unchanged" means for sync tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from crm_desktop.app.dump import dump_data
from crm_desktop.app.workspace import Workspace
from crm_desktop.store.schema import Base


def snapshot(ws: Workspace) -> dict[str, Any]:
    """Synced data, the change log and every sync bookkeeping table (not the HLC in memory)."""
    out: dict[str, Any] = {"data": dump_data(ws)["tables"], "meta": dict(ws.meta)}
    with ws.read() as s:
        for name in ("changesets", "conflicts", "sync_bundles", "sync_pending", "sync_withheld", "sync_peers", "meta"):
            table = Base.metadata.tables[name]
            rows = s.execute(select(table)).mappings().all()
            out[name] = sorted(repr(sorted(dict(r).items())) for r in rows)
    return out
