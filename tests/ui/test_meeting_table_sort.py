"""The meetings table sorts its rows itself (the proxy hands sorting to it): the proxy shows them in
that order, a selected row stays selected when the order changes, and new rows keep the order."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from crm_desktop.app.calendar_entries import CalendarEntry
from crm_desktop.domain.bilingual import Bilingual
from crm_desktop.ui.meetings.model import SORT_ROLE, MeetingFilterProxy, MeetingTableModel

pytestmark = [pytest.mark.gui]


def entry(i: int, title: str, city: str) -> CalendarEntry:
    body = Bilingual("Seminario", "Seminar")
    return CalendarEntry(
        id=f"m{i}",
        body="seminar",
        body_short=body,
        body_name=body,
        colour="#336699",
        title=title,
        ordinal=None,
        start=datetime(2026, 1 + i, 10),
        end=datetime(2026, 1 + i, 11),
        timezone="America/Mexico_City",
        host_country=None,
        city=city,
        venue=None,
        status="planned",
        notes=None,
        segments=(),
        warnings=(),
    )


def titles(proxy: MeetingFilterProxy) -> list[str]:
    return [proxy.index(r, MeetingTableModel.TITLE).data() for r in range(proxy.rowCount())]


def test_the_source_keeps_the_order_and_the_selection_follows(qtbot: Any) -> None:
    model = MeetingTableModel("es")
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(model)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(MeetingTableModel.DATE, Qt.SortOrder.DescendingOrder)
    model.set_entries([entry(0, "Ávila", "Lima"), entry(1, "Zacapa", "Quito"), entry(2, "Belice", "Roatán")])
    assert titles(proxy) == ["Belice", "Zacapa", "Ávila"]  # latest first
    table.selectionModel().select(
        proxy.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.sortByColumn(MeetingTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(proxy) == ["Ávila", "Belice", "Zacapa"]  # accents folded: "Ávila" beside "Avila"
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]  # still "Zacapa"
    assert proxy.index(0, MeetingTableModel.TITLE).data(SORT_ROLE) == "avila"
    model.set_entries([entry(3, "Copán", "Tegucigalpa"), entry(0, "Ávila", "Lima")])
    assert titles(proxy) == ["Ávila", "Copán"]
    proxy.set_text("copan")
    assert titles(proxy) == ["Copán"]


def test_the_short_columns_fit_their_widest_text_once_the_rows_arrive(qtbot: Any) -> None:
    from crm_desktop.ui.meetings.model import setup_meeting_table

    model = MeetingTableModel("es")
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(model)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    setup_meeting_table(table)
    header = table.horizontalHeader()
    before = header.sectionSize(MeetingTableModel.DATE)
    model.set_entries([entry(0, "Ávila", "Lima"), entry(1, "Zacapa", "Quito")])
    widest = max(table.fontMetrics().horizontalAdvance(model.texts(r)[MeetingTableModel.DATE]) for r in range(2))
    assert header.sectionSize(MeetingTableModel.DATE) > widest
    assert header.sectionSize(MeetingTableModel.DATE) >= before or before > widest
