"""One message bar per section that never moves the layout, flashes when the same refusal comes again,
clears after a later successful change and when the user leaves the section; a drafting refusal is
said once, names the chair, and does not survive leaving and returning."""

from __future__ import annotations

from typing import Any

import pytest

from crm_desktop.ui.main_window import MainWindow
from tests.ui.qt_helpers import settle
from tests.ui.test_drafting_view import _act_as, _open, _select

pytestmark = [pytest.mark.gui]

REFUSAL = "la fecha de fin es anterior a la de inicio"


def test_the_bar_never_moves_the_section(qtbot: Any, window: MainWindow) -> None:
    window.resize(1366, 768)
    qtbot.wait(1)
    before = window.stack.geometry()
    window.ctx.user_error.emit(REFUSAL)
    qtbot.wait(1)
    assert window.message_bar.isVisible()
    assert window.stack.geometry() == before
    window.message_bar.dismiss()
    qtbot.wait(1)
    assert window.stack.geometry() == before


def test_the_same_refusal_again_flashes_the_one_bar(window: MainWindow) -> None:
    bar = window.message_bar
    window.ctx.user_error.emit(REFUSAL)
    assert bar.flashes == 0 and not bar.flashing
    window.ctx.user_error.emit(REFUSAL)
    assert bar.isVisible() and bar.text == REFUSAL
    assert bar.flashes == 1 and bar.flashing  # the repeated click visibly did something


def test_a_later_successful_change_clears_a_refusal_but_not_its_notice(qtbot: Any, window: MainWindow) -> None:
    bar, ctx = window.message_bar, window.ctx
    ctx.user_error.emit(REFUSAL)
    ctx.run(lambda: None, on_done=lambda _: ctx.notice.emit("hecho"), changes=["meetings"])
    settle(qtbot, ctx)
    assert bar.isVisible() and bar.level == "info" and bar.text == "hecho"
    bar.dismiss()
    ctx.user_error.emit(REFUSAL)
    ctx.run(lambda: None, changes=["meetings"])
    settle(qtbot, ctx)
    assert not bar.isVisible()


def test_a_refusal_does_not_follow_the_user_to_another_section(qtbot: Any, window: MainWindow) -> None:
    window.show_section("meetings")
    window.ctx.user_error.emit(REFUSAL)
    assert window.message_bar.isVisible()
    window.show_section("calendar")
    assert not window.message_bar.isVisible()
    window.show_section("meetings")
    assert not window.message_bar.isVisible()


def test_a_drafting_refusal_is_said_once_names_the_chair_and_is_gone_after_leaving(
    qtbot: Any, window: MainWindow
) -> None:
    view = window.show_section("drafting")
    settle(qtbot, window.ctx, rounds=8)
    _open(qtbot, view, "Declaración de San José")
    _act_as(qtbot, view, "US")
    _select(view, "Reafirmar el compromiso")
    view.accept_button.click()
    settle(qtbot, window.ctx, rounds=8)
    bar = window.message_bar
    said = bar.text
    assert bar.isVisible() and said.startswith("solo la Presidencia Pro-Témpore")
    assert "Costa Rica ejerce la Presidencia Pro-Témpore" in said and "«Actúa como»" in said
    assert not view.banner.isVisible()  # not a second time, in the section's own banner
    top = view.tabs.mapTo(window, view.tabs.rect().topLeft())
    view.accept_button.click()  # again: the one bar flashes, nothing moves
    settle(qtbot, window.ctx, rounds=8)
    assert bar.flashes == 1 and bar.text == said
    assert view.tabs.mapTo(window, view.tabs.rect().topLeft()) == top
    chair = next(a for a in view.loaded.actors if a.chair)
    assert bar.fix == f"Actuar como {chair.name}"
    window.show_section("calendar")
    window.show_section("drafting")
    assert not bar.isVisible() and view.refusal() == ""
    view.accept_button.click()
    qtbot.waitUntil(lambda: bar.fix != "", timeout=5000)
    bar._fix.click()  # the way out: act as the chair, and accepting works
    settle(qtbot, window.ctx, rounds=8)
    assert view.actor() == chair.person_id
    view.accept_button.click()
    settle(qtbot, window.ctx, rounds=8)
    assert view.current_paragraph().text.endswith("con independencia de su situación migratoria.")


@pytest.fixture
def delegations(qtbot: Any, ws: Any, translations: Any) -> Any:
    from crm_desktop.app import accreditation
    from crm_desktop.domain.model import Role
    from crm_desktop.ui.context import UiContext
    from tests.helpers import meeting, person

    vm = meeting(ws, "viceministers", start="2027-05-10", host="CR")
    net = meeting(ws, "network_consular", start="2027-03-15")
    people = {
        "carlos": person(ws, "Carlos Vargas", country="CR", role=Role.VICE_MINISTER),
        "ana": person(ws, "Ana Quirós", country="CR", role=Role.HIGH_LEVEL_OFFICIAL),
        "lucia": person(ws, "Lucía Mora", country="CR", role=Role.FOCAL_POINT),
        "peru": person(ws, "Observadora Perú", country="PE", role=Role.OBSERVER_DELEGATE),
    }
    accreditation.accredit(ws, vm, people["carlos"], "closed_door")
    accreditation.accredit(ws, vm, people["ana"], "closed_door")
    ctx = UiContext(ws, lang="es")
    w = MainWindow(ctx, initial_section="delegations")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    view = w.section_widget("delegations")
    qtbot.waitUntil(lambda: view.data is not None, timeout=5000)
    yield w, view, vm, net, people
    ctx.wait()


def test_a_refused_accreditation_says_whose_places_are_taken_and_leads_there(qtbot: Any, delegations: Any) -> None:
    window, view, vm, _net, people = delegations
    bar = window.message_bar
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        view.open_meeting(vm)
    view.segment_box.setCurrentIndex(view.segment_box.findData("plenary"))
    view.segment_box.setCurrentIndex(view.segment_box.findData("closed_door"))
    with qtbot.waitSignal(window.ctx.guided_error, timeout=5000):
        view.accredit(people["lucia"])
    assert "los dos lugares de Costa Rica ya los ocupan Ana Quirós, Carlos Vargas" in bar.text
    assert bar.fix == "Ver la lista a puerta cerrada"
    with qtbot.waitSignal(window.ctx.guided_error, timeout=5000):
        view.accredit(people["lucia"])  # clicked again: the one bar flashes, still explaining
    assert bar.flashes == 1 and "ya los ocupan" in bar.text
    view.segment_box.setCurrentIndex(view.segment_box.findData("plenary"))
    bar._fix.click()
    assert view.segment_box.currentData() == "closed_door" and not bar.isVisible()


def test_an_uninvited_observer_is_offered_to_record_the_invitation(qtbot: Any, delegations: Any) -> None:
    window, view, _vm, net, people = delegations
    bar = window.message_bar
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        view.open_meeting(net)
    with qtbot.waitSignal(window.ctx.guided_error, timeout=5000):
        view.accredit(people["peru"])
    assert "Perú solo asiste si se le invita, y no hay invitación registrada" in bar.text
    assert bar.fix == "Registrar la invitación…"
    bar._fix.click()
    dialog = view._act_dialog
    assert dialog.isVisible() and dialog.subject.currentData() == "PE"
    dialog.accept()
    settle(qtbot, window.ctx, rounds=8)
    assert bar.level == "info" and bar.text == "Invitación registrada para Perú."  # the refusal no longer stands
