"""Re-stamping this laptop's own changes that carry a clock beyond the bound.

A laptop whose clock was dragged into the far future by a poisoned change (before clocks were
bounded) stamped its own later edits there too; every other laptop now refuses such a change, and
with it every later bundle from this laptop. At start-up, before anything new is written, those
own changes get fresh stamps from the recovered clock, in sequence order (their signatures are
dropped: the exporter signs them again), and the field clocks and conflicts that named the old
stamps follow. Other devices' changes are never touched: their signatures cover their stamps.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, select, update

from crm_desktop.domain.hlc import HybridClock, bound_prefix
from crm_desktop.store.row_clocks import pack, unpack
from crm_desktop.store.schema import Changeset, Conflict, RowClock


def has_own_future(conn: Connection, device: str) -> bool:
    """Whether this device holds changes stamped beyond the bound (a read: opening a workspace asks it)."""
    log = _table(Changeset)
    q = select(log.c.id).where(log.c.hlc > bound_prefix() + "-~", log.c.device_id == device).limit(1)
    return conn.execute(q).first() is not None


def restamp_own_future(conn: Connection, device: str, clock: HybridClock) -> int:
    """Give this device's out-of-bounds changes fresh stamps; how many were re-stamped."""
    log, clocks, conflicts = _table(Changeset), _table(RowClock), _table(Conflict)
    rows = conn.execute(
        select(log.c.id, log.c.seq, log.c.hlc, log.c.ops)
        .where(log.c.hlc > bound_prefix() + "-~", log.c.device_id == device)  # beyond: on the hlc index
        .order_by(log.c.seq)
    ).all()
    for r in rows:
        old, new = str(r.hlc), clock.tick().encode()
        conn.execute(update(log).where(log.c.id == r.id).values(hlc=new, signature=None))
        for entity, row_id in {(str(op.get("e")), str(op.get("id"))) for op in _row_ops(r.ops)}:
            found = conn.execute(
                select(clocks.c.fields, clocks.c.deleted).where(clocks.c.entity == entity, clocks.c.row_id == row_id)
            ).first()
            if found is None:
                continue
            fields = pack(
                {
                    k: ([new, *v[1:]] if isinstance(v, list) and v and v[0] == old else v)
                    for k, v in unpack(found[0]).items()
                }
            )
            deleted = new if found[1] == old else found[1]
            conn.execute(
                update(clocks)
                .where(clocks.c.entity == entity, clocks.c.row_id == row_id)
                .values(fields=fields, deleted=deleted)
            )
        conn.execute(update(conflicts).where(conflicts.c.kept_hlc == old).values(kept_hlc=new))
        conn.execute(update(conflicts).where(conflicts.c.lost_hlc == old).values(lost_hlc=new))
    return len(rows)


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _row_ops(ops: Any) -> list[dict[str, Any]]:
    return [op for op in ops or () if isinstance(op, dict) and op.get("op") in ("put", "del")]
