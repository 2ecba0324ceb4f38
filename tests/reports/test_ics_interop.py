"""Our .ics files as other calendar programs read them: python ``icalendar``, ``vobject`` (Radicale) and,
where node and ical.js are installed, ical.js (Thunderbird, Nextcloud). Every event of every host
country's zone, in January and in July, must land on the instant ``zoneinfo`` computes."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from crm_desktop.app import calendar, meetings
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import MeetingStatus
from crm_desktop.domain.reference import countries
from crm_desktop.reports.icalendar import IcsEvent, build_calendar

HOST_ZONES = sorted({z for c in countries() for z in c.timezones})
ICALJS = Path(__file__).with_name("icaljs_instants.cjs")


def _events() -> list[IcsEvent]:
    """A morning meeting in every host zone in January and July, and one across each zone's change."""
    events = []
    for zone in HOST_ZONES:
        for month in (1, 3, 7, 11):
            start = datetime(2026, month, 10 if month in (1, 7) else 1, 9, 30)
            end = start + timedelta(days=1 if month in (1, 7) else 8, hours=8)
            uid = f"{zone.replace('/', '-')}-{month}@test"
            events.append(IcsEvent(uid=uid, summary=uid, start=start, end=end, timezone=zone, sequence=month))
    return events


def _expected(events: list[IcsEvent]) -> dict[str, tuple[int, int]]:
    def unix(dt: datetime, zone: str) -> int:
        return int(dt.replace(tzinfo=ZoneInfo(zone)).timestamp())

    return {e.uid: (unix(e.start, e.timezone), unix(e.end, e.timezone)) for e in events}


def _renamed(data: bytes) -> bytes:
    """The same file with every TZID renamed, so a reader must use our VTIMEZONE and not its own zones."""
    return re.sub(rb"TZID([=:])", rb"TZID\1Test-", data)


def _icalendar_instants(data: bytes) -> dict[str, tuple[int, int]]:
    cal = icalendar.Calendar.from_ical(data)
    return {
        str(ev["UID"]): (int(ev.decoded("dtstart").timestamp()), int(ev.decoded("dtend").timestamp()))
        for ev in cal.walk("VEVENT")
    }


def _vobject_instants(data: bytes) -> dict[str, tuple[int, int]]:
    cal = vobject.readOne(data.decode())
    return {
        ev.uid.value: (int(ev.dtstart.value.timestamp()), int(ev.dtend.value.timestamp())) for ev in cal.vevent_list
    }


def _icaljs_module() -> str | None:
    node = shutil.which("node")
    if node is None:
        return None
    candidates = [os.environ.get("ICALJS_MODULE", ""), "ical.js/dist/ical.es5.cjs"]
    for candidate in filter(None, candidates):
        probe = subprocess.run(
            [node, "-e", f"require({json.dumps(candidate)})"], capture_output=True, timeout=60, check=False
        )
        if probe.returncode == 0:
            return candidate
    return None


def _icaljs_instants(data: bytes, module: str) -> dict[str, tuple[int, int]]:
    node = shutil.which("node")
    assert node
    done = subprocess.run(
        [node, str(ICALJS)], input=data, capture_output=True, timeout=120, check=True,
        env={**os.environ, "ICALJS_MODULE": module},
    )  # fmt: skip
    return {uid: (int(a), int(b)) for uid, (a, b) in json.loads(done.stdout).items()}


def test_every_host_zone_reads_at_the_same_instants_in_icalendar_and_vobject() -> None:
    events = _events()
    data = build_calendar(events, name="zones")
    expected = _expected(events)
    for payload in (data, _renamed(data)):
        assert _icalendar_instants(payload) == expected
        assert _vobject_instants(payload) == expected


def test_every_host_zone_reads_at_the_same_instants_in_icaljs() -> None:
    module = _icaljs_module()
    if module is None:
        pytest.skip("node with ical.js is not installed (npm install ical.js; ICALJS_MODULE=path to ical.es5.cjs)")
    events = _events()
    assert _icaljs_instants(build_calendar(events, name="zones"), module) == _expected(events)


def test_vtimezones_have_one_transition_per_component_and_daylight_starts_before_the_change() -> None:
    data = build_calendar(_events(), name="zones")
    text = data.decode()
    for line in text.splitlines():
        assert not (line.startswith("RDATE") and "," in line), line
    cal = icalendar.Calendar.from_ical(data)
    (toronto,) = [tz for tz in cal.walk("VTIMEZONE") if str(tz["TZID"]) == "America/Toronto"]
    daylight = [c for c in toronto.walk("DAYLIGHT") if c.decoded("dtstart").year == 2026]
    # 8 March 2026, 02:00 EST: the wall clock before the change, in the offset before it.
    assert [c.decoded("dtstart") for c in daylight] == [datetime(2026, 3, 8, 2, 0)]
    standard = [c for c in toronto.walk("STANDARD") if c.decoded("dtstart").year == 2026]
    assert [c.decoded("dtstart") for c in standard] == [datetime(2026, 11, 1, 2, 0)]


def _demo_expected(ws: Workspace, year: int) -> dict[str, tuple[int, int]]:
    rows = meetings.list_meetings(ws, year=year)
    out = {}
    for r in rows:
        zone = ZoneInfo(r["timezone"])
        start = datetime.fromisoformat(r["start"]).replace(tzinfo=zone)
        end = datetime.fromisoformat(r["end"]).replace(tzinfo=zone)
        out[f"{r['id']}@crm-desktop"] = (int(start.timestamp()), int(end.timestamp()))
    return out


def test_the_demo_year_reads_alike_everywhere(demo: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "year.ics"
    calendar.export_ics(demo, out, year=2026)
    data = out.read_bytes()
    expected = _demo_expected(demo, 2026)
    assert expected
    assert _icalendar_instants(data) == expected
    assert _icalendar_instants(_renamed(data)) == expected
    assert _vobject_instants(data) == expected
    module = _icaljs_module()
    if module is not None:
        assert _icaljs_instants(data, module) == expected
    for ev in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        assert ev.get("SEQUENCE") is not None and ev.get("LAST-MODIFIED") is not None
        assert str(ev["STATUS"]) in {"TENTATIVE", "CONFIRMED", "CANCELLED"}
    assert max(len(line) for line in data.split(b"\r\n")) <= 75


def test_a_changed_meeting_raises_its_sequence_and_a_cancelled_one_says_so(demo: Workspace, tmp_path: Path) -> None:
    row = next(r for r in meetings.list_meetings(demo, year=2026) if r["status"] == "planned")
    out = tmp_path / "one.ics"

    def exported() -> icalendar.cal.Component:
        calendar.export_ics(demo, out, meeting_id=row["id"])
        (ev,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        return ev

    before = exported()
    m = meetings.get_meeting_row(demo, row["id"])
    start = datetime.fromisoformat(m["start"]) + timedelta(hours=1)
    meetings.update_meeting(
        demo,
        row["id"],
        meetings.MeetingInput(
            body=m["body"], title=m["title"], start=start, end=datetime.fromisoformat(m["end"]),
            host_country=m["host_country"], city=m["city"], venue=m["venue"], timezone=m["timezone"],
        ),
    )  # fmt: skip
    after = exported()
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert after.decoded("LAST-MODIFIED") >= before.decoded("LAST-MODIFIED")
    meetings.set_status(demo, row["id"], MeetingStatus.CANCELLED)
    cancelled = exported()
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert int(cancelled["SEQUENCE"]) == int(after["SEQUENCE"]) + 1
    assert cancelled.decoded("LAST-MODIFIED") <= datetime.now(UTC) + timedelta(minutes=1)
