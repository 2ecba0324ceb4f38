"""iCalendar (RFC 5545) files for meetings: writing them with their time zones, and reading invitations.

Meetings are stored as wall-clock times in the host's time zone, so every event is written with
``DTSTART;TZID=...`` and the matching ``VTIMEZONE`` component; a calendar program then shows the
meeting at the right hour wherever the reader is. Reading accepts what other programs send: times
with a ``TZID``, UTC times, floating times and all-day events.

This module knows nothing about the database: it turns plain :class:`IcsEvent` values into bytes
and back. The application service maps them to meetings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

PRODID = "-//CRM Desktop//Conferencia Regional sobre Migracion//ES"
UID_DOMAIN = "crm-desktop"
# An all-day invitation becomes a working day in the host's time zone.
ALL_DAY_START = time(9, 0)
ALL_DAY_END = time(18, 0)


class IcsError(ValueError):
    """The data is not an iCalendar file we can read (the message says why, in English)."""


@dataclass(frozen=True, slots=True)
class IcsEvent:
    """One meeting as an iCalendar event. ``start``/``end`` are wall-clock times in ``timezone``."""

    uid: str
    summary: str
    start: datetime
    end: datetime
    timezone: str
    location: str | None = None
    description: str | None = None
    categories: tuple[str, ...] = ()
    status: str | None = None  # RFC 5545 STATUS: TENTATIVE | CONFIRMED | CANCELLED
    extra: dict[str, str] = field(default_factory=dict)  # X- properties, e.g. X-CRM-BODY


def meeting_uid(meeting_id: str) -> str:
    return f"{meeting_id}@{UID_DOMAIN}"


def meeting_id_from_uid(uid: str) -> str | None:
    local, _, domain = uid.partition("@")
    return local if domain == UID_DOMAIN and local else None


def build_calendar(events: Iterable[IcsEvent], *, name: str, stamp: datetime | None = None) -> bytes:
    """An RFC 5545 calendar with one VEVENT per event and a VTIMEZONE per time zone used."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    first: date | None = None
    for ev in events:
        tz = ZoneInfo(ev.timezone)
        vevent = icalendar.Event()
        vevent.add("uid", ev.uid)
        vevent.add("dtstamp", stamp)
        vevent.add("summary", ev.summary)
        vevent.add("dtstart", ev.start.replace(tzinfo=tz))
        vevent.add("dtend", ev.end.replace(tzinfo=tz))
        if ev.location:
            vevent.add("location", ev.location)
        if ev.description:
            vevent.add("description", ev.description)
        if ev.categories:
            vevent.add("categories", list(ev.categories))
        if ev.status:
            vevent.add("status", ev.status)
        for key, value in ev.extra.items():
            vevent.add(key, value)
        cal.add_component(vevent)
        first = ev.start.date() if first is None else min(first, ev.start.date())
    # Historical meetings predate 1970: the time zone definitions must cover them too.
    start_of_rules = min(first or date(1970, 1, 1), date(1970, 1, 1))
    cal.add_missing_timezones(first_date=start_of_rules, last_date=date(2038, 1, 1))
    result: bytes = cal.to_ical()
    return result


def _wall_time(value: object, fallback_tz: str, *, end: bool) -> tuple[datetime, str]:
    """A DTSTART/DTEND value as (wall-clock time, time-zone name)."""
    if isinstance(value, datetime):
        if value.tzinfo is None:  # floating time: read it in the fallback zone
            return value, fallback_tz
        key = getattr(value.tzinfo, "key", None)
        if key:
            return value.replace(tzinfo=None), str(key)
        if value.utcoffset() == timedelta(0):
            return value.replace(tzinfo=None), "UTC"
        return value.astimezone(ZoneInfo(fallback_tz)).replace(tzinfo=None), fallback_tz
    if isinstance(value, date):
        # All-day: DTEND is exclusive, so the last day of the meeting is the day before it.
        day = value - timedelta(days=1) if end else value
        return datetime.combine(day, ALL_DAY_END if end else ALL_DAY_START), fallback_tz
    raise IcsError(f"unsupported date value {value!r}")


def _text(component: icalendar.cal.Component, name: str) -> str | None:
    value = component.get(name)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def parse_calendar(data: bytes, *, fallback_tz: str = "UTC") -> list[IcsEvent]:
    """The events of an iCalendar file; raises :class:`IcsError` on anything that is not one."""
    try:
        cal = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as exc:
        raise IcsError(f"not an iCalendar file: {exc}") from None
    if not isinstance(cal, icalendar.Calendar):
        raise IcsError("not an iCalendar file")
    try:
        ZoneInfo(fallback_tz)
    except (ZoneInfoNotFoundError, ValueError):
        fallback_tz = "UTC"
    events: list[IcsEvent] = []
    for vevent in cal.walk("VEVENT"):
        if vevent.get("dtstart") is None:
            raise IcsError("an event has no DTSTART")
        start_value = vevent.decoded("dtstart")
        start, tz = _wall_time(start_value, fallback_tz, end=False)
        if vevent.get("dtend") is not None:
            end, _ = _wall_time(vevent.decoded("dtend"), tz, end=True)
        elif vevent.get("duration") is not None:
            end = start + vevent.decoded("duration")
        elif isinstance(start_value, datetime):
            end = start
        else:  # an all-day event without an end lasts that day
            end = datetime.combine(start.date(), ALL_DAY_END)
        if end < start:
            raise IcsError("an event ends before it starts")
        raw_categories = vevent.get("categories")
        categories: list[str] = []
        for entry in raw_categories if isinstance(raw_categories, list) else [raw_categories]:
            if entry is not None:
                categories += [str(c) for c in entry.cats]
        extra = {str(k): str(v) for k, v in vevent.items() if str(k).upper().startswith("X-")}
        events.append(
            IcsEvent(
                uid=_text(vevent, "uid") or "",
                summary=_text(vevent, "summary") or "",
                start=start,
                end=end,
                timezone=tz,
                location=_text(vevent, "location"),
                description=_text(vevent, "description"),
                categories=tuple(categories),
                status=_text(vevent, "status"),
                extra=extra,
            )
        )
    return events
