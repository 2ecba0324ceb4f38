"""The year's calendar: meetings with their body's colour, segments and rule warnings; iCalendar files.

Both the desktop calendar and ``crm-desktop calendar`` use these functions. Warnings are returned as
:class:`~crm_desktop.domain.messages.Message` values so each face renders them in its own language.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm_desktop.app import meetings

# CalendarData and CalendarEntry live in ``calendar_entries`` (no SQLAlchemy there); named here too.
from crm_desktop.app.calendar_entries import CalendarData as CalendarData
from crm_desktop.app.calendar_entries import CalendarEntry as CalendarEntry
from crm_desktop.app.calendar_entries import calendar_entry
from crm_desktop.app.calendar_warnings import calendar_data
from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import MeetingStatus
from crm_desktop.domain.reference import country
from crm_desktop.store.row_clocks import unpack
from crm_desktop.store.schema import Meeting, RowClock

# How a meeting's status reads in another calendar program (RFC 5545 STATUS).
ICS_STATUS = {
    MeetingStatus.PLANNED.value: "TENTATIVE",
    MeetingStatus.CONVENED.value: "CONFIRMED",
    MeetingStatus.HELD.value: "CONFIRMED",
    MeetingStatus.CLOSED.value: "CONFIRMED",
    MeetingStatus.CANCELLED.value: "CANCELLED",
}


# The calendar reads plain rows of these columns (the fields of a CalendarEntry), not ORM objects.
_ENTRY_COLUMNS = (
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
    Meeting.notes,
)


def load(ws: Workspace) -> CalendarData:
    """Every meeting of the workspace with its warnings, and the per-year frequency warnings."""
    config = ws.config
    with ws.read() as s:
        warnings = meetings.warnings_in(s, config)
        rows = s.connection().execute(select(*_ENTRY_COLUMNS).order_by(Meeting.start, Meeting.title)).all()
    return calendar_data(config, rows, warnings)


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


def _last_modified(s: Any, ids: list[str]) -> dict[str, datetime]:
    """When each meeting last changed, from its fields' clocks (the same on every laptop once synced)."""
    found: dict[str, datetime] = {}
    rows = s.execute(select(RowClock.row_id, RowClock.fields).where(RowClock.entity == "meetings")).all()
    wanted = set(ids)
    for row_id, fields in rows:
        if row_id not in wanted:
            continue
        stamps = [str(v[0]) if isinstance(v, list) and v else str(v) for v in unpack(fields).values()]
        walls = [int(x.split("-", 1)[0]) for x in stamps if x.split("-", 1)[0].isdigit()]
        # A clock beyond the range iCalendar can say (a poisoned value) is left out, not written.
        walls = [w for w in walls if w < _YEAR_2200_MS]
        if walls:
            found[row_id] = datetime.fromtimestamp(max(walls) / 1000, UTC).replace(microsecond=0)
    return found


_YEAR_2200_MS = 7_258_118_400_000


def _event(ws: Workspace, m: Meeting, last_modified: datetime | None = None) -> Any:
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
        uid=m.ics_uid or ics.meeting_uid(m.id),
        summary=m.title,
        start=m.start,
        end=m.end,
        timezone=m.timezone,
        location=_location(m, lang),
        description="\n".join(description),
        categories=(body.short(lang),),
        status=ICS_STATUS.get(m.status),
        extra=extra,
        sequence=m.ics_sequence or 0,
        last_modified=last_modified,
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
        modified = _last_modified(s, [m.id for m in rows])
        events = [_event(ws, m, modified.get(m.id)) for m in rows]
    name = ws.name or "CRM"
    if year is not None:
        name = f"{name} {year}"
    out.write_bytes(_ics().build_calendar(events, name=name))
    return len(events)


def import_calendar(ws: Workspace, path: Path, *, body: str | None = None) -> Any:
    """What each event of an .ics file did (:class:`crm_desktop.app.calendar_import.CalendarImport`)."""
    from crm_desktop.app import calendar_import

    return calendar_import.import_calendar(ws, path, body=body)


def import_ics(ws: Workspace, path: Path, *, body: str | None = None) -> list[str]:
    """Create, update or cancel the meetings of an .ics file; the meetings it wrote.

    The body comes from ``body``, from our own ``X-CRM-BODY`` property, or from the body's name in
    the invitation's categories or title; when none says it, the file is refused with a message
    asking for ``--body``. Nothing is written unless every event can be read.
    """
    ids: list[str] = import_calendar(ws, path, body=body).meeting_ids
    return ids
