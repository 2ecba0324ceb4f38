"""Panels of the drafting view that fold away, so the text takes the width of a laptop's screen.

Two panels fold: the list of documents on the left and, in the Editor tab, the amendments and
comments beside the paragraphs. Each has a checkable button in the document's header and a
shortcut; whether it is shown is remembered. On a screen narrower than ``WIDE`` the list of
documents starts folded (the open document's title is in the header), and it is shown whenever no
document is open, since there is nothing else to choose from then.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget

WIDE = 1600  # pixels of screen from which the list of documents starts shown
SETTINGS = "drafting/panels/"


def wide_screen() -> bool:
    screen = QGuiApplication.primaryScreen()
    return screen is not None and screen.availableGeometry().width() >= WIDE


class PanelToggle(QObject):
    """A panel shown or hidden by a checkable button and a shortcut, remembered under ``name``."""

    def __init__(self, owner: QWidget, panel: QWidget, name: str, shortcut: str, *, default: bool) -> None:
        super().__init__(owner)
        self.panel = panel
        self.key = SETTINGS + name
        self.action = QAction(owner)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(shortcut))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        owner.addAction(self.action)
        self.button = QToolButton(owner)
        self.button.setDefaultAction(self.action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setAutoRaise(True)
        stored = QSettings().value(self.key)
        shown = default if stored is None else str(stored).lower() in ("true", "1")
        self.action.setChecked(shown)
        self.panel.setVisible(shown)
        self.action.toggled.connect(self._toggled)

    def shown(self) -> bool:
        return self.action.isChecked()

    def set_shown(self, shown: bool) -> None:
        """Show or fold the panel as the button would (remembered)."""
        self.action.setChecked(shown)

    def show_for_now(self) -> None:
        """Show the panel without changing what is remembered (the list when no document is open)."""
        self.panel.setVisible(True)

    def restore(self) -> None:
        """Back to what the button says."""
        self.panel.setVisible(self.action.isChecked())

    def retranslate(self, text: str, tip: str) -> None:
        native = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.action.setText(text)
        self.action.setToolTip(f"{tip} ({native})")
        self.button.setAccessibleName(text)

    def _toggled(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        QSettings().setValue(self.key, shown)
