"""Meetings: scheduling, status, listing and the rule warnings shown on each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app import calendar_warnings
from crm_desktop.app.agenda_topics import closed_door_warnings_in
from crm_desktop.app.bilingual import english_text
from crm_desktop.app.closed_door_check import closed_door_warnings
from crm_desktop.app.errors import invalid
from crm_desktop.app.lookup import get
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Workspace, new_id
from crm_desktop.domain import rules
from crm_desktop.domain.bilingual import meeting_title
from crm_desktop.domain.meeting_deletion import meeting_deletion
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.model import Audience, MeetingStatus
from crm_desktop.domain.reference import ProcessConfig, country
from crm_desktop.store.schema import Accreditation, DraftingSeat, Meeting, Person, PresidencyTerm, RoleAssignment


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
    # the English title: None keeps the recorded one, "" clears it (the default is then built from the
    # body, ordinal and place: domain.bilingual.default_title_en)
    title_en: str | None = None


def _timezone_for(m: MeetingInput) -> str:
    tz = m.timezone or (country(m.host_country).timezones[0] if m.host_country else "UTC")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise invalid(msg("invalid.time_zone", value=tz)) from None
    return tz


def _fields(ws: Workspace, m: MeetingInput) -> dict[str, Any]:
    verdict = rules.validate_meeting(ws.config, m.body, m.start.date(), m.end.date(), m.host_country)
    require(verdict)
    if m.end < m.start:
        raise invalid(msg("invalid.end_before_start"))
    if not m.title.strip():
        raise invalid(msg("invalid.title_empty"))
    fields: dict[str, Any] = {} if m.title_en is None else {"title_en": english_text(m.title_en, 300)}
    return dict(
        **fields,
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


def create_meeting(
    ws: Workspace, m: MeetingInput, *, meeting_id: str | None = None, ics_uid: str | None = None, ics_sequence: int = 0
) -> str:
    """A new planned meeting; ``meeting_id``/``ics_uid``/``ics_sequence`` for one read from an invitation."""
    fields = _fields(ws, m)
    audience = Audience.PUBLIC
    with ws.change(audience) as ch:
        extra: dict[str, Any] = {"ics_uid": ics_uid, "ics_sequence": ics_sequence} if ics_uid or ics_sequence else {}
        return ch.put(Meeting, meeting_id or new_id(), status=MeetingStatus.PLANNED.value, **fields, **extra)


def update_meeting(
    ws: Workspace, meeting_id: str, m: MeetingInput, *, ics_sequence: int | None = None, status: str | None = None
) -> None:
    """Change a meeting; a change calendar programs show raises its iCalendar SEQUENCE (or sets ``ics_sequence``)."""
    fields = _fields(ws, m)
    with ws.change(Audience.PUBLIC) as ch:
        meeting = get(ch.session, Meeting, meeting_id, "meeting")
        if status is not None:
            fields["status"] = status
        changed = any(getattr(meeting, k) != v for k, v in fields.items() if k in _CALENDAR_FIELDS)
        if ics_sequence is not None:
            fields["ics_sequence"] = ics_sequence
        elif changed:
            fields["ics_sequence"] = (meeting.ics_sequence or 0) + 1
        ch.put(Meeting, meeting_id, **fields)


# The fields an iCalendar event shows: changing one is a new revision for the delegates' calendars.
_CALENDAR_FIELDS = frozenset({"title", "start", "end", "timezone", "host_country_id", "city", "venue", "status"})


def set_status(ws: Workspace, meeting_id: str, status: MeetingStatus, *, ics_sequence: int | None = None) -> None:
    with ws.change(Audience.PUBLIC) as ch:
        meeting = get(ch.session, Meeting, meeting_id, "meeting")
        require(rules.meeting_transition(MeetingStatus(meeting.status), status))
        sequence = max(ics_sequence or 0, (meeting.ics_sequence or 0) + 1)
        ch.put(Meeting, meeting.id, status=status.value, ics_sequence=sequence)


def delete_meeting(ws: Workspace, meeting_id: str) -> None:
    with ws.change(Audience.PUBLIC) as ch:
        meeting = get(ch.session, Meeting, meeting_id, "meeting")
        if not meeting_deletion(meeting.status).allowed:
            raise invalid(msg("invalid.delete_planned_only"))
        for acc in ch.session.scalars(select(Accreditation).where(Accreditation.meeting_id == meeting.id)):
            ch.delete(Accreditation, acc.id)
        ch.delete(Meeting, meeting.id)


# The columns a meeting row shows, read as plain rows on the session's connection: building ORM
# objects (identity map, change tracking) for a read-only list costs more than the query itself.
_ROW_COLUMNS = (
    Meeting.id,
    Meeting.body_id,
    Meeting.title,
    Meeting.title_en,
    Meeting.ordinal,
    Meeting.start,
    Meeting.end,
    Meeting.timezone,
    Meeting.host_country_id,
    Meeting.city,
    Meeting.venue,
    Meeting.status,
)


def meeting_row(m: Any) -> dict[str, Any]:
    """The listed fields of a meeting (an ORM ``Meeting`` or a row of ``_ROW_COLUMNS``)."""
    return {
        "id": m.id,
        "body": m.body_id,
        "title": m.title,
        "title_en": m.title_en,
        "ordinal": m.ordinal,
        "start": m.start.isoformat(timespec="minutes"),
        "end": m.end.isoformat(timespec="minutes"),
        "timezone": m.timezone,
        "host_country": m.host_country_id,
        "city": m.city,
        "venue": m.venue,
        "status": m.status,
    }


def _shown(ws: Workspace, row: dict[str, Any], lang: str) -> dict[str, Any]:
    """``row`` with ``shown_title``: its title in ``lang`` (see ``domain.bilingual.meeting_title``)."""
    body = ws.config.body(row["body"])
    row["shown_title"] = meeting_title(
        row["title"], row["title_en"], body.key, body.name_en, row["ordinal"], row["city"], lang
    )
    return row


def list_meetings(
    ws: Workspace, *, year: int | None = None, body: str | None = None, lang: str = "es"
) -> list[dict[str, Any]]:
    """Every meeting's listed fields, ``shown_title`` in ``lang`` among them."""
    with ws.read() as s:
        q = select(*_ROW_COLUMNS).order_by(Meeting.start, Meeting.title)
        if body:
            q = q.where(Meeting.body_id == body)
        rows = [meeting_row(m) for m in s.connection().execute(q).all()]
    if year is not None:
        rows = [r for r in rows if r["start"].startswith(f"{year:04d}")]
    return [_shown(ws, r, lang) for r in rows]


def get_meeting_row(ws: Workspace, meeting_id: str, lang: str = "es") -> dict[str, Any]:
    """One meeting's listed fields (the same keys as :func:`list_meetings`)."""
    with ws.read() as s:
        return _shown(ws, meeting_row(get(s, Meeting, meeting_id, "meeting")), lang)


def ppt_by_year(ws: Workspace) -> dict[int, str]:
    with ws.read() as s:
        return _ppt_by_year(s)


def _ppt_by_year(s: Session) -> dict[int, str]:
    terms = s.connection().execute(select(PresidencyTerm.year, PresidencyTerm.country_id))
    return {year: country_id for year, country_id in terms}


def _facts(s: Session, meeting_id: str | None = None) -> dict[str, rules.MeetingFacts]:
    """Every meeting's facts; who is accredited is read for ``meeting_id`` only when one is given.

    The calendar rules compare a meeting with all others by body and dates, but only the meeting's
    own delegations and their roles, so warnings for one meeting need not read every accreditation.
    """
    # Plain rows on the session's connection: the ORM's per-row processing costs more than SQLite
    # takes to read them (and nothing is ever pending to flush in a read).
    conn = s.connection()
    meetings = conn.execute(
        select(Meeting.id, Meeting.body_id, Meeting.start, Meeting.end, Meeting.host_country_id)
    ).all()
    # One query for the delegations and the roles of their people (DISTINCT: a person accredited to
    # two segments, or a delegation of several people with the same role, counts once).
    acc = (
        select(Accreditation.meeting_id, Accreditation.delegation, RoleAssignment.role)
        .distinct()
        .join(Person, Person.id == Accreditation.person_id)
        .outerjoin(RoleAssignment, RoleAssignment.person_id == Accreditation.person_id)
    )
    if meeting_id is not None:
        acc = acc.where(Accreditation.meeting_id == meeting_id)
    seats = select(DraftingSeat.meeting_id, DraftingSeat.country_id)
    if meeting_id is not None:
        seats = seats.where(DraftingSeat.meeting_id == meeting_id)
    drafting: dict[str, set[str]] = {}
    for mid, country_id in conn.execute(seats).all():
        drafting.setdefault(mid, set()).add(country_id)
    heads: dict[str, dict[str, set[str]]] = {}
    for mid, delegation, role in conn.execute(acc).all():  # fetchall: one call, not one a row
        roles = heads.setdefault(mid, {}).setdefault(delegation, set())
        if role is not None:
            roles.add(role)
    return {
        mid: rules.MeetingFacts(
            id=mid,
            body=body,
            start=start.date(),
            end=end.date(),
            host_country=host,
            accredited_countries=frozenset(heads.get(mid, {})),
            head_roles_by_country={k: frozenset(v) for k, v in heads.get(mid, {}).items()},
            drafting_countries=frozenset(drafting.get(mid, ())),
        )
        for mid, body, start, end, host in meetings
    }


def warnings(ws: Workspace, meeting_id: str | None = None) -> dict[str, list[Message]]:
    """Rule warnings per meeting id (all meetings, or one)."""
    config = ws.config
    with ws.read() as s:
        return warnings_in(s, config, meeting_id)


def warnings_in(s: Session, config: ProcessConfig, meeting_id: str | None = None) -> dict[str, list[Message]]:
    """:func:`warnings` within a read the caller holds open (one snapshot for what it reads besides)."""
    facts = _facts(s, meeting_id)
    ppt = _ppt_by_year(s)
    cancelled = set(s.scalars(select(Meeting.id).where(Meeting.status == MeetingStatus.CANCELLED.value)))
    return calendar_warnings.meeting_warnings(
        config,
        facts,
        [facts[meeting_id]] if meeting_id else list(facts.values()),
        cancelled=cancelled,
        presidency=ppt,
        topics=closed_door_warnings_in(s, config, meeting_id),
        excess=closed_door_warnings(s, config, meeting_id),
        today=date.today(),
    )


def create_meetings(ws: Workspace, inputs: list[MeetingInput]) -> list[str]:
    """Many meetings in one changeset (an imported calendar, a year's plan)."""
    rows = [_fields(ws, m) for m in inputs]
    with ws.change(Audience.PUBLIC) as ch:
        return [ch.put(Meeting, new_id(), status=MeetingStatus.PLANNED.value, **f) for f in rows]


def meeting_key(ws: Workspace, key: str) -> str:
    """The id of the meeting ``key`` designates: its id or an unambiguous prefix of it."""
    with ws.read() as s:
        return get(s, Meeting, key, "meeting").id
