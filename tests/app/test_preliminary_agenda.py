"""The preliminary agenda reaches, and hears from, the member countries and the observer organisations.

Seed, A: «Una versión preliminar de la Agenda se comparte con todos los países miembros y los
organismos internacionales observadores con el fin de obtener aportes que la enriquezcan.»
"""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest

from crm_desktop.app import agendas, mail
from crm_desktop.app.errors import BadInput, Refused
from crm_desktop.app.meetings import list_meetings
from crm_desktop.app.people import add_focal_point, focal_points, list_people
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import AgendaStatus
from tests import helpers


def _vm(ws: Workspace) -> str:
    return str(list_meetings(ws, year=2026, body="viceministers")[0]["id"])


def _first_person(ws: Workspace, *, country: str | None = None, org: str | None = None) -> dict[str, object]:
    return next(
        p for p in list_people(ws) if (country and p["country"] == country) or (org and p["organisation"] == org)
    )


def _contacts(ws: Workspace) -> dict[str, str]:
    """OIM's contact (the demo registers one per organisation) and an observer country's person as
    would-be recipients."""
    [oim] = [r for r in focal_points(ws) if r["country"] == "OIM"]
    co = _first_person(ws, country="CO")
    add_focal_point(ws, str(co["id"]), "CO", "Cancillería")  # the directory allows it; the rule does not send
    return {"OIM": str(oim["email"]), "CO": str(co["email"])}


def test_an_observer_organisations_contact_is_in_the_focal_point_directory(demo: Workspace) -> None:
    oim = [p for p in list_people(demo) if p["organisation"] == "OIM"][-1]  # not the demo's contact
    add_focal_point(demo, str(oim["id"]), "OIM", "Oficina regional")
    [row] = [r for r in focal_points(demo) if r["country"] == "OIM" and r["name"] == oim["name"]]
    assert row["name"] == oim["name"] and row["institution"] == "Oficina regional"
    assert {r.country for r in mail.recipients(demo, countries=["OIM"])} == {"OIM"}
    rrocm = _first_person(demo, org="RROCM")
    with pytest.raises(BadInput):  # civil society has no focal point
        add_focal_point(demo, str(rrocm["id"]), "RROCM", "Red")


def test_the_preliminary_agenda_is_mailed_to_member_countries_and_observer_organisations(
    demo: Workspace, tmp_path: Path
) -> None:
    """«se comparte con todos los países miembros y los organismos internacionales observadores»"""
    who = _contacts(demo)
    plan = mail.plan_delivery(demo, _vm(demo), ["agenda"], lang="es")
    by_email = {m.recipient.email: m for m in plan.messages}
    assert [(d.kind, d.segment) for d in by_email[who["OIM"]].documents] == [("agenda", "plenary")]
    assert who["CO"] not in by_email  # an observer country is not consulted on the agenda
    assert [r.email for r, _why in plan.skipped] == [who["CO"]]
    members = [m for m in plan.messages if m.recipient.category == "member_country"]
    assert len(members) == 11
    [draft] = [o for o in mail.write_drafts(demo, plan, tmp_path) if o.recipient == who["OIM"]]
    assert draft.path is not None
    parsed = email.message_from_bytes(draft.path.read_bytes(), policy=policy.default)
    body = parsed.get_body(preferencelist=("plain",))
    assert body is not None and "punto focal de Organización Internacional para las Migraciones" in body.get_content()


def test_a_draft_or_closed_door_agenda_stays_among_the_members(demo: Workspace) -> None:
    who = _contacts(demo)
    vm = _vm(demo)
    plenary = next(a for a in agendas.agendas_of(demo, vm) if a["segment"] == "plenary")
    agendas.set_agenda_status(demo, plenary["id"], AgendaStatus.DRAFT)
    plan = mail.plan_delivery(demo, vm, ["agenda"], lang="es", closed_door=True)
    assert who["OIM"] not in {m.recipient.email for m in plan.messages}
    closed = next(a for a in agendas.agendas_of(demo, vm) if a["segment"] == "closed_door")
    agendas.set_agenda_status(demo, closed["id"], AgendaStatus.PRELIMINARY)
    agendas.set_agenda_status(demo, plenary["id"], AgendaStatus.PRELIMINARY)
    plan = mail.plan_delivery(demo, vm, ["agenda"], lang="es", closed_door=True)
    oim = next(m for m in plan.messages if m.recipient.email == who["OIM"])
    assert [(d.segment, d.audience) for d in oim.documents] == [("plenary", "members")]
    assert [(d.segment, d.audience) for d in oim.withheld] == [("closed_door", "closed_door")]


def test_comments_are_recorded_for_members_and_organisations_and_refused_for_others(ws: Workspace) -> None:
    """«...con el fin de obtener aportes que la enriquezcan»: the delegations consulted may comment."""
    vm = helpers.meeting(ws, "viceministers")
    aid = agendas.create_agenda(ws, vm)
    agendas.set_agenda_status(ws, aid, AgendaStatus.PRELIMINARY)
    first = agendas.planned_items(ws, aid)[0].id
    agendas.add_comment(ws, first, "MX", "Ampliar el tiempo.")
    agendas.add_comment(ws, first, "OIM", "Sugerimos un punto sobre retorno.")
    # An observer country is told what would let it comment: the PPT's authorisation (introduction).
    for other, said in (("AR", "sin una autorización previa"), ("RROCM", "organismos internacionales observadores")):
        with pytest.raises(Refused) as info:
            agendas.add_comment(ws, first, other, "Un aporte")
        assert said in info.value.message.render("es")
        assert other in info.value.message.render("en")
    assert sorted(c["delegation"] for c in agendas.comments(ws, aid)) == ["MX", "OIM"]
    closed = agendas.create_agenda(ws, vm, "closed_door")
    closed_item = agendas.add_item(ws, closed, agendas.ItemInput(title_es="Asuntos administrativos"))
    agendas.set_agenda_status(ws, closed, AgendaStatus.PRELIMINARY)
    with pytest.raises(Refused):  # the closed-door agenda is shared with the member countries only
        agendas.add_comment(ws, closed_item, "OIM", "Un aporte")
    agendas.add_comment(ws, closed_item, "CR", "De acuerdo")


def test_an_organisations_comment_can_be_withdrawn(ws: Workspace) -> None:
    vm = helpers.meeting(ws, "viceministers")
    aid = agendas.create_agenda(ws, vm)
    agendas.set_agenda_status(ws, aid, AgendaStatus.PRELIMINARY)
    cid = agendas.add_comment(ws, agendas.planned_items(ws, aid)[0].id, "OIM", "Aporte")
    agendas.remove_comment(ws, cid)
    assert agendas.comments(ws, aid) == []
