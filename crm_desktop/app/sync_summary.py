"""What the status bar says about sync, read with a few small queries.

The status bar shows the last exchange and what waits (bundles, conflicts) from the moment the
workspace opens, long before — or without — the user opening the Sync section. This module reads
just that, without the signing and bundle machinery of :mod:`crm_desktop.app.sync`, so the read is
cheap enough to run right after the workspace opens.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from crm_desktop.app.workspace import Workspace
from crm_desktop.store.schema import Conflict
from crm_desktop.store.tables.sync import SyncPeer, SyncPending

# Where the Sync section keeps its shared folder and the minutes between automatic passes (0 = off).
FOLDER_KEY = "sync.ui.folder"
INTERVAL_KEY = "sync.ui.interval"


@dataclass(frozen=True)
class SyncSummary:
    joined: bool  # this device has keys and belongs to a founded workspace
    last_sync: str | None  # the latest bundle sent to or received from another device, ISO text (UTC)
    pending: int  # received changes waiting for earlier ones
    conflicts: int  # unresolved values that lost a concurrent write
    folder: str  # the shared folder, "" when none is chosen
    interval: int  # minutes between automatic passes over the folder; 0 = off


def interval_minutes(ws: Workspace) -> int:
    try:
        return max(int(ws.meta.get(INTERVAL_KEY, "0")), 0)
    except ValueError:
        return 0


def sync_summary(ws: Workspace) -> SyncSummary:
    """Read the summary; runs off the UI thread."""
    founded = "sync.founder" in ws.meta
    joined = founded and "sync.sign_pk" in ws.meta
    last: str | None = None
    pending = 0
    with ws.db.engine.connect() as conn:
        if founded:
            peers = conn.execute(select(SyncPeer.last_in, SyncPeer.last_out).where(SyncPeer.id != ws.device_id))
            moments = [m.isoformat(timespec="seconds") for row in peers for m in row if m is not None]
            last = max(moments) if moments else None
            pending = int(conn.scalar(select(func.count()).select_from(SyncPending)) or 0)
        conflicts = int(
            conn.scalar(select(func.count()).select_from(Conflict).where(Conflict.resolved.is_(False))) or 0
        )
    return SyncSummary(joined, last, pending, conflicts, ws.meta.get(FOLDER_KEY, ""), interval_minutes(ws))
