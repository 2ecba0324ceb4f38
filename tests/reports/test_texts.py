"""Negotiated texts from the plain data structure: the compilation text's brackets, attributed
proposals and line numbers; the bilingual edition; numbering of paragraphs and sub-items."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from crm_desktop.reports import text_forms
from crm_desktop.reports.data import MeetingHeader, NegotiatedDoc, Segment, TextParagraph, TextSection
from crm_desktop.reports.labels import format_range
from crm_desktop.reports.texts import render_text, segments_markup, standard_document
from tests.reports.pdfcheck import inspect, page_footers

MEETING = MeetingHeader(
    id="m1",
    body_key="grcm",
    body_es="Grupo Regional de Consulta sobre Migración (GRCM)",
    body_en="Regional Consultation Group on Migration (GRCM)",
    title="Reunión del GRCM (1.ª de 2026)",
    start=datetime(2026, 3, 17, 9),
    end=datetime(2026, 3, 18, 18),
    city="San José",
    country_es="Costa Rica",
    country_en="Costa Rica",
)


def compilation(n: int = 3) -> NegotiatedDoc:
    paragraphs = [
        TextParagraph(
            "1",
            (
                Segment("Fortalecer la protección consular de niñas, niños y adolescentes migrantes "),
                Segment("no acompañados", change="add", by="México", bracketed=True),
                Segment(" "),
                Segment("en tránsito", change="delete", by="Guatemala", bracketed=True),
                Segment("."),
            ),
            status="bracketed",
            items=(TextParagraph.plain("a", "con la participación de la sociedad civil;", status="agreed"),),
        ),
        *[
            TextParagraph.plain(str(i), f"Párrafo acordado número {i} sobre migración laboral. " * 6, status="agreed")
            for i in range(2, n + 1)
        ],
    ]
    return standard_document(
        "compilation",
        MEETING,
        (TextSection("Recomendaciones", "Recommendations", tuple(paragraphs)),),
        audience="members",
        revision=2,
        revised_on=date(2026, 3, 18),
    )


def test_markup_brackets_underlines_strikes_and_attributes() -> None:
    markup = segments_markup(compilation().sections[0].paragraphs[0].segments, "es")
    assert "<b>[</b><u>no acompañados</u>" in markup
    assert "<strike>en tránsito</strike>" in markup
    assert "(México)" in markup and "(Guatemala)" in markup


def test_compilation_text_has_revision_legend_attributions_and_line_numbers(tmp_path: Path) -> None:
    out = tmp_path / "comp.pdf"
    pages = render_text(compilation(120), "es", out)
    facts = inspect(out)
    assert facts.qpdf_ok and facts.all_fonts_embedded and pages == facts.pages > 1
    assert page_footers(facts) == [(n, pages) for n in range(1, pages + 1)]
    flat = re.sub(r"\s+", " ", facts.raw_text)
    assert "CRM/GRCM/2026-03-17/COMP/Rev.2" in flat
    assert "Revisión 2 — 18 de marzo de 2026" in flat
    assert "Texto entre corchetes: sin consenso" in flat
    assert re.search(r"\[\s*no acompañados\s*\(México\)\s*\]", flat)
    assert re.search(r"\[\s*en tránsito\s*\(Guatemala\)\s*\]", flat)
    assert "a) con la participación de la sociedad civil;" in flat
    # line numbers: a running count in the margin, through every page, without gaps
    numbers = [int(m.group(1)) for m in re.finditer(r"^\s{0,6}(\d{1,4})\s{2,}\S", facts.text, re.M)]
    numbers = [n for n in numbers if n < 10000]
    run = [n for n in numbers if n >= 1]
    assert run[:3] == [1, 2, 3]
    assert max(run) > 200
    assert sorted(set(run)) == list(range(1, max(run) + 1))


def test_bilingual_edition_keeps_pending_translations_visible(tmp_path: Path) -> None:
    doc = NegotiatedDoc(
        kind="declaration",
        meeting=MEETING,
        title_es="Declaración y Decisiones",
        title_en="Declaration and Decisions",
        sections=(
            TextSection(
                "Decisiones",
                "Decisions",
                (
                    TextParagraph.plain("1", "Aprobar el presupuesto de la ST.", "Approve the ST's budget."),
                    TextParagraph.plain("2", "Instar a las Redes a presentar sus planes."),
                ),
            ),
        ),
    )
    out = tmp_path / "bi.pdf"
    render_text(doc, "bilingual", out)
    lines = [re.sub(r"\s+", " ", line) for line in inspect(out).text.splitlines()]
    assert any("1. Aprobar el presupuesto de la ST." in x and "1. Approve the ST's budget." in x for x in lines)
    assert any("2. Instar a las Redes" in line and "Translation pending" in line for line in lines)


def test_declaration_opening_names_the_place_and_days() -> None:
    doc = standard_document(
        "declaration", MEETING, (TextSection("Decisiones", "Decisions", (TextParagraph.plain("1", "x"),)),)
    )
    es = text_forms.opening(doc, "es", operative=False)
    en = text_forms.opening(doc, "en", operative=False)
    assert f"los días {format_range(MEETING.start, MEETING.end, 'es')}" in es
    assert "San José, Costa Rica" in es and "18 March 2026" in en
    assert es.endswith("adoptan las Decisiones que figuran en el anexo.")
    assert [s.title_en for s in doc.sections] == ["Annex: Decisions"]
