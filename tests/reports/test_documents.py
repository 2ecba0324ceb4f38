"""Every document kind from the demo workspace, checked on its structure with qpdf and poppler:
a clean file, every font embedded, the expected headings and accented names in the extracted text,
"page X of Y" right on every page, metadata and bookmarks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.app import agendas
from crm_desktop.app.accreditation import list_accreditations
from crm_desktop.app.bilingual import meeting_title_en
from crm_desktop.app.errors import AppError, BadInput, NotFound
from crm_desktop.app.meetings import list_meetings
from crm_desktop.app.reports import RenderedReport, ReportRequest, render_report, report_audience
from crm_desktop.app.workspace import Workspace
from tests.reports.pdfcheck import PdfFacts, inspect, page_footers, pdf_lang


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """One demo workspace for the module (rendering only reads it)."""
    from crm_desktop.demo import build_demo

    ws = build_demo(tmp_path_factory.mktemp("reports-demo") / "ws")
    yield ws
    ws.close()


def meeting_of(ws: Workspace, body: str) -> str:
    return list_meetings(ws, year=2026, body=body)[0]["id"]


def render(ws: Workspace, tmp_path: Path, req: ReportRequest) -> tuple[RenderedReport, PdfFacts]:
    out = tmp_path / f"{req.kind}-{req.segment}-{req.lang}.pdf"
    result = render_report(ws, req, out)
    return result, inspect(out)


def assert_sound(result: RenderedReport, facts: PdfFacts, lang: str) -> None:
    assert facts.qpdf_ok, f"qpdf --check failed for {facts.path}"
    assert facts.all_fonts_embedded, facts.fonts
    assert not any("Helvetica" in f["name"] or "Times" in f["name"] for f in facts.fonts)
    assert all(f["uni"] == "yes" for f in facts.fonts)  # text extracts as Unicode
    assert facts.pages == result.pages
    footer_lang = "en" if lang == "en" else "es"
    assert page_footers(facts, footer_lang) == [(n, facts.pages) for n in range(1, facts.pages + 1)]
    assert facts.info["Title"] == result.title
    assert facts.info["Author"]
    assert facts.info["Subject"]
    assert pdf_lang(facts.path) == ("en" if lang == "en" else "es")
    assert facts.outline and facts.outline[0] == result.title
    texts = facts.page_texts()
    assert result.symbol in texts[0]
    for text in texts:  # every page's header names the document (a dossier's part, its own)
        assert (result.symbol if result.kind != "dossier" else "CRM/") in text


CASES = [
    ("agenda", "viceministers", "es", ["Agenda preliminar", "Informe de la Presidencia", "Pausa para café"]),
    ("agenda", "viceministers", "en", ["Preliminary agenda", "Report of the Pro-Tempore", "Coffee break"]),
    ("agenda", "viceministers", "bilingual", ["Agenda preliminar", "Preliminary agenda", "Presenta /", "Presenter"]),
    ("participants", "viceministers", "es", ["Lista de participantes", "Países Miembros", "Secretaría Técnica"]),
    ("participants", "viceministers", "en", ["List of participants", "Member countries", "Observer organisations"]),
    ("declaration", "viceministers", "es", ["PROYECTO", "Declaración de San José", "Anexo: Decisiones", "2 bis."]),
    ("declaration", "viceministers", "en", ["DRAFT", "Annex: Decisions", "1. Reaffirm the commitment"]),
    ("declaration", "viceministers", "bilingual", ["Declaración de San José", "Español English"]),
    ("recommendations", "grcm", "es", ["Recomendaciones a los Viceministros(as)", "Planes de Trabajo"]),
    ("recommendations", "grcm", "en", ["Recommendations to the Vice-Ministers"]),
    ("network-report", "network_trafficking", "es", ["Informe de la Red de Trata y Tráfico", "recomienda ampliar"]),
    ("compilation", "grcm", "es", ["Texto de compilación", "Revisión 0", "Texto entre corchetes"]),
    ("dossier", "grcm", "es", ["Expediente de la reunión", "Índice", "Lista de participantes"]),
    ("dossier", "viceministers", "en", ["Meeting dossier", "Contents", "San José Declaration"]),
]


@pytest.mark.parametrize(("kind", "body", "lang", "expected"), CASES, ids=lambda v: v if isinstance(v, str) else "")
def test_each_kind_is_a_sound_pdf(
    demo_ws: Workspace, tmp_path: Path, kind: str, body: str, lang: str, expected: list[str]
) -> None:
    req = ReportRequest(kind, lang, meeting_id=meeting_of(demo_ws, body))
    result, facts = render(demo_ws, tmp_path, req)
    assert_sound(result, facts, lang)
    flat = re.sub(r"\s+", " ", facts.text)
    for heading in expected:
        assert heading in flat, heading


@pytest.mark.parametrize("lang", ["es", "en", "bilingual"])
def test_calendar_lists_every_meeting_of_the_year_by_month(demo_ws: Workspace, tmp_path: Path, lang: str) -> None:
    result, facts = render(demo_ws, tmp_path, ReportRequest("calendar", lang, year=2026))
    assert_sound(result, facts, lang)
    flat = re.sub(r"\s+", " ", facts.raw_text)
    for m in list_meetings(demo_ws, year=2026):
        title_en = meeting_title_en(demo_ws.config, m["body"], m["title_en"], m["ordinal"], m["city"])
        assert (title_en if lang == "en" else m["title"])[:40] in flat
    months = ["Febrero", "Marzo", "Mayo", "Septiembre", "Noviembre"]
    if lang == "en":
        months = ["February", "March", "May", "September", "November"]
    positions = [flat.index(month) for month in months]
    assert positions == sorted(positions)
    assert ("Presidencia Pro-Témpore: Costa Rica" in flat) or ("Pro-Tempore Presidency: Costa Rica" in flat)


def test_participants_are_grouped_and_keep_their_accents(demo_ws: Workspace, tmp_path: Path) -> None:
    vm = meeting_of(demo_ws, "viceministers")
    result, facts = render(demo_ws, tmp_path, ReportRequest("participants", "es", meeting_id=vm))
    flat = re.sub(r"\s+", " ", facts.text)
    plenary = [a for a in list_accreditations(demo_ws, vm) if a["segment"] == "plenary"]
    accented = [a["name"] for a in plenary if any(ord(c) > 127 for c in a["name"])]
    assert accented, "the demo has accented names"
    for a in plenary:
        assert a["name"] in flat
    groups = ["Países Miembros", "Países observadores", "Organismos observadores", "Sociedad civil (RROCM)"]
    positions = [flat.index(g) for g in [*groups, "Secretaría Técnica "]]
    assert positions == sorted(positions)
    assert facts.outline[1:6] == [*groups, "Secretaría Técnica"]
    assert f"{len(plenary)} participantes" in flat
    assert "CONFIDENCIAL" not in flat
    assert result.audience == "members"


def test_closed_door_list_is_separate_confidential_and_members_only(demo_ws: Workspace, tmp_path: Path) -> None:
    vm = meeting_of(demo_ws, "viceministers")
    req = ReportRequest("participants", "es", meeting_id=vm, segment="closed-door")
    result, facts = render(demo_ws, tmp_path, req)
    assert_sound(result, facts, "es")
    assert result.audience == "closed_door"
    assert result.symbol.endswith("/PART/CD")
    for text in facts.page_texts():
        assert "CONFIDENCIAL" in text
        assert "distribución restringida a los Países Miembros" in text
    accreditations = list_accreditations(demo_ws, vm)
    inside = {a["name"] for a in accreditations if a["segment"] == "closed_door"}
    observers = {a["name"] for a in accreditations if a["category"] != "member_country"} - inside
    flat = re.sub(r"\s+", " ", facts.text)
    assert all(name in flat for name in inside)
    assert not any(name in flat for name in observers)
    assert "Países observadores" not in flat


def test_agenda_prints_numbering_times_presenters_and_kinds_in_order(demo_ws: Workspace, tmp_path: Path) -> None:
    grcm = meeting_of(demo_ws, "grcm")
    agenda_id = agendas.agendas_of(demo_ws, grcm)[0]["id"]
    items = agendas.planned_items(demo_ws, agenda_id)
    result, facts = render(demo_ws, tmp_path, ReportRequest("agenda", "es", meeting_id=grcm))
    assert result.title == "Agenda adoptada"
    assert result.audience == "public"
    lines = facts.text.splitlines()
    where = []
    for item in items:  # each item on a row of its own, with its time slot, in the agenda's order
        row = next(i for i, line in enumerate(lines) if re.search(rf"\d\d:\d\d\S*\s+{re.escape(item.label)}\s", line))
        where.append(row)
        assert item.title_es[:20] in " ".join(lines[row : row + 3])
    assert where == sorted(where)
    flat = re.sub(r"\s+", " ", facts.text)
    assert "2.a" in flat and "Red de Trata y Tráfico" in flat
    assert "Deliberación" in flat and "Decisión" in flat and "Informativo" in flat


def test_closed_door_agenda_is_confidential(demo_ws: Workspace, tmp_path: Path) -> None:
    vm = meeting_of(demo_ws, "viceministers")
    req = ReportRequest("agenda", "en", meeting_id=vm, segment="closed_door")
    result, facts = render(demo_ws, tmp_path, req)
    assert_sound(result, facts, "en")
    assert result.audience == "closed_door"
    assert "CONFIDENTIAL" in facts.text
    assert "Conditions for new membership" in re.sub(r"\s+", " ", facts.text)
    # Each item's closed-door topic (seed, A) under its title.
    assert "Closed-door topic: Administrative and financial matters" in re.sub(r"\s+", " ", facts.text)


def test_dossier_has_a_table_of_contents_that_points_at_the_right_pages(demo_ws: Workspace, tmp_path: Path) -> None:
    vm = meeting_of(demo_ws, "viceministers")
    result, facts = render(demo_ws, tmp_path, ReportRequest("dossier", "es", meeting_id=vm))
    assert_sound(result, facts, "es")
    pages = facts.page_texts()
    contents = re.sub(r"\s+", " ", pages[0])
    for title in ("Agenda preliminar", "Lista de participantes", "Declaración de San José"):
        m = re.search(rf"{re.escape(title)}[ .]*?(\d+)", contents)
        assert m, title
        page = int(m.group(1))
        assert title in re.sub(r"\s+", " ", pages[page - 1])
        assert title in facts.outline
    assert "Lista de participantes — Reunión a puerta cerrada" not in facts.outline
    assert result.audience == "members"


def test_dossier_with_the_closed_door_part_is_confidential_only_from_that_part(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    vm = meeting_of(demo_ws, "viceministers")
    req = ReportRequest("dossier", "es", meeting_id=vm, closed_door=True)
    result, facts = render(demo_ws, tmp_path, req)
    assert result.audience == "closed_door"
    assert "Lista de participantes — Reunión a puerta cerrada" in facts.outline
    pages = facts.page_texts()
    start = next(i for i, t in enumerate(pages) if "/PART/CD" in t)
    assert "CONFIDENCIAL" in pages[start]
    assert report_audience(demo_ws, req) == "closed_door"


def test_bilingual_edition_from_recorded_decisions_marks_pending_translations(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    grcm = meeting_of(demo_ws, "grcm")  # the first GRCM has recorded recommendations and no drafting documents
    _, facts = render(demo_ws, tmp_path, ReportRequest("recommendations", "bilingual", meeting_id=grcm))
    lines = [re.sub(r"\s+", " ", line) for line in facts.text.splitlines()]
    assert any("Español" in line and "English" in line for line in lines)  # the two column heads share a line
    assert any("1. Aprobar los Planes" in line and "1. Translation pending" in line for line in lines)


def test_bad_requests_are_refused_with_a_clear_error(demo_ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        render_report(demo_ws, ReportRequest("calendar", "es"), tmp_path / "x.pdf")
    with pytest.raises(BadInput):
        render_report(demo_ws, ReportRequest("minutes", "es", meeting_id="x"), tmp_path / "x.pdf")
    with pytest.raises(BadInput):
        render_report(demo_ws, ReportRequest("agenda", "fr", meeting_id="x"), tmp_path / "x.pdf")
    seminar = meeting_of(demo_ws, "seminar")
    with pytest.raises(NotFound):
        render_report(demo_ws, ReportRequest("agenda", "es", meeting_id=seminar), tmp_path / "x.pdf")
    with pytest.raises(AppError):
        render_report(demo_ws, ReportRequest("agenda", "es", meeting_id="nonexistent"), tmp_path / "x.pdf")
    assert not list(tmp_path.iterdir())  # nothing half-written
