"""Withdrawing a revoked device's late changes from a laptop that applied them before it knew.

A revocation says which of the device's changes count: those up to ``revoked_after_seq``. A laptop
that received later ones before the revocation reached it has applied them, while every laptop that
knew refuses them; left alone, the replicas would differ for good. So when an import brings a
revocation and this laptop holds changes beyond its cut, they leave the change log (and are listed
as refused in the pending list, with the reason), and the synced data is rebuilt by replaying the
log that remains, in clock order: the same replay that ``check`` uses to prove that the log
reproduces the data. Changes of other devices that had seen the withdrawn ones stay, exactly as the
laptops that refused them apply them. It is rare and costs one replay of the log.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, or_, select, text

from crm_desktop.domain.messages import msg
from crm_desktop.store.apply import Stamp, apply_ops
from crm_desktop.store.schema import Base, Changeset, Conflict
from crm_desktop.store.tables.sync import SyncPending, SyncWithheld
from crm_desktop.sync import roster
from crm_desktop.sync.tables import tbl

# Local tables derived from the log: emptied and rebuilt by the replay (the search index too).
_DERIVED = ("row_clocks", "drafting_crdt")


def late_changes(conn: Connection) -> dict[str, int]:
    """Revoked devices of which this laptop holds changes beyond the cut, with the cut."""
    log = tbl(Changeset)
    out: dict[str, int] = {}
    for d in roster.devices(conn):
        if not d.revoked:
            continue
        cut = d.revoked_after_seq or 0
        if conn.execute(select(log.c.seq).where(log.c.device_id == d.id, log.c.seq > cut).limit(1)).first():
            out[d.id] = cut
    return out


def withdraw_late_changes(conn: Connection) -> list[tuple[str, int]]:
    """Take revoked devices' late changes out of the log and rebuild the data; the changes withdrawn."""
    cuts = late_changes(conn)
    if not cuts:
        return []
    log, withheld = tbl(Changeset), tbl(SyncWithheld)
    late = or_(*(and_(log.c.device_id == d, log.c.seq > cut) for d, cut in cuts.items()))
    rows = list(conn.execute(select(log.c.device_id, log.c.seq, log.c.hlc, log.c.deps).where(late)).all())
    conn.execute(delete(log).where(late))
    conn.execute(
        delete(withheld).where(or_(*(and_(withheld.c.device_id == d, withheld.c.seq > c) for d, c in cuts.items())))
    )
    _mark_refused(conn, rows)
    rebuild(conn, dropped={str(r.hlc) for r in rows})
    return [(str(r.device_id), int(r.seq)) for r in rows]


def _mark_refused(conn: Connection, rows: list[Any]) -> None:
    pending = tbl(SyncPending)
    now = datetime.now(UTC).replace(tzinfo=None)
    for r in rows:
        reason = msg("sync.reason.not_permitted", device=r.device_id, seq=r.seq, why=msg("sync.why.revoked"))
        conn.execute(delete(pending).where(pending.c.device_id == r.device_id, pending.c.seq == r.seq))
        conn.execute(
            insert(pending).values(
                device_id=r.device_id,
                seq=r.seq,
                kind="changeset",
                body={"h": {"device": r.device_id, "seq": r.seq, "hlc": r.hlc, "deps": r.deps or {}}},
                bundle_id="",
                received_at=now,
                status="refused",
                reason=reason.render("en"),
            )
        )


def rebuild(conn: Connection, *, dropped: set[str]) -> None:
    """Replay the change log into emptied synced tables, keeping this laptop's conflict list.

    Conflicts are kept as the user left them (resolved or not), except those involving a dropped
    change (by its clock); the replay's own conflict records are discarded.
    """
    conflicts = tbl(Conflict)
    kept = [
        dict(r)
        for r in conn.execute(select(conflicts)).mappings()
        if r["kept_hlc"] not in dropped and r["lost_hlc"] not in dropped
    ]
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # rows vanish and come back in one transaction
    conn.info["applying"] = True
    try:
        for table in reversed(Base.metadata.sorted_tables):
            if not table.info.get("local") or table.name in _DERIVED:
                conn.execute(delete(table))
        conn.execute(text("DELETE FROM search_index"))
    finally:
        conn.info["applying"] = False
    conn.info.pop("drafting_replicas", None)
    log = tbl(Changeset)
    for cs in conn.execute(select(log).order_by(log.c.hlc, log.c.device_id, log.c.seq)):
        apply_ops(conn, cs.ops, Stamp(cs.hlc, cs.device_id, cs.seq, cs.deps or {}))
    conn.execute(delete(conflicts))
    if kept:
        conn.execute(insert(conflicts), kept)
