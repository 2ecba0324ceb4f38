"""Who may receive material of each audience."""

from __future__ import annotations

import pytest

from crm_desktop.domain.audiences import may_receive
from crm_desktop.domain.model import Audience, Category


def test_closed_door_material_reaches_member_countries_only() -> None:
    """Seed, A: "Reunión a “puerta cerrada” a la que asisten únicamente los(as) Viceministros(as) /
    Subsecretarios(as), acompañados, cada uno de ellos, de un funcionario de alto nivel según estimen
    pertinente." """
    assert may_receive(Category.MEMBER_COUNTRY, Audience.CLOSED_DOOR)
    for category in (Category.OBSERVER_COUNTRY, Category.OBSERVER_ORG, Category.CIVIL_SOCIETY, Category.GUEST):
        assert not may_receive(category, Audience.CLOSED_DOOR)
    assert not may_receive(Category.SECRETARIAT, Audience.CLOSED_DOOR)  # the ST does not attend it either


@pytest.mark.parametrize("category", list(Category))
def test_public_material_reaches_everyone(category: Category) -> None:
    assert may_receive(category, Audience.PUBLIC)


def test_secretariat_documents_stay_with_the_secretariat() -> None:
    assert may_receive("secretariat", "secretariat")
    assert not may_receive("member_country", "secretariat")
    assert not may_receive("observer_org", "secretariat")


def test_participants_material_reaches_the_process_but_not_guests() -> None:
    assert may_receive("observer_org", "members") and may_receive("civil_society", "members")
    assert not may_receive("guest", "members")


def test_unknown_values_receive_nothing() -> None:
    assert not may_receive("journalist", "public")
    assert not may_receive("member_country", "top_secret")
