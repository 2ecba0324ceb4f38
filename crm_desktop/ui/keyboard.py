"""The keyboard in lists and tables, the same in every section.

Tab leaves a table or list for the next control (arrows move inside it); a table's current position
is a whole row, selected, so it is visible; a list or table that has the focus draws a ring. The
main window tunes each section's views when it shows the section (views built later, in a tab that
loads on its own, are tuned the next time the section is shown).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

TUNED = "crmKeyboardTuned"
FOCUS_RING = "QAbstractItemView:focus { border: 2px solid palette(highlight); border-radius: 2px; }"


def tune(root: QWidget) -> None:
    """Apply the rules above to every list and table under ``root`` (once each)."""
    for view in root.findChildren(QAbstractItemView):
        if view.property(TUNED):
            continue
        view.setProperty(TUNED, True)
        view.setTabKeyNavigation(False)
        if isinstance(view, QTableView) and view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        if view.focusPolicy() != view.focusPolicy().NoFocus:
            view.setStyleSheet(view.styleSheet() + FOCUS_RING)
