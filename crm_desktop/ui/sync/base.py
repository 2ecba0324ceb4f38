"""The base of the sync section's tabs: the state shown, the file dialogs, the outcome line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QTabWidget,
)

from crm_desktop.app.errors import AppError, BadInput
from crm_desktop.app.workspace_files import all_tables
from crm_desktop.domain.messages import msg
from crm_desktop.ui.section_widget import SectionWidget
from crm_desktop.ui.sync.models import (
    SyncState,
)

T = TypeVar("T")

# An imported bundle may touch any synced table: every view that watches one refreshes.
ALL_TABLES = all_tables()
CONFLICT_ROLE = 0x0100 + 40


def with_file(path: Path, fn: Callable[[], T]) -> T:
    """Run a service call on a file the user chose; an unreadable or unwritable file is their input, not a bug."""
    try:
        return fn()
    except OSError as exc:
        raise BadInput(msg("sync.file_error", file=path.name, detail=exc.strerror or str(exc))) from None


def table(accessible: str = "") -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setAccessibleName(accessible)
    return view


def shown(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


class SyncBase(SectionWidget):
    """What the tabs of the sync section share. The view is built in layers, one class per tab
    (``DeviceTab`` → ``RosterTab`` → ``ExchangeTab`` → ``WaitingTab`` → ``SyncView``), each one module."""

    state: SyncState
    loaded: bool  # until the first read arrives the view says it is loading, not "no identity"
    last_message: str  # the outcome of the last import/export/pass, also shown in the view
    outcome: QLabel
    tabs: QTabWidget
    timer: QTimer  # the periodic pass over the shared folder
    _syncing: bool  # a pass is running: another waits for the next tick

    def _render(self) -> None:
        """Show ``state`` in every tab."""

    def _update_buttons(self) -> None:
        """Enable each tab's buttons for the state shown and the selections."""

    def go_to_device_tab(self) -> None:
        """Where a laptop joins: the first tab."""
        self.tabs.setCurrentIndex(0)

    # --- dialogs (tests replace these on the instance) -----------------------------------------------
    def ask_open_file(self, title: str, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), name_filter)
        return Path(path) if path else None

    def ask_save_file(self, title: str, suggested: Path, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(suggested), name_filter)
        return Path(path) if path else None

    def ask_folder(self, title: str, start: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(self, title, start or str(Path.home()))
        return Path(path) if path else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, defaultButton=QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _bundle_filter(self) -> str:
        return self.tr("Paquetes de CRM Desktop (*.crmb);;Todos los archivos (*)")

    def _request_filter(self) -> str:
        return self.tr("Solicitudes de ingreso (*.json);;Todos los archivos (*)")

    def _say(self, text: str) -> None:
        self.last_message = text
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))
        if text:
            self.ctx.notice.emit(text)

    def _refused(self, exc: AppError) -> None:
        self.last_message = "⚠ " + exc.render(self.ctx.lang)
        self.outcome.setText(self.last_message)
        self.outcome.setVisible(True)
