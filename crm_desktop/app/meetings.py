"""Meetings: scheduling, status, listing and the rule warnings shown on each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from crm_desktop.app.errors import Refused, invalid
from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace, new_id
from crm_desktop.domain import rules
from crm_desktop.domain.messages import Message
from crm_desktop.domain.model import Audience, MeetingStatus
from crm_desktop.domain.reference import country
from crm_desktop.store.schema import Accreditation, Meeting, Person, PresidencyTerm, RoleAssignment


@dataclass(frozen=True, slots=True)
class MeetingInput:
    body: str
    title: str
    start: datetime
    end: datetime
    host_country: str | None = None
    city: str | None = None
    venue: str | None = None
    ordinal: str | None = None
    timezone: str | None = None
    notes: str | None = None


def _timezone_for(m: MeetingInput) -> str:
    tz = m.timezone or (country(m.host_country).timezones[0] if m.host_country else "UTC")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise invalid(f"unknown time zone {tz!r}") from None
    return tz


def _fields(ws: Workspace, m: MeetingInput) -> dict[str, Any]:
    verdict = rules.validate_meeting(ws.config, m.body, m.start.date(), m.end.date(), m.host_country)
    if not verdict.allowed:
        assert verdict.reason is not None
        raise Refused(verdict.reason)
    if m.end < m.start:
        raise invalid("end before start")
    if not m.title.strip():
        raise invalid("title is empty")
    return dict(
        body_id=m.body,
        title=m.title.strip(),
        start=m.start,
        end=m.end,
        timezone=_timezone_for(m),
        host_country_id=m.host_country,
        city=m.city,
        venue=m.venue,
        ordinal=m.ordinal,
        notes=m.notes,
    )


def create_meeting(ws: Workspace, m: MeetingInput) -> str:
    fields = _fields(ws, m)
    audience = Audience.PUBLIC
    with ws.change(audience) as ch:
        return ch.put(Meeting, new_id(), status=MeetingStatus.PLANNED.value, **fields)


def update_meeting(ws: Workspace, meeting_id: str, m: MeetingInput) -> None:
    fields = _fields(ws, m)
    with ws.change(Audience.PUBLIC) as ch:
        get(ch.session, Meeting, meeting_id, "meeting")
        ch.put(Meeting, meeting_id, **fields)


def set_status(ws: Workspace, meeting_id: str, status: MeetingStatus) -> None:
    with ws.change(Audience.PUBLIC) as ch:
        meeting = get(ch.session, Meeting, meeting_id, "meeting")
        rules.meeting_transition(MeetingStatus(meeting.status), status).raise_if_refused()
        ch.put(Meeting, meeting.id, status=status.value)


def delete_meeting(ws: Workspace, meeting_id: str) -> None:
    with ws.change(Audience.PUBLIC) as ch:
        meeting = get(ch.session, Meeting, meeting_id, "meeting")
        if meeting.status != MeetingStatus.PLANNED.value:
            raise invalid("only a planned meeting can be deleted")
        for acc in ch.session.scalars(select(Accreditation).where(Accreditation.meeting_id == meeting.id)):
            ch.delete(Accreditation, acc.id)
        ch.delete(Meeting, meeting.id)


def meeting_row(m: Meeting) -> dict[str, Any]:
    return {
        "id": m.id,
        "body": m.body_id,
        "title": m.title,
        "ordinal": m.ordinal,
        "start": m.start.isoformat(timespec="minutes"),
        "end": m.end.isoformat(timespec="minutes"),
        "timezone": m.timezone,
        "host_country": m.host_country_id,
        "city": m.city,
        "venue": m.venue,
        "status": m.status,
    }


def list_meetings(ws: Workspace, *, year: int | None = None, body: str | None = None) -> list[dict[str, Any]]:
    with ws.read() as s:
        q = select(Meeting).order_by(Meeting.start, Meeting.title)
        if body:
            q = q.where(Meeting.body_id == body)
        rows = [meeting_row(m) for m in s.scalars(q)]
    if year is not None:
        rows = [r for r in rows if r["start"].startswith(f"{year:04d}")]
    return rows


def ppt_by_year(ws: Workspace) -> dict[int, str]:
    with ws.read() as s:
        return {t.year: t.country_id for t in s.scalars(select(PresidencyTerm))}


def _facts(ws: Workspace) -> dict[str, rules.MeetingFacts]:
    with ws.read() as s:
        meetings = s.scalars(select(Meeting)).all()
        acc = s.execute(
            select(Accreditation.meeting_id, Accreditation.delegation, Person.id).join(
                Person, Person.id == Accreditation.person_id
            )
        ).all()
        roles: dict[str, set[str]] = {}
        for pid, role in s.execute(select(RoleAssignment.person_id, RoleAssignment.role)):
            roles.setdefault(pid, set()).add(role)
    delegations: dict[str, set[str]] = {}
    heads: dict[str, dict[str, set[str]]] = {}
    for mid, delegation, pid in acc:
        delegations.setdefault(mid, set()).add(delegation)
        heads.setdefault(mid, {}).setdefault(delegation, set()).update(roles.get(pid, set()))
    return {
        m.id: rules.MeetingFacts(
            id=m.id,
            body=m.body_id,
            start=m.start.date(),
            end=m.end.date(),
            host_country=m.host_country_id,
            accredited_countries=frozenset(delegations.get(m.id, set())),
            head_roles_by_country={k: frozenset(v) for k, v in heads.get(m.id, {}).items()},
        )
        for m in meetings
    }


def warnings(ws: Workspace, meeting_id: str | None = None) -> dict[str, list[Message]]:
    """Rule warnings per meeting id (all meetings, or one)."""
    facts = _facts(ws)
    ppt = ppt_by_year(ws)
    everything = list(facts.values())
    targets = [facts[meeting_id]] if meeting_id else everything
    return {f.id: rules.meeting_warnings(ws.config, f, everything, ppt) for f in targets}


def create_meetings(ws: Workspace, inputs: list[MeetingInput]) -> list[str]:
    """Many meetings in one changeset (an imported calendar, a year's plan)."""
    rows = [_fields(ws, m) for m in inputs]
    with ws.change(Audience.PUBLIC) as ch:
        return [ch.put(Meeting, new_id(), status=MeetingStatus.PLANNED.value, **f) for f in rows]
