"""The agenda item form classifies an item as ``crm-desktop agenda classify`` does: a theme of the CRM
(seed, introduction: "La CRM divide su agenda y Plan de Acción bajo los siguientes temas") and, behind
closed doors only, one of the closed-door meeting's four topics (seed, A); the classification is undoable."""

from __future__ import annotations

import pytest

from crm_desktop.app import agendas
from crm_desktop.app.agendas import ItemInput
from crm_desktop.ui.agenda.view import AgendaView
from crm_desktop.ui.context import UiContext
from tests.helpers import meeting

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


@pytest.fixture
def vm(ws):  # type: ignore[no-untyped-def]
    mid = meeting(ws, "viceministers", start="2027-05-10")
    plenary = agendas.create_agenda(ws, mid)
    agendas.add_item(ws, plenary, ItemInput(title_es="Migración laboral", duration_min=20))
    closed = agendas.create_agenda(ws, mid, "closed_door")
    agendas.add_item(ws, closed, ItemInput(title_es="Presupuesto de la ST", duration_min=20))
    return mid


def _view(qtbot, ws) -> AgendaView:  # type: ignore[no-untyped-def]
    ctx = UiContext(ws)
    v = AgendaView(ctx)
    qtbot.addWidget(v)
    v.resize(1200, 760)
    qtbot.waitUntil(lambda: v.state is not None and v.state.agenda is not None, timeout=5000)
    return v


def _select(view: AgendaView, title: str) -> None:
    item = next(it for it in view.model.items() if it.title_es == title)
    view.select_item(item.id)


def _apply(qtbot, view: AgendaView, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.loaded, timeout=5000):
        action()


def test_theme_in_the_plenary_topic_only_behind_closed_doors_and_undo(qtbot, ws, vm) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ws)
    _select(view, "Migración laboral")
    themes = [view.f_theme.itemText(i) for i in range(view.f_theme.count())]
    assert themes[0] == "(ninguno)" and len(themes) == 4 and "Derechos humanos" in themes
    assert view.f_theme.isEnabled() and not view.f_topic.isEnabled()
    assert view.l_theme.text() == "Te&ma:" and view.l_topic.buddy() is view.f_topic
    view.f_theme.setCurrentIndex(view.f_theme.findData("human_rights"))
    _apply(qtbot, view, view.apply_button.click)
    assert next(it for it in view.model.items() if it.title_es == "Migración laboral").theme == "human_rights"
    assert view.ctx.undo_stack.count() == 1 and "Clasificar" in view.ctx.undo_stack.undoText()
    _apply(qtbot, view, view.ctx.undo_stack.undo)
    assert next(it for it in view.model.items() if it.title_es == "Migración laboral").theme is None
    view.ctx.wait()


def test_a_closed_door_item_takes_one_of_the_four_topics(qtbot, ws, vm) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ws)
    _apply(qtbot, view, lambda: view.segment_box.setCurrentIndex(view.segment_box.findData("closed_door")))
    _select(view, "Presupuesto de la ST")
    assert view.f_topic.isEnabled() and view.f_topic.count() == 5
    view.f_topic.setCurrentIndex(view.f_topic.findData("st_admin_finance"))
    view.f_duration.setValue(35)  # an edit of the item and its classification, applied together
    _apply(qtbot, view, view.apply_button.click)
    qtbot.waitUntil(lambda: view.ctx.undo_stack.count() == 2, timeout=5000)
    view.ctx.wait()
    [it] = agendas.planned_items(ws, view.editing.agenda_id)  # type: ignore[union-attr]
    assert (it.topic, it.duration_min) == ("st_admin_finance", 35)
    view.ctx.wait()
