"""The wording around a negotiated text comes from the message catalogue, each language on its own,
and reads as the CRM's documents are written (opening, operative verb, adoption line, quotes)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from crm_desktop.domain.grammar import quoted
from crm_desktop.reports import text_forms
from crm_desktop.reports.data import NegotiatedDoc
from crm_desktop.reports.labels import format_date, format_range
from crm_desktop.reports.texts import standard_document
from tests.reports.test_texts import MEETING

ADOPTED = date(2026, 3, 18)
GRCM_ES = "Grupo Regional de Consulta sobre Migración (GRCM)"
GRCM_EN = "Regional Consultation Group on Migration (GRCM)"


def _doc(kind: str) -> NegotiatedDoc:
    return replace(standard_document(kind, MEETING, ()), adopted_on=ADOPTED)


def test_adoption_line_agrees_with_the_document_in_each_language() -> None:
    es_day, en_day = format_date(ADOPTED, "es"), format_date(ADOPTED, "en")
    assert text_forms.adoption_line(_doc("declaration"), "es") == f"Adoptada en San José, Costa Rica, el {es_day}."
    assert text_forms.adoption_line(_doc("declaration"), "en") == f"Adopted in San José, Costa Rica on {en_day}."
    conclusions = _doc("conclusions")
    assert (
        text_forms.adoption_line(conclusions, "es")
        == f"Adoptadas por el {GRCM_ES} en San José, Costa Rica, el {es_day}."
    )
    assert (
        text_forms.adoption_line(conclusions, "en") == f"Adopted by the {GRCM_EN} in San José, Costa Rica on {en_day}."
    )
    assert text_forms.adoption_line(_doc("network-report"), "es").startswith(f"Adoptado por el {GRCM_ES}")
    assert text_forms.adoption_line(_doc("compilation"), "es") == ""
    nowhere = replace(conclusions, meeting=replace(MEETING, city=None, country_es=None, country_en=None))
    assert text_forms.adoption_line(nowhere, "es") == f"Adoptadas por el {GRCM_ES} el {es_day}."
    assert text_forms.adoption_line(nowhere, "bilingual") == text_forms.adoption_line(nowhere, "es")


def test_operative_verbs_in_each_language() -> None:
    assert [text_forms.operative_verb(_doc("conclusions"), None, lang) for lang in ("es", "en")] == [
        "CONCLUYE:",
        "CONCLUDES:",
    ]
    assert text_forms.operative_verb(_doc("recommendations"), None, "en") == "RECOMMENDS to the Vice-Ministers:"
    assert text_forms.operative_verb(_doc("declaration"), None, "es") == "ACUERDAN:"
    assert text_forms.operative_verb(_doc("network-report"), None, "en") == ""


def test_a_body_opens_with_its_own_article_and_agreement() -> None:
    es = text_forms.opening(_doc("conclusions"), "es", operative=True)
    en = text_forms.opening(_doc("conclusions"), "en", operative=True)
    days_es, days_en = format_range(MEETING.start, MEETING.end, "es"), format_range(MEETING.start, MEETING.end, "en")
    assert es == (
        f"El {GRCM_ES}, reunido en San José, Costa Rica los días {days_es} con ocasión de la {MEETING.title},"
    )
    assert en == f"The {GRCM_EN}, meeting in San José, Costa Rica on {days_en} on the occasion of the {MEETING.title},"
    network = replace(MEETING, body_es="Red Regional de Protección", body_en="Regional Protection Network")
    one_day = replace(network, end=network.start)
    day = format_range(one_day.start, one_day.end, "es")
    opening = text_forms.opening(replace(_doc("recommendations"), meeting=one_day), "es", operative=True)
    assert opening.startswith(f"La Red Regional de Protección, reunida en San José, Costa Rica el {day} ")


def test_quotes_per_language() -> None:
    assert quoted("texto", "es") == "«texto»"
    assert quoted("text", "en") == "“text”"
    assert quoted("texto", "bilingual") == "«texto»"  # a bilingual document's running text is Spanish
