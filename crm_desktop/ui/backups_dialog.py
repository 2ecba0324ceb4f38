"""The "Copias de seguridad…" dialog: list the workspace's backups, make one now, restore one.

Listing, creating and checking a file run off the UI thread through ``ctx.run``. A restore is only
requested after the chosen file passed :func:`crm_desktop.app.backup.inspect_file` and the user
confirmed; the dialog then emits :attr:`BackupsDialog.restore_requested` and the application closes
the workspace, restores and reopens it (a restore needs the workspace open nowhere else).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import backup
from crm_desktop.app.errors import AppError
from crm_desktop.ui.context import UiContext


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


class BackupsDialog(QDialog):
    """Backups of the open workspace.

    Signals:
        restore_requested(Path): restore this (already checked, confirmed) file into the workspace.
    """

    restore_requested = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backups: list[backup.BackupInfo] = []
        self.setWindowTitle(self.tr("Copias de seguridad"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Copias de la base de datos de este espacio de trabajo. Se hace una cada día, antes de "
                "importar un paquete y antes de restaurar."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Fecha"), self.tr("Motivo"), self.tr("Tamaño")])
        self.table.setAccessibleName(self.tr("Copias de seguridad"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumSize(520, 240)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Resultado"))
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Crear copia ahora"))
        self.create_button.setAccessibleName(self.tr("Crear copia ahora"))
        self.create_button.clicked.connect(self.create_now)
        row.addWidget(self.create_button)
        self.restore_button = QPushButton(self.tr("Restaurar…"))
        self.restore_button.setAccessibleName(self.tr("Restaurar la copia elegida"))
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.restore_button)
        self.file_button = QPushButton(self.tr("Restaurar desde un archivo…"))
        self.file_button.setAccessibleName(self.tr("Restaurar desde un archivo"))
        self.file_button.clicked.connect(self.restore_from_file)
        row.addWidget(self.file_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_buttons()
        self.reload()

    def _reasons(self) -> dict[str, str]:
        return {
            "daily": self.tr("Diaria"),
            "bundle-import": self.tr("Antes de importar un paquete"),
            "pre-migration": self.tr("Antes de actualizar el formato"),
            "manual": self.tr("Manual"),
            "pre-restore": self.tr("Antes de restaurar"),
        }

    # --- listing and creating ------------------------------------------------------------------------
    def reload(self) -> None:
        directory = self.ctx.ws.directory
        self.ctx.read(lambda: backup.list_backups(directory), self._show)

    def _show(self, backups: list[backup.BackupInfo]) -> None:
        self.backups = backups
        reasons = self._reasons()
        self.table.setRowCount(len(backups))
        for i, info in enumerate(backups):
            cells = (
                info.created.strftime("%Y-%m-%d %H:%M:%S"),
                reasons.get(info.reason, info.reason),
                _size(info.size),
            )
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))
        if not backups:
            self.message.setText(self.tr("Todavía no hay copias de seguridad."))
        self._update_buttons()

    def create_now(self) -> None:
        directory = self.ctx.ws.directory
        self.create_button.setEnabled(False)

        def done(info: backup.BackupInfo) -> None:
            self.create_button.setEnabled(True)
            self.message.setText(self.tr("Copia creada: %1").replace("%1", info.path.name))
            self.reload()

        self.ctx.run(lambda: backup.create_backup(directory, "manual"), on_done=done, on_error=self._refused)

    # --- restoring -----------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore_from(info.path)

    def restore_from_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restaurar desde un archivo"), str(self.ctx.ws.directory / "backups")
        )
        if chosen:
            self.restore_from(Path(chosen))

    def restore_from(self, path: Path) -> None:
        """Check ``path`` off the UI thread; if it is a sound workspace file, ask, then request the restore."""
        self.ctx.run(
            lambda: backup.inspect_file(path), on_done=lambda found: self._confirm(path, found), on_error=self._refused
        )

    def _refused(self, exc: AppError) -> None:
        self.create_button.setEnabled(True)
        self.message.setText(exc.render(self.ctx.lang))

    def _confirm(self, path: Path, found: backup.WorkspaceFile) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restaurar copia de seguridad"),
            self.tr(
                "¿Restaurar «%1»? El espacio de trabajo se cerrará y volverá a abrirse con los datos de esa "
                "copia. Antes se guarda una copia del estado actual (motivo «Antes de restaurar»), de modo "
                "que la restauración se puede deshacer."
            ).replace("%1", path.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(path)
            self.accept()
