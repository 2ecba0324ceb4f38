"""The role a laptop may hold follows from its delegation (one pure rule for approval and import)."""

from __future__ import annotations

from crm_desktop.domain.sync_policy import Delegation, role_fits_delegation

AR = Delegation(country="AR", country_status="observer")
CR = Delegation(country="CR", country_status="member")
OIM = Delegation(organisation="OIM", organisation_category="observer_org")
ST = Delegation(organisation="ST", organisation_category="secretariat")


def code(role: str, d: Delegation) -> str | None:
    why = role_fits_delegation(role, d)
    return None if why is None else why.code


def test_observer_fits_every_delegation() -> None:
    assert all(code("observer", d) is None for d in (AR, CR, OIM, ST))


def test_member_only_for_a_member_country() -> None:
    assert code("member", CR) is None
    assert code("member", AR) == code("member", OIM) == code("member", ST) == "enrol.observer_only"
    assert "AR" in role_fits_delegation("member", AR).render("es")  # type: ignore[union-attr]
    assert code("member", Delegation(country="XX")) == "enrol.observer_only"  # unknown country


def test_st_only_for_the_secretariat() -> None:
    assert code("st", ST) is None
    assert code("st", CR) == code("st", OIM) == "enrol.st_only"


def test_ppt_for_the_country_holding_the_presidency() -> None:
    assert code("ppt", CR) is None  # no presidency recorded yet: any member country
    assert code("ppt", Delegation("CR", "member", presidency=frozenset({"CR"}))) is None
    assert code("ppt", Delegation("GT", "member", presidency=frozenset({"CR"}))) == "enrol.ppt_only"
    assert code("ppt", AR) == "enrol.observer_only"


def test_unknown_role() -> None:
    assert code("delegate", CR) == "enrol.unknown_role"
