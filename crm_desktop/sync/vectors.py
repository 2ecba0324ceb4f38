"""Version vectors of what a laptop holds: its changesets plus the markers of those withheld from it."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection, func, select

from crm_desktop.store.schema import Changeset
from crm_desktop.store.tables.sync import SyncWithheld
from crm_desktop.sync.tables import tbl


def local_vector(conn: Connection) -> dict[str, int]:
    """The highest sequence number held from each device (changesets are applied contiguously)."""
    out: dict[str, int] = {}
    for table in (tbl(Changeset), tbl(SyncWithheld)):
        q = select(table.c.device_id, func.max(table.c.seq)).group_by(table.c.device_id)
        for device, seq in conn.execute(q):
            out[device] = max(out.get(device, 0), int(seq))
    return out


def merge_max(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        out[k] = max(out.get(k, 0), v)
    return out


def covers(vector: Mapping[str, int], device: str, seq: int) -> bool:
    return vector.get(device, 0) >= seq
