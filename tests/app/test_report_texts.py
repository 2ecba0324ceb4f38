"""Negotiated texts printed from the drafting group's documents: proposals written into the text
with their delegation, numbering as the group sees it, the closed-door document kept apart, and
the bilingual edition aligned with the document's other-language counterpart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.app import drafting as d
from crm_desktop.app.errors import AppError
from crm_desktop.app.meetings import list_meetings
from crm_desktop.app.report_texts import drafting_documents, paragraph_segments
from crm_desktop.app.reports import ReportRequest, render_report, report_audience
from crm_desktop.app.workspace import Workspace
from crm_desktop.drafting.structure import DocType, ParagraphKind, Section
from crm_desktop.store.schema import DraftingSeat
from tests.reports.pdfcheck import inspect


def proposal(kind: str, *, old: str = "", new: str = "", anchor: str | None = None, by: str = "MX") -> d.ProposalRow:
    return d.ProposalRow("p", "para", kind, old, new, anchor, by, None, "open", (), ())


def test_proposals_are_written_into_the_text_where_they_apply() -> None:
    text = "Fortalecer la protección consular de niñas y niños migrantes."
    segments, notes = paragraph_segments(
        text,
        (
            proposal("replace", old="protección consular", new="asistencia consular", by="MX"),
            proposal("insert", anchor="niños", new=" y adolescentes", by="GT"),
            proposal("delete", old="Fortalecer ", by="SV"),
            proposal("delete", old="no está en el texto", by="PA"),
            proposal("insert", anchor="protección", new=" integral", by="HN"),  # inside MX's replacement
        ),
    )
    assert "".join(s.text for s in segments if s.change != "add") == text  # the text itself is untouched
    changes = [(s.change, s.text, s.by) for s in segments if s.change]
    assert changes == [
        ("delete", "Fortalecer ", "SV"),
        ("delete", "protección consular", None),
        ("add", "asistencia consular", "MX"),
        ("add", " y adolescentes", "GT"),
    ]
    assert len(notes) == 2 and any("PA" in n for n in notes) and any("HN" in n for n in notes)


def vm_meeting(ws: Workspace) -> str:
    return list_meetings(ws, year=2026, body="viceministers")[0]["id"]


def test_compilation_of_the_draft_declaration(demo: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "comp.pdf"
    result = render_report(demo, ReportRequest("compilation", "es", meeting_id=vm_meeting(demo)), out)
    assert result.symbol == "CRM/VM/XXXI/DECL/Rev.1" and result.audience == "public"
    facts = inspect(out)
    assert facts.qpdf_ok and facts.all_fonts_embedded
    flat = re.sub(r"\s+", " ", facts.raw_text)
    assert "Revisión 1" in flat and "PROYECTO" in flat
    assert "independientemente de su condición migratoria con independencia de su situación migratoria (MX)" in flat
    assert "semestrales, con el apoyo técnico de los organismos observadores (OIM)" in flat
    assert "PP1. " not in flat and "PP1 Los Viceministros" in flat
    assert "2 bis. Instar" in flat and "D1 Aprobar el presupuesto" in flat
    assert "(entre corchetes)" in flat  # the status of paragraph 2
    assert "y de tránsito" not in flat  # the observer's refused proposal never existed
    assert "Mantener los criterios vigentes" not in flat  # the closed-door decisions are another document
    assert any(re.match(r"^\s*1\s{2,}", line) for line in facts.text.splitlines())  # line numbers


def test_closed_door_decisions_print_confidential_and_only_on_request(demo: Workspace, tmp_path: Path) -> None:
    vm = vm_meeting(demo)
    req = ReportRequest("declaration", "es", meeting_id=vm, segment="closed-door")
    assert report_audience(demo, req) == "closed_door"
    result = render_report(demo, req, tmp_path / "cd.pdf")
    text = inspect(result.path).text
    assert "CONFIDENCIAL" in text and "Mantener los criterios vigentes" in text
    plenary = render_report(demo, ReportRequest("declaration", "es", meeting_id=vm), tmp_path / "p.pdf")
    assert plenary.audience == "public" and "Mantener los criterios" not in inspect(plenary.path).text
    docs = drafting_documents(demo, vm)
    # plenary first: the closed-door text's symbol is the plenary one + "/CD"
    assert [(x["kind"], x["audience"]) for x in docs] == [("declaration", "public"), ("declaration", "closed_door")]


def _chair(ws: Workspace, meeting_id: str) -> str:
    with ws.read() as s:
        pid = s.scalar(
            select(DraftingSeat.person_id).where(DraftingSeat.meeting_id == meeting_id, DraftingSeat.country_id == "CR")
        )
    assert pid is not None
    return pid


def test_bilingual_edition_aligns_with_the_english_counterpart(demo: Workspace, tmp_path: Path) -> None:
    vm = vm_meeting(demo)
    spanish = next(x for x in drafting_documents(demo, vm) if x["audience"] == "public")
    view = d.document_view(demo, spanish["id"])
    english = {
        (p.section, p.label, p.parent_id is not None): f"EN {p.label}: {p.text[:12]}"
        for p in view.paragraphs
        if p.kind != ParagraphKind.HEADING.value
    }
    d.create_document(
        demo,
        d.DocumentInput(vm, DocType.DECLARATION, title="San José Declaration", language="en"),
        actor=_chair(demo, vm),
        paragraphs=[
            d.ParagraphInput(Section(p.section), english[(p.section, p.label, p.parent_id is not None)],
                             sub_item=p.parent_id is not None)
            for p in view.paragraphs
            if p.kind != ParagraphKind.HEADING.value and "bis" not in p.label
        ],
    )  # fmt: skip
    result = render_report(demo, ReportRequest("declaration", "bilingual", meeting_id=vm), tmp_path / "bi.pdf")
    assert result.title == "Declaración de San José / San José Declaration"
    lines = [re.sub(r"\s+", " ", line) for line in inspect(result.path).text.splitlines()]
    assert any("1. Reafirmar el compromiso" in line and "1. EN 1: Reafirmar el" in line for line in lines)
    # no paragraph in the English document: its recorded translation fills the column
    assert any("2 bis. Instar" in line and "2 bis. Urge the Liaison" in line for line in lines)
    english_only = render_report(demo, ReportRequest("declaration", "en", meeting_id=vm), tmp_path / "en.pdf")
    assert english_only.title == "San José Declaration"
    assert "EN 1: Reafirmar" in inspect(english_only.path).text


def test_a_named_document_is_printed_and_must_belong_to_the_meeting(demo: Workspace, tmp_path: Path) -> None:
    vm = vm_meeting(demo)
    grcm = list_meetings(demo, year=2026, body="grcm")[-1]["id"]
    recommendations = next(x for x in drafting_documents(demo, grcm) if x["type"] == "recommendations")
    req = ReportRequest("compilation", "es", document_id=recommendations["id"][:8])
    result = render_report(demo, req, tmp_path / "r.pdf")
    assert "[protocolo][lineamiento]" in re.sub(r"\s+", " ", inspect(result.path).raw_text)
    with pytest.raises(AppError):
        render_report(demo, ReportRequest("recommendations", "es", meeting_id=vm, document_id=recommendations["id"]),
                      tmp_path / "x.pdf")  # fmt: skip
    with pytest.raises(AppError):
        render_report(demo, ReportRequest("agenda", "es", meeting_id=vm, document_id=recommendations["id"]),
                      tmp_path / "y.pdf")  # fmt: skip


def test_the_reports_view_lists_what_a_meeting_can_print_and_previews_in_memory(demo: Workspace) -> None:
    from crm_desktop.app.reports import choices, render_bytes

    vm = vm_meeting(demo)
    offered = choices(demo, vm)
    kinds = [(c.request.kind, c.request.segment) for c in offered]
    assert kinds[:4] == [
        ("agenda", "plenary"),
        ("agenda", "closed_door"),
        ("participants", "plenary"),
        ("participants", "closed_door"),
    ]
    assert ("compilation", "plenary") in kinds and kinds[-1] == ("dossier", "plenary")
    confidential = [c for c in offered if c.audience == "closed_door"]
    assert all(c.request.segment == "closed_door" for c in confidential)
    agenda = offered[0]
    assert (agenda.title_es, agenda.title_en) == ("Agenda preliminar", "Preliminary agenda")
    meta, data = render_bytes(demo, agenda.request)
    assert data.startswith(b"%PDF-") and meta.pages == 1 and meta.title == "Agenda preliminar"
