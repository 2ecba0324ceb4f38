"""The meeting dialog: validation as the user types, and the whole flow from calendar to .ics."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.meetings.dialog import WALL, MeetingDialog
from tests.ui.qt_helpers import settle, type_text

pytestmark = pytest.mark.gui


def save_button(dialog: MeetingDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_validation_explains_before_saving(qtbot: Any, window: MainWindow) -> None:
    dialog = MeetingDialog(window.ctx, on_day=date(2026, 6, 1), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Nueva reunión"
    assert not save_button(dialog).isEnabled() and dialog.problem.text() == "Escriba el nombre de la reunión."
    type_text(dialog.title_edit, "Reunión de Viceministros en Perú")
    assert save_button(dialog).isEnabled()
    dialog.body.setCurrentIndex(dialog.body.findData("viceministers"))
    dialog.host.setCurrentIndex(dialog.host.findData("PE"))
    assert not save_button(dialog).isEnabled()
    assert dialog.problem.text() == (
        "Reunión de Viceministros(as) se celebra en el territorio de un País Miembro; PE no lo es (Sección A: "
        "«Se lleva a cabo en el territorio de alguno de los Países Miembros que ofrece actuar como Presidencia "
        "Pro-Témpore.»)"
    )
    assert dialog.timezone.currentText() == "America/Lima"  # follows the host country
    dialog.host.setCurrentIndex(dialog.host.findData("CR"))
    dialog.end.setDateTime(QDateTime(QDate(2026, 5, 1), QTime(9, 0), WALL))
    assert dialog.problem.text() == "La reunión termina antes de empezar."
    assert dialog.title_edit.accessibleName() == "Nombre" and dialog.host.accessibleName() == "País sede"
    dialog.saver.committed()  # closing now: what was typed is deliberately dropped


def test_create_a_meeting_from_the_calendar_and_export_it(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    """End to end: Ctrl+N on a day, a meeting typed with accents, saved, shown, undone, exported to .ics."""
    calendar = window.section_widget("calendar")
    settle(qtbot, window.ctx)
    calendar.go_to(date(2026, 6, 10))
    calendar.month.setFocus()
    qtbot.keyClick(calendar.month, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, MeetingDialog)
    assert dialog.start.dateTime().date() == QDate(2026, 6, 10)
    dialog.body.setCurrentIndex(dialog.body.findData("grcm"))
    type_text(dialog.title_edit, "Reunión técnica extraordinaria del GRCM — Tegucigalpa")
    dialog.host.setCurrentIndex(dialog.host.findData("HN"))
    type_text(dialog.city, "Tegucigalpa")
    dialog.end.setDateTime(QDateTime(QDate(2026, 6, 11), QTime(17, 30), WALL))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    meeting_id = saved.args[0]
    settle(qtbot, window.ctx)
    assert QApplication.activeModalWidget() is None  # the dialog closed itself
    texts = [calendar.day_model.item(i).text() for i in range(calendar.day_model.rowCount())]
    assert any(t.startswith("Reunión técnica extraordinaria del GRCM — Tegucigalpa") for t in texts)
    assert (
        window.undo_action.text()
        == "&Deshacer Crear la reunión «Reunión técnica extraordinaria del GRCM — Tegucigalpa»"
    )

    out = tmp_path / "grcm.ics"
    with qtbot.waitSignal(window.ctx.notice, timeout=5000) as notice:
        calendar.export_meeting(out, meeting_id)
    assert notice.args == ["Reunión exportada a grcm.ics"]
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    (event,) = cal.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Reunión técnica extraordinaria del GRCM — Tegucigalpa"
    assert event["DTSTART"].params["TZID"] == "America/Tegucigalpa"
    assert event.decoded("DTEND").replace(tzinfo=None) == datetime(2026, 6, 11, 17, 30)
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["America/Tegucigalpa"]

    with qtbot.waitSignal(window.ctx.data_changed, timeout=5000):
        window.undo_action.trigger()
    settle(qtbot, window.ctx)
    assert calendar.entry(meeting_id) is None


def test_open_dialog_follows_a_language_switch(qtbot: Any, window: MainWindow, translations: Any) -> None:
    from tests.ui.qt_helpers import switch_language

    dialog = MeetingDialog(window.ctx, on_day=date(2026, 6, 1), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.body.setCurrentIndex(dialog.body.findData("viceministers"))
    dialog.host.setCurrentIndex(dialog.host.findData("US"))
    switch_language(qtbot, window, translations, "en")
    assert dialog.windowTitle() == "New meeting"
    assert dialog.body.currentText() == "Vice-Ministers' Meeting"
    assert dialog.host.currentText() == "United States of America"
    assert dialog.problem.text() == "Type the meeting's name."
    assert save_button(dialog).text().replace("&", "") == "Save"
