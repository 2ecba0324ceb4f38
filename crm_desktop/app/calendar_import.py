"""Reading .ics invitations into meetings: which meeting an event is, in which zone, and whether it wins.

- **Which meeting.** Our own UIDs (``<id>@crm-desktop``) name the meeting; any other UID (Outlook,
  Google...) names a meeting whose id is derived from the UID (and the occurrence, for a series), so
  the same invitation imported on two laptops becomes the same meeting after a sync.
- **Which zone.** Meetings are kept in the host's wall-clock time: the host comes from our
  ``X-CRM-HOST``, the place (country names, their capitals and main cities: "Washington, D.C." is the
  United States) or the zone; a Windows TZID is mapped through CLDR with that country as territory.
- **Whether it wins.** iTIP's rule: a higher SEQUENCE updates the meeting, a lower one is ignored, the
  same one changes nothing; ``METHOD:CANCEL`` (or ``STATUS:CANCELLED``) cancels it. A meeting that has
  already been held or closed is never rewritten by a file: the event is reported, not applied.

Every event is checked before any is written, so a file that cannot be read changes nothing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from crm_desktop.app import meetings
from crm_desktop.app.errors import BadInput, Refused, invalid
from crm_desktop.app.meetings import MeetingInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import rules
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.model import MeetingStatus
from crm_desktop.domain.reference import CountryRef, countries
from crm_desktop.domain.vocabulary import state
from crm_desktop.reports import icalendar as ics
from crm_desktop.reports.ics_zones import resolve_tzid
from crm_desktop.store.local_files import read_input
from crm_desktop.store.schema import Meeting

# Places an invitation names instead of the country: capitals and the cities meetings are held in,
# each with its zone (for the countries that span several).
_PLACES: dict[str, tuple[str, str | None]] = {
    "washington": ("US", "America/New_York"),
    "nueva york": ("US", "America/New_York"),
    "new york": ("US", "America/New_York"),
    "miami": ("US", "America/New_York"),
    "chicago": ("US", "America/Chicago"),
    "houston": ("US", "America/Chicago"),
    "los angeles": ("US", "America/Los_Angeles"),
    "san francisco": ("US", "America/Los_Angeles"),
    "estados unidos": ("US", None),
    "united states": ("US", None),
    "ee. uu.": ("US", None),
    "ee.uu.": ("US", None),
    "eeuu": ("US", None),
    "usa": ("US", None),
    "ottawa": ("CA", "America/Toronto"),
    "toronto": ("CA", "America/Toronto"),
    "montreal": ("CA", "America/Toronto"),
    "quebec": ("CA", "America/Toronto"),
    "vancouver": ("CA", "America/Vancouver"),
    "winnipeg": ("CA", "America/Winnipeg"),
    "calgary": ("CA", "America/Edmonton"),
    "edmonton": ("CA", "America/Edmonton"),
    "halifax": ("CA", "America/Halifax"),
    "ciudad de mexico": ("MX", "America/Mexico_City"),
    "mexico city": ("MX", "America/Mexico_City"),
    "cdmx": ("MX", "America/Mexico_City"),
    "guadalajara": ("MX", "America/Mexico_City"),
    "monterrey": ("MX", "America/Mexico_City"),
    "puebla": ("MX", "America/Mexico_City"),
    "cancun": ("MX", "America/Cancun"),
    "tijuana": ("MX", "America/Tijuana"),
    "belmopan": ("BZ", None),
    "san jose": ("CR", None),
    "san salvador": ("SV", None),
    "ciudad de guatemala": ("GT", None),
    "guatemala city": ("GT", None),
    "antigua guatemala": ("GT", None),
    "tegucigalpa": ("HN", None),
    "san pedro sula": ("HN", None),
    "managua": ("NI", None),
    "ciudad de panama": ("PA", None),
    "panama city": ("PA", None),
    "santo domingo": ("DO", None),
    "punta cana": ("DO", None),
    "buenos aires": ("AR", None),
    "bogota": ("CO", None),
    "quito": ("EC", None),
    "guayaquil": ("EC", None),
    "kingston": ("JM", None),
    "lima": ("PE", None),
}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _mentions(haystack: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(_fold(name))}(?!\w)", haystack) is not None


def place(ev: ics.IcsEvent) -> tuple[CountryRef | None, str | None]:
    """The host country an event names, and the zone of its city when the country has several."""
    by_code = {c.code: c for c in countries()}
    code = ev.extra.get("X-CRM-HOST")
    if code in by_code:
        return by_code[code], None
    text = _fold(" ".join(p for p in (ev.location, ev.extra.get("X-CRM-CITY")) if p))
    if text:
        # Longest names first: "San José" must not be read inside "San José del Cabo"'s country, etc.
        for name, (country_code, zone_name) in sorted(_PLACES.items(), key=lambda kv: -len(kv[0])):
            if _mentions(text, name):
                return by_code[country_code], zone_name
        for c in countries():
            if _mentions(text, c.name_es) or _mentions(text, c.name_en):
                return c, None
    return None, None


def _zone_and_times(ev: ics.IcsEvent, host: CountryRef | None, city_zone: str | None) -> tuple[str, datetime, datetime]:
    """The zone the meeting is kept in and its wall-clock start and end there."""
    host_zones = host.timezones if host else ()
    if ev.floating or ev.all_day:  # no instant in the file: the wall time is the host's
        zone_name = city_zone or (host_zones[0] if host_zones else ev.timezone)
        return zone_name, ev.start, ev.end
    hint = ev.timezone
    if ev.tzid:
        hint = resolve_tzid(ev.tzid, host.code if host else None, host_zones) or ev.timezone
    # The file's wall time is in the zone its TZID names (a Windows name now read with the territory).
    source = ZoneInfo(hint) if ev.tzid and hint != ev.timezone and ev.timezone != "UTC" else ZoneInfo(ev.timezone)
    target = hint if host is None or hint in host_zones else (city_zone or host_zones[0])
    tz = ZoneInfo(target)
    start = ev.start.replace(tzinfo=source).astimezone(tz).replace(tzinfo=None)
    end = ev.end.replace(tzinfo=source).astimezone(tz).replace(tzinfo=None)
    return target, start, end


def _host_from_zone(zone_name: str) -> CountryRef | None:
    return next((c for c in countries() if zone_name in c.timezones), None)


def _guess_body(ws: Workspace, ev: ics.IcsEvent, explicit: str | None) -> str | None:
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


def meeting_id_for(uid: str, recurrence_id: str | None) -> str:
    """The meeting an event stands for: ours by its UID, anyone else's by a digest of UID and occurrence."""
    own = ics.meeting_id_from_uid(uid)
    if own and recurrence_id is None:
        return own
    return hashlib.sha256(f"{uid}\n{recurrence_id or ''}".encode()).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Outcome:
    kind: str  # created, updated, cancelled, unchanged, older, concluded, unknown_cancel
    meeting_id: str | None
    message: Message


@dataclass
class CalendarImport:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def meeting_ids(self) -> list[str]:
        """The meetings the file created, changed or cancelled."""
        return [o.meeting_id for o in self.outcomes if o.kind in _WRITES and o.meeting_id]

    def lines(self, lang: str) -> list[str]:
        return [o.message.render(lang) for o in self.outcomes]


_WRITES = ("created", "updated", "cancelled")


def _read(path: Path) -> ics.IcsCalendar:
    data = read_input(path, limit=ics.MAX_BYTES)  # a device, a pipe or a folder is refused before reading
    try:
        cal = ics.read_calendar(data)
    except ics.IcsError as exc:
        raise invalid(msg("invalid.calendar_file", name=path.name, detail=exc.message)) from None
    if not cal.events:
        raise invalid(msg("invalid.calendar_empty", name=path.name))
    return cal


def import_calendar(ws: Workspace, path: Path, *, body: str | None = None) -> CalendarImport:
    """Create, update or cancel the meetings of an .ics file; what happened to each event, in order."""
    if body is not None and not ws.config.has_body(body):
        raise BadInput(msg("meeting.unknown_body", body=body))
    cal = _read(path)
    cancel_all = cal.method == "CANCEL"
    plan: list[tuple[str, str, Any]] = []  # (kind, meeting id, what to write)
    result = CalendarImport()
    with ws.read() as s:
        for ev in cal.events:
            title = ev.summary or ev.uid
            mid = meeting_id_for(ev.uid, ev.recurrence_id)
            existing = s.get(Meeting, mid)
            if existing is None and ics.meeting_id_from_uid(ev.uid) is None:
                # An invitation imported before meetings kept their UID: found by title and start.
                legacy = s.scalar(select(Meeting.id).where(Meeting.title == ev.summary, Meeting.start == ev.start))
                existing = s.get(Meeting, legacy) if legacy else None
                mid = existing.id if existing is not None else mid
            cancelling = cancel_all or ev.status == "CANCELLED"
            outcome = _decide(existing, ev, cancelling, title, mid)
            if outcome is not None:
                result.outcomes.append(outcome)
                continue
            if cancelling:
                plan.append(("cancelled", mid, ev.sequence))
                result.outcomes.append(Outcome("cancelled", mid, msg("ics.cancelled", title=title)))
                continue
            body_key = _guess_body(ws, ev, body) or (existing.body_id if existing is not None else None)
            if body_key is None:
                raise BadInput(msg("ics.unknown_body", title=title))
            host, city_zone = place(ev)
            zone_name, start, end = _zone_and_times(ev, host, city_zone)
            host = host or _host_from_zone(zone_name)
            city = ev.extra.get("X-CRM-CITY")
            venue = ev.extra.get("X-CRM-VENUE") or (None if city else ev.location)
            for value, limit in ((title, 300), (city, 120), (venue, 200)):  # the columns' sizes
                if value and len(value) > limit:
                    raise BadInput(msg("ics.too_long", limit=limit, title=title[:60]))
            verdict = rules.validate_meeting(ws.config, body_key, start.date(), end.date(), host.code if host else None)
            if not verdict.allowed and verdict.reason is not None:
                raise Refused(verdict.reason)
            m = MeetingInput(
                body=body_key, title=title, start=start, end=end,
                host_country=host.code if host else None, city=city, venue=venue, timezone=zone_name,
            )  # fmt: skip
            if existing is None:
                plan.append(("created", mid, (m, ev)))
                result.outcomes.append(Outcome("created", mid, msg("ics.created", title=title)))
            else:
                plan.append(("updated", mid, (m, ev)))
                result.outcomes.append(Outcome("updated", mid, msg("ics.updated", title=title, sequence=ev.sequence)))
    for kind, mid, what in plan:
        _apply(ws, kind, mid, what)
    return result


def _decide(existing: Meeting | None, ev: ics.IcsEvent, cancelling: bool, title: str, mid: str) -> Outcome | None:
    """The outcome of an event that writes nothing, or None when it is to be applied."""
    if existing is None:
        return Outcome("unknown_cancel", None, msg("ics.unknown_cancel", title=title)) if cancelling else None
    current = existing.ics_sequence or 0
    if ev.sequence < current:
        return Outcome("older", mid, msg("ics.older", title=title, sequence=ev.sequence, current=current))
    status = MeetingStatus(existing.status)
    if status == MeetingStatus.CANCELLED and cancelling:
        return Outcome("unchanged", mid, msg("ics.unchanged", title=title))
    if ev.sequence == current and not cancelling:
        return Outcome("unchanged", mid, msg("ics.unchanged", title=title))
    if status in rules.CONCLUDED:
        return Outcome("concluded", mid, msg("ics.concluded", title=title, status=state("meeting", status)))
    return None


def _apply(ws: Workspace, kind: str, mid: str, what: Any) -> None:
    if kind == "cancelled":
        meetings.set_status(ws, mid, MeetingStatus.CANCELLED, ics_sequence=what)
        return
    m, ev = what
    # The invitation's UID goes back out on export, except for one occurrence of a series: several
    # events with the series' UID and no RECURRENCE-ID would merge into one in a calendar program.
    foreign = None if ics.meeting_id_from_uid(ev.uid) or ev.recurrence_id else ev.uid
    if kind == "created":
        meetings.create_meeting(ws, m, meeting_id=mid, ics_uid=foreign, ics_sequence=ev.sequence)
    else:
        # A new revision of a cancelled meeting that is not itself cancelled calls it on again.
        with ws.read() as s:
            was = s.get(Meeting, mid)
            status = MeetingStatus.PLANNED.value if was is not None and was.status == "cancelled" else None
        meetings.update_meeting(ws, mid, m, ics_sequence=ev.sequence, status=status)
