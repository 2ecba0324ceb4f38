"""Invitations from other calendar programs: zones, revisions, cancellations, whole days, series, bounds."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.app import calendar, meetings
from crm_desktop.app.errors import AppError, BadInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import MeetingStatus

# What Outlook sends: a Windows zone name, its own VTIMEZONE, METHOD:REQUEST then METHOD:CANCEL.
OUTLOOK_ZONE = """BEGIN:VTIMEZONE
TZID:Central America Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
"""


def _ics(method: str, body: str, *, zone: str = OUTLOOK_ZONE) -> bytes:
    text = (
        "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\n"
        f"METHOD:{method}\n{zone}BEGIN:VEVENT\n{body}END:VEVENT\nEND:VCALENDAR\n"
    )
    return text.replace("\n", "\r\n").encode()


def _outlook(sequence: int, start: str, end: str, *, method: str = "REQUEST", zone: str = OUTLOOK_ZONE) -> bytes:
    return _ics(
        method,
        "UID:040000008200E00074C5B7101A82E0080000000010E9A1F3C4D8DA01000000000000000010000000\n"
        f"SEQUENCE:{sequence}\nDTSTAMP:2026010{sequence + 1}T120000Z\n"
        "SUMMARY;LANGUAGE=es-ES:Reunión extraordinaria del GRCM\n"
        f"DTSTART;TZID=Central America Standard Time:{start}\nDTEND;TZID=Central America Standard Time:{end}\n"
        "LOCATION:Hotel Honduras Maya\\, Tegucigalpa\n" + ("STATUS:CANCELLED\n" if method == "CANCEL" else ""),
        zone=zone,
    )


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_an_outlook_invitation_its_update_and_its_cancellation_leave_one_cancelled_meeting(
    ws: Workspace, tmp_path: Path
) -> None:
    first = calendar.import_calendar(ws, _write(tmp_path, "a.ics", _outlook(0, "20260601T090000", "20260601T170000")))
    assert [o.kind for o in first.outcomes] == ["created"]
    (row,) = meetings.list_meetings(ws)
    assert (row["host_country"], row["timezone"], row["start"], row["end"]) == (
        "HN", "America/Tegucigalpa", "2026-06-01T09:00", "2026-06-01T17:00",
    )  # fmt: skip
    update = _write(tmp_path, "b.ics", _outlook(1, "20260602T100000", "20260602T180000"))
    assert [o.kind for o in calendar.import_calendar(ws, update).outcomes] == ["updated"]
    # The first invitation again, after the update: older, ignored.
    again = calendar.import_calendar(ws, tmp_path / "a.ics")
    assert [o.kind for o in again.outcomes] == ["older"]
    cancel = _write(tmp_path, "c.ics", _outlook(2, "20260602T100000", "20260602T180000", method="CANCEL"))
    assert [o.kind for o in calendar.import_calendar(ws, cancel).outcomes] == ["cancelled"]
    (row,) = meetings.list_meetings(ws)
    assert (row["status"], row["timezone"], row["start"]) == ("cancelled", "America/Tegucigalpa", "2026-06-02T10:00")


def test_a_windows_zone_maps_alike_with_and_without_its_vtimezone(ws: Workspace, tmp_path: Path) -> None:
    calendar.import_calendar(ws, _write(tmp_path, "z.ics", _outlook(0, "20260601T090000", "20260601T170000", zone="")))
    (row,) = meetings.list_meetings(ws)
    assert (row["timezone"], row["start"]) == ("America/Tegucigalpa", "2026-06-01T09:00")


def test_utc_times_are_kept_in_the_host_countrys_zone_found_by_its_capital(ws: Workspace, tmp_path: Path) -> None:
    data = _ics(
        "REQUEST",
        "UID:abc@google.com\nDTSTAMP:20260101T000000Z\nSUMMARY:GRCM en Washington\n"
        "DTSTART:20260715T130000Z\nDTEND:20260715T210000Z\nLOCATION:Washington\\, D.C.\n",
        zone="",
    )
    calendar.import_calendar(ws, _write(tmp_path, "g.ics", data))
    (row,) = meetings.list_meetings(ws)
    # 13:00 UTC in July is 09:00 in Washington (EDT).
    assert (row["host_country"], row["timezone"], row["start"], row["end"]) == (
        "US", "America/New_York", "2026-07-15T09:00", "2026-07-15T17:00",
    )  # fmt: skip


def test_all_day_and_multi_day_events_keep_their_days_in_the_host_zone(ws: Workspace, tmp_path: Path) -> None:
    data = _ics(
        "PUBLISH",
        "UID:days@elsewhere\nDTSTAMP:20260101T000000Z\nSUMMARY:GRCM\nLOCATION:Managua\\, Nicaragua\n"
        "DTSTART;VALUE=DATE:20260317\nDTEND;VALUE=DATE:20260320\n",
        zone="",
    )
    calendar.import_calendar(ws, _write(tmp_path, "d.ics", data))
    (row,) = meetings.list_meetings(ws)
    assert row["timezone"] == "America/Managua"
    assert (row["start"][:10], row["end"][:10]) == ("2026-03-17", "2026-03-19")


def test_a_bounded_series_becomes_its_meetings_and_an_endless_one_is_refused(ws: Workspace, tmp_path: Path) -> None:
    series = (
        "UID:series@elsewhere\nDTSTAMP:20260101T000000Z\nSUMMARY:Seminario virtual\n"
        "DTSTART;TZID=America/Costa_Rica:20260105T100000\nDTEND;TZID=America/Costa_Rica:20260105T120000\n"
    )
    data = _ics(
        "PUBLISH", series + "RRULE:FREQ=WEEKLY;COUNT=3\nEXDATE;TZID=America/Costa_Rica:20260112T100000\n", zone=""
    )
    result = calendar.import_calendar(ws, _write(tmp_path, "s.ics", data), body="seminar")
    assert [o.kind for o in result.outcomes] == ["created", "created"]
    starts = sorted(r["start"] for r in meetings.list_meetings(ws))
    assert starts == ["2026-01-05T10:00", "2026-01-19T10:00"]
    endless = _write(tmp_path, "e.ics", _ics("PUBLISH", series + "RRULE:FREQ=DAILY\n", zone=""))
    with pytest.raises(BadInput, match="without end"):
        calendar.import_calendar(ws, endless, body="seminar")
    assert len(meetings.list_meetings(ws)) == 2


@pytest.mark.parametrize(
    "lines",
    [
        "DTSTART:20260601T090000Z\nDURATION:P99999999D\n",
        "DTSTART:20260601T090000Z\nDTEND:99990601T090000Z\n",
        "DTSTART:20260601T090000Z\nDTEND:20260601T100000Z\nSEQUENCE:99999999999999\n",
        "DTSTART:20260601T090000Z\nDTEND:20260601T100000Z\nRRULE:FREQ=SECONDLY;COUNT=100000\n",
        "DTSTART:20260601T090000Z\nDTEND:20260531T100000Z\n",
    ],
)
def test_absurd_values_are_refused_and_change_nothing(ws: Workspace, tmp_path: Path, lines: str) -> None:
    data = _ics("PUBLISH", f"UID:x@elsewhere\nDTSTAMP:20260101T000000Z\nSUMMARY:GRCM\n{lines}", zone="")
    with pytest.raises(AppError):
        calendar.import_calendar(ws, _write(tmp_path, "x.ics", data))
    assert meetings.list_meetings(ws) == []


def test_a_concluded_meeting_is_not_rewritten_by_a_file(demo: Workspace, tmp_path: Path) -> None:
    row = next(r for r in meetings.list_meetings(demo) if r["status"] == MeetingStatus.CLOSED.value)
    # A forged revision of a closed meeting, with a higher SEQUENCE and another date.
    data = _ics(
        "REQUEST",
        f"UID:{row['id']}@crm-desktop\nSEQUENCE:50\nDTSTAMP:20260101T000000Z\nSUMMARY:Otra cosa\n"
        "DTSTART;TZID=America/Costa_Rica:20300101T090000\nDTEND;TZID=America/Costa_Rica:20300101T100000\n",
        zone="",
    )
    result = calendar.import_calendar(demo, _write(tmp_path, "old.ics", data), body=row["body"])
    assert [o.kind for o in result.outcomes] == ["concluded"]
    # And an old copy of its invitation (no SEQUENCE) is ignored and reported, never applied.
    data = data.replace(b"SEQUENCE:50", b"SEQUENCE:0")
    kinds = [o.kind for o in calendar.import_calendar(demo, _write(tmp_path, "o.ics", data), body=row["body"]).outcomes]
    assert kinds in (["concluded"], ["unchanged"], ["older"])
    assert meetings.get_meeting_row(demo, row["id"]) == row
    cancel = data.replace(b"METHOD:REQUEST", b"METHOD:CANCEL").replace(b"SEQUENCE:0", b"SEQUENCE:60")
    assert [o.kind for o in calendar.import_calendar(demo, _write(tmp_path, "c.ics", cancel)).outcomes] == ["concluded"]
    assert meetings.get_meeting_row(demo, row["id"]) == row


def test_the_cli_reports_each_event_and_refuses_absurd_files_with_exit_4(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from crm_desktop.cli import main

    directory = str(ws.directory)
    ws.close()
    path = _write(tmp_path, "a.ics", _outlook(0, "20260601T090000", "20260601T170000"))
    assert main(["--workspace", directory, "--lang", "en", "calendar", "import", str(path)]) == 0
    assert "created: Reunión extraordinaria del GRCM" in capsys.readouterr().out
    assert main(["--workspace", directory, "--lang", "en", "calendar", "import", str(path)]) == 0
    assert "unchanged" in capsys.readouterr().out
    bad = _write(
        tmp_path, "bad.ics",
        _ics("PUBLISH", "UID:x\nSUMMARY:GRCM\nDTSTART:20260601T090000Z\nDURATION:P99999999D\n", zone=""),
    )  # fmt: skip
    assert main(["--workspace", directory, "calendar", "import", str(bad)]) == 4
    err = capsys.readouterr().err
    assert "dura más de un año" in err and "Traceback" not in err


def test_a_title_of_100000_characters_is_refused(ws: Workspace, tmp_path: Path) -> None:
    data = _ics(
        "PUBLISH",
        f"UID:long@elsewhere\nDTSTAMP:20260101T000000Z\nSUMMARY:GRCM {'x' * 100_000}\n"
        "DTSTART:20260601T090000Z\nDTEND:20260601T100000Z\n",
        zone="",
    )
    with pytest.raises(BadInput, match="longer than 300"):
        calendar.import_calendar(ws, _write(tmp_path, "long.ics", data))
    assert meetings.list_meetings(ws) == []
