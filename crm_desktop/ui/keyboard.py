"""The keyboard in lists and tables, the same in every section.

Tab leaves a table or list for the next control (arrows move inside it); a table's current position
is a whole row, selected, so it is visible; a list or table that has the focus draws a ring. The
main window tunes each section's views when it shows the section (views built later, in a tab that
loads on its own, are tuned the next time the section is shown).

The ring is a style sheet that a view carries only while it has the focus: a style sheet set on every
view of a section when it is first shown re-polished each of them (about 1 ms a view, 20 views in the
"Between meetings" section) inside the click that opened it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

TUNED = "crmKeyboardTuned"
FOCUS_RING = "QAbstractItemView:focus { border: 2px solid palette(highlight); border-radius: 2px; }"


class _Ring(QObject):
    """Puts :data:`FOCUS_RING` on a view when it takes the focus and takes it off when it loses it
    (not while a menu or popup of it is open)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QWidget) and kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            sheet = watched.styleSheet()
            if kind == QEvent.Type.FocusIn and FOCUS_RING not in sheet:
                watched.setStyleSheet(sheet + FOCUS_RING)
            elif (
                kind == QEvent.Type.FocusOut
                and FOCUS_RING in sheet
                and not (isinstance(event, QFocusEvent) and event.reason() == Qt.FocusReason.PopupFocusReason)
            ):
                watched.setStyleSheet(sheet.replace(FOCUS_RING, ""))
        return False


_RING = _Ring()


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
            view.installEventFilter(_RING)
            if view.hasFocus():
                view.setStyleSheet(view.styleSheet() + FOCUS_RING)
