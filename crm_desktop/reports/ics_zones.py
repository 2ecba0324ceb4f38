"""Time zones in iCalendar files: the VTIMEZONE we write, and the zone a received TZID stands for.

VTIMEZONE: one STANDARD/DAYLIGHT component per transition, each with its own ``DTSTART`` (the local
wall time just before the change, in the old offset, as RFC 5545 §3.6.5 says) and no multi-valued
``RDATE``: ical.js (Thunderbird, Nextcloud) and vobject (Radicale) read only the first value of a
comma-separated ``RDATE``, which put every later transition an hour off. Transitions come from
``zoneinfo`` itself, so every reader lands on the instants Python computes.

TZID: an IANA name is taken as it is; a Windows name (what Outlook and Exchange write, with or without
a VTIMEZONE) goes through CLDR's windowsZones table, territory first, so "Central America Standard
Time" in Honduras is America/Tegucigalpa and not Guatemala.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

_DAY = timedelta(days=1)


def zone(name: str) -> ZoneInfo | None:
    """The IANA zone called ``name``, or None (never raises: names come from files)."""
    if not name or len(name) > 80 or name.startswith(("/", ".")) or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


@cache
def _windows_table() -> dict[str, dict[str, list[str]]]:
    text = resources.files("crm_desktop.resources").joinpath("timezones", "windows_zones.json").read_text("utf-8")
    zones: dict[str, dict[str, list[str]]] = json.loads(text)["zones"]
    return {name.casefold(): territories for name, territories in zones.items()}


def _world_default(name: str) -> str | None:
    """CLDR's territory-001 zone for Windows names outside the Americas (the table icalendar ships)."""
    try:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
    except ImportError:  # pragma: no cover - older icalendar
        return None
    for windows, olson in WINDOWS_TO_OLSON.items():
        if windows.casefold() == name.casefold():
            return str(olson)
    return None


def resolve_tzid(tzid: str, territory: str | None = None, prefer: tuple[str, ...] = ()) -> str | None:
    """The IANA zone for a TZID: an IANA name itself, or a Windows name mapped through CLDR.

    ``territory`` (an ISO country code) picks the country's own zone; among several, one of ``prefer``
    (the host country's zones) wins.
    """
    name = tzid.strip().strip('"')
    if zone(name) is not None:
        return name
    territories = _windows_table().get(name.casefold())
    if territories is None:
        default = _world_default(name)
        return default if default and zone(default) else None
    candidates = territories.get(territory or "", []) or territories.get("001", [])
    for candidate in candidates:
        if candidate in prefer:
            return candidate
    # CLDR still lists some old link names (America/Buenos_Aires): take the preferred zone they equal.
    for candidate in candidates:
        match = next((p for p in prefer if same_rules(p, candidate)), None)
        if match:
            return match
    return next((c for c in candidates if zone(c) is not None), None)


def same_rules(a: str, b: str, year: int = 2026) -> bool:
    za, zb = zone(a), zone(b)
    if za is None or zb is None:
        return False
    probes = [datetime(year, month, 15, 12, tzinfo=UTC) for month in (1, 4, 7, 10)]
    return all(p.astimezone(za).utcoffset() == p.astimezone(zb).utcoffset() for p in probes)


# --- writing ----------------------------------------------------------------------------------------


def _state(tz: ZoneInfo, instant: datetime) -> tuple[timedelta, bool, str]:
    local = instant.astimezone(tz)
    return local.utcoffset() or timedelta(0), bool(local.dst()), local.tzname() or ""


def transitions(tz: ZoneInfo, first: date, last: date) -> list[tuple[datetime, timedelta, timedelta, bool, str]]:
    """(UTC instant, offset before, offset after, is DST after, name after) of every change in the span.

    Scans day by day and bisects to the second: zones change at most a few times a year.
    """
    found = []
    t = datetime.combine(first, datetime.min.time(), UTC)
    end = datetime.combine(last, datetime.min.time(), UTC)
    before = _state(tz, t)
    while t < end:
        nxt = t + _DAY
        after = _state(tz, nxt)
        if after != before:
            lo, hi = t, nxt
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                if _state(tz, mid) == before:
                    lo = mid
                else:
                    hi = mid
            hi = hi.replace(microsecond=0)
            found.append((hi, before[0], after[0], after[1], after[2]))
            before = after
        t = nxt
    return found


def _component(
    dst: bool, start_local: datetime, offset_from: timedelta, offset_to: timedelta, name: str
) -> icalendar.cal.Component:
    comp: icalendar.cal.Component = icalendar.TimezoneDaylight() if dst else icalendar.TimezoneStandard()
    comp.add("dtstart", start_local)
    comp.add("tzoffsetfrom", offset_from)
    comp.add("tzoffsetto", offset_to)
    if name:
        comp.add("tzname", name)
    return comp


def vtimezone(name: str, first: date, last: date) -> icalendar.Timezone:
    """A VTIMEZONE for ``name`` valid from ``first`` to ``last``: one component per transition."""
    tz = ZoneInfo(name)
    vtz = icalendar.Timezone()
    vtz.add("tzid", name)
    start = datetime.combine(first, datetime.min.time(), UTC)
    offset, dst, abbrev = _state(tz, start)
    # The state in force when the span opens, so a reader needs nothing before it.
    vtz.add_component(_component(dst, start.astimezone(tz).replace(tzinfo=None), offset, offset, abbrev))
    for instant, offset_from, offset_to, is_dst, abbrev in transitions(tz, first, last):
        wall_before = (instant + offset_from).replace(tzinfo=None)
        vtz.add_component(_component(is_dst, wall_before, offset_from, offset_to, abbrev))
    return vtz
