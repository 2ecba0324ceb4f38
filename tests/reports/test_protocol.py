"""Participants lists by protocol (head of delegation first, rank, honorifics, gendered titles),
agendas as timetables, and the documents that are refused rather than printed."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from crm_desktop.app.accreditation import list_accreditations
from crm_desktop.app.meetings import list_meetings
from crm_desktop.app.reports import participants_doc
from crm_desktop.app.workspace import Workspace
from crm_desktop.cli import main
from crm_desktop.domain.protocol import honorific, rank_from_roles, rank_title
from crm_desktop.domain.zones import utc_offset
from crm_desktop.reports.data import AgendaEntry, ParticipantRow
from crm_desktop.reports.participants import protocol_order
from crm_desktop.reports.timetable import timetable
from tests.reports.pdfcheck import inspect


def _meeting(ws: Workspace, body: str, *, last: bool = True) -> str:
    rows = sorted(list_meetings(ws, year=2026, body=body), key=lambda m: m["start"])
    return rows[-1 if last else 0]["id"]


def test_titles_follow_the_gender_and_the_language() -> None:
    assert rank_title("vice_minister", "f", "es") == "Viceministra"
    assert rank_title("vice_minister", "m", "es") == "Viceministro"
    assert rank_title("vice_minister", None, "es") == "Viceministro(a)"
    assert rank_title("vice_minister", "f", "en") == "Vice-Minister"
    assert rank_title("director_general", "f", "bilingual") == "Directora General / Director General"
    assert (honorific(None, "f", "es"), honorific(None, "f", "en"), honorific("dr", "f", "es")) == (
        "Sra.",
        "Ms.",
        "Dra.",
    )
    assert honorific(None, None, "es") == ""
    assert rank_from_roles(["focal_point", "vice_minister"]) == "vice_minister"


def test_the_head_of_delegation_comes_first_then_by_rank() -> None:
    def row(name: str, rank: str | None, head: bool = False) -> ParticipantRow:
        return ParticipantRow(name, "member_country", "BZ", "Belice", "Belize", rank=rank, head=head)

    rows = [
        row("Ana Focal", "focal_point"),
        row("Bruno Director", "director_general"),
        row("Zoe Vice", "vice_minister"),
    ]
    assert [r.name for r in protocol_order(rows, "es")[0][1]] == ["Zoe Vice", "Bruno Director", "Ana Focal"]
    rows.append(row("Carla Jefa", "adviser", head=True))  # a recorded head comes first whatever the rank
    assert protocol_order(rows, "es")[0][1][0].name == "Carla Jefa"


def test_delegations_are_alphabetical_in_the_documents_language() -> None:
    rows = [
        ParticipantRow("a", "member_country", "US", "Estados Unidos de América", "United States of America"),
        ParticipantRow("b", "member_country", "BZ", "Belice", "Belize"),
        ParticipantRow("c", "member_country", "MX", "México", "Mexico"),
    ]
    assert [n for n, _ in protocol_order(rows, "es")] == ["Belice", "Estados Unidos de América", "México"]
    assert [n for n, _ in protocol_order(rows, "en")] == ["Belize", "Mexico", "United States of America"]


def test_in_every_demo_list_the_first_of_each_delegation_is_its_head(demo_dir: Path) -> None:
    ws = Workspace(demo_dir)
    try:
        for body in ("viceministers", "grcm"):
            for segment in ("plenary", "closed_door") if body == "viceministers" else ("plenary",):
                doc = participants_doc(ws, _meeting(ws, body), segment)
                for _, people in protocol_order(list(doc.rows), "es"):
                    first = people[0]
                    assert first.head or not any(p.head for p in people)
                    assert all(first.head or (first.rank or "") == (p.rank or "") or p is first for p in people[:1])
                if body == "viceministers":  # the demo records the Vice-Ministers as heads
                    members = [
                        ps for _, ps in protocol_order([r for r in doc.rows if r.category == "member_country"], "es")
                    ]
                    assert all(ps[0].head and ps[0].rank == "vice_minister" for ps in members)
    finally:
        ws.close()


def test_accredit_records_the_head_and_the_rank(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = Workspace(demo_dir)
    try:
        vm = _meeting(ws, "viceministers")
        belize = [a for a in list_accreditations(ws, vm) if a["delegation"] == "BZ" and a["segment"] == "plenary"]
    finally:
        ws.close()
    focal = next(a for a in belize if "focal_point" in a["roles"])
    base = ["--workspace", str(demo_dir)]
    assert main([*base, "protocol", "accreditation", focal["id"], "--head", "--rank", "adviser"]) == 0
    assert main([*base, "protocol", "person", focal["person_id"], "--gender", "f", "--honorific", "dr"]) == 0
    assert main([*base, "protocol", "accreditation", focal["id"], "--rank", "emperor"]) == 2
    ws = Workspace(demo_dir)
    try:
        rows = {a["id"]: a for a in list_accreditations(ws, vm)}
        doc = participants_doc(ws, vm)
    finally:
        ws.close()
    assert rows[focal["id"]]["head"] and rows[focal["id"]]["rank"] == "adviser"
    assert sum(1 for a in rows.values() if a["delegation"] == "BZ" and a["segment"] == "plenary" and a["head"]) == 1
    first = protocol_order([r for r in doc.rows if r.delegation == "BZ"], "es")[0][1][0]
    assert first.name == focal["name"] and first.gender == "f" and first.honorific == "dr"


def test_a_two_day_agenda_is_a_timetable_with_days_breaks_and_lunch() -> None:
    entries = tuple(AgendaEntry(str(i), 0, f"Punto {i}", f"Item {i}", "discussion", "", 90) for i in range(1, 9))
    slots = timetable(entries, date(2026, 11, 18), date(2026, 11, 19), "09:00")
    kinds = [s.kind for s in slots]
    assert kinds[0] == "day" and kinds[1] == "opening" and kinds[-1] == "closing"
    assert [s.day for s in slots if s.kind == "day"] == [date(2026, 11, 18), date(2026, 11, 19)]
    assert kinds.count("lunch") == 2 and kinds.count("break") >= 2
    assert all(s.end and s.start and s.end > s.start for s in slots if s.kind != "day")
    assert utc_offset("America/Costa_Rica", date(2026, 11, 18)) == "UTC\u22126"
    assert utc_offset("Nowhere/Nothing", date(2026, 11, 18)) == ""


def test_a_document_the_body_does_not_produce_is_refused(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace(demo_dir)
    try:
        grcm_first = _meeting(ws, "grcm", last=False)
        consular = _meeting(ws, "network_consular", last=False)
    finally:
        ws.close()
    out = tmp_path / "x.pdf"
    base = ["--workspace", str(demo_dir), "--lang", "en"]
    assert main([*base, "report", "declaration", "--meeting", grcm_first, "--out", str(out)]) == 3
    err = capsys.readouterr().err
    assert "does not produce" in err and "Declaration and Decisions" in err
    assert main([*base, "report", "network-report", "--meeting", consular, "--out", str(out)]) == 4
    assert "has no content" in capsys.readouterr().err
    assert not out.exists()


def test_a_100000_character_name_prints_or_is_refused_cleanly(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from crm_desktop.app.accreditation import accredit
    from crm_desktop.app.people import PersonInput, add_people
    from crm_desktop.domain.model import Category

    ws = Workspace(demo_dir)
    try:
        vm = _meeting(ws, "viceministers")
        [pid] = add_people(
            ws, [PersonInput(name="N" * 100_000, category=Category.MEMBER_COUNTRY, country="PA", title="x" * 50_000)]
        )
        accredit(ws, vm, pid)
    finally:
        ws.close()
    out = tmp_path / "list.pdf"
    code = main(["--workspace", str(demo_dir), "report", "participants", "--meeting", vm, "--out", str(out)])
    err = capsys.readouterr().err
    assert code in (0, 4) and "Traceback" not in err
    if code == 0:
        flat = re.sub(r"\s+", "", inspect(out).raw_text)
        assert "N" * 200 in flat and "N" * 400 not in flat  # cut, with an ellipsis


def test_report_json_still_answers(demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = Workspace(demo_dir)
    try:
        vm = _meeting(ws, "viceministers")
    finally:
        ws.close()
    out = tmp_path / "a.pdf"
    assert main(["--workspace", str(demo_dir), "report", "agenda", "--meeting", vm, "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pages"] >= 1


def test_a_delegation_cut_by_a_page_break_continues_under_its_heading(tmp_path: Path) -> None:
    from datetime import datetime

    from crm_desktop.reports.data import MeetingHeader, ParticipantsDoc
    from crm_desktop.reports.participants import render_participants
    from tests.reports.layout import layout_problems

    meeting = MeetingHeader(
        "m1", "grcm", "GRCM", "RCMG", "Reunión del GRCM", datetime(2026, 3, 17, 9), datetime(2026, 3, 18, 17)
    )
    rows = tuple(
        ParticipantRow(f"Persona {i:03d}", "member_country", "HN", "Honduras", "Honduras", rank="adviser")
        for i in range(90)
    )
    out = tmp_path / "long.pdf"
    pages = render_participants(ParticipantsDoc(meeting, "plenary", "members", rows), "es", out)
    texts = inspect(out).page_texts()
    assert pages > 2
    for text in texts[1:]:  # every continuation page starts the delegation again
        assert "HONDURAS (cont.)" in text
    assert all(len(re.findall(r"Persona \d{3}", t)) > 1 for t in texts)  # no page with a lone row
    assert layout_problems(out) == []
