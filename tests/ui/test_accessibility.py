"""Every interactive widget a user can reach has a name for screen readers, in both languages."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.meetings.dialog import MeetingDialog
from tests.ui.qt_helpers import settle, switch_language

pytestmark = pytest.mark.gui

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)


def nameless(root: QWidget) -> list[str]:
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or not w.isVisible():
            continue
        if w.objectName().startswith("qt_") or (w.parent() is not None and w.parent().objectName().startswith("qt_")):
            continue  # parts of Qt's composite widgets (calendar grid, combo box editor) named by their owner
        if isinstance(w.parent(), QComboBox | QAbstractSpinBox):
            continue
        if isinstance(w, QHeaderView) and w.parent().accessibleName():
            continue  # a table's headers are read as the table's column headers
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            out.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}")
    return out


@pytest.mark.parametrize("lang", ["es", "en"])
def test_sections_and_dialog_have_accessible_names(
    qtbot: Any, window: MainWindow, translations: Any, lang: str
) -> None:
    switch_language(qtbot, window, translations, lang)
    for section in window.sections:
        window.show_section(section.key)
        settle(qtbot, window.ctx)
        assert nameless(window) == [], section.key
    calendar = window.section_widget("calendar")
    for mode in ("year", "list"):
        calendar.set_mode(mode)
        window.show_section("calendar")
        assert nameless(window) == [], mode
    entry = calendar.data.entries[-1]
    window.ctx.navigate("meetings", meeting_id=entry.id)
    settle(qtbot, window.ctx)
    assert nameless(window) == []
    dialog = MeetingDialog(window.ctx, entry=entry, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert nameless(dialog) == []
    calendar.set_mode("month")
