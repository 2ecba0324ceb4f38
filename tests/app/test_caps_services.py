"""The services ask domain.capabilities before writing: refused with the rule's source, nothing written."""

from __future__ import annotations

import pytest

from crm_desktop.app import accreditation, agendas, decisions
from crm_desktop.app.agendas import ItemInput
from crm_desktop.app.directory import list_acts
from crm_desktop.app.errors import Refused
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import ActKind, AgendaStatus, Capability
from tests.helpers import meeting


def test_a_binding_decision_for_a_seminar_or_a_network_is_refused(ws: Workspace) -> None:
    seminar = meeting(ws, "seminar", start="2026-05-12", host="GT")
    network = meeting(ws, "network_consular", start="2026-03-09")
    for mid in (seminar, network):
        with pytest.raises(Refused) as err:
            decisions.add_decisions(ws, mid, ["Aprobar el plan.", "Adoptar la declaración."])
        assert err.value.exit_code == 3
        assert "(Sección A: «Es la instancia de decisión ejecutiva de la CRM.»)" in err.value.render("es")
        assert "only the Vice-Ministers' Meeting adopts them" in err.value.render("en")
        assert decisions.decisions_of(ws, mid) == []


def test_the_grcm_recommends_and_the_vice_ministers_decide(ws: Workspace) -> None:
    grcm, vm = meeting(ws, "grcm", start="2026-03-10"), meeting(ws, "viceministers")
    with pytest.raises(Refused):
        decisions.add_decision(ws, grcm, "Aprobar el presupuesto de la ST.")
    decisions.add_decision(ws, grcm, "Recomendar la aprobación del presupuesto.", kind="recommendation")
    decisions.add_decision(ws, vm, "Aprobar el presupuesto de la ST.")
    with pytest.raises(Refused):
        decisions.add_decision(ws, vm, "Recomendar algo.", kind="recommendation")


def test_an_observer_country_presents_an_agenda_item_only_when_the_ppt_authorised_it(ws: Workspace) -> None:
    vm = meeting(ws, "viceministers")
    aid = agendas.create_agenda(ws, vm)
    before = agendas.planned_items(ws, aid)
    item = ItemInput(title_es="Flujos extracontinentales", presenter="CO")
    with pytest.raises(Refused) as err:
        agendas.add_item(ws, aid, item)
    assert err.value.render("es").startswith("CO es un país observador")
    assert "(Introduction: “They take part in the open discussions" in err.value.render("en")
    with pytest.raises(Refused):
        agendas.add_items(ws, aid, [(ItemInput(title_es="Otro"), [item])])
    plain = agendas.add_item(ws, aid, ItemInput(title_es="Flujos extracontinentales"))
    with pytest.raises(Refused):
        agendas.update_item(ws, plain, item)
    assert len(agendas.planned_items(ws, aid)) == len(before) + 1
    # An authorisation for another meeting, or for drafting only, does not open this agenda.
    other = meeting(ws, "viceministers", start="2025-05-10")
    accreditation.record_act(
        ws, ActKind.PPT_AUTHORISATION, "CO", meeting_id=other, capabilities=[Capability.AGENDA_ITEMS]
    )
    accreditation.record_act(ws, ActKind.PPT_AUTHORISATION, "CO", meeting_id=vm, capabilities=[Capability.DRAFTING])
    with pytest.raises(Refused):
        agendas.update_item(ws, plain, item)
    accreditation.record_act(ws, ActKind.PPT_AUTHORISATION, "CO", meeting_id=vm, capabilities=[Capability.AGENDA_ITEMS])
    agendas.update_item(ws, plain, item)
    assert agendas.add_item(ws, aid, item)


def test_an_act_records_its_grantor_as_a_code_the_st_on_the_ppts_behalf(ws: Workspace) -> None:
    """A workspace without a sync identity acts as the ST: it records the act on the PPT's behalf."""
    net = meeting(ws, "network_trafficking")
    accreditation.record_act(ws, ActKind.INVITATION, "OIM", meeting_id=net)
    [act] = list_acts(ws, net)
    assert act["granted_by"] == "st_for_ppt"


def test_an_observer_country_comments_on_the_preliminary_agenda_once_the_ppt_authorised_it(ws: Workspace) -> None:
    vm = meeting(ws, "viceministers")
    aid = agendas.create_agenda(ws, vm)
    item = agendas.add_item(ws, aid, ItemInput(title_es="Flujos extracontinentales"))
    agendas.set_agenda_status(ws, aid, AgendaStatus.PRELIMINARY)
    with pytest.raises(Refused) as err:
        agendas.add_comment(ws, item, "CO", "Proponemos incluir los flujos extracontinentales.")
    assert err.value.render("es").startswith("CO es un país observador: no comenta los puntos de la agenda")
    accreditation.record_act(ws, ActKind.PPT_AUTHORISATION, "CO", meeting_id=vm, capabilities=[Capability.AGENDA_ITEMS])
    agendas.add_comment(ws, item, "CO", "Proponemos incluir los flujos extracontinentales.")
    assert [c["delegation"] for c in agendas.comments(ws, aid)] == ["CO"]
