"""iCalendar (RFC 5545) files for meetings: writing them with their time zones, and reading invitations.

Meetings are stored as wall-clock times in the host's time zone, so every event is written with
``DTSTART;TZID=...`` and a VTIMEZONE of our own (:mod:`ics_zones`: one component per transition, no
multi-valued RDATE) plus SEQUENCE, LAST-MODIFIED and STATUS, so a changed or cancelled meeting
updates in the delegates' calendars. Reading accepts what other programs send: IANA or Windows TZIDs
(with or without a VTIMEZONE), UTC and floating times, all-day events and bounded recurrences, which
are expanded into one event per occurrence. Absurd values (an event of a million days, a year 99999,
a recurrence without end) are refused with :class:`IcsError`, never half-read.

This module knows nothing about the database: it turns plain :class:`IcsEvent` values into bytes
and back. The application service maps them to meetings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo

import icalendar

from crm_desktop.domain.messages import Message, msg
from crm_desktop.reports.ics_zones import resolve_tzid, vtimezone, zone

PRODID = "-//CRM Desktop//Conferencia Regional sobre Migracion//ES"
UID_DOMAIN = "crm-desktop"
# An all-day invitation becomes a working day in the host's time zone.
ALL_DAY_START = time(9, 0)
ALL_DAY_END = time(18, 0)
# Bounds on what a file may ask for: a meeting lasts days, not years; a series has an end.
MAX_BYTES = 8 * 1024 * 1024
MAX_EVENTS = 5000
MAX_OCCURRENCES = 200
MAX_DURATION = timedelta(days=366)
YEARS = (1900, 2200)
MAX_SEQUENCE = 2**31 - 1


class IcsError(ValueError):
    """The data is not an iCalendar file we can read; ``message`` says why, in either language."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("en"))
        self.message = message


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
    sequence: int = 0
    recurrence_id: str | None = None  # one occurrence of a series: its original start (UTC or date)
    last_modified: datetime | None = field(default=None, compare=False)
    # What the file said about the zone, so the importer can place the meeting in its host's zone.
    tzid: str | None = field(default=None, compare=False)  # the TZID as written (IANA or Windows name)
    floating: bool = field(default=False, compare=False)  # no zone at all: wall time wherever it is read
    all_day: bool = field(default=False, compare=False)


def meeting_uid(meeting_id: str) -> str:
    return f"{meeting_id}@{UID_DOMAIN}"


def meeting_id_from_uid(uid: str) -> str | None:
    local, _, domain = uid.partition("@")
    return local if domain == UID_DOMAIN and re.fullmatch(r"[0-9a-f]{32}", local) else None


# --- writing ----------------------------------------------------------------------------------------


def _zone_span(events: list[IcsEvent]) -> dict[str, tuple[date, date]]:
    spans: dict[str, tuple[date, date]] = {}
    for ev in events:
        if ev.timezone == "UTC":
            continue
        lo, hi = spans.get(ev.timezone, (ev.start.date(), ev.end.date()))
        spans[ev.timezone] = (min(lo, ev.start.date()), max(hi, ev.end.date()))
    # From a year before the first event to a year after the last: readers need nothing outside it.
    return {tz: (date(lo.year - 1, 1, 1), date(hi.year + 2, 1, 1)) for tz, (lo, hi) in spans.items()}


def build_calendar(
    events: Iterable[IcsEvent], *, name: str, stamp: datetime | None = None, method: str = "PUBLISH"
) -> bytes:
    """An RFC 5545 calendar with one VEVENT per event and a VTIMEZONE per time zone used."""
    events = list(events)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    cal.add("x-wr-calname", name)
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    for tz_name, (first, last) in sorted(_zone_span(events).items()):
        cal.add_component(vtimezone(tz_name, first, last))
    for ev in events:
        tz = UTC if ev.timezone == "UTC" else ZoneInfo(ev.timezone)
        vevent = icalendar.Event()
        vevent.add("uid", ev.uid)
        vevent.add("dtstamp", stamp)
        vevent.add("sequence", ev.sequence)
        vevent.add("last-modified", (ev.last_modified or stamp).astimezone(UTC))
        vevent.add("summary", ev.summary)
        vevent.add("dtstart", ev.start.replace(tzinfo=tz))
        vevent.add("dtend", ev.end.replace(tzinfo=tz))
        vevent.add("status", ev.status or "CONFIRMED")
        if ev.location:
            vevent.add("location", ev.location)
        if ev.description:
            vevent.add("description", ev.description)
        if ev.categories:
            vevent.add("categories", list(ev.categories))
        for key, value in ev.extra.items():
            vevent.add(key, value)
        cal.add_component(vevent)
    result: bytes = cal.to_ical()
    return result


# --- reading ----------------------------------------------------------------------------------------

_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DATETIME = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)")


@dataclass(frozen=True, slots=True)
class _When:
    """A DTSTART/DTEND as the file wrote it."""

    wall: datetime  # naive; for a date, midnight
    instant: datetime | None  # aware, when the file fixes it (UTC, a known zone or its VTIMEZONE)
    zone: str | None  # the IANA zone of ``wall`` when known
    tzid: str | None
    is_date: bool


def _check_year(year: int) -> None:
    if not YEARS[0] <= year <= YEARS[1]:
        raise IcsError(msg("ics.year_range", year=year))


def _when(component: icalendar.cal.Component, name: str) -> _When:
    prop = component[name]
    if hasattr(prop, "to_ical"):
        ical = prop.to_ical()
        raw = (ical.decode("ascii", "replace") if isinstance(ical, bytes) else str(ical)).strip()
    else:
        raw = str(prop)
    tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
    tzid = str(tzid) if tzid else None
    if m := _DATE.fullmatch(raw):
        _check_year(int(m[1]))
        try:
            return _When(datetime(int(m[1]), int(m[2]), int(m[3])), None, None, None, True)
        except ValueError:
            raise IcsError(msg("ics.not_date", name=name, value=raw[:40])) from None
    m = _DATETIME.fullmatch(raw)
    if m is None:
        raise IcsError(msg("ics.not_datetime", name=name, value=raw[:40]))
    _check_year(int(m[1]))
    try:
        year, month, day, hour, minute, second = (int(m[i]) for i in range(1, 7))
        wall = datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise IcsError(msg("ics.not_datetime", name=name, value=raw[:40])) from None
    if m[7]:
        return _When(wall, wall.replace(tzinfo=UTC), "UTC", None, False)
    if tzid:
        resolved = resolve_tzid(tzid)
        if resolved:
            return _When(wall, wall.replace(tzinfo=ZoneInfo(resolved)), resolved, tzid, False)
        # A zone we cannot name: its VTIMEZONE in the file still fixes the instant.
        try:
            decoded = component.decoded(name)
        except Exception:
            decoded = None
        if isinstance(decoded, datetime) and decoded.tzinfo is not None:
            return _When(wall, decoded.astimezone(UTC), None, tzid, False)
    return _When(wall, None, None, tzid, False)


def _text(component: icalendar.cal.Component, name: str) -> str | None:
    value = component.get(name)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _sequence(component: icalendar.cal.Component) -> int:
    raw = component.get("sequence")
    if raw is None:
        return 0
    try:
        value = int(str(raw.to_ical().decode() if hasattr(raw, "to_ical") else raw).strip())
    except (TypeError, ValueError):
        raise IcsError(msg("ics.sequence_nan", value=str(raw)[:20])) from None
    if not 0 <= value <= MAX_SEQUENCE:
        raise IcsError(msg("ics.sequence_range", value=value))
    return value


def _duration(component: icalendar.cal.Component) -> timedelta:
    try:
        value = component.decoded("duration")
    except Exception:
        raise IcsError(msg("ics.bad_duration")) from None
    if not isinstance(value, timedelta):
        raise IcsError(msg("ics.bad_duration"))
    if abs(value) > MAX_DURATION:
        raise IcsError(msg("ics.event_too_long"))
    return value


@dataclass(frozen=True, slots=True)
class _Span:
    start: datetime  # wall time in ``zone``
    end: datetime
    zone: str
    tzid: str | None
    floating: bool
    all_day: bool


def _span(vevent: icalendar.cal.Component, fallback_tz: str) -> _Span:
    if vevent.get("dtstart") is None:
        raise IcsError(msg("ics.no_dtstart"))
    start = _when(vevent, "dtstart")
    if start.is_date:
        if vevent.get("dtend") is not None:
            last = _when(vevent, "dtend").wall.date() - timedelta(days=1)  # DTEND of a day is exclusive
        elif vevent.get("duration") is not None:
            last = (start.wall + _duration(vevent)).date() - timedelta(days=1)
        else:
            last = start.wall.date()
        last = max(last, start.wall.date())
        if last - start.wall.date() > MAX_DURATION:
            raise IcsError(msg("ics.event_too_long"))
        begin, finish = datetime.combine(start.wall.date(), ALL_DAY_START), datetime.combine(last, ALL_DAY_END)
        return _Span(begin, finish, fallback_tz, None, True, True)
    zone_name = start.zone or ("UTC" if start.instant is not None else fallback_tz)
    tz = UTC if zone_name == "UTC" else ZoneInfo(zone_name)
    begin = start.instant.astimezone(tz).replace(tzinfo=None) if start.instant else start.wall
    if vevent.get("dtend") is not None:
        end = _when(vevent, "dtend")
        if end.instant is not None:
            finish = end.instant.astimezone(tz).replace(tzinfo=None)
        elif end.is_date:
            finish = datetime.combine(end.wall.date(), time())
        else:
            finish = end.wall
    elif vevent.get("duration") is not None:
        finish = begin + _duration(vevent)
    else:
        finish = begin
    if finish < begin:
        raise IcsError(msg("ics.ends_before"))
    if finish - begin > MAX_DURATION:
        raise IcsError(msg("ics.event_too_long"))
    return _Span(begin, finish, zone_name, start.tzid, start.instant is None, False)


def _occurrence_key(span: _Span, start: datetime) -> str:
    if span.all_day:
        return start.strftime("%Y%m%d")
    tz = UTC if span.zone == "UTC" else ZoneInfo(span.zone)
    return start.replace(tzinfo=tz).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _recurrence_id(vevent: icalendar.cal.Component, span: _Span) -> str | None:
    if vevent.get("recurrence-id") is None:
        return None
    when = _when(vevent, "recurrence-id")
    if when.is_date:
        return when.wall.strftime("%Y%m%d")
    if when.instant is not None:
        return when.instant.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return _occurrence_key(span, when.wall)


def _dates_of(vevent: icalendar.cal.Component, name: str, span: _Span) -> set[str]:
    """The occurrence keys of every RDATE/EXDATE value (one property or several, lists or single)."""
    props = vevent.get(name)
    if props is None:
        return set()
    keys: set[str] = set()
    for prop in props if isinstance(props, list) else [props]:
        tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
        for item in getattr(prop, "dts", []):
            value = item.dt
            if isinstance(value, datetime):
                if value.tzinfo is None and tzid and (resolved := resolve_tzid(str(tzid))):
                    value = value.replace(tzinfo=ZoneInfo(resolved))
                if value.tzinfo is not None:
                    tz = UTC if span.zone == "UTC" else ZoneInfo(span.zone)
                    value = value.astimezone(tz).replace(tzinfo=None)
                keys.add(_occurrence_key(span, value))
            elif isinstance(value, date):
                keys.add(
                    value.strftime("%Y%m%d")
                    if span.all_day
                    else _occurrence_key(span, datetime.combine(value, span.start.time()))
                )
            if len(keys) > MAX_OCCURRENCES:
                raise IcsError(msg("ics.too_many_dates", max=MAX_OCCURRENCES))
    return keys


def _expand(vevent: icalendar.cal.Component, span: _Span) -> list[tuple[str, datetime]]:
    """(occurrence key, start) of every occurrence of a recurring event, bounded; [] when not recurring."""
    from dateutil.rrule import rrulestr

    rrule = vevent.get("rrule")
    rdates = _dates_of(vevent, "rdate", span)
    if rrule is None and not rdates:
        return []
    starts: dict[str, datetime] = {}
    if rrule is not None:
        rules = rrule if isinstance(rrule, list) else [rrule]
        for rule in rules:
            text = rule.to_ical().decode("ascii", "replace")
            if "COUNT=" not in text.upper() and "UNTIL=" not in text.upper():
                raise IcsError(msg("ics.endless"))
            tz = UTC if span.zone == "UTC" else ZoneInfo(span.zone)
            try:
                if span.all_day or span.floating:
                    gen = rrulestr(re.sub(r"(UNTIL=\d{8}(T\d{6})?)Z", r"\1", text), dtstart=span.start)
                    values = [v for v in islice(gen, MAX_OCCURRENCES + 1)]
                else:
                    gen = rrulestr(text, dtstart=span.start.replace(tzinfo=tz))
                    values = [v.replace(tzinfo=None) for v in islice(gen, MAX_OCCURRENCES + 1)]
            except (ValueError, TypeError, OverflowError):
                raise IcsError(msg("ics.bad_rrule", value=text[:60])) from None
            if len(values) > MAX_OCCURRENCES:
                raise IcsError(msg("ics.too_many_dates", max=MAX_OCCURRENCES))
            for value in values:
                _check_year(value.year)
                starts[_occurrence_key(span, value)] = value
    else:
        starts[_occurrence_key(span, span.start)] = span.start
    for key in rdates:
        if key not in starts:
            starts[key] = _start_of(key, span)
    for key in _dates_of(vevent, "exdate", span):
        starts.pop(key, None)
    if len(starts) > MAX_OCCURRENCES:
        raise IcsError(msg("ics.too_many_dates", max=MAX_OCCURRENCES))
    return sorted(starts.items(), key=lambda kv: kv[1])


def _start_of(key: str, span: _Span) -> datetime:
    if span.all_day:
        return datetime.combine(datetime.strptime(key, "%Y%m%d").date(), ALL_DAY_START)
    instant = datetime.strptime(key, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    tz = UTC if span.zone == "UTC" else ZoneInfo(span.zone)
    return instant.astimezone(tz).replace(tzinfo=None)


def _categories(vevent: icalendar.cal.Component) -> tuple[str, ...]:
    raw = vevent.get("categories")
    found: list[str] = []
    for entry in raw if isinstance(raw, list) else [raw]:
        if entry is not None:
            found += [str(c) for c in getattr(entry, "cats", [entry])]
    return tuple(found)


def _event(vevent: icalendar.cal.Component, fallback_tz: str) -> tuple[IcsEvent, list[tuple[str, datetime]]]:
    span = _span(vevent, fallback_tz)
    modified: Any = None
    try:
        modified = vevent.decoded("last-modified") if vevent.get("last-modified") is not None else None
    except Exception:
        modified = None
    ev = IcsEvent(
        uid=_text(vevent, "uid") or "",
        summary=_text(vevent, "summary") or "",
        start=span.start,
        end=span.end,
        timezone=span.zone,
        location=_text(vevent, "location"),
        description=_text(vevent, "description"),
        categories=_categories(vevent),
        status=(_text(vevent, "status") or "").upper() or None,
        extra={str(k): str(v) for k, v in vevent.items() if str(k).upper().startswith("X-")},
        sequence=_sequence(vevent),
        recurrence_id=_recurrence_id(vevent, span),
        last_modified=modified if isinstance(modified, datetime) else None,
        tzid=span.tzid,
        floating=span.floating,
        all_day=span.all_day,
    )
    return ev, _expand(vevent, span)


@dataclass(frozen=True, slots=True)
class IcsCalendar:
    method: str  # PUBLISH, REQUEST, CANCEL... ("" when the file does not say)
    events: list[IcsEvent]


def read_calendar(data: bytes, *, fallback_tz: str = "UTC") -> IcsCalendar:
    """The method and events of an iCalendar file, recurrences expanded; :class:`IcsError` otherwise."""
    if len(data) > MAX_BYTES:
        raise IcsError(msg("ics.too_large", mb=MAX_BYTES // (1024 * 1024)))
    try:
        cal = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, TypeError, OverflowError, RecursionError):
        raise IcsError(msg("ics.not_ical")) from None
    if not isinstance(cal, icalendar.Calendar):
        raise IcsError(msg("ics.not_ical"))
    if zone(fallback_tz) is None:
        fallback_tz = "UTC"
    vevents = list(islice(cal.walk("VEVENT"), MAX_EVENTS + 1))
    if len(vevents) > MAX_EVENTS:
        raise IcsError(msg("ics.too_many_events", max=MAX_EVENTS))
    masters: list[tuple[IcsEvent, list[tuple[str, datetime]]]] = []
    overrides: dict[tuple[str, str], IcsEvent] = {}
    try:
        for vevent in vevents:
            ev, occurrences = _event(vevent, fallback_tz)
            if ev.recurrence_id is not None:
                overrides[(ev.uid, ev.recurrence_id)] = ev
            else:
                masters.append((ev, occurrences))
    except OverflowError:
        raise IcsError(msg("ics.out_of_range")) from None
    events: list[IcsEvent] = []
    for ev, occurrences in masters:
        if not occurrences:
            events.append(ev)
            continue
        length = ev.end - ev.start
        for key, start in occurrences:
            override = overrides.pop((ev.uid, key), None)
            events.append(override or replace(ev, start=start, end=start + length, recurrence_id=key))
    events += overrides.values()  # a changed occurrence sent without its series
    method = str(cal.get("method") or "").strip().upper()
    return IcsCalendar(method=method, events=events)


def parse_calendar(data: bytes, *, fallback_tz: str = "UTC") -> list[IcsEvent]:
    """The events of an iCalendar file; raises :class:`IcsError` on anything that is not one."""
    return read_calendar(data, fallback_tz=fallback_tz).events
