"""Classifying agenda items: a theme of the CRM (shared with the Plan of Action) and, behind closed doors,
one of the closed-door meeting's four topics; the warning for a closed-door item on none of them.

The rules are :mod:`crm_desktop.domain.agenda_topics`; the themes are the workspace's
(:func:`crm_desktop.app.plan_of_action.themes`), so renaming the Plan's themes renames the agenda's.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app.agendas import _editable
from crm_desktop.app.lookup import get
from crm_desktop.app.plan_of_action import themes
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import agenda_topics as rules
from crm_desktop.domain.messages import Message
from crm_desktop.domain.reference import ProcessConfig
from crm_desktop.store.schema import Agenda, AgendaItem, Meeting


class _Keep:
    """An argument left as it is (``None`` clears a classification)."""


KEEP = _Keep()


@dataclass(frozen=True, slots=True)
class Classification:
    item_id: str
    theme: str | None
    topic: str | None


def classify_item(
    ws: Workspace, item_id: str, *, theme: str | _Keep | None = KEEP, topic: str | _Keep | None = KEEP
) -> Classification:
    """Set (or clear, with None) an item's theme and closed-door topic; the agenda must still be editable."""
    known = [t.key for t in themes(ws)]
    with ws.read() as s:
        row = get(s, AgendaItem, item_id, "agenda item")
        audience, item_id = row.audience, row.id
    with ws.change(audience) as ch:
        row = get(ch.session, AgendaItem, item_id, "agenda item")
        agenda = _editable(ws, ch, row.agenda_id)
        meeting = get(ch.session, Meeting, agenda.meeting_id, "meeting")
        segment = ws.config.body(meeting.body_id).segment(agenda.segment)
        new_theme = row.theme if isinstance(theme, _Keep) else theme
        new_topic = row.topic if isinstance(topic, _Keep) else topic
        require(rules.item_theme(new_theme, known))
        require(rules.item_topic(new_topic, closed_door=bool(segment and segment.closed_door)))
        if (new_theme, new_topic) != (row.theme, row.topic):
            ch.put(AgendaItem, row.id, theme=new_theme, topic=new_topic)
        return Classification(row.id, new_theme, new_topic)


def closed_door_warnings_in(
    s: Session, config: ProcessConfig, meeting_id: str | None = None
) -> dict[str, list[Message]]:
    """Per meeting id, a warning for each top-level closed-door item on none of the four topics."""
    closed = {(b.key, seg.key) for b in config.bodies for seg in b.segments if seg.closed_door}
    q = (
        select(Meeting.id, Meeting.body_id, Agenda.segment, AgendaItem.title_es, AgendaItem.topic)
        .join(Agenda, Agenda.meeting_id == Meeting.id)
        .join(AgendaItem, AgendaItem.agenda_id == Agenda.id)
        .where(AgendaItem.parent_id.is_(None))
        .order_by(Meeting.id, Agenda.segment, AgendaItem.position)
    )
    if meeting_id is not None:
        q = q.where(Meeting.id == meeting_id)
    items: dict[str, list[rules.ItemFacts]] = {}
    for mid, body, segment, title, topic in s.connection().execute(q).all():
        if (body, segment) in closed:
            items.setdefault(mid, []).append(rules.ItemFacts(title, topic))
    return {mid: rules.closed_door_warnings(facts) for mid, facts in items.items()}
