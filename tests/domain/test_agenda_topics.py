"""The agenda's themes and the closed-door topics, the ST budget's segment, the GRCM's documents offered to
the Vice-Ministers and the Presidency's return-fund obligations: each rule with the sentence it applies."""

from __future__ import annotations

from datetime import date

from crm_desktop.domain import agenda_topics as topics
from crm_desktop.domain.follow_up import submitted_to_vice_ministers
from crm_desktop.domain.handover import duties_handed_over
from crm_desktop.domain.messages import Bilingual
from crm_desktop.domain.plan_of_action import default_themes
from crm_desktop.domain.rule_sources import source_of

THEMES = [t.key for t in default_themes()]
PLENARY = Bilingual("Reunión Plenaria", "Plenary")


def test_the_seeds_three_themes_classify_agenda_items() -> None:
    """Intro: "La CRM divide su agenda y Plan de Acción bajo los siguientes temas..."."""
    assert len(THEMES) == 3
    assert all(topics.item_theme(t, THEMES).allowed for t in THEMES)
    assert topics.item_theme(None, THEMES).allowed
    refused = topics.item_theme("security", THEMES)
    assert not refused.allowed and refused.reason is not None
    text = refused.reason.render("es")
    assert text.startswith("«security» no es un tema") and "Introducción: «La CRM divide su agenda" in text
    assert "Introduction: “The CRM divides its agenda" in refused.reason.render("en")


def test_four_closed_door_topics_only_behind_closed_doors() -> None:
    """A: "En la Reunión a 'puerta cerrada' se establecen las condiciones para nuevas membresías..."."""
    assert list(topics.CLOSED_DOOR_TOPICS) == ["membership", "observer_criteria", "st_admin_finance", "future_actions"]
    assert all(topics.item_topic(k, closed_door=True).allowed for k in topics.CLOSED_DOOR_TOPICS)
    assert topics.item_topic(None, closed_door=False).allowed
    outside = topics.item_topic("trade", closed_door=True)
    assert not outside.allowed and outside.reason is not None and "Sección A" in outside.reason.render("es")
    open_item = topics.item_topic("membership", closed_door=False)
    assert not open_item.allowed and open_item.reason is not None
    assert open_item.reason.code == "agenda.topic_not_closed_door"


def test_a_closed_door_item_on_none_of_the_topics_is_a_warning_with_its_source() -> None:
    items = [topics.ItemFacts("Presupuesto de la ST", "st_admin_finance"), topics.ItemFacts("Comercio", None)]
    warnings = topics.closed_door_warnings(items)
    assert [w.code for w in warnings] == ["warn.closed_door_topic"]
    assert "«Comercio»" in warnings[0].render("es")
    source = source_of("warn.closed_door_topic")
    assert source is not None and source.section == "A"
    assert "asuntos administrativos y financieros" in source.sentence.es


def test_the_st_budget_is_approved_behind_closed_doors_only() -> None:
    assert topics.budget_segment(True, Bilingual("Reunión a puerta cerrada", "Closed-door meeting")).allowed
    refused = topics.budget_segment(False, PLENARY)
    assert not refused.allowed and refused.reason is not None
    assert "no en «Reunión Plenaria»" in refused.reason.render("es")
    assert "not in the “Plenary”" in refused.reason.render("en")


def test_the_grcms_documents_are_offered_to_the_next_vice_ministers_meeting() -> None:
    """C: Conclusions and Recommendations "serán sometidas para la consideración de los Viceministros"."""
    vm = date(2026, 11, 18)
    assert submitted_to_vice_ministers("viceministers", vm, date(2025, 11, 19)) == date(2025, 11, 19)
    assert submitted_to_vice_ministers("viceministers", vm, None) == date(2025, 11, 18)
    assert submitted_to_vice_ministers("grcm", vm, None) is None


def test_the_return_fund_is_handed_over_with_its_source() -> None:
    """B: the PPT "asume algunas obligaciones sobre la administración del fondo para el retorno de migrantes"."""
    (duty, source), *_others = duties_handed_over()  # the return fund first, then directing the term
    assert "fondo para el retorno de migrantes" in duty.render("es")
    assert "return of migrants" in duty.render("en")
    assert source.message().render("es").startswith("Sección B: «Asume algunas obligaciones")
