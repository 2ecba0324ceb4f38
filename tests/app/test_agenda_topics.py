"""Agenda items classified by theme and closed-door topic, the closed-door warning, the ST budget's
segment, the GRCM's Conclusions and Recommendations offered to the Vice-Ministers' agenda."""

from __future__ import annotations

import pytest

from crm_desktop.app import agenda_topics, agendas, contributions, decisions
from crm_desktop.app import plan_of_action as poa
from crm_desktop.app.agendas import ItemInput
from crm_desktop.app.errors import BadInput, Refused
from crm_desktop.app.rule_warnings import list_warnings
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import AgendaStatus, Audience
from crm_desktop.domain.plan_of_action import Theme
from tests.helpers import meeting


def _closed_door_item(ws: Workspace, vm: str, title: str = "Presupuesto de la ST") -> str:
    aid = agendas.create_agenda(ws, vm, "closed_door")
    return agendas.add_item(ws, aid, ItemInput(title, audience=Audience.CLOSED_DOOR))


def test_an_item_carries_a_theme_of_the_plan_of_action(ws: Workspace) -> None:
    vm = meeting(ws, "viceministers")
    aid = agendas.create_agenda(ws, vm)
    item = agendas.add_item(ws, aid, ItemInput("Niñez migrante"))
    done = agenda_topics.classify_item(ws, item[:8], theme="human_rights")
    assert (done.item_id, done.theme, done.topic) == (item, "human_rights", None)
    assert next(i for i in agendas.planned_items(ws, aid) if i.id == item).theme == "human_rights"
    with pytest.raises(Refused):
        agenda_topics.classify_item(ws, item, theme="trade")
    with pytest.raises(Refused):  # the four topics are the closed door's
        agenda_topics.classify_item(ws, item, topic="membership")
    with pytest.raises(BadInput):  # the Plan keeps a theme the agenda uses
        poa.set_themes(ws, [Theme("policy_management", "Políticas", "Policy")])
    agenda_topics.classify_item(ws, item, theme=None)
    assert next(i for i in agendas.planned_items(ws, aid) if i.id == item).theme is None


def test_classification_is_kept_in_the_agendas_versions_and_frozen_once_adopted(ws: Workspace) -> None:
    grcm = meeting(ws, "grcm")
    aid = agendas.create_agenda(ws, grcm)
    item = agendas.add_item(ws, aid, ItemInput("Actualización del Plan de Acción"))
    agenda_topics.classify_item(ws, item, theme="migration_development")
    agendas.set_agenda_status(ws, aid, AgendaStatus.PRELIMINARY)
    agendas.set_agenda_status(ws, aid, AgendaStatus.ADOPTED)
    last = agendas.versions(ws, aid)[-1]["id"]
    assert {i.theme for i in agendas.version_items(ws, last)} == {None, "migration_development"}
    with pytest.raises(Refused):
        agenda_topics.classify_item(ws, item, theme="human_rights")


def test_a_closed_door_item_outside_the_four_topics_is_warned_with_its_source(ws: Workspace) -> None:
    vm = meeting(ws, "viceministers", start="2026-05-10")
    item = _closed_door_item(ws, vm)
    warned = [w for w in list_warnings(ws, meeting_id=vm) if w.rule == "warn.closed_door_topic"]
    assert len(warned) == 1 and warned[0].source is not None
    assert warned[0].as_dict("es")["source"].startswith("Sección A: «En la Reunión a “puerta cerrada”")
    agenda_topics.classify_item(ws, item, topic="st_admin_finance")
    assert not [w for w in list_warnings(ws, meeting_id=vm) if w.rule == "warn.closed_door_topic"]


def test_the_st_budget_is_refused_outside_the_closed_door(ws: Workspace) -> None:
    vm = meeting(ws, "viceministers", start="2025-11-19")
    with pytest.raises(Refused) as refused:
        contributions.approve_budget(ws, 2026, 42_000_000, vm, segment="plenary")
    assert refused.value.message.code == "budget.closed_door_only"
    with pytest.raises(BadInput):
        contributions.approve_budget(ws, 2026, 42_000_000, vm, segment="lobby")
    assert contributions.approve_budget(ws, 2026, 42_000_000, vm) == "2026"


def test_the_vice_ministers_agenda_is_offered_the_grcms_conclusions_and_recommendations(ws: Workspace) -> None:
    old_vm = meeting(ws, "viceministers", start="2025-11-19")
    before = meeting(ws, "grcm", start="2025-09-10")  # considered at the previous Vice-Ministers' meeting
    grcm = meeting(ws, "grcm", start="2026-03-17")
    vm = meeting(ws, "viceministers", start="2026-11-18")
    decision = decisions.add_decision(ws, old_vm, "Fortalecer la protección consular.")
    earlier = decisions.add_decision(ws, before, "Recomendación ya considerada.", kind="recommendation")
    rec = decisions.add_decision(ws, grcm, "Recomendar la aprobación del presupuesto.", kind="recommendation")
    con = decisions.add_decision(ws, grcm, "Las Redes presentaron sus informes.", kind="conclusion")
    offered = agendas.pending_follow_ups(ws, vm)
    assert [o["id"] for o in offered] == [decision, con, rec]
    assert {o["body"] for o in offered} == {"viceministers", "grcm"}
    # No earlier Vice-Ministers' meeting recorded: the GRCM's documents of the year before it.
    assert [o["id"] for o in agendas.pending_follow_ups(ws, old_vm)] == [earlier]
    item = agendas.carry_over(ws, agendas.create_agenda(ws, vm), [rec])[0]
    planned = agendas.planned_items(ws, agendas.agendas_of(ws, vm)[0]["id"])
    assert next(i for i in planned if i.id == item).follow_up_of == rec


def test_the_grcms_agenda_examines_the_sts_administrative_and_budget_matters(ws: Workspace) -> None:
    """Seed, C: the GRCM "examina cuestiones administrativas y presupuestarias relacionadas con la ST"."""
    grcm = meeting(ws, "grcm")
    aid = agendas.create_agenda(ws, grcm)
    [item] = agendas.planned_items(ws, aid)
    assert item.required_key == "st_admin_budget"
    with pytest.raises(Refused):
        agendas.remove_item(ws, item.id)
