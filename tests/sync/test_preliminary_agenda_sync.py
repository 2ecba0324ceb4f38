"""The preliminary agenda travels to an observer organisation's laptop, and its comments come back.

Seed, A: «Una versión preliminar de la Agenda se comparte con todos los países miembros y los
organismos internacionales observadores con el fin de obtener aportes que la enriquezcan.»
"""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.app import agendas, sync
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import AgendaStatus, Audience
from tests import helpers
from tests.sync.forge import forged
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot


def _preliminary(admin: Workspace) -> tuple[str, str]:
    vm = helpers.meeting(admin, "viceministers")
    aid = agendas.create_agenda(admin, vm)
    agendas.set_agenda_status(admin, aid, AgendaStatus.PRELIMINARY)
    return aid, agendas.planned_items(admin, aid)[0].id


def test_an_observer_organisation_receives_the_preliminary_agenda_and_its_comment_comes_back(laptops: Laptops) -> None:
    lp = laptops
    admin = lp.found()
    aid, first = _preliminary(admin)
    agendas.add_comment(admin, first, "MX", "Ampliar el tiempo.")  # among the members only
    oim = lp.join("oim", role="observer", org="OIM")
    lp.deliver(lp.bundle("admin", "oim"), "oim")
    assert agendas.agenda_settings(oim, aid)["status"] == AgendaStatus.PRELIMINARY.value
    assert [i.id for i in agendas.planned_items(oim, aid)] == [i.id for i in agendas.planned_items(admin, aid)]
    assert agendas.comments(oim, aid) == []  # a member's comment is not for observers
    agendas.add_comment(oim, first, "OIM", "Sugerimos un punto sobre retorno asistido.")
    lp.deliver(lp.bundle("oim", "admin"), "admin")
    assert sorted(c["delegation"] for c in agendas.comments(admin, aid)) == ["MX", "OIM"]


def _forge_comment(w: Workspace, item: str, delegation: str) -> None:
    """A modified client: the service would refuse this comment locally."""
    with forged(w, Audience.PUBLIC) as ch:
        ch.put(
            "agenda_comments", "c-forged", item_id=item, delegation=delegation, text="Aporte", written_on=date.today()
        )


@pytest.mark.parametrize(("org", "country", "delegation"), [("OIM", None, "ACNUR"), (None, "AR", "AR")])
def test_a_comment_not_in_the_observer_laptops_own_consulted_voice_is_refused(
    laptops: Laptops, org: str | None, country: str | None, delegation: str
) -> None:
    lp = laptops
    admin = lp.found()
    _aid, first = _preliminary(admin)
    lp.join("obs", role="observer", org=org, country=country)
    lp.deliver(lp.bundle("admin", "obs"), "obs")
    _forge_comment(lp.ws["obs"], first, delegation)
    before = snapshot(admin)
    with pytest.raises(sync.BundleRefused) as info:
        sync.import_data(admin, lp.bundle("obs", "admin"))
    assert info.value.message.params["reason"].code == "sync.reason.not_permitted"  # type: ignore[attr-defined]
    assert snapshot(admin) == before
