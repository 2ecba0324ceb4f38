"""The one place user notices appear: a non-modal message bar above the current section.

Errors caused by the user's input or the environment (``ctx.user_error``) stay until dismissed, until
a later change succeeds or until the user leaves the section; informational notices (``ctx.notice``)
fade after a few seconds. Nothing else in the interface shows ad-hoc message boxes for them.

The bar's space is kept while it is hidden, so a notice never pushes the section down under the
pointer; the same notice again does not add a second one but flashes the bar, so a repeated click
visibly did something.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle, QToolButton, QWidget

INFO_TIMEOUT_MS = 6000
FLASH_MS = 350
COLOURS = {"error": "#fbe3e4", "info": "#e3eefb"}
FLASH_COLOURS = {"error": "#f4b4b8", "info": "#b9d3f4"}


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
        self._fix = QPushButton()
        self._fix.hide()
        self._fix.clicked.connect(self._take_fix)
        self._action: Callable[[], object] | None = None
        self._refined_from = ""  # the refusal the text shown explains further (see ``refine``)
        layout.addWidget(self._fix)
        layout.addWidget(self._close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self._flash = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash.timeout.connect(lambda: self._paint(COLOURS))
        self.level = ""
        self.flashes = 0  # times the same notice came again while shown
        # Two lines of text, always reserved: showing or hiding the bar never moves the section.
        lines = self.fontMetrics().lineSpacing() * 2
        self.setFixedHeight(lines + 2 * 4 + 6)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self.retranslate()
        self.hide()

    @property
    def text(self) -> str:
        return self._text.text()

    def show_error(self, text: str) -> None:
        if self._repeats(text):  # the same refusal again (perhaps shown refined): flash the one bar
            self._flash_now()
            return
        self._refined_from = ""
        self._set_fix("", None)
        self._show(text, "error")

    def refine(self, base: str, text: str, fix: str = "", action: Callable[[], object] | None = None) -> None:
        """Replace the refusal ``base`` still shown by ``text``, which says more (the facts behind the
        rule), with ``fix``/``action``: a button to what would make it possible (the bar closes on it)."""
        if not (self.isVisible() and self.level == "error" and self.text in (base, text)):
            return  # the bar has moved on, or was closed: the late explanation is not forced on the user
        self._refined_from = base
        self._set_fix(fix, action)
        self._text.setText(text)
        self._text.setToolTip(f"{text}\n\n{base}")  # the rule's own words stay at hand
        self.setAccessibleDescription(text)

    def _repeats(self, text: str) -> bool:
        return self.isVisible() and self.level == "error" and text in (self._text.text(), self._refined_from)

    def _set_fix(self, fix: str, action: Callable[[], object] | None) -> None:
        self._action = action
        self._fix.setText(fix)
        self._fix.setAccessibleName(fix)
        self._fix.setVisible(bool(fix and action))

    @property
    def fix(self) -> str:
        """The label of the way-out button shown with the refusal ("" when none)."""
        return self._fix.text() if self._fix.isVisibleTo(self) else ""

    def _take_fix(self) -> None:
        action = self._action
        self.dismiss()
        if action is not None:
            action()

    def show_info(self, text: str) -> None:
        if self.isVisible() and self.level == "info" and self._text.text() == text:
            self._flash_now()
            self._timer.start(INFO_TIMEOUT_MS)
            return
        self._set_fix("", None)
        self._show(text, "info")

    @property
    def flashing(self) -> bool:
        return self._flash.isActive()

    def _flash_now(self) -> None:
        self.flashes += 1
        self._paint(FLASH_COLOURS)
        self._flash.start()

    def _show(self, text: str, level: str) -> None:
        self.level = level
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if level == "error"
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(20, 20))
        self._text.setText(text)
        self._text.setToolTip(text)  # the whole text, should it need more than the two lines kept for it
        self.setAccessibleDescription(text)
        self._paint(COLOURS)
        self.show()
        if level == "info":
            self._timer.start(INFO_TIMEOUT_MS)
        else:
            self._timer.stop()

    def _paint(self, colours: dict[str, str]) -> None:
        colour = colours.get(self.level, COLOURS["info"])
        self.setStyleSheet(f"#messageBar {{ background: {colour}; border-radius: 4px; }}")

    def dismiss(self) -> None:
        self._timer.stop()
        self._flash.stop()
        self.hide()

    def clear_error(self) -> None:
        """A later change succeeded: a refusal shown before no longer applies."""
        if self.level == "error":
            self.dismiss()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Mensaje"))
        self._close.setToolTip(self.tr("Cerrar el mensaje"))
        self._close.setAccessibleName(self.tr("Cerrar el mensaje"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
