"""Lists of a meeting's page whose entries are links: an agenda opens in Agenda, a document in Drafting.

An entry drawn as a link (the palette's link colour, underlined, a pointing hand over it) opens on a
click, a double-click or Enter; an entry without a target (the "nothing yet" line) stays plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette, QStandardItem
from PySide6.QtWidgets import QListView

LINK_ROLE = Qt.ItemDataRole.UserRole + 61


def link_item(text: str, target: str, tooltip: str, palette: QPalette) -> QStandardItem:
    """An entry that opens ``target`` (an agenda's or a document's id)."""
    item = QStandardItem(text)
    item.setData(target, LINK_ROLE)
    item.setForeground(palette.color(QPalette.ColorRole.Link))
    font = item.font()
    font.setUnderline(True)
    item.setFont(font)
    item.setToolTip(tooltip)
    item.setData(tooltip, Qt.ItemDataRole.AccessibleDescriptionRole)
    return item


def make_link_list(view: QListView, open_target: Callable[[str], None]) -> None:
    """Open an entry's target on a click or on Enter / double-click (``activated``)."""

    def follow(index: QModelIndex) -> None:
        target = index.data(LINK_ROLE)
        if target:
            open_target(str(target))

    view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
    view.clicked.connect(follow)
    view.activated.connect(follow)
