"""Per meeting, the closed door's excess (:func:`crm_desktop.domain.closed_door.closed_door_excess`): shown
with the other rule warnings in the window, ``crm-desktop warnings`` and ``check``."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app.accreditation import _participants_in
from crm_desktop.domain.closed_door import closed_door_excess
from crm_desktop.domain.messages import Message
from crm_desktop.domain.reference import ProcessConfig
from crm_desktop.store.schema import Accreditation


def closed_door_warnings(s: Session, config: ProcessConfig, meeting_id: str | None = None) -> dict[str, list[Message]]:
    closed = {seg.key for b in config.bodies for seg in b.segments if seg.closed_door}
    q = select(Accreditation.meeting_id, Accreditation.segment).distinct().where(Accreditation.segment.in_(closed))
    if meeting_id is not None:
        q = q.where(Accreditation.meeting_id == meeting_id)
    out: dict[str, list[Message]] = {}
    for mid, segment in s.execute(q).all():
        warnings = closed_door_excess(_participants_in(s, mid, segment))
        if warnings:
            out.setdefault(mid, []).extend(warnings)
    return out
