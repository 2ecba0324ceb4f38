"""Unexpected errors (bugs): a dialog with the details ready to copy into a report.

Errors of the user or the environment never come here; they are notices (see ``notices``).
Unhandled exceptions reach this dialog as a crash listener of ``crm_desktop.logging_setup`` (which
logs them first), failures of background work through ``UiContext.crashed``, and a Qt fatal error —
which ends the process before any dialog can open — at the next start, from the crash report it left.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from crm_desktop.logging_setup import environment_summary


class CrashDialog(QDialog):
    """``previous_session``: the crash ended the last session (a Qt fatal error) and is shown at this start."""

    def __init__(
        self, summary: str, details: str, parent: QWidget | None = None, *, previous_session: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Error inesperado"))
        layout = QVBoxLayout(self)
        if previous_session:
            text = self.tr(
                "La sesión anterior de CRM Desktop terminó por un error inesperado. Sus datos guardados no se "
                "han perdido. Copie los detalles y envíelos a quien mantiene el programa."
            )
        else:
            text = self.tr(
                "Ocurrió un error inesperado en CRM Desktop. Sus datos guardados no se han perdido. "
                "Copie los detalles y envíelos a quien mantiene el programa."
            )
        intro = QLabel(text)
        self.intro = intro
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(f"<b>{summary}</b>"))
        if not details.startswith("CRM Desktop"):  # background work reports a bare traceback
            details = f"{environment_summary()}\n\n{details}"
        self.details = QPlainTextEdit(f"{summary}\n{details}")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Detalles del error"))
        self.details.setMinimumSize(560, 240)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copiar detalles"))
        self.copy_button.setAccessibleName(self.tr("Copiar detalles"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class CrashReporter(QObject):
    """Receives crashes from any thread and shows them on the UI thread, one dialog at a time."""

    crashed = Signal(str, str)

    def __init__(self, parent_widget: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self._showing = False
        self.crashed.connect(self._show)

    def report(self, summary: str, details: str) -> None:
        self.crashed.emit(summary, details)

    def _show(self, summary: str, details: str) -> None:
        if self._showing:  # a crash while the dialog is open: logged, not stacked
            return
        self._showing = True
        try:
            CrashDialog(summary, details, self._parent_widget()).exec()
        finally:
            self._showing = False
