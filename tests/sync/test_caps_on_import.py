"""The capability rules hold on import: a modified program's bundle is refused, changing nothing.

Seed, A: the Vice-Ministers' Meeting "es la instancia de decisión ejecutiva de la CRM" — no decision of a
seminar travels. Seed, introduction: observer countries take no part in agenda items "a menos que cuenten
con previa autorización de la Presidencia Pro-Témpore" — an item they present needs that act, and only
the PPT (or the ST on its behalf, recorded as such) records it.
"""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.app import accreditation, agendas, sync
from crm_desktop.app.directory import list_acts
from crm_desktop.app.errors import Refused
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import ActKind, AgendaStatus, Audience, Capability
from tests import helpers
from tests.sync.forge import forged
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot


def _refused(w: Workspace, data: bytes, code: str) -> str:
    before = snapshot(w)
    with pytest.raises(sync.BundleRefused) as info:
        sync.import_data(w, data)
    assert info.value.exit_code == 4
    why = info.value.message.params["reason"].params["why"]  # type: ignore[union-attr]
    assert why.code == code
    assert snapshot(w) == before
    return str(info.value.render("es"))


def _member(laptops: Laptops) -> tuple[Workspace, Workspace]:
    admin = laptops.found()
    member = laptops.join("gt", role="member", country="GT")
    return admin, member


def test_a_forged_decision_for_a_seminar_is_refused(laptops: Laptops) -> None:
    admin, _ = _member(laptops)
    seminar = helpers.meeting(admin, "seminar", start="2026-05-12", host="GT")
    laptops.deliver(laptops.bundle("admin", "gt"), "gt")
    with forged(admin, Audience.PUBLIC) as ch:
        ch.put("decisions", "d-forged", meeting_id=seminar, number=1, kind="decision", text="Aprobar.", status="open")
    why = _refused(laptops.ws["gt"], laptops.bundle("admin", "gt"), "caps.decision_not_here")
    assert "Sección A: «Es la instancia de decisión ejecutiva de la CRM.»" in why


def _item_presented_by_co(laptops: Laptops, *, authorised: bool) -> None:
    admin, _ = _member(laptops)
    vm = helpers.meeting(admin, "viceministers")
    aid = agendas.create_agenda(admin, vm)
    if authorised:
        accreditation.record_act(
            admin, ActKind.PPT_AUTHORISATION, "CO", meeting_id=vm, capabilities=[Capability.AGENDA_ITEMS]
        )
    laptops.deliver(laptops.bundle("admin", "gt"), "gt")
    item = dict(agenda_id=aid, parent_id=None, position=9, title_es="Flujos", kind="discussion", duration_min=30)
    with forged(admin, Audience.PUBLIC) as ch:  # a modified client: the service refuses this unauthorised
        ch.put("agenda_items", "i-forged", presenter="CO", **item)


def test_a_forged_item_presented_by_an_observer_country_is_refused(laptops: Laptops) -> None:
    _item_presented_by_co(laptops, authorised=False)
    why = _refused(laptops.ws["gt"], laptops.bundle("admin", "gt"), "caps.observer_presents")
    assert "Introducción: «Ellos participan" in why


def test_an_item_presented_by_an_observer_country_the_ppt_authorised_is_accepted(laptops: Laptops) -> None:
    _item_presented_by_co(laptops, authorised=True)
    laptops.deliver(laptops.bundle("admin", "gt"), "gt")
    assert any(i["presenter"] == "CO" for i in laptops.dump("gt")["agenda_items"])  # type: ignore[attr-defined,index]


def test_a_member_laptop_records_no_act_and_its_forged_one_is_refused(laptops: Laptops) -> None:
    admin, member = _member(laptops)
    net = helpers.meeting(admin, "network_trafficking")
    laptops.deliver(laptops.bundle("admin", "gt"), "gt")
    with pytest.raises(Refused) as err:
        accreditation.record_act(member, ActKind.INVITATION, "OIM", meeting_id=net)
    assert err.value.exit_code == 3
    assert "este equipo es de un País Miembro (GT) (Introducción: «" in err.value.render("es")
    assert "this laptop belongs to a member country (GT) (Introduction: “" in err.value.render("en")
    with forged(member, Audience.MEMBERS) as ch:
        ch.put(
            "acts",
            "a-forged",
            kind="invitation",
            subject="OIM",
            meeting_id=net,
            capabilities=[],
            date=date(2026, 3, 1),
            granted_by="ppt",
            note=None,
        )
    _refused(admin, laptops.bundle("gt", "admin"), "authz.not_granted")


def test_the_st_records_an_act_on_the_ppts_behalf_and_cannot_claim_the_ppts_own(laptops: Laptops) -> None:
    admin, _ = _member(laptops)
    net = helpers.meeting(admin, "network_trafficking")
    accreditation.record_act(admin, ActKind.INVITATION, "OIM", meeting_id=net)
    assert [a["granted_by"] for a in list_acts(admin, net)] == ["st_for_ppt"]
    laptops.deliver(laptops.bundle("admin", "gt"), "gt")
    with forged(admin, Audience.MEMBERS) as ch:
        ch.put(
            "acts",
            "a-forged",
            kind="ppt_authorisation",
            subject="CO",
            meeting_id=net,
            capabilities=[],
            date=date(2026, 3, 1),
            granted_by="ppt",
            note=None,
        )
    why = _refused(laptops.ws["gt"], laptops.bundle("admin", "gt"), "caps.act_grantor")
    assert "consta como otorgada por: ST en nombre de la Presidencia Pro-Témpore; el cambio dice «ppt»" in why


def _preliminary_vm(laptops: Laptops, *, authorised: bool) -> tuple[Workspace, str]:
    admin = laptops.found()
    vm = helpers.meeting(admin, "viceministers")
    aid = agendas.create_agenda(admin, vm)
    item = agendas.add_item(admin, aid, agendas.ItemInput(title_es="Flujos extracontinentales"))
    agendas.set_agenda_status(admin, aid, AgendaStatus.PRELIMINARY)
    if authorised:
        accreditation.record_act(
            admin, ActKind.PPT_AUTHORISATION, "CO", meeting_id=vm, capabilities=[Capability.AGENDA_ITEMS]
        )
    obs = laptops.join("co", role="observer", country="CO")
    laptops.deliver(laptops.bundle("admin", "co"), "co")
    return obs, item


def test_an_observer_countrys_forged_agenda_comment_is_refused(laptops: Laptops) -> None:
    obs, item = _preliminary_vm(laptops, authorised=False)
    with forged(obs, Audience.PUBLIC) as ch:
        ch.put("agenda_comments", "c-forged", item_id=item, delegation="CO", text="Proponemos.", written_on=None)
    why = _refused(laptops.ws["admin"], laptops.bundle("co", "admin"), "caps.observer_comments")
    assert "Introducción: «" in why


def test_an_authorised_observer_countrys_comment_travels(laptops: Laptops) -> None:
    """The ST records the comment the authorised observer country sent; the other laptops accept it."""
    _, item = _preliminary_vm(laptops, authorised=True)
    laptops.join("gt", role="member", country="GT")
    agendas.add_comment(laptops.ws["admin"], item, "CO", "Proponemos incluir los flujos extracontinentales.")
    for name in ("gt", "co"):
        laptops.deliver(laptops.bundle("admin", name), name)
        assert [c["delegation"] for c in laptops.dump(name)["agenda_comments"]] == ["CO"]  # type: ignore[attr-defined]
