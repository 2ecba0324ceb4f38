"""Who the preliminary agenda is shared with, and who may comment on it.

Seed, A: «Una versión preliminar de la Agenda se comparte con todos los países miembros y los
organismos internacionales observadores con el fin de obtener aportes que la enriquezcan.»
"""

from __future__ import annotations

import pytest

from crm_desktop.domain import rules
from crm_desktop.domain.model import Audience, Category
from crm_desktop.domain.reference import default_process_config, member_codes

CONFIG = default_process_config()


def test_the_seed_names_member_countries_and_observer_organisations() -> None:
    """«se comparte con todos los países miembros y los organismos internacionales observadores»"""
    assert rules.preliminary_agenda_recipients() == (Category.MEMBER_COUNTRY, Category.OBSERVER_ORG)


@pytest.mark.parametrize(
    ("body", "segment", "expected"),
    [
        ("viceministers", "plenary", {Category.MEMBER_COUNTRY, Category.OBSERVER_ORG}),
        ("grcm", "plenary", {Category.MEMBER_COUNTRY, Category.OBSERVER_ORG}),
        # closed door: «asisten únicamente los(as) Viceministros(as)»; networks: organisations only if invited
        ("viceministers", "closed_door", {Category.MEMBER_COUNTRY}),
        ("network_trafficking", "plenary", {Category.MEMBER_COUNTRY}),
    ],
)
def test_consulted_delegations_by_segment(body: str, segment: str, expected: set[Category]) -> None:
    """«...con el fin de obtener aportes»: never observer countries («no intervienen en los puntos de agenda»),
    never civil society, and no one the segment would not admit."""
    assert rules.preliminary_agenda_consulted(CONFIG.body(body), segment) == expected


def test_comments_from_members_and_observer_organisations_only() -> None:
    """«Una versión preliminar de la Agenda se comparte con todos los países miembros y los organismos
    internacionales observadores con el fin de obtener aportes que la enriquezcan.»"""
    vm = CONFIG.body("viceministers")
    for code in member_codes():
        assert rules.preliminary_agenda_comment(vm, "plenary", code).allowed
    assert rules.preliminary_agenda_comment(vm, "plenary", "OIM").allowed
    for other in ("AR", "RROCM", "ST", "XX"):
        verdict = rules.preliminary_agenda_comment(vm, "plenary", other)
        assert not verdict.allowed and verdict.reason is not None
        es, en = verdict.reason.render("es"), verdict.reason.render("en")
        assert "los países miembros y los organismos internacionales observadores" in es and other in es
        assert "the member countries and the observer international organisations" in en
    closed = rules.preliminary_agenda_comment(vm, "closed_door", "OIM")
    assert closed.reason is not None and "se comparte con los países miembros para" in closed.reason.render("es")


def test_an_organisations_comment_travels_as_public_material_a_members_among_members() -> None:
    """The organisation's own laptop (which sees public material only) must hold its comment."""
    assert rules.agenda_comment_audience("OIM") == Audience.PUBLIC
    assert rules.agenda_comment_audience("MX") == Audience.MEMBERS
