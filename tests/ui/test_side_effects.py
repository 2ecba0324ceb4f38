"""An action that removes something else says so first and is undone as one step; a refused chair's
action names the Presidency and its chair and says how to fix it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from crm_desktop.app import accreditation, chair, presidency
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Role
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.delegations.view import DelegationsView
from tests.helpers import meeting, person
from tests.ui.qt_helpers import settle

pytestmark = [pytest.mark.gui]


@pytest.fixture
def room(qtbot, ws, monkeypatch):  # type: ignore[no-untyped-def]
    vm = meeting(ws, "viceministers", start="2027-05-10", host="CR")
    presidency.announce_candidacy(ws, "CR", 2027, vm)
    presidency.designate(ws, "CR", 2027, meeting_id=vm)
    principal = person(ws, "Carlos Vargas", country="CR", role=Role.VICE_MINISTER)
    ana = person(ws, "Ana Quirós", country="CR", role=Role.HIGH_LEVEL_OFFICIAL)
    accreditation.accredit(ws, vm, principal, "closed_door")
    accreditation.accredit(ws, vm, ana, "plenary")
    accreditation.accredit(ws, vm, ana, "closed_door")
    accreditation.name_drafting_representative(ws, vm, ana)
    asked: list[str] = []
    answer = {"button": QMessageBox.StandardButton.Yes}

    def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer["button"]

    monkeypatch.setattr(QMessageBox, "question", question)
    ctx = UiContext(ws)
    view = DelegationsView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    qtbot.waitUntil(lambda: view.data is not None, timeout=5000)
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        view.open_meeting(vm)
    yield view, vm, ana, asked, answer
    settle(qtbot, ctx, rounds=8)  # the reloads the last change asked for reach the view while it exists


def seats(ws: Any, vm: str) -> list[str]:
    with ws.read() as s:
        return [seat.person_name for seat in accreditation.drafting_seats(s, vm)]


def segments_of(ws: Any, vm: str, pid: str) -> list[str]:
    return sorted(a["segment"] for a in accreditation.list_accreditations(ws, vm) if a["person_id"] == pid)


def select_in(view: DelegationsView, segment: str, name: str) -> None:
    view.segment_box.setCurrentIndex(view.segment_box.findData(segment))
    proxy = view.acc_proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.source_row(r)["name"] == name)
    view.acc_table.setCurrentIndex(proxy.index(row, 0))


def test_withdrawing_from_the_closed_door_only_keeps_the_seat(qtbot, room) -> None:  # type: ignore[no-untyped-def]
    view, vm, ana, asked, _ = room
    ws = view.ctx.ws
    select_in(view, "closed_door", "Ana Quirós")
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        view.withdraw_button.click()
    assert segments_of(ws, vm, ana) == ["plenary"]
    assert seats(ws, vm) == ["Ana Quirós"]  # still accredited to the meeting: the seat stays
    assert asked == []  # nothing else changes, nothing to confirm


def test_the_last_withdrawal_names_the_seat_and_the_chair_and_undoes_in_one_step(qtbot, room) -> None:  # type: ignore[no-untyped-def]
    view, vm, ana, asked, answer = room
    ws, stack = view.ctx.ws, view.ctx.undo_stack
    accreditation.withdraw(
        ws,
        next(
            a["id"]
            for a in accreditation.list_accreditations(ws, vm)
            if a["person_id"] == ana and a["segment"] == "closed_door"
        ),
    )
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        view.open_meeting(vm)
    select_in(view, "plenary", "Ana Quirós")
    answer["button"] = QMessageBox.StandardButton.Cancel
    view.withdraw_button.click()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    assert "Grupo de Redacción" in asked[0] and "Costa Rica" in asked[0]
    assert "preside el Grupo de Redacción" in asked[0]  # she is the chair: accepting amendments stops
    assert segments_of(ws, vm, ana) == ["plenary"] and seats(ws, vm) == ["Ana Quirós"]  # cancelled

    answer["button"] = QMessageBox.StandardButton.Yes
    count = stack.count()
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        view.withdraw_button.click()
    assert segments_of(ws, vm, ana) == [] and seats(ws, vm) == []
    assert stack.count() == count + 1
    assert stack.undoText() == "Retirar la acreditación de Ana Quirós y su puesto en el Grupo de Redacción"
    stack.undo()
    qtbot.waitUntil(lambda: seats(ws, vm) == ["Ana Quirós"], timeout=5000)
    assert segments_of(ws, vm, ana) == ["plenary"]
    stack.redo()
    qtbot.waitUntil(lambda: seats(ws, vm) == [], timeout=5000)
    assert segments_of(ws, vm, ana) == []


def test_a_refused_chair_action_names_the_chair_or_what_is_missing(room) -> None:  # type: ignore[no-untyped-def]
    view, vm, ana, _, _ = room
    ws = view.ctx.ws
    refused = msg("draft.chair_only")
    said = chair.explain(ws, vm, refused).render("es")
    assert "Costa Rica ejerce la Presidencia Pro-Témpore en 2027 y preside Ana Quirós" in said
    for a in accreditation.list_accreditations(ws, vm):
        if a["person_id"] == ana:
            accreditation.withdraw(ws, a["id"])
    said = chair.explain(ws, vm, refused).render("en")
    assert "Costa Rica holds the Pro-Tempore Presidency in 2027 but has no representative" in said
    assert "Delegations → Accreditation" in said
