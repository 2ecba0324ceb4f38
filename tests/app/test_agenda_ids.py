"""Explicit ids for agenda items and comments (what makes an undo/redo re-create the same rows),
and the agenda's layout settings (numbering style, start time)."""

from __future__ import annotations

import pytest

from crm_desktop.app import agendas, decisions
from crm_desktop.app.agendas import ItemInput
from crm_desktop.app.errors import BadInput, Refused
from crm_desktop.domain.model import AgendaStatus
from tests.helpers import meeting


def test_add_item_with_explicit_id_and_no_reuse_of_a_deleted_id(ws) -> None:  # type: ignore[no-untyped-def]
    aid = agendas.create_agenda(ws, meeting(ws, "grcm"))
    agendas.add_item(ws, aid, ItemInput(title_es="Apertura"))
    made = agendas.add_item(ws, aid, ItemInput(title_es="Clausura"), item_id="fixed-item-1")
    assert made == "fixed-item-1"
    with pytest.raises(BadInput):
        agendas.add_item(ws, aid, ItemInput(title_es="Otra"), item_id="fixed-item-1")
    agendas.remove_item(ws, made)
    # A deleted id stays a tombstone (a put on it would be silently ignored), so it is refused.
    with pytest.raises(BadInput):
        agendas.add_item(ws, aid, ItemInput(title_es="Clausura"), item_id="fixed-item-1")
    agendas.add_item(ws, aid, ItemInput(title_es="Clausura"), item_id="fixed-item-2", position=0)
    assert agendas.planned_items(ws, aid)[0].id == "fixed-item-2"


def test_comment_with_explicit_id(ws) -> None:  # type: ignore[no-untyped-def]
    aid = agendas.create_agenda(ws, meeting(ws, "viceministers"))
    first = agendas.planned_items(ws, aid)[0].id
    agendas.set_agenda_status(ws, aid, AgendaStatus.PRELIMINARY)
    cid = agendas.add_comment(ws, first, "MX", "Ampliar el tiempo.", comment_id="c-1")
    assert cid == "c-1"
    assert agendas.comments(ws, aid) == [
        {"id": "c-1", "item_id": first, "delegation": "MX", "text": "Ampliar el tiempo."}
    ]
    agendas.remove_comment(ws, "c-1")
    assert agendas.comments(ws, aid) == []
    with pytest.raises(BadInput):
        agendas.add_comment(ws, first, "MX", "Otra vez", comment_id="c-1")
    assert agendas.meetings_with_agendas(ws) == {agendas.agenda_settings(ws, aid)["meeting_id"]}


def test_carry_over_with_explicit_ids(ws) -> None:  # type: ignore[no-untyped-def]
    old = meeting(ws, "grcm", start="2026-03-10")
    new = meeting(ws, "grcm", start="2026-09-10")
    d = decisions.add_decision(ws, old, "Instar a las Redes a presentar sus planes.", kind="recommendation")
    aid = agendas.create_agenda(ws, new)
    with pytest.raises(BadInput):
        agendas.carry_over(ws, aid, [d], item_ids=[])
    assert agendas.carry_over(ws, aid, [d], item_ids=["follow-1"]) == ["follow-1"]
    assert agendas.planned_items(ws, aid)[-1].follow_up_of == d  # after the GRCM's required ST item


def test_layout_numbering_and_start_time(ws) -> None:  # type: ignore[no-untyped-def]
    aid = agendas.create_agenda(ws, meeting(ws, "viceministers"))
    agendas.set_agenda_layout(ws, aid, numbering="roman", start_time="10:30")
    plan = agendas.planned_items(ws, aid)
    assert [(p.label, p.starts) for p in plan] == [("I", "10:30"), ("II", "11:15"), ("III", "12:15")]
    assert agendas.agenda_settings(ws, aid)["numbering"] == "roman"
    with pytest.raises(BadInput):
        agendas.set_agenda_layout(ws, aid, start_time="25:99")
    with pytest.raises(BadInput):
        agendas.set_agenda_layout(ws, aid, numbering="greek")
    agendas.set_agenda_status(ws, aid, AgendaStatus.PRELIMINARY)
    agendas.set_agenda_status(ws, aid, AgendaStatus.ADOPTED)
    with pytest.raises(Refused):
        agendas.set_agenda_layout(ws, aid, numbering="arabic")
