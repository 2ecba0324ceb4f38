"""Translations of negotiated documents: who records one, and when it no longer fits its original."""

from __future__ import annotations

from crm_desktop.domain import translations as tr
from crm_desktop.domain.drafting_rules import DocumentFacts, Drafter
from crm_desktop.domain.messages import CATALOGUE
from crm_desktop.domain.model import Audience, Category, Participant

DOC = DocumentFacts("d1", "m1", True, Audience.PUBLIC, status="adopted")


def _drafter(category: Category, country: str | None = None, org: str | None = None, **kw: bool) -> Drafter:
    return Drafter(Participant("p1", category, country, org), **kw)


def test_a_translation_is_outdated_once_its_original_changes() -> None:
    made_from = tr.digest("Aprobar el presupuesto.")
    assert tr.state("Aprobar el presupuesto.", made_from, "Approve the budget.") == tr.TranslationState.TRANSLATED
    assert tr.state("Aprobar el presupuesto anual.", made_from, "Approve the budget.") == tr.TranslationState.OUTDATED
    assert tr.state("Aprobar el presupuesto.", None, "") == tr.TranslationState.MISSING
    counts = tr.counts([tr.TranslationState.TRANSLATED, tr.TranslationState.OUTDATED, tr.TranslationState.MISSING])
    assert (counts.translated, counts.outdated, counts.missing, counts.total) == (1, 1, 1, 3)


def test_the_st_the_presidency_and_the_drafting_group_translate_even_an_adopted_text() -> None:
    assert tr.may_translate(_drafter(Category.SECRETARIAT, org="ST"), DOC).allowed
    assert tr.may_translate(_drafter(Category.MEMBER_COUNTRY, "MX", drafting_member=True), DOC).allowed
    refused = tr.may_translate(_drafter(Category.MEMBER_COUNTRY, "MX"), DOC)
    assert not refused.allowed and refused.reason is not None
    assert refused.reason.code == "translate.not_translator"
    observer = tr.may_translate(_drafter(Category.OBSERVER_ORG, org="OIM"), DOC)
    assert not observer.allowed


def test_closed_door_texts_are_translated_only_by_those_in_the_room() -> None:
    closed = DocumentFacts("d2", "m1", True, Audience.CLOSED_DOOR)
    assert tr.may_translate(_drafter(Category.MEMBER_COUNTRY, "CR", closed_door=True), closed).allowed
    assert not tr.may_translate(_drafter(Category.MEMBER_COUNTRY, "CR"), closed).allowed


def test_the_target_is_the_other_working_language() -> None:
    assert tr.target_language("es", "en").allowed
    same = tr.target_language("es", "es").reason
    assert same is not None and same.render("en") == (
        "the document is written in Spanish: the translation goes into the other language"
    )
    assert same.render("es") == "el documento está redactado en español: la traducción va al otro idioma"
    assert not tr.target_language("es", "fr").allowed
    assert not tr.text_fits("   ").allowed and not tr.text_fits("x" * (tr.MAX_TEXT + 1)).allowed


def test_every_translation_message_exists_in_both_languages() -> None:
    from crm_desktop.domain.messages_translate import TRANSLATE_MESSAGES

    for code, (es, en) in TRANSLATE_MESSAGES.items():
        assert CATALOGUE[code] == (es, en) and es.strip() and en.strip()
        assert " the " not in f" {es} " and " el " not in f" {en} ", code
