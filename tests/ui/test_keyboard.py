"""Keyboard in lists and tables: Tab leaves a table, a table's current position is a whole row, lists that
take the focus draw a ring, and Esc goes back from any part of a meeting's page."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from crm_desktop.ui.keyboard import FOCUS_RING
from crm_desktop.ui.main_window import MainWindow
from tests.ui.qt_helpers import settle

pytestmark = [pytest.mark.gui]


def test_tab_leaves_the_meetings_table_whose_focus_is_a_row(qtbot: Any, window: MainWindow) -> None:
    view = window.show_section("meetings")
    settle(qtbot, window.ctx)
    table = view.table
    assert not table.tabKeyNavigation()
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert FOCUS_RING not in table.styleSheet()  # the ring is there only while the table has the focus
    table.setFocus()
    assert table.hasFocus() and FOCUS_RING in table.styleSheet()
    table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_every_list_of_a_meeting_page_has_a_ring_and_esc_goes_back_from_it(qtbot: Any, window: MainWindow) -> None:
    view = window.show_section("meetings")
    settle(qtbot, window.ctx)
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    settle(qtbot, window.ctx)
    page = view.page
    assert view.stack.currentWidget() is not view.table
    lists = [v for v in page.findChildren(QAbstractItemView) if v.isVisibleTo(page)]
    assert lists
    for v in lists:
        v.setFocus()
        assert v.hasFocus() and FOCUS_RING in v.styleSheet()
    assert [v for v in lists if FOCUS_RING in v.styleSheet()] == [lists[-1]]
    page.segments_view.setFocus()
    qtbot.keyClick(page.segments_view, Qt.Key.Key_Escape)
    assert view.stack.currentIndex() == 0


def test_sections_shown_later_are_tuned_too(qtbot: Any, window: MainWindow) -> None:
    view = window.show_section("delegations")
    settle(qtbot, window.ctx)
    tables = view.findChildren(QTableView)
    assert tables and all(not t.tabKeyNavigation() for t in tables)
