"""Help → Guide and F1 open the user guide inside the window, in its language, at the section in use;
"What's this" (Shift+F1) explains the marks of an agenda's items."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crm_desktop.app import agendas
from crm_desktop.ui.agenda.view import AgendaView
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.guide import GuideDialog
from crm_desktop.ui.main_window import MainWindow
from tests.helpers import meeting
from tests.ui.qt_helpers import switch_language

pytestmark = [pytest.mark.gui]


def open_by_f1(qtbot: Any, window: MainWindow) -> GuideDialog:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog) and w.isVisible())


def test_f1_opens_the_guide_at_the_section_in_both_languages(qtbot: Any, window: MainWindow, translations: Any) -> None:
    assert window.guide_action.text() == "&Guía"
    window.show_section("sync")
    dialog = open_by_f1(qtbot, window)
    text = dialog.browser.toPlainText()
    assert "Tres papeles" in text and "La Presidencia Pro-Témpore en la sala" in text
    assert "Solo la ST funda un espacio nuevo" in text
    assert dialog.browser.verticalScrollBar().value() > 0  # at the Sync part, not the top
    dialog.close()
    switch_language(qtbot, window, translations, "en")
    window.show_section("calendar")
    window.guide_action.trigger()  # Help → Guide
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog) and w.isVisible())
    assert "Three roles" in dialog.browser.toPlainText() and dialog.windowTitle() == "CRM Desktop guide"
    dialog.close()
    switch_language(qtbot, window, translations, "es")


def test_whats_this_explains_an_agendas_marks(qtbot: Any, ws: Any) -> None:
    mid = meeting(ws, "viceministers", start="2027-05-10")
    agendas.create_agenda(ws, mid)
    ctx = UiContext(ws)
    view = AgendaView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.state is not None and view.state.agenda is not None, timeout=5000)
    model = view.model
    said = [model.index(r, 0).data(Qt.ItemDataRole.WhatsThisRole) for r in range(model.rowCount())]
    assert any(s and "punto obligatorio" in s for s in said)
    ctx.wait()
