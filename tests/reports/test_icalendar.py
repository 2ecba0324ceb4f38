"""iCalendar files: what we write, other programs (and we) read back unchanged, time zones included."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.reports.icalendar import (
    IcsError,
    IcsEvent,
    build_calendar,
    meeting_id_from_uid,
    meeting_uid,
    parse_calendar,
)

ZONES = ["America/Costa_Rica", "America/Mexico_City", "America/Toronto", "America/Santo_Domingo", "UTC"]


def test_events_carry_their_time_zone_and_a_vtimezone() -> None:
    ev = IcsEvent(
        uid=meeting_uid("abc123" + "0" * 26),
        summary="XXXI Reunión Viceministerial",
        start=datetime(2026, 11, 18, 9, 0),
        end=datetime(2026, 11, 19, 18, 0),
        timezone="America/Costa_Rica",
        location="San José, Costa Rica",
        categories=("Viceministros",),
        status="CONFIRMED",
        extra={"X-CRM-BODY": "viceministers"},
    )
    data = build_calendar([ev], name="CRM")
    text = data.decode()
    assert "BEGIN:VTIMEZONE" in text and "TZID:America/Costa_Rica" in text
    assert "DTSTART;TZID=America/Costa_Rica:20261118T090000" in text
    cal = icalendar.Calendar.from_ical(data)
    vevent = next(iter(cal.walk("VEVENT")))
    assert vevent.decoded("dtstart").utcoffset() == timedelta(hours=-6)
    assert parse_calendar(data) == [ev]
    assert meeting_id_from_uid(ev.uid) == "abc123" + "0" * 26


@settings(max_examples=40, deadline=None)
@given(
    summary=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60)
    .map(str.strip)
    .filter(bool),
    day=st.dates(min_value=date(1996, 1, 1), max_value=date(2037, 12, 31)),
    hours=st.integers(min_value=0, max_value=72),
    zone=st.sampled_from(ZONES),
)
def test_round_trip(summary: str, day: date, hours: int, zone: str) -> None:
    start = datetime.combine(day, datetime.min.time()).replace(hour=9)
    ev = IcsEvent(uid="x@elsewhere", summary=summary, start=start, end=start + timedelta(hours=hours), timezone=zone)
    (back,) = parse_calendar(build_calendar([ev], name="t"))
    assert (back.summary, back.start, back.end, back.timezone) == (summary, ev.start, ev.end, zone)


def test_invitations_from_other_programs() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:1@other\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:GRCM virtual\r\n"
        b"DTSTART;VALUE=DATE:20260317\r\nDTEND;VALUE=DATE:20260319\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:2@other\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Call\r\n"
        b"DTSTART:20260320T150000Z\r\nDURATION:PT2H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    all_day, utc = parse_calendar(data, fallback_tz="America/Guatemala")
    assert (all_day.start, all_day.end, all_day.timezone) == (
        datetime(2026, 3, 17, 9, 0),
        datetime(2026, 3, 18, 18, 0),
        "America/Guatemala",
    )
    assert (utc.start, utc.end, utc.timezone) == (datetime(2026, 3, 20, 15, 0), datetime(2026, 3, 20, 17, 0), "UTC")


@pytest.mark.parametrize(
    "data", [b"", b"hello", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"]
)
def test_what_is_not_a_calendar_is_refused(data: bytes) -> None:
    with pytest.raises(IcsError):
        parse_calendar(data)
