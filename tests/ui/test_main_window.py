"""The main window as a user sees it: sections, status bar, messages, search, undo, languages, state."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from crm_desktop.app import meetings
from crm_desktop.app.meetings import MeetingInput
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.crash import CrashDialog
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.settings import Settings
from crm_desktop.ui.undo import run_undoable
from tests.ui.qt_helpers import settle, switch_language, type_text

pytestmark = pytest.mark.gui


def sidebar_texts(w: MainWindow) -> list[str]:
    return [w.sidebar.item(i).text() for i in range(w.sidebar.count())]


def test_sections_status_bar_and_accessible_names(window: MainWindow) -> None:
    assert sidebar_texts(window)[:2] == ["Calendario", "Reuniones"]
    assert window.current_section == "calendar"
    assert window.workspace_label.text() == "Espacio: CRM 2026 (demo)"
    assert window.device_label.text() == ""  # no sync identity: no device named while the Sync section says so
    assert window.sidebar.accessibleName() == "Secciones"
    assert [m.title() for m in (window.file_menu, window.edit_menu, window.help_menu)] == [
        "&Archivo",
        "&Editar",
        "Ay&uda",
    ]


def test_switching_language_retranslates_everything_live(qtbot: Any, window: MainWindow, translations: Any) -> None:
    calendar = window.section_widget("calendar")
    settle(qtbot, window.ctx)
    switch_language(qtbot, window, translations, "en")
    assert sidebar_texts(window)[:2] == ["Calendar", "Meetings"]
    assert window.file_menu.title() == "&File"
    assert window.workspace_label.text().startswith("Workspace: ")
    assert calendar.new_button.text() == "New meeting"
    assert calendar.table_model.headerData(0, Qt.Orientation.Horizontal) == "Dates"
    # Qt's own strings follow too (qtbase_*.qm): the standard buttons of a dialog.
    dialog = window.open_settings()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
    dialog.reject()
    switch_language(qtbot, window, translations, "es")
    assert sidebar_texts(window)[:2] == ["Calendario", "Reuniones"]
    dialog = window.open_settings()
    assert (
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
        == "Cancelar"
    )
    dialog.reject()


def test_user_errors_and_notices_use_the_message_bar(qtbot: Any, window: MainWindow) -> None:
    window.ctx.user_error.emit("la fecha de fin es anterior a la de inicio")
    assert window.message_bar.isVisible() and window.message_bar.level == "error"
    assert window.message_bar.text == "la fecha de fin es anterior a la de inicio"
    window.message_bar.dismiss()
    assert not window.message_bar.isVisible()


def test_global_search_by_keyboard_opens_the_meeting(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window._search
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.searched, timeout=5000):
        type_text(dialog.query, "Reunión Viceministerial XXXI")
    row = next(i for i, r in enumerate(dialog.model.results) if r.entity == "meetings")
    meeting = dialog.model.results[row]
    assert meeting.title == "XXXI Reunión Viceministerial de la CRM"
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)  # into the results, then down to the meeting
    for _ in range(row):
        qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    settle(qtbot, window.ctx)
    assert window.current_section == "meetings"
    page = window.section_widget("meetings").page
    assert page.isVisible() and page.title.text() == meeting.title


def test_undo_and_redo_an_edit(qtbot: Any, window: MainWindow) -> None:
    ws = window.ctx.ws
    holder: dict[str, str] = {}
    m = MeetingInput(
        body="seminar",
        title="Taller de prueba",
        start=datetime(2026, 7, 1, 9),
        end=datetime(2026, 7, 1, 17),
        host_country="PA",
    )

    def create() -> str:
        holder["id"] = meetings.create_meeting(ws, m)
        return holder["id"]

    with qtbot.waitSignal(window.ctx.data_changed, timeout=5000):
        run_undoable(
            window.ctx,
            "Crear",
            do=create,
            undo=lambda _r: lambda: meetings.delete_meeting(ws, holder["id"]),
            redo=lambda _r: create,
            changes=["meetings"],
        )
    assert window.undo_action.isEnabled() and window.undo_action.text() == "&Deshacer Crear"
    titles = lambda: [r["title"] for r in meetings.list_meetings(ws, year=2026)]  # noqa: E731
    assert "Taller de prueba" in titles()
    with qtbot.waitSignal(window.ctx.data_changed, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Taller de prueba" not in titles()
    with qtbot.waitSignal(window.ctx.data_changed, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Taller de prueba" in titles()


def test_crash_dialog_has_copyable_details(qtbot: Any) -> None:
    dialog = CrashDialog("ZeroDivisionError: boom", "Traceback (most recent call last):\n  ...")
    qtbot.addWidget(dialog)
    assert "Traceback" in dialog.details.toPlainText() and "CRM Desktop" in dialog.details.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "ZeroDivisionError: boom" in QApplication.clipboard().text()


def test_last_section_and_geometry_are_restored(qtbot: Any, demo: Any, translations: Any) -> None:
    ctx = UiContext(demo)
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 520)  # the test screen is 800 px wide: change the height
    first.sidebar.setCurrentRow(1)
    first.close()
    again = MainWindow(ctx, settings=Settings())
    qtbot.addWidget(again)
    assert again.current_section == "meetings"
    assert again.height() == 520  # not the default 760: the saved geometry was restored
    ctx.wait()


def test_sections_switch_by_keyboard(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.current_section == "meetings"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.current_section == "calendar"
    settle(qtbot, window.ctx)


def test_about_shows_the_licence_and_opens_the_third_party_licences(qtbot: Any, window: MainWindow) -> None:
    dialog = window.open_about()
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        pass
    assert dialog.licence.text().startswith("Licencia: ") and dialog.licences_button.isEnabled()
    licences = dialog.open_licences()
    assert licences.windowTitle() == "Licencias de terceros"
    licences.close()
    dialog.close()


def test_an_unhandled_exception_reaches_the_crash_dialog(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop import logging_setup
    from crm_desktop.ui.crash import CrashReporter

    shown: list[tuple[str, str]] = []
    reporter = CrashReporter()
    monkeypatch.setattr(reporter, "_show", lambda s, d: shown.append((s, d)))
    reporter.crashed.disconnect()
    reporter.crashed.connect(lambda s, d: shown.append((s, d)))
    logging_setup.add_crash_listener(reporter.report)
    try:
        try:
            raise ZeroDivisionError("boom")
        except ZeroDivisionError as exc:
            logging_setup.report_crash(*logging_setup.crash_details(type(exc), exc, exc.__traceback__))
    finally:
        logging_setup.remove_crash_listener(reporter.report)
    qtbot.waitUntil(lambda: bool(shown))
    summary, details = shown[0]
    assert summary == "ZeroDivisionError: boom" and "Traceback" in details and details.startswith("CRM Desktop")
