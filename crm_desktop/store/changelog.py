"""The append-only op log: every change to synced data is a changeset recorded here.

``record`` applies the operations and appends the changeset in the caller's transaction, so a
change and its log entry are committed together or not at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from crm_desktop.domain.hlc import HybridClock, Timestamp
from crm_desktop.store.apply import Stamp, apply_ops
from crm_desktop.store.schema import Changeset


@dataclass(frozen=True, slots=True)
class Recorded:
    id: str
    device: str
    seq: int
    hlc: str


def version_vector(session: Session) -> dict[str, int]:
    """The highest sequence number held from each device."""
    rows = session.execute(select(Changeset.device_id, func.max(Changeset.seq)).group_by(Changeset.device_id))
    return {device: int(seq) for device, seq in rows}


def last_timestamp(session: Session, device: str) -> Timestamp | None:
    hlc = session.scalar(select(func.max(Changeset.hlc)))
    return Timestamp.decode(hlc) if hlc else None


class ChangeLog:
    """Records local changes for one device."""

    def __init__(self, device: str, clock: HybridClock) -> None:
        self.device = device
        self.clock = clock

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
        seq = deps.get(self.device, 0) + 1
        ts = self.clock.tick()
        stamp = Stamp(ts.encode(), self.device, seq, deps)
        apply_ops(session.connection(), ops, stamp)
        cs_id = uuid.uuid4().hex
        session.execute(
            insert(Changeset).values(
                id=cs_id,
                device_id=self.device,
                seq=seq,
                hlc=stamp.hlc,
                audience=audience,
                author=author,
                deps=deps,
                ops=list(ops),
                signature=None,
                recorded_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )
        return Recorded(cs_id, self.device, seq, stamp.hlc)


def replay(session: Session, changesets: Sequence[Changeset]) -> None:
    """Apply already-recorded changesets (from this log or another) in HLC order."""
    for cs in sorted(changesets, key=lambda c: c.hlc):
        apply_ops(session.connection(), cs.ops, Stamp(cs.hlc, cs.device_id, cs.seq, cs.deps or {}))
