"""Application services over a real workspace."""

from __future__ import annotations

import pytest

from crm_desktop.app import accreditation, agenda_versions, agendas, decisions, meetings, presidency
from crm_desktop.app.agendas import ItemInput
from crm_desktop.app.errors import AppError, BadInput, NotFound, Refused
from crm_desktop.domain.model import ActKind, AgendaStatus, Capability, MeetingStatus, Role
from tests.helpers import meeting, person


def test_closed_door_third_person_refused_with_reason(ws) -> None:  # type: ignore[no-untyped-def]
    vm = meeting(ws, "viceministers")
    a = person(ws, "Viceministra", country="MX", role=Role.VICE_MINISTER)
    b = person(ws, "Funcionaria", country="MX", role=Role.HIGH_LEVEL_OFFICIAL)
    c = person(ws, "Otro Funcionario", country="MX", role=Role.HIGH_LEVEL_OFFICIAL)
    accreditation.accredit(ws, vm, a, "closed_door")
    accreditation.accredit(ws, vm, b, "closed_door")
    with pytest.raises(Refused) as err:
        accreditation.accredit(ws, vm, c, "closed_door")
    assert "únicamente de un funcionario de alto nivel" in err.value.render("es")
    assert "one high-level official only" in err.value.render("en")
    assert err.value.exit_code == 3


def test_network_invitation_is_a_recorded_act(ws) -> None:  # type: ignore[no-untyped-def]
    net = meeting(ws, "network_trafficking")
    oim = person(ws, "Oficial OIM", org="OIM", role=Role.OBSERVER_DELEGATE)
    with pytest.raises(Refused):
        accreditation.accredit(ws, net, oim)
    accreditation.record_act(ws, ActKind.INVITATION, "OIM", meeting_id=net)
    accreditation.accredit(ws, net, oim)
    rows = accreditation.list_accreditations(ws, net)
    assert rows[0]["exception"] is True
    with pytest.raises(Refused):
        accreditation.accredit(ws, net, oim)  # already accredited


def test_observer_capability_with_authorisation(ws) -> None:  # type: ignore[no-untyped-def]
    vm = meeting(ws, "viceministers")
    co = person(ws, "Delegada", country="CO", role=Role.OBSERVER_DELEGATE)
    assert not accreditation.check_capability(ws, co, Capability.AGENDA_ITEMS, vm).allowed
    accreditation.record_act(ws, ActKind.PPT_AUTHORISATION, "CO", meeting_id=vm, capabilities=[Capability.AGENDA_ITEMS])
    assert accreditation.check_capability(ws, co, Capability.AGENDA_ITEMS, vm).allowed
    assert not accreditation.check_capability(ws, co, Capability.DECISIONS, vm).allowed


def test_drafting_group_one_per_country(ws) -> None:  # type: ignore[no-untyped-def]
    grcm = meeting(ws, "grcm")
    a = person(ws, "Directora", country="GT", role=Role.DIRECTOR_MIGRATION)
    b = person(ws, "Asesor", country="GT")
    for pid in (a, b):
        accreditation.accredit(ws, grcm, pid)
    accreditation.name_drafting_representative(ws, grcm, a)
    with pytest.raises(Refused):
        accreditation.name_drafting_representative(ws, grcm, b)


def test_vm_plenary_agenda_has_required_items_that_cannot_be_removed(ws) -> None:  # type: ignore[no-untyped-def]
    vm = meeting(ws, "viceministers")
    aid = agendas.create_agenda(ws, vm)
    items = agendas.planned_items(ws, aid)
    assert [i.required_key for i in items] == ["ppt_report", "opening_statements", "civil_society_dialogue"]
    with pytest.raises(Refused):
        agendas.remove_item(ws, items[0].id)
    extra = agendas.add_item(ws, aid, ItemInput(title_es="Otros asuntos", duration_min=15), position=1)
    sub = agendas.add_item(ws, aid, ItemInput(title_es="Sub", duration_min=10), parent_id=extra)
    plan = agendas.planned_items(ws, aid)
    assert [(i.label, i.starts) for i in plan] == [
        ("1", "09:00"),
        ("2", "09:45"),
        ("2.a", "09:45"),
        ("3", "09:55"),
        ("4", "10:55"),
    ]
    agendas.move_item(ws, extra, parent_id=None, position=0)
    assert agendas.planned_items(ws, aid)[0].id == extra
    with pytest.raises(BadInput):
        agendas.move_item(ws, extra, parent_id=sub, position=0)
    agendas.remove_item(ws, extra)
    assert len(agendas.planned_items(ws, aid)) == 3


def test_agenda_lifecycle_comments_freeze_and_compare(ws) -> None:  # type: ignore[no-untyped-def]
    vm = meeting(ws, "viceministers")
    aid = agendas.create_agenda(ws, vm)
    with pytest.raises(Refused):
        agendas.set_agenda_status(ws, aid, AgendaStatus.ADOPTED)
    first = agendas.planned_items(ws, aid)[0].id
    with pytest.raises(BadInput):
        agendas.add_comment(ws, first, "MX", "comentario")
    agendas.set_agenda_status(ws, aid, AgendaStatus.PRELIMINARY)
    agendas.add_comment(ws, first, "OIM", "Sugerimos ampliar el tiempo.")
    agendas.add_item(ws, aid, ItemInput(title_es="Clausura"))
    agendas.set_agenda_status(ws, aid, AgendaStatus.ADOPTED)
    with pytest.raises(Refused):
        agendas.add_item(ws, aid, ItemInput(title_es="Tarde"))
    v = agendas.versions(ws, aid)
    assert [x["status"] for x in v] == ["preliminary", "adopted"]
    rows = agenda_versions.compare(ws, aid, v[0]["id"], v[1]["id"])
    assert [r.change for r in rows].count("added") == 1
    assert agendas.comments(ws, aid)[0]["delegation"] == "OIM"


def test_carry_over_of_open_decisions(ws) -> None:  # type: ignore[no-untyped-def]
    old = meeting(ws, "grcm", start="2026-03-10")
    new = meeting(ws, "grcm", start="2026-09-10")
    d = decisions.add_decision(ws, old, "Instar a las Redes a presentar sus planes.", kind="recommendation")
    pending = agendas.pending_follow_ups(ws, new)
    assert [p["id"] for p in pending] == [d]
    aid = agendas.create_agenda(ws, new)
    agendas.carry_over(ws, aid, [d])
    assert agendas.planned_items(ws, aid)[-1].follow_up_of == d  # after the GRCM's required ST item


def test_presidency_flow(ws) -> None:  # type: ignore[no-untyped-def]
    vm = meeting(ws, "viceministers", start="2026-05-10")
    grcm = meeting(ws, "grcm")
    with pytest.raises(Refused):
        presidency.announce_candidacy(ws, "GT", 2027, grcm)
    presidency.announce_candidacy(ws, "GT", 2027, vm)
    with pytest.raises(Refused):
        presidency.designate(ws, "GT", 2027, objections=["NI"])
    presidency.designate(ws, "GT", 2027)
    assert presidency.troika(ws, 2027)["current"] == "GT"


def test_meeting_status_and_warnings(ws) -> None:  # type: ignore[no-untyped-def]
    net = meeting(ws, "network_consular", start="2026-03-16")
    with pytest.raises(Refused):
        meetings.set_status(ws, net, MeetingStatus.HELD)
    meetings.set_status(ws, net, MeetingStatus.CONVENED)
    codes = [w.code for w in meetings.warnings(ws, net)[net]]
    assert "warn.network_before_grcm" in codes
    meeting(ws, "grcm", start="2026-03-17")
    assert "warn.network_before_grcm" not in [w.code for w in meetings.warnings(ws, net)[net]]


def test_ids_by_prefix_and_not_found(ws) -> None:  # type: ignore[no-untyped-def]
    mid = meeting(ws, "grcm")
    pid = person(ws, "Ana", country="MX")
    accreditation.accredit(ws, mid[:8], pid[:8])
    with pytest.raises(NotFound) as err:
        accreditation.accredit(ws, "zzzzzzzz", pid)
    assert "reunión" in err.value.render("es")


def test_bad_meeting_input(ws) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from crm_desktop.app.meetings import MeetingInput

    with pytest.raises(AppError):
        meetings.create_meeting(
            ws, MeetingInput(body="nope", title="x", start=datetime(2026, 1, 1), end=datetime(2026, 1, 2))
        )
    with pytest.raises(AppError):
        meetings.create_meeting(
            ws,
            MeetingInput(
                body="grcm", title="x", start=datetime(2026, 1, 2), end=datetime(2026, 1, 1), host_country="CR"
            ),
        )
    with pytest.raises(AppError):
        meetings.create_meeting(
            ws,
            MeetingInput(
                body="grcm",
                title="x",
                start=datetime(2026, 1, 1),
                end=datetime(2026, 1, 1),
                host_country="CR",
                timezone="Mars/Base",
            ),
        )


def test_accredit_many_matches_one_by_one(ws) -> None:  # type: ignore[no-untyped-def]
    vm = meeting(ws, "viceministers")
    a = person(ws, "Viceministra", country="GT", role=Role.VICE_MINISTER)
    b = person(ws, "Funcionario", country="GT", role=Role.HIGH_LEVEL_OFFICIAL)
    c = person(ws, "Segundo Funcionario", country="GT", role=Role.HIGH_LEVEL_OFFICIAL)
    with pytest.raises(Refused):
        accreditation.accredit_many(ws, vm, [a, b, c], "closed_door")
    assert accreditation.list_accreditations(ws, vm) == []  # all or nothing
    accreditation.accredit_many(ws, vm, [a, b], "closed_door")
    assert {r["person_id"] for r in accreditation.list_accreditations(ws, vm)} == {a, b}


def test_bulk_meetings_and_items(ws) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from crm_desktop.app.meetings import MeetingInput

    ids = meetings.create_meetings(
        ws,
        [
            MeetingInput(
                body="grcm",
                title=f"GRCM {i}",
                start=datetime(2026, 3 + i, 1, 9),
                end=datetime(2026, 3 + i, 2, 18),
                host_country="PA",
            )
            for i in range(2)
        ],
    )
    aid = agendas.create_agenda(ws, ids[0])
    agendas.add_items(
        ws,
        aid,
        [
            (ItemInput(title_es="Informe"), [ItemInput(title_es="Red A"), ItemInput(title_es="Red B")]),
            (ItemInput(title_es="Clausura"), []),
        ],
    )
    # After the GRCM's required item on the ST's administrative and budget matters (seed, C).
    assert [i.label for i in agendas.planned_items(ws, aid)] == ["1", "2", "2.a", "2.b", "3"]


def test_bulk_decisions_are_numbered_after_the_last_and_all_or_nothing(ws) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from crm_desktop.store.schema import Changeset

    vm = meeting(ws, "viceministers")
    decisions.add_decision(ws, vm, "Primera decisión.")
    with ws.read() as s:
        logged = s.scalar(select(func.count()).select_from(Changeset))
    made = decisions.add_decisions(ws, vm, ["  Segunda.  ", "Tercera."])
    with ws.read() as s:
        assert s.scalar(select(func.count()).select_from(Changeset)) == logged + 1  # one changeset
    rows = {d["id"]: d for d in decisions.decisions_of(ws, vm)}
    assert [(rows[d]["number"], rows[d]["text"]) for d in made] == [(2, "Segunda."), (3, "Tercera.")]
    with pytest.raises(BadInput):
        decisions.add_decisions(ws, vm, ["Cuarta.", "  "])
    assert len(decisions.decisions_of(ws, vm)) == 3
