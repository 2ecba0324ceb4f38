"""The meetings section: a filterable list and a page per meeting with its status changes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from crm_desktop.ui.main_window import MainWindow
from tests.ui.qt_helpers import settle, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def meetings_view(qtbot: Any, window: MainWindow) -> Any:
    view = window.show_section("meetings")
    settle(qtbot, window.ctx)
    return view


def texts(model: Any) -> list[str]:
    return [model.item(i).text() for i in range(model.rowCount())]


def test_filter_with_accents_and_open_by_keyboard(qtbot: Any, window: MainWindow, meetings_view: Any) -> None:
    total = meetings_view.proxy.rowCount()
    assert meetings_view.count.text() == f"{total} reuniones"
    meetings_view.filter.setFocus()
    type_text(meetings_view.filter, "Viceministerial XXXI")
    assert meetings_view.proxy.rowCount() == 1
    assert meetings_view.count.text() == "1 reunión"
    meetings_view.table.setFocus()
    meetings_view.table.setCurrentIndex(meetings_view.proxy.index(0, 0))
    qtbot.keyClick(meetings_view.table, Qt.Key.Key_Return)
    settle(qtbot, window.ctx)
    page = meetings_view.page
    assert page.isVisible() and page.title.text() == "XXXI Reunión Viceministerial de la CRM"
    facts = {k: v.text() for k, (_n, v) in page._fact_labels.items()}
    assert facts["ppt"] == "Costa Rica" and facts["host"] == "Costa Rica" and facts["status"] == "Convocada"
    assert texts(page.segments_model)[1].startswith("Reunión a puerta cerrada")
    assert any("primer semestre" in t for t in texts(page.warnings_model))
    assert any(t.startswith("Reunión Plenaria — Preliminar") for t in texts(page.agendas_model))
    assert any(t.startswith("CRM/VM/XXXI/DECL") for t in texts(page.documents_model))
    qtbot.keyClick(page.back_button, Qt.Key.Key_Escape)
    assert meetings_view.stack.currentIndex() == 0
    # folded, accent-insensitive: typed without accents, found with them
    meetings_view.filter.clear()
    type_text(meetings_view.filter, "reunion viceministerial")
    assert meetings_view.proxy.rowCount() > 1


def test_status_change_and_its_undo(qtbot: Any, window: MainWindow, meetings_view: Any) -> None:
    calendar = window.section_widget("calendar")
    settle(qtbot, window.ctx)
    seminar = next(e for e in calendar.data.entries if e.body == "seminar" and e.status == "planned")
    window.ctx.navigate("meetings", meeting_id=seminar.id)
    settle(qtbot, window.ctx)
    page = meetings_view.page
    assert [b.text() for b in page.status_buttons] == ["Convocar", "Cancelar la reunión"]
    with qtbot.waitSignal(window.ctx.data_changed, timeout=5000):
        qtbot.mouseClick(page.status_buttons[0], Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    assert page._fact_labels["status"][1].text() == "Convocada"
    assert {b.text() for b in page.status_buttons} == {
        "Volver a prevista",
        "Marcar como celebrada",
        "Cancelar la reunión",
    }
    with qtbot.waitSignal(window.ctx.data_changed, timeout=5000):
        window.undo_action.trigger()
    settle(qtbot, window.ctx)
    assert page._fact_labels["status"][1].text() == "Prevista"


def test_a_refused_change_is_explained(qtbot: Any, window: MainWindow, meetings_view: Any) -> None:
    calendar = window.section_widget("calendar")
    settle(qtbot, window.ctx)
    held = next(e for e in calendar.data.entries if e.status != "planned")
    window.ctx.navigate("meetings", meeting_id=held.id)
    settle(qtbot, window.ctx)
    assert not meetings_view.page.delete_button.isEnabled()
    meetings_view.page.delete()
    settle(qtbot, window.ctx)
    assert window.message_bar.isVisible()
    assert window.message_bar.text == "dato no válido: solo puede eliminarse una reunión prevista"
