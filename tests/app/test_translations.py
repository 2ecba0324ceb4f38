"""Translating negotiated documents: recorded with the original they were made from, outdated when
it changes (with the words that changed), counted per document, printed in English and side by side."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from sqlalchemy import select

from crm_desktop.app import drafting as d
from crm_desktop.app.drafting import translations as t
from crm_desktop.app.drafting_docx import export_docx
from crm_desktop.app.errors import AppError, BadInput, Refused
from crm_desktop.app.reports import ReportRequest, render_report
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.translations import TranslationState
from crm_desktop.drafting.negotiation import RunStyle
from crm_desktop.store.schema import Accreditation, DraftingSeat, Person
from crm_desktop.store.tables.drafting import DraftDocument
from tests.reports.pdfcheck import inspect


def _document(ws: Workspace, doc_type: str) -> str:
    """The demo's (only) public document of ``doc_type``."""
    with ws.read() as s:
        q = select(DraftDocument.id).where(DraftDocument.doc_type == doc_type, DraftDocument.audience == "public")
        return str(s.scalars(q).one())


def _person(ws: Workspace, model: type[DraftingSeat] | type[Accreditation], meeting: str, who: str) -> str:
    column = model.country_id if model is DraftingSeat else model.delegation  # type: ignore[union-attr]
    with ws.read() as s:
        return str(s.scalar(select(model.person_id).where(model.meeting_id == meeting, column == who)))


def _st(ws: Workspace) -> str:
    with ws.read() as s:
        return str(s.scalar(select(Person.id).where(Person.category == "secretariat").order_by(Person.id)))


def _paragraph(ws: Workspace, doc: str, start: str) -> d.ParagraphRow:
    return next(p for p in d.document_view(ws, doc).paragraphs if p.text.startswith(start))


def test_the_demo_declaration_is_translated_with_one_translation_outdated_on_purpose(demo: Workspace) -> None:
    doc = _document(demo, "declaration")
    lang, counts = t.status(demo, doc)
    assert lang == "en" and (counts.outdated, counts.missing) == (1, 0) and counts.translated > 10
    recognising = _paragraph(demo, doc, "Reconociendo la importancia")
    found = t.translations(demo, doc)[recognising.id]["en"]
    assert found.outdated and found.text.startswith("Recognising the importance of regional dialogue")
    assert any(r.style == RunStyle.ADDED and "internacional" in r.text for r in found.changes)
    assert t.status_message(demo, doc).render("es").startswith("traducción al inglés: ")


def test_changing_the_spanish_marks_the_english_outdated_until_it_is_translated_again(demo: Workspace) -> None:
    doc = _document(demo, "conclusions")
    grcm = d.document_view(demo, doc).meeting_id
    chair = _person(demo, DraftingSeat, grcm, "CR")
    par = _paragraph(demo, doc, "Se reconoció el avance")
    assert t.translations(demo, doc)[par.id]["en"].state == TranslationState.TRANSLATED
    d.edit_paragraph(demo, par.id, par.text.replace("Se reconoció", "Se reconoció con satisfacción"), actor=chair)
    stale = t.translations(demo, doc)[par.id]["en"]
    assert stale.state == TranslationState.OUTDATED
    assert [r.text for r in stale.changes if r.style == RunStyle.ADDED] == [" con satisfacción"]
    assert stale.as_json()["outdated"] is True and stale.as_json()["changes"]
    mx = _person(demo, DraftingSeat, grcm, "MX")  # a delegation of the drafting group translates too
    done = t.translate(demo, doc, par.id, "en", "Progress in the Plan of Action was acknowledged with satisfaction.",
                       actor=mx)  # fmt: skip
    assert done.delegation == "MX"
    assert t.translations(demo, doc)[par.id]["en"].as_json() == {
        "text": "Progress in the Plan of Action was acknowledged with satisfaction.",
        "outdated": False,
        "state": "translated",
    }


def test_who_may_not_translate_and_what_is_not_a_translation(demo: Workspace) -> None:
    doc = _document(demo, "declaration")
    vm = d.document_view(demo, doc).meeting_id
    par = _paragraph(demo, doc, "Reafirmar")
    observer = _person(demo, Accreditation, vm, "OIM")
    with pytest.raises(Refused) as refused:
        t.translate(demo, doc, par.id, "en", "Reaffirm.", actor=observer)
    assert refused.value.message.code == "translate.not_translator"
    assert refused.value.render("en").startswith("documents are translated by the ST")
    with pytest.raises(Refused) as refused:
        t.translate(demo, doc, par.id, "es", "Reafirmar.", actor=_st(demo))
    assert refused.value.message.code == "translate.same_language"
    for lang, text in (("en", "  "), ("en", "x" * 20_001), ("fr", "Réaffirmer.")):  # bad input: exit 4
        with pytest.raises(BadInput) as bad:
            t.translate(demo, doc, par.id, lang, text, actor=_st(demo))
        assert bad.value.exit_code == 4
    assert t.translations(demo, doc)[par.id]["en"].text.startswith("Reaffirm the commitment")
    other = _paragraph(demo, _document(demo, "conclusions"), "El GRCM")
    with pytest.raises(AppError):  # a paragraph of another document
        t.translate(demo, doc, other.id, "en", "The GRCM.", actor=_st(demo))


def test_show_json_gives_each_paragraph_its_translations(demo: Workspace) -> None:
    doc = _document(demo, "network_report")
    data = t.with_translations(demo, doc, d.export_json(demo, doc))
    paragraphs = data["paragraphs"]
    assert isinstance(paragraphs, list)
    for p in paragraphs:
        assert set(p["translations"]) == {"en"} and set(p["translations"]["en"]) == {"text", "outdated", "state"}
    assert (
        paragraphs[-1]["translations"]["en"]["text"]
        == "The Network recommends expanding the directory of contact points."
    )


LATEST = (("declaration", "declaration"), ("conclusions", "conclusions"), ("network-report", "network_report"))


@pytest.mark.parametrize(("kind", "doc_type"), LATEST, ids=[k for k, _ in LATEST])
def test_english_and_bilingual_pdfs_print_the_translation(
    demo: Workspace, tmp_path: Path, kind: str, doc_type: str
) -> None:
    doc = _document(demo, doc_type)
    meeting = d.document_view(demo, doc).meeting_id
    english = render_report(demo, ReportRequest(kind, "en", meeting_id=meeting, document_id=doc), tmp_path / "en.pdf")
    text = inspect(english.path).text
    for spanish in ("[translation pending]", "traducción", "Traducción", "Translation pending", "/ES"):
        assert spanish not in text, spanish
    assert "Original: Spanish" in text and english.symbol.endswith(("/DECL", "/CONCL", "/INF"))
    bilingual = render_report(
        demo, ReportRequest(kind, "bilingual", meeting_id=meeting, document_id=doc), tmp_path / "bi.pdf"
    )
    lines = [re.sub(r"\s+", " ", line) for line in inspect(bilingual.path).text.splitlines()]
    assert any("Español" in line and "English" in line for line in lines)
    first = d.document_view(demo, doc).paragraphs[-1]
    english_text = t.translations(demo, doc)[first.id]["en"].text
    assert english_text.split()[0] in " ".join(lines) and first.text.split()[0] in " ".join(lines)


def test_the_english_declaration_marks_its_outdated_paragraph_and_names_itself(demo: Workspace, tmp_path: Path) -> None:
    doc = _document(demo, "declaration")
    meeting = d.document_view(demo, doc).meeting_id
    result = render_report(demo, ReportRequest("declaration", "en", meeting_id=meeting), tmp_path / "en.pdf")
    assert result.title == "San José Declaration"
    flat = re.sub(r"\s+", " ", inspect(result.path).text)
    assert "regular migration, (translation outdated: the original changed since)" in flat
    assert "1. Reaffirm the commitment" in flat and "Reafirmar" not in flat


def test_an_untranslated_paragraph_says_so_in_the_edition_language(demo: Workspace, tmp_path: Path) -> None:
    doc = _document(demo, "recommendations")
    grcm = d.document_view(demo, doc).meeting_id
    d.add_paragraph(
        demo, doc, "Convocar un taller regional sobre retorno.", actor=_person(demo, DraftingSeat, grcm, "CR")
    )
    result = render_report(demo, ReportRequest("recommendations", "bilingual", meeting_id=grcm, document_id=doc),
                           tmp_path / "bi.pdf")  # fmt: skip
    lines = [re.sub(r"\s+", " ", line) for line in inspect(result.path).text.splitlines()]
    assert any("Convocar un taller" in line and "Translation pending" in line for line in lines)
    assert any("(translation outdated" in line for line in lines)  # the demo's reworded budget paragraph
    english = render_report(demo, ReportRequest("recommendations", "en", meeting_id=grcm, document_id=doc),
                            tmp_path / "en.pdf")  # fmt: skip
    flat = re.sub(r"\s+", " ", inspect(english.path).text)
    assert "Translation pending" in flat and "Convocar" not in flat


def test_the_word_export_offers_the_translation(demo: Workspace, tmp_path: Path) -> None:
    doc = _document(demo, "declaration")
    out = tmp_path / "decl-en.docx"
    export_docx(demo, doc, out, lang="en")
    word = docx.Document(str(out))
    texts = [p.text for p in word.paragraphs]
    assert "San José Declaration" in texts and "Annex: Decisions" in texts
    assert any(x.startswith("Recognising the importance") and "(translation outdated" in x for x in texts)
    assert "Original: Spanish" in word.sections[0].header.paragraphs[0].text
    assert word.core_properties.language == "en" and word.core_properties.title == "San José Declaration"
    assert not any("Reafirmar" in x for x in texts)
