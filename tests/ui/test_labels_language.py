"""The names of codes come from the domain's vocabulary and still follow the interface's language:
the meetings list's status column and a meeting's agendas read in English after a switch, and in
Spanish again after switching back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from crm_desktop.ui import labels
from crm_desktop.ui.main_window import MainWindow
from tests.ui.qt_helpers import settle, switch_language

pytestmark = pytest.mark.gui

SPANISH = {"Prevista", "Convocada", "Celebrada", "Concluida", "Cancelada", "Terminada — por cerrar"}
ENGLISH = {"Planned", "Convened", "Held", "Concluded", "Cancelled", "Ended — to be closed"}


def status_column(view: Any) -> set[str]:
    proxy = view.proxy
    column = view.model.STATUS
    return {proxy.index(row, column).data(Qt.ItemDataRole.DisplayRole) for row in range(proxy.rowCount())}


@pytest.fixture
def meetings_view(qtbot: Any, window: MainWindow) -> Any:
    view = window.show_section("meetings")
    settle(qtbot, window.ctx)
    return view


def test_status_column_in_spanish_then_english_then_spanish(
    qtbot: Any, window: MainWindow, meetings_view: Any, translations: Any
) -> None:
    shown = status_column(meetings_view)
    assert shown and shown <= SPANISH
    switch_language(qtbot, window, translations, "en")
    settle(qtbot, window.ctx)
    shown = status_column(meetings_view)
    assert shown and shown <= ENGLISH
    assert meetings_view.model.headerData(meetings_view.model.STATUS, Qt.Orientation.Horizontal) == "Status"
    switch_language(qtbot, window, translations, "es")
    settle(qtbot, window.ctx)
    assert status_column(meetings_view) <= SPANISH


def test_the_labels_removed_from_the_qt_catalogue_still_show_in_english(
    qtbot: Any, window: MainWindow, translations: Any
) -> None:
    switch_language(qtbot, window, translations, "en")
    assert labels.meeting_status("closed") == "Concluded"
    assert labels.status_action("held") == "Mark as held"
    assert labels.audience("closed_door") == "Closed-door"
    assert labels.role("focal_point") == "Focal point"
    assert labels.item_kind("discussion") == "Discussion"
    assert labels.capability("drafting") == "Drafting of documents"
    assert labels.minutes(90) == "1 h 30 min"
    switch_language(qtbot, window, translations, "es")
    assert labels.meeting_status("closed") == "Concluida"
    assert labels.role("focal_point") == "Punto focal"
    assert labels.item_kind("discussion") == "Deliberación"
    assert labels.minutes(45) == "45 min"


def test_a_meetings_agendas_name_their_status_in_the_interface_language(
    qtbot: Any, window: MainWindow, meetings_view: Any, translations: Any
) -> None:
    switch_language(qtbot, window, translations, "en")
    settle(qtbot, window.ctx)
    proxy = meetings_view.proxy
    title = meetings_view.model.TITLE
    row = next(r for r in range(proxy.rowCount()) if "31st Vice-Ministerial" in proxy.index(r, title).data())
    meetings_view.table.setCurrentIndex(proxy.index(row, 0))
    meetings_view.table.setFocus()
    qtbot.keyClick(meetings_view.table, Qt.Key.Key_Return)
    settle(qtbot, window.ctx)
    page = meetings_view.page
    facts = {k: v.text() for k, (_n, v) in page._fact_labels.items()}
    assert facts["status"] == "Convened"
    agendas = [page.agendas_model.item(i).text() for i in range(page.agendas_model.rowCount())]
    assert any("— Preliminary" in t for t in agendas), agendas
