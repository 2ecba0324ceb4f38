"""The projector: the paragraph under discussion shown to the room, full screen on the screen the chair
chooses, in large type. It follows the paragraph selected in the editor and shows only the agreed
text as it stands (number, status, brackets): never comments, notes or who proposed what. Esc leaves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crm_desktop.app import drafting as d
from crm_desktop.ui.drafting.models import STATUS_MARKS, paragraph_status


def other_screen(screens: list[QScreen], current: QScreen | None) -> QScreen | None:
    """The screen to project on by default: one that is not the laptop's own, else the only one."""
    others = [s for s in screens if s is not current]
    return others[0] if others else (screens[0] if screens else None)


class ProjectorWindow(QWidget):
    """A full-screen window showing one paragraph in large type; emits ``closed`` when it goes."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        # A window of its own, owned by the view: it goes when the view goes.
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("drafting-projector")
        self.setStyleSheet("QWidget#drafting-projector { background: white; } QLabel { color: #111; }")
        self.heading = QLabel()
        self.number = QLabel()
        self.status = QLabel()
        self.text = QLabel()
        self.hint = QLabel()
        for label in (self.heading, self.number, self.status, self.text, self.hint):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a paragraph's "<" is text, never markup
        for label in (self.heading, self.text):
            label.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.hint.setStyleSheet("color: #888;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(64, 40, 64, 32)
        lay.addWidget(self.heading)
        lay.addSpacing(24)
        lay.addWidget(self.number)
        lay.addWidget(self.status)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignRight)
        self.setWindowTitle(self.tr("Proyección"))
        self.hint.setText(self.tr("Esc: salir de la proyección"))
        self._size_fonts(768)

    def _size_fonts(self, height: int) -> None:
        """Type that a room reads from the back: the text about 1/18 of the screen's height."""
        base = max(22, height // 18)
        for label, size, bold in (
            (self.heading, base * 0.6, False),
            (self.number, base * 0.9, True),
            (self.status, base * 0.5, False),
            (self.text, base, False),
            (self.hint, base * 0.35, False),
        ):
            font = QFont(label.font())
            font.setPixelSize(int(size))
            font.setBold(bold)
            label.setFont(font)

    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self._size_fonts(screen.geometry().height())
        self.showFullScreen()

    def show_paragraph(self, document_title: str, p: d.ParagraphRow | None) -> None:
        """The paragraph to show (its number, status and text as it stands), or the title alone."""
        self.heading.setText(document_title)
        if p is None:
            self.number.clear()
            self.status.clear()
            self.text.clear()
            return
        heading = p.kind == "heading"
        self.number.setText(p.display)
        self.status.setText("" if heading else paragraph_status(p.status))
        mark = STATUS_MARKS.get(p.status)
        self.status.setStyleSheet(f"color: {mark.name()};" if mark is not None and not heading else "")
        self.text.setText(p.text)

    def shown_text(self) -> str:
        """Everything the room can read, as plain text."""
        labels = (self.heading, self.number, self.status, self.text)
        return "\n".join(label.text() for label in labels if label.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


def screens() -> list[QScreen]:
    return list(QGuiApplication.screens())
