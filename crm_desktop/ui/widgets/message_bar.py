"""An inline message bar: a view explains a refusal or confirms an action where the user is looking.

A refused action (a rule of the CRM, a bad value) is shown with the rule's own sentence; the bar is
announced to screen readers through its accessible name and stays until closed or replaced.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget


class MessageBar(QFrame):
    """A dismissable line of text with an icon; ``kind`` is "error" or "info"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._icon = QLabel(self)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close = QToolButton(self)
        self._close.setAutoRaise(True)
        self._close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self._close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._text, 1)
        row.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = ""
        self.hide()
        self._retranslate()

    def text(self) -> str:
        return self._text.text()

    def show_error(self, text: str) -> None:
        self._show(text, "error")

    def show_info(self, text: str) -> None:
        self._show(text, "info")

    def _show(self, text: str, kind: str) -> None:
        self.kind = kind
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if kind == "error"
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(20, 20))
        self._text.setText(text)
        bg, border = ("#fdecea", "#e0a39c") if kind == "error" else ("#e8f1fb", "#9fbfe0")
        self.setStyleSheet(
            f"QFrame#messageBar {{ background: {bg}; border: 1px solid {border}; border-radius: 4px; }}"
            "QFrame#messageBar QLabel { color: #202020; }"
        )
        self.setAccessibleDescription(text)
        self.show()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Mensaje"))
        self._close.setToolTip(self.tr("Cerrar el mensaje"))
        self._close.setAccessibleName(self.tr("Cerrar el mensaje"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
