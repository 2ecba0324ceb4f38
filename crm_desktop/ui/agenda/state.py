"""What the agenda editor shows, read in one background call, and the recovery keys of its forms."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from crm_desktop.app import agendas, meetings
from crm_desktop.app.agendas import PlannedItem
from crm_desktop.app.plan_of_action import themes
from crm_desktop.domain.plan_of_action import Theme
from crm_desktop.domain.reference import BodyConfig

WATCHED = {"agenda_items", "agendas", "agenda_comments", "agenda_versions", "meetings", "decisions"}


@dataclass
class AgendaState:
    """Everything the editor shows, read in one background call."""

    meetings: list[dict[str, Any]]
    with_agendas: set[str]
    meeting_id: str | None
    body: BodyConfig | None
    segment: str
    agenda: dict[str, Any] | None
    plan: list[PlannedItem]
    comments: list[dict[str, Any]]
    versions: list[dict[str, Any]]
    themes: list[Theme] = field(default_factory=list)  # the Plan of Action's, which the agenda shares


def load_state(ws: Any, meeting_id: str | None, segment: str | None, lang: str = "es") -> AgendaState:
    all_meetings = meetings.list_meetings(ws, lang=lang)
    with_agendas = agendas.meetings_with_agendas(ws)
    known = {m["id"] for m in all_meetings}
    if meeting_id not in known:
        # Default: the next meeting with an agenda, else the latest one that has one.
        today = date.today().isoformat()
        candidates = [m for m in all_meetings if m["id"] in with_agendas]
        upcoming = [m for m in candidates if m["start"][:10] >= today]
        chosen = upcoming[0] if upcoming else (candidates[-1] if candidates else None)
        meeting_id = chosen["id"] if chosen else None
    if meeting_id is None:
        return AgendaState(all_meetings, with_agendas, None, None, "plenary", None, [], [], [])
    meeting = next(m for m in all_meetings if m["id"] == meeting_id)
    body = ws.config.body(meeting["body"])
    keys = [s.key for s in body.segments]
    existing = agendas.agendas_of(ws, meeting_id)
    if segment is None or segment not in keys:
        have = {a["segment"] for a in existing}
        segment = next((k for k in keys if k in have), keys[0])
    agenda_row = next((a for a in existing if a["segment"] == segment), None)
    if agenda_row is None:
        return AgendaState(all_meetings, with_agendas, meeting_id, body, segment, None, [], [], [])
    aid = agenda_row["id"]
    return AgendaState(
        all_meetings,
        with_agendas,
        meeting_id,
        body,
        segment,
        agendas.agenda_settings(ws, aid),
        agendas.planned_items(ws, aid),
        agendas.comments(ws, aid),
        agendas.versions(ws, aid),
        themes(ws),
    )


def draft_key(agenda_id: str | None, item_id: str | None) -> str:
    """The recovery key of an agenda item's form (titles, presenter, documents...)."""
    return f"agenda:{agenda_id or '-'}:{item_id or '-'}:item"


def comment_key(agenda_id: str | None) -> str:
    """The recovery key of the comment being typed on a preliminary agenda."""
    return f"agenda:{agenda_id or '-'}:comment"
