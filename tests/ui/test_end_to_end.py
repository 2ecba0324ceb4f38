"""One delegate's day in the window: a meeting created in the calendar, delegations accredited (one
refused by the closed-door rule), an agenda built and adopted, and the meeting exported to .ics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop.app import accreditation, agendas, people
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.meetings.dialog import WALL, MeetingDialog
from tests.ui.qt_helpers import settle, type_text

pytestmark = pytest.mark.gui


def _person(ws: Any, country: str, role: str) -> str:
    return next(p["id"] for p in people.list_people(ws) if p["country"] == country and role in p["roles"])


def test_meeting_delegations_agenda_and_calendar_export(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.ctx.ws
    errors: list[str] = []
    window.ctx.user_error.connect(errors.append)

    # 1. Calendar: Ctrl+N, a Vice-Ministers' meeting typed with accents.
    calendar = window.section_widget("calendar")
    settle(qtbot, window.ctx)
    calendar.go_to(QDate(2027, 5, 12).toPython())
    calendar.month.setFocus()
    qtbot.keyClick(calendar.month, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, MeetingDialog)
    dialog.body.setCurrentIndex(dialog.body.findData("viceministers"))
    type_text(dialog.title_edit, "XXXII Reunión Viceministerial — Antigua Guatemala")
    dialog.host.setCurrentIndex(dialog.host.findData("GT"))
    dialog.end.setDateTime(QDateTime(QDate(2027, 5, 13), QTime(18, 0), WALL))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    meeting_id = saved.args[0]
    settle(qtbot, window.ctx)

    # 2. Delegations, opened in the meeting's context: a vice-minister and her official are admitted
    #    to the closed-door segment; a third member of the delegation is refused with the rule.
    window.navigate("delegations", {"meeting_id": meeting_id})
    deleg = window.section_widget("delegations")
    qtbot.waitUntil(lambda: deleg.roster is not None and deleg.meeting_id == meeting_id, timeout=5000)
    deleg.segment_box.setCurrentIndex(deleg.segment_box.findData("closed_door"))
    settle(qtbot, window.ctx)
    for pid in (_person(ws, "GT", "vice_minister"), _person(ws, "GT", "high_level_official")):
        with qtbot.waitSignal(deleg.roster_loaded, timeout=5000):
            deleg.accredit(pid)
    with qtbot.waitSignal(window.ctx.user_error, timeout=5000):
        deleg.accredit(_person(ws, "GT", "delegate"))
    assert "acompañado(a) únicamente de un funcionario de alto nivel" in errors[-1]
    assert window.message_bar.isVisible()
    closed = [a for a in accreditation.list_accreditations(ws, meeting_id) if a["segment"] == "closed_door"]
    assert len(closed) == 2

    # 3. Agenda, opened in context: created with the required items, one item added, shared, adopted.
    window.navigate("agenda", {"meeting_id": meeting_id})
    agenda = window.section_widget("agenda")
    qtbot.waitUntil(lambda: agenda.state is not None and agenda.state.meeting_id == meeting_id, timeout=5000)
    with qtbot.waitSignal(agenda.loaded, timeout=5000):
        agenda.create_agenda()
    qtbot.waitUntil(lambda: agenda.state is not None and agenda.state.agenda is not None, timeout=5000)
    with qtbot.waitSignal(agenda.loaded, timeout=5000):
        agenda.add_item(sub=False, title="Migración laboral y movilidad regional")
    with qtbot.waitSignal(agenda.loaded, timeout=5000):
        agenda.to_preliminary.click()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(agenda.loaded, timeout=5000):
        agenda.adopt_button.click()
    (row,) = [a for a in agendas.agendas_of(ws, meeting_id) if a["segment"] == "plenary"]
    assert row["status"] == "adopted"
    titles = [i.title_es for i in agendas.planned_items(ws, row["id"])]
    assert titles[:3] == [
        "Informe de la Presidencia Pro-Témpore",
        "Declaraciones de apertura de las delegaciones de los Países Miembros",
        "Diálogo con las Organizaciones de la Sociedad Civil (RROCM)",
    ]
    assert "Migración laboral y movilidad regional" in titles

    # 4. Back to the calendar: the meeting exported to .ics and read back.
    window.show_section("calendar")
    out = tmp_path / "xxxii.ics"
    with qtbot.waitSignal(window.ctx.notice, timeout=5000):
        calendar.export_meeting(out, meeting_id)
    (event,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "XXXII Reunión Viceministerial — Antigua Guatemala"
    assert event["DTSTART"].params["TZID"] == "America/Guatemala"
    assert len(errors) == 1  # only the refusal the test asked for
