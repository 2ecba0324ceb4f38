"""The one place user notices appear: a non-modal message bar above the current section.

Errors caused by the user's input or the environment (``ctx.user_error``) stay until dismissed;
informational notices (``ctx.notice``) fade after a few seconds. Nothing else in the interface
shows ad-hoc message boxes for them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

INFO_TIMEOUT_MS = 6000


class MessageBar(QFrame):
    """A dismissible strip showing the latest notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self._icon = QLabel()
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close = QToolButton()
        self._close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self._close.setAutoRaise(True)
        self._close.clicked.connect(self.dismiss)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.level = ""
        self.retranslate()
        self.hide()

    @property
    def text(self) -> str:
        return self._text.text()

    def show_error(self, text: str) -> None:
        self._show(text, "error")

    def show_info(self, text: str) -> None:
        self._show(text, "info")

    def _show(self, text: str, level: str) -> None:
        self.level = level
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if level == "error"
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(20, 20))
        colour = "#fbe3e4" if level == "error" else "#e3eefb"
        self.setStyleSheet(f"#messageBar {{ background: {colour}; border-radius: 4px; }}")
        self._text.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        if level == "info":
            self._timer.start(INFO_TIMEOUT_MS)
        else:
            self._timer.stop()

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Mensaje"))
        self._close.setToolTip(self.tr("Cerrar el mensaje"))
        self._close.setAccessibleName(self.tr("Cerrar el mensaje"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
