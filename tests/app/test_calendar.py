"""The calendar service: entries with colours and warnings, iCalendar export and import."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from crm_desktop.app import calendar, meetings
from crm_desktop.app.errors import AppError, BadInput
from crm_desktop.app.workspace import Workspace
from tests.helpers import meeting


def test_entries_carry_body_colour_segments_and_rule_warnings(ws: Workspace) -> None:
    """Seed, D: the networks "se reúnen inmediatamente antes de las reuniones del GRCM"."""
    net = meeting(ws, "network_trafficking", start="2026-03-10", title="Red de Trata")
    data = calendar.load(ws)
    (entry,) = data.entries
    assert entry.id == net and entry.colour == ws.config.body("network_trafficking").colour
    assert [w.code for w in entry.warnings] == ["warn.network_before_grcm"]
    meeting(ws, "grcm", start="2026-03-11", end="2026-03-12")
    by_id = {e.id: e for e in calendar.load(ws).entries}
    assert by_id[net].warnings == ()
    vm = calendar.load(ws)
    assert [s.es for s in next(e for e in vm.entries if e.body == "grcm").segments] == ["Sesión técnica"]


def test_a_year_lacking_its_second_grcm_is_flagged(ws: Workspace) -> None:
    """Seed, C: the GRCM "se lleva a cabo dos veces al año"."""
    meeting(ws, "grcm", start="2026-03-11")
    # Seed, A: the Vice-Ministers' meeting is annual, so the year lacks it too.
    assert [w.code for w in calendar.load(ws).year_warnings[2026]] == ["warn.vm_missing", "warn.grcm_twice_a_year"]


def test_export_year_and_meeting_then_parse_back(demo: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "year.ics"
    count = calendar.export_ics(demo, out, year=2026)
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert count == len(events) == len(meetings.list_meetings(demo, year=2026))
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} >= {"America/Costa_Rica"}
    one = tmp_path / "one.ics"
    vm = next(m for m in meetings.list_meetings(demo, year=2026) if m["body"] == "viceministers")
    assert calendar.export_ics(demo, one, meeting_id=vm["id"][:8]) == 1
    (ev,) = icalendar.Calendar.from_ical(one.read_bytes()).walk("VEVENT")
    assert str(ev["SUMMARY"]) == vm["title"] and str(ev["X-CRM-BODY"]) == "viceministers"


def test_importing_our_own_export_updates_instead_of_duplicating(ws: Workspace, tmp_path: Path) -> None:
    mid = meeting(ws, "grcm", start="2026-03-11", host="GT", title="Reunión del GRCM en Guatemala")
    out = tmp_path / "m.ics"
    calendar.export_ics(ws, out, meeting_id=mid)
    (outcome,) = calendar.import_calendar(ws, out).outcomes
    assert (outcome.kind, outcome.meeting_id) == ("unchanged", mid)
    assert len(meetings.list_meetings(ws)) == 1


def test_an_invitation_from_elsewhere_becomes_a_meeting(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "invite.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mail//EN\r\nBEGIN:VEVENT\r\nUID:77@mail\r\n"
        b"DTSTAMP:20260101T000000Z\r\nSUMMARY:Reuni\xc3\xb3n extraordinaria del GRCM\r\n"
        b"DTSTART;TZID=America/Tegucigalpa:20260601T090000\r\nDTEND;TZID=America/Tegucigalpa:20260601T170000\r\n"
        b"LOCATION:Tegucigalpa\\, Honduras\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (mid,) = calendar.import_ics(ws, path)
    (row,) = meetings.list_meetings(ws)
    assert (row["id"], row["body"], row["host_country"], row["timezone"]) == (mid, "grcm", "HN", "America/Tegucigalpa")
    assert row["title"] == "Reunión extraordinaria del GRCM" and row["start"] == "2026-06-01T09:00"
    # The same invitation twice: still one meeting, reported unchanged.
    assert [o.kind for o in calendar.import_calendar(ws, path).outcomes] == ["unchanged"]
    assert len(meetings.list_meetings(ws)) == 1


def test_unknown_body_and_bad_files_change_nothing(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "x.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mail//EN\r\nBEGIN:VEVENT\r\nUID:1@mail\r\n"
        b"DTSTAMP:20260101T000000Z\r\nSUMMARY:Lunch\r\nDTSTART:20260601T120000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(BadInput, match="--body"):
        calendar.import_ics(ws, path)
    assert calendar.import_ics(ws, path, body="seminar")
    bad = tmp_path / "bad.ics"
    bad.write_text("not a calendar")
    before = meetings.list_meetings(ws)
    with pytest.raises(AppError):
        calendar.import_ics(ws, bad)
    with pytest.raises(AppError):
        calendar.import_ics(ws, tmp_path / "missing.ics")
    assert meetings.list_meetings(ws) == before
