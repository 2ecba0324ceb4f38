"""Every report of the demo, in Spanish, English and bilingual, checked as the officer who sends
it would: no text over other text or outside the margins (pdfplumber), every bookmark on its
heading's page (pypdf), a confidentiality mark on every page of restricted material, the
distribution and the date of issue on every page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from crm_desktop.app.report_gallery import demo_requests
from crm_desktop.app.reports import RenderedReport, render_report
from crm_desktop.app.workspace import Workspace
from crm_desktop.reports.base import DocumentInfo, Heading, build_pdf, register_fonts, styles
from crm_desktop.reports.labels import format_date
from tests.reports.layout import bookmark_problems, layout_problems, outline_titles
from tests.reports.pdfcheck import inspect

LANGS = ("es", "en", "bilingual")


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[tuple[str, RenderedReport]]]:
    """The demo built once and every report of the gallery rendered once, in the three languages."""
    from crm_desktop.demo import build_demo

    root = tmp_path_factory.mktemp("gallery")
    ws: Workspace = build_demo(root / "ws")
    try:
        out = []
        for lang in LANGS:
            for stem, req in demo_requests(ws, lang):
                out.append((stem, render_report(ws, req, root / f"{stem}.pdf")))
        yield out
    finally:
        ws.close()


def test_the_gallery_holds_every_kind_in_every_language(gallery: list[tuple[str, RenderedReport]]) -> None:
    kinds = {(r.kind, r.lang) for _, r in gallery}
    for lang in LANGS:
        for kind in ("calendar", "agenda", "participants", "declaration", "conclusions", "recommendations"):
            assert (kind, lang) in kinds
        assert ("network-report", lang) in kinds and ("compilation", lang) in kinds and ("dossier", lang) in kinds


def test_no_text_overlaps_or_leaves_the_margins(gallery: list[tuple[str, RenderedReport]]) -> None:
    failures = {stem: [str(x) for x in layout_problems(r.path)[:3]] for stem, r in gallery}
    assert not {k: v for k, v in failures.items() if v}


def test_every_bookmark_opens_the_page_of_its_heading(gallery: list[tuple[str, RenderedReport]]) -> None:
    failures = {stem: bookmark_problems(r.path) for stem, r in gallery}
    assert not {k: v for k, v in failures.items() if v}
    # and they are not all on the first page: the participants list's groups come later
    stem, plist = next((s, r) for s, r in gallery if s.startswith("participants-viceministers-plenary-es"))
    assert len(outline_titles(plist.path)) > 3 and plist.pages > 1, stem


def test_restricted_material_is_marked_on_every_page(gallery: list[tuple[str, RenderedReport]]) -> None:
    for stem, r in gallery:
        facts = inspect(r.path)
        for number, text in enumerate(facts.page_texts(), start=1):
            flat = re.sub(r"\s+", " ", text)
            assert "Distr.:" in flat, (stem, number)
            if r.audience in ("closed_door", "secretariat"):
                assert "CONFIDENCIAL" in flat or "CONFIDENTIAL" in flat, (stem, number)
                assert "Reservada" in flat or "Confidential" in flat, (stem, number)
            elif r.audience == "members":
                assert "Restringida" in flat or "Restricted" in flat, (stem, number)


def test_the_closed_door_dossier_has_its_own_symbol(gallery: list[tuple[str, RenderedReport]]) -> None:
    dossiers = {stem: r for stem, r in gallery if r.kind == "dossier" and "viceministers" in stem}
    public = dossiers["dossier-viceministers-plenary-es"]
    closed = dossiers["dossier-viceministers-plenary-cd-es"]
    assert closed.symbol != public.symbol and closed.symbol.endswith("/CD")
    assert closed.audience == "closed_door"


def test_the_date_of_issue_is_the_documents_own(gallery: list[tuple[str, RenderedReport]]) -> None:
    """The network report adopted in March is issued in March, not on the day it is printed."""
    report = next(r for stem, r in gallery if stem == "network-report-network_trafficking-plenary-es")
    first = inspect(report.path).page_texts()[0]
    assert "de marzo de 2026" in first.split("\n", 4)[2] + first.split("\n", 4)[3]
    assert "Adoptado por la Red de Funcionarios de Enlace" in re.sub(r"\s+", " ", first)


def test_the_english_and_spanish_editions_keep_to_their_language(gallery: list[tuple[str, RenderedReport]]) -> None:
    spanish_marks = ("Página", "Distr.: Restringida", "Original: español", "Pausa para café", "Jefe de Delegación")
    english_marks = ("Page 1 of", "Distr.: Restricted", "Original: Spanish", "Coffee break", "Head of Delegation")
    for stem, r in gallery:
        flat = re.sub(r"\s+", " ", inspect(r.path).text)
        if r.lang == "en":
            assert not [m for m in spanish_marks if m in flat], stem
        if r.lang == "es":
            assert not [m for m in english_marks if m in flat], stem


def _overlapping_pdf(path: Path) -> None:
    register_fonts()
    canv = Canvas(str(path), pagesize=A4)
    canv.setFont("CRMSans", 9)
    canv.drawString(100, 700, "CONFERENCIA REGIONAL SOBRE MIGRACIÓN")
    canv.drawString(150, 700, "CRM/VM/XXXI/DECLARATION/CONF/ES")
    canv.drawString(560, 500, "past the right margin")
    canv.showPage()
    canv.save()


def test_the_layout_check_finds_overlaps_and_text_outside_the_margins(tmp_path: Path) -> None:
    _overlapping_pdf(tmp_path / "bad.pdf")
    found = " ".join(str(x) for x in layout_problems(tmp_path / "bad.pdf"))
    assert "overlap" in found and "outside the side margins" in found


def test_a_long_symbol_and_meeting_title_fit_the_header(tmp_path: Path) -> None:
    from datetime import date

    info = DocumentInfo(
        title="Declaración y Decisiones",
        symbol="CRM/NETWORK-TRAFFICKING/2026-03-16/NETWORK-REPORT/CONF/ES/Rev.12/Corr.3/Add.1",
        meeting="Reunión de la Red de Funcionarios de Enlace para el Combate a la Trata y al Tráfico Ilícito " * 2,
        date=date(2026, 3, 17),
        lang="bilingual",
        audience="closed_door",
    )
    out = tmp_path / "long.pdf"
    build_pdf(out, info, [Heading("Texto", styles()["h1"])])
    assert layout_problems(out) == []
    flat = re.sub(r"\s+", " ", inspect(out).text)
    assert format_date(info.date, "es") in flat and "CONFIDENCIAL / CONFIDENTIAL" in flat
