"""The year's calendar: meetings with their body's colour, segments and rule warnings; iCalendar files.

Both the desktop calendar and ``crm-desktop calendar`` use these functions. Warnings are returned as
:class:`~crm_desktop.domain.messages.Message` values so each face renders them in its own language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm_desktop.app import meetings

# CalendarData and CalendarEntry live in ``calendar_entries`` (no SQLAlchemy there); named here too.
from crm_desktop.app.calendar_entries import CalendarData as CalendarData
from crm_desktop.app.calendar_entries import CalendarEntry as CalendarEntry
from crm_desktop.app.calendar_entries import calendar_entry
from crm_desktop.app.errors import BadInput, Refused, invalid
from crm_desktop.app.lookup import get
from crm_desktop.app.meetings import MeetingInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import rules
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import MeetingStatus
from crm_desktop.domain.reference import countries, country
from crm_desktop.store.local_files import read_input
from crm_desktop.store.schema import Meeting

MAX_ICS = 16 * 1024 * 1024  # an invitation is a few kilobytes, a year's calendar a few hundred

# How a meeting's status reads in another calendar program (RFC 5545 STATUS).
ICS_STATUS = {
    MeetingStatus.PLANNED.value: "TENTATIVE",
    MeetingStatus.CONVENED.value: "CONFIRMED",
    MeetingStatus.HELD.value: "CONFIRMED",
    MeetingStatus.CLOSED.value: "CONFIRMED",
}


# The calendar reads plain rows of these columns (the fields of a CalendarEntry), not ORM objects.
_ENTRY_COLUMNS = (
    Meeting.id,
    Meeting.body_id,
    Meeting.title,
    Meeting.ordinal,
    Meeting.start,
    Meeting.end,
    Meeting.timezone,
    Meeting.host_country_id,
    Meeting.city,
    Meeting.venue,
    Meeting.status,
    Meeting.notes,
)


def load(ws: Workspace) -> CalendarData:
    """Every meeting of the workspace with its warnings, and the per-year frequency warnings."""
    config = ws.config
    with ws.read() as s:
        warnings = meetings.warnings_in(s, config)
        rows = s.connection().execute(select(*_ENTRY_COLUMNS).order_by(Meeting.start, Meeting.title)).all()
    entries = tuple(calendar_entry(config.body(m.body_id), m, warnings.get(m.id, [])) for m in rows)
    facts = [
        rules.MeetingFacts(id=e.id, body=e.body, start=e.start.date(), end=e.end.date(), host_country=e.host_country)
        for e in entries
    ]
    years = sorted({e.start.year for e in entries})
    return CalendarData(
        entries=entries,
        year_warnings={y: tuple(rules.yearly_count_warnings(config, facts, y)) for y in years},
    )


def entry(ws: Workspace, meeting_id: str) -> CalendarEntry | None:
    """One meeting as :func:`load` shows it (with its warnings), or None when it no longer exists."""
    config = ws.config
    with ws.read() as s:
        row = s.connection().execute(select(*_ENTRY_COLUMNS).where(Meeting.id == meeting_id)).first()
        if row is None:
            return None
        warnings = meetings.warnings_in(s, config, row.id)
    return calendar_entry(config.body(row.body_id), row, warnings[row.id])


# --- iCalendar ------------------------------------------------------------------------------------


def _ics() -> Any:
    """The iCalendar writer, imported on first use: the calendar view opens without it."""
    from crm_desktop.reports import icalendar

    return icalendar


def _location(m: Meeting, lang: str) -> str | None:
    parts = [m.venue, m.city]
    if m.host_country_id:
        parts.append(country(m.host_country_id).name(lang))
    text = ", ".join(p for p in parts if p)
    return text or None


def _event(ws: Workspace, m: Meeting) -> Any:
    body = ws.config.body(m.body_id)
    lang = ws.lang
    description = [body.name(lang)]
    if m.ordinal:
        description.append(m.ordinal)
    description += [s.name(lang) for s in body.segments]
    if m.notes:
        description.append(m.notes)
    extra = {"X-CRM-BODY": body.key}
    if m.host_country_id:
        extra["X-CRM-HOST"] = m.host_country_id
    if m.city:
        extra["X-CRM-CITY"] = m.city
    if m.venue:
        extra["X-CRM-VENUE"] = m.venue
    ics = _ics()
    return ics.IcsEvent(
        uid=ics.meeting_uid(m.id),
        summary=m.title,
        start=m.start,
        end=m.end,
        timezone=m.timezone,
        location=_location(m, lang),
        description="\n".join(description),
        categories=(body.short(lang),),
        status=ICS_STATUS.get(m.status),
        extra=extra,
    )


def export_ics(ws: Workspace, out: Path, *, year: int | None = None, meeting_id: str | None = None) -> int:
    """Write one meeting, one year's meetings or every meeting to ``out``; returns how many."""
    with ws.read() as s:
        if meeting_id:
            rows = [get(s, Meeting, meeting_id, "meeting")]
        else:
            rows = list(s.scalars(select(Meeting).order_by(Meeting.start)))
            if year is not None:
                rows = [m for m in rows if m.start.year <= year <= m.end.year]
        events = [_event(ws, m) for m in rows]
    name = ws.name or "CRM"
    if year is not None:
        name = f"{name} {year}"
    out.write_bytes(_ics().build_calendar(events, name=name))
    return len(events)


def _guess_body(ws: Workspace, ev: Any, explicit: str | None) -> str | None:
    config = ws.config
    for candidate in (explicit, ev.extra.get("X-CRM-BODY"), *ev.categories):
        if candidate and config.has_body(candidate):
            return candidate
    # An invitation from elsewhere: recognise the body by its short name in the categories or summary.
    haystack = " ".join([ev.summary, *ev.categories]).casefold()
    for body in sorted(config.bodies, key=lambda b: -len(b.short_es)):
        for name in (body.short_es, body.short_en, body.name_es, body.name_en):
            if name.casefold() in haystack:
                return body.key
    return None


def _guess_host(ev: Any) -> str | None:
    code = ev.extra.get("X-CRM-HOST")
    if code and any(c.code == code for c in countries()):
        return code
    text = (ev.location or "").casefold()
    for c in countries():
        if c.name_es.casefold() in text or c.name_en.casefold() in text:
            return c.code
    for c in countries():
        if ev.timezone in c.timezones:
            return c.code
    return None


def import_ics(ws: Workspace, path: Path, *, body: str | None = None) -> list[str]:
    """Create (or update, for a meeting exported from CRM Desktop) the meetings of an .ics file.

    The body comes from ``body``, from our own ``X-CRM-BODY`` property, or from the body's name in
    the invitation's categories or title; when none says it, the file is refused with a message
    asking for ``--body``. Nothing is written unless every event can be read.
    """
    ics = _ics()
    if body is not None and not ws.config.has_body(body):
        raise BadInput(msg("meeting.unknown_body", body=body))
    data = read_input(path, limit=MAX_ICS)
    try:
        events = ics.parse_calendar(data)
    except ics.IcsError as exc:
        raise invalid(f"{path.name}: {exc}") from None
    if not events:
        raise invalid(f"{path.name}: no events")
    planned: list[tuple[str | None, MeetingInput]] = []
    with ws.read() as s:
        for ev in events:
            body_key = _guess_body(ws, ev, body)
            if body_key is None:
                raise invalid(f"{ev.summary or ev.uid}: unknown body, use --body")
            host = _guess_host(ev)
            # Check every event before writing any, so a bad file changes nothing.
            verdict = rules.validate_meeting(ws.config, body_key, ev.start.date(), ev.end.date(), host)
            if not verdict.allowed and verdict.reason is not None:
                raise Refused(verdict.reason)
            existing = ics.meeting_id_from_uid(ev.uid)
            if existing and s.get(Meeting, existing) is None:
                existing = None
            if existing is None:  # the same invitation imported twice updates the meeting it made
                existing = s.scalar(select(Meeting.id).where(Meeting.title == ev.summary, Meeting.start == ev.start))
            city = ev.extra.get("X-CRM-CITY")
            venue = ev.extra.get("X-CRM-VENUE") or (None if city else ev.location)
            planned.append(
                (
                    existing,
                    MeetingInput(
                        body=body_key,
                        title=ev.summary or ev.uid,
                        start=ev.start,
                        end=ev.end,
                        host_country=host,
                        city=city,
                        venue=venue,
                        timezone=ev.timezone,
                    ),
                )
            )
    ids: list[str] = []
    for existing, m in planned:
        if existing:
            meetings.update_meeting(ws, existing, m)
            ids.append(existing)
        else:
            ids.append(meetings.create_meeting(ws, m))
    return ids
