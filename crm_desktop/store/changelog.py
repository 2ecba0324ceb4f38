"""The append-only op log: every change to synced data is a changeset recorded here.

``record`` applies the operations and appends the changeset in the caller's transaction, so a
change and its log entry are committed together or not at all.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from crm_desktop.domain.canonical_json import canonical
from crm_desktop.domain.hlc import HybridClock, Timestamp, bound_prefix
from crm_desktop.store.apply import Stamp, apply_ops
from crm_desktop.store.schema import Changeset
from crm_desktop.store.table_codec import TableCodec, codec


@dataclass(frozen=True, slots=True)
class Recorded:
    id: str
    device: str
    seq: int
    hlc: str


# Each device's highest sequence number, by a skip scan of the (device_id) and (device_id, seq)
# indexes: one lookup per device. ``GROUP BY device_id`` reads every entry of the index, a cost that
# grows with the log and was paid by every local change.
_VECTOR = (
    "WITH RECURSIVE d(id) AS (SELECT min(device_id) FROM changesets UNION ALL "
    "SELECT (SELECT min(device_id) FROM changesets WHERE device_id > d.id) FROM d WHERE d.id IS NOT NULL) "
    "SELECT id, (SELECT max(seq) FROM changesets WHERE device_id = d.id) FROM d WHERE id IS NOT NULL"
)
_COLUMNS = (
    "id",
    "device_id",
    "seq",
    "hlc",
    "audience",
    "author",
    "deps",
    "ops",
    "signature",
    "recorded_at",
    "ops_sha256",
)
_APPEND = f"INSERT INTO changesets ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"


def version_vector(session: Session) -> dict[str, int]:
    """The highest sequence number held from each device."""
    # Plain SQL: this runs for every local change.
    rows = session.connection().exec_driver_sql(_VECTOR)
    return {device: int(seq) for device, seq in rows}


def last_timestamp(session: Session, device: str) -> Timestamp | None:
    """The latest clock in the log within bounds: a poisoned far-future value stored earlier is skipped."""
    # Every clock whose 13 wall digits are within the bound sorts at or below the bound followed by "-~".
    hlc = session.scalar(select(func.max(Changeset.hlc)).where(Changeset.hlc <= bound_prefix() + "-~"))
    return Timestamp.decode(hlc) if hlc else None


class ChangeLog:
    """Records local changes for one device."""

    def __init__(self, device: str, clock: HybridClock) -> None:
        self.device = device
        self.clock = clock
        self._seq: int | None = None  # the last sequence number this object recorded

    def record(
        self,
        session: Session,
        ops: Sequence[Mapping[str, Any]],
        *,
        audience: str,
        author: str | None = None,
    ) -> Recorded:
        if not ops:
            raise ValueError("a changeset needs at least one operation")
        deps = version_vector(session)
        current = deps.get(self.device, 0)
        if current != self._seq:
            # Another process of this laptop wrote since (the caller holds the write lock, so the
            # number is final): its clock may be ahead of ours, and a device's clock never goes back.
            last = last_timestamp(session, self.device)
            if last is not None:
                self.clock.observe(last)
        seq = current + 1
        self._seq = seq
        ts = self.clock.tick()
        stamp = Stamp(ts.encode(), self.device, seq, deps)
        conn = session.connection()
        apply_ops(conn, ops, stamp)
        cs_id = uuid.uuid4().hex
        row = {
            "id": cs_id,
            "device_id": self.device,
            "seq": seq,
            "hlc": stamp.hlc,
            "audience": audience,
            "author": author,
            "deps": deps,
            "ops": list(ops),
            "signature": None,
            "recorded_at": datetime.now(UTC).replace(tzinfo=None),
            **_canonical_ops(ops),
        }
        append(conn, [row])
        return Recorded(cs_id, self.device, seq, stamp.hlc)


def append(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Append changesets (mappings with every column of the log) in one statement.

    Plain SQL because it runs for every change, with the column types' own conversions, so the log
    is stored exactly as a Core insert would store it. A row may also carry ``ops_json``, its
    operations' canonical JSON (a received changeset's, over which its digest was checked on
    arrival; a local change's, see :func:`_canonical_ops`): that text is stored instead of encoding
    the operations again, with its SHA-256 in ``ops_sha256`` (given, or taken here), and an export
    sends it as it is. It reads back as the same operations, only without the serialiser's spaces
    and escapes.
    """
    tc = codec(conn, Changeset.__table__)  # type: ignore[arg-type]
    conn.connection.cursor().executemany(_APPEND, [_stored_row(tc, r) for r in rows])


def _canonical_ops(ops: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """A local change's operations as canonical JSON with its digest, for :func:`append` (nothing for
    operations that have none, a NaN: they are stored as a Core insert stores them)."""
    try:
        encoded = canonical(list(ops))
    except ValueError:
        return {}
    return {"ops_json": encoded, "ops_sha256": hashlib.sha256(encoded).hexdigest()}


def _stored_row(tc: TableCodec, row: Mapping[str, Any]) -> tuple[Any, ...]:
    encoded = row.get("ops_json")
    if encoded is None:  # stored as a Core insert stores it: no digest
        return tuple(None if k == "ops_sha256" else tc.stored(k, row[k]) for k in _COLUMNS)
    raw = encoded if isinstance(encoded, bytes) else str(encoded).encode()
    digest = row.get("ops_sha256") or hashlib.sha256(raw).hexdigest()
    text = raw.decode()
    return tuple(text if k == "ops" else digest if k == "ops_sha256" else tc.stored(k, row[k]) for k in _COLUMNS)


def replay(session: Session, changesets: Sequence[Changeset]) -> None:
    """Apply already-recorded changesets (from this log or another) in HLC order."""
    for cs in sorted(changesets, key=lambda c: c.hlc):
        apply_ops(session.connection(), cs.ops, Stamp(cs.hlc, cs.device_id, cs.seq, cs.deps or {}))
