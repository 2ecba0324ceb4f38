"""Values that lost a concurrent write, for a user to confirm or restore."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from crm_desktop.app.errors import BadInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience
from crm_desktop.store.schema import Changeset, Conflict


@dataclass(frozen=True)
class ConflictEntry:
    id: int
    entity: str
    row_id: str
    field: str
    kept_value: object
    lost_value: object
    kept_hlc: str
    lost_hlc: str
    resolved: bool


def conflicts_list(ws: Workspace, *, include_resolved: bool = False) -> list[ConflictEntry]:
    """Values that lost a concurrent write, for a user to confirm or restore."""
    q = select(Conflict).order_by(Conflict.id)
    if not include_resolved:
        q = q.where(Conflict.resolved.is_(False))
    with ws.read() as s:
        return [
            ConflictEntry(
                c.id, c.entity, c.row_id, c.field, c.kept_value, c.lost_value, c.kept_hlc, c.lost_hlc, c.resolved
            )
            for c in s.scalars(q)
        ]


def resolve_conflict(ws: Workspace, conflict_id: int, *, restore_lost: bool) -> None:
    """Confirm the kept value, or restore the lost one as a new change (which then travels as any other)."""
    with ws.read() as s:
        c = s.get(Conflict, conflict_id)
        if c is None:
            raise BadInput(msg("error.not_found", what=msg("noun.conflict"), key=str(conflict_id)))
        entity, row_id, field_name, value = c.entity, c.row_id, c.field, c.lost_value
        audience = s.scalar(select(Changeset.audience).where(Changeset.hlc == c.lost_hlc)) or Audience.PUBLIC
    if restore_lost:
        with ws.change(audience) as ch:
            ch.put(entity, row_id, **{field_name: value})
    with ws.db.session() as s:
        s.execute(update(Conflict).where(Conflict.id == conflict_id).values(resolved=True))
