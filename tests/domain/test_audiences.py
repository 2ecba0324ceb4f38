"""Who may receive material of each audience (the same clearance as bundles between laptops)."""

from __future__ import annotations

import pytest

from crm_desktop.domain.audiences import may_receive
from crm_desktop.domain.model import Audience, Category
from crm_desktop.domain.sync_policy import may_see


def test_closed_door_material_reaches_member_countries_not_observers() -> None:
    """Seed, A: "Reunión a “puerta cerrada” a la que asisten únicamente los(as) Viceministros(as) /
    Subsecretarios(as), acompañados, cada uno de ellos, de un funcionario de alto nivel según estimen
    pertinente." """
    assert may_receive(Category.MEMBER_COUNTRY, Audience.CLOSED_DOOR)
    for category in (Category.OBSERVER_COUNTRY, Category.OBSERVER_ORG, Category.CIVIL_SOCIETY, Category.GUEST):
        assert not may_receive(category, Audience.CLOSED_DOOR)


@pytest.mark.parametrize("category", list(Category))
def test_public_material_reaches_everyone(category: Category) -> None:
    assert may_receive(category, Audience.PUBLIC)


def test_secretariat_documents_stay_with_the_secretariat() -> None:
    assert may_receive("secretariat", "secretariat")
    assert not may_receive("member_country", "secretariat")
    assert not may_receive("observer_org", "secretariat")


@pytest.mark.parametrize("audience", list(Audience))
def test_mail_follows_the_clearance_of_bundles(audience: Audience) -> None:
    assert may_receive(Category.MEMBER_COUNTRY, audience) == may_see("member", audience)
    assert may_receive(Category.OBSERVER_ORG, audience) == may_see("observer", audience)
    assert may_receive(Category.SECRETARIAT, audience) == may_see("st", audience)


def test_unknown_values_receive_nothing() -> None:
    assert not may_receive("journalist", "public")
    assert not may_receive("member_country", "top_secret")


def test_a_change_travels_as_far_as_its_most_restricted_row() -> None:
    from crm_desktop.domain.model import narrowest

    assert narrowest(Audience.PUBLIC, "closed_door") == Audience.CLOSED_DOOR
    assert narrowest("members", Audience.PUBLIC) == Audience.MEMBERS
    assert narrowest(Audience.SECRETARIAT, Audience.CLOSED_DOOR) == Audience.SECRETARIAT
    assert narrowest(Audience.PUBLIC) == Audience.PUBLIC
