"""Import a participant list: a preview of every row (what it would do, or why it cannot), then import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.app import participants_csv
from crm_desktop.app.errors import AppError
from crm_desktop.app.participants_csv import CsvRow
from crm_desktop.ui import labels
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.delegations.data import filtered_table
from crm_desktop.ui.models.rows import Column, RowsTableModel
from crm_desktop.ui.notices import MessageBar


def _status(code: str) -> str:
    return {
        "new": QCoreApplication.translate("ParticipantsImportDialog", "Nueva persona"),
        "existing": QCoreApplication.translate("ParticipantsImportDialog", "Persona conocida"),
        "already": QCoreApplication.translate("ParticipantsImportDialog", "Ya acreditada"),
        "error": QCoreApplication.translate("ParticipantsImportDialog", "Error"),
    }[code]


class ParticipantsImportDialog(QDialog):
    """Signals: previewed() once the rows are checked; imported() after a successful import."""

    previewed = Signal()
    imported = Signal()

    def __init__(self, ctx: UiContext, meeting_id: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id, self.path = ctx, meeting_id, path
        self.text = ""
        self.rows: list[CsvRow] = []
        lang = ctx.lang
        self.model = RowsTableModel(
            [
                Column(
                    "line", lambda: QCoreApplication.translate("ParticipantsImportDialog", "Línea"), align_right=True
                ),
                Column("name", lambda: QCoreApplication.translate("ParticipantsImportDialog", "Nombre")),
                Column("delegation", lambda: QCoreApplication.translate("ParticipantsImportDialog", "Delegación")),
                Column(
                    "segment",
                    lambda: QCoreApplication.translate("ParticipantsImportDialog", "Segmento"),
                    lambda r: labels.segment(r["segment"]),
                ),
                Column(
                    "status",
                    lambda: QCoreApplication.translate("ParticipantsImportDialog", "Resultado"),
                    lambda r: _status(r["status"]),
                ),
                Column(
                    "errors",
                    lambda: QCoreApplication.translate("ParticipantsImportDialog", "Motivo"),
                    lambda r: "; ".join(e.render(lang) for e in r["errors"]),
                ),
            ],
            self,
        )
        self.table, self.proxy = filtered_table(self, self.model)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.message = MessageBar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self)
        self.import_valid_button = QPushButton(self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.import_valid_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.import_button.clicked.connect(lambda: self.run_import(skip_invalid=False))
        self.import_valid_button.clicked.connect(lambda: self.run_import(skip_invalid=True))
        self.buttons.rejected.connect(self.reject)
        for b in (self.import_button, self.import_valid_button):
            b.setEnabled(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.buttons)
        self.resize(900, 480)
        self._retranslate()
        ws = ctx.ws

        def work() -> tuple[str, list[CsvRow]]:
            text = participants_csv.read_file(path)
            return text, participants_csv.preview(ws, meeting_id, text)

        ctx.run(work, on_done=self._show, on_error=self._failed)

    def _failed(self, exc: AppError) -> None:
        self.message.show_error(exc.render(self.ctx.lang))
        self.previewed.emit()

    def _show(self, result: tuple[str, list[CsvRow]]) -> None:
        self.text, self.rows = result
        self.model.set_rows([self._row(r) for r in self.rows])
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # A rule's reason is a sentence: rows grow to show it whole at any width of the dialog.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        bad = sum(1 for r in self.rows if r.errors)
        todo = sum(1 for r in self.rows if r.status in ("new", "existing"))
        self.summary.setText(
            QCoreApplication.translate(
                "ParticipantsImportDialog", "%1 filas: %2 por acreditar, %3 con errores, %4 ya acreditadas."
            )
            .replace("%1", str(len(self.rows)))
            .replace("%2", str(todo))
            .replace("%3", str(bad))
            .replace("%4", str(sum(1 for r in self.rows if r.status == "already")))
        )
        self.import_button.setEnabled(todo > 0 and bad == 0)
        self.import_valid_button.setEnabled(todo > 0 and bad > 0)
        self.import_valid_button.setVisible(bad > 0)
        self.previewed.emit()

    @staticmethod
    def _row(r: CsvRow) -> dict[str, Any]:
        v = r.values
        return {
            "id": str(r.line),
            "line": r.line,
            "name": v.get("name", ""),
            "delegation": v.get("country") or v.get("organisation") or "",
            "segment": r.segment,
            "status": r.status,
            "errors": list(r.errors),
        }

    def run_import(self, *, skip_invalid: bool) -> None:
        ws, mid, text = self.ctx.ws, self.meeting_id, self.text

        def done(result: participants_csv.ImportResult) -> None:
            self.ctx.notice.emit(
                QCoreApplication.translate(
                    "ParticipantsImportDialog", "%1 participantes acreditados (%2 personas nuevas)."
                )
                .replace("%1", str(result.accredited))
                .replace("%2", str(result.created))
            )
            self.imported.emit()
            self.accept()

        self.ctx.run(
            lambda: participants_csv.import_text(ws, mid, text, skip_invalid=skip_invalid),
            on_done=done,
            on_error=self._failed,
            changes=["people", "role_assignments", "accreditations"],
        )

    def _retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("ParticipantsImportDialog", "Importar participantes: %1").replace(
                "%1", self.path.name
            )
        )
        self.import_button.setText(QCoreApplication.translate("ParticipantsImportDialog", "&Importar"))
        self.import_valid_button.setText(
            QCoreApplication.translate("ParticipantsImportDialog", "Importar solo las filas &válidas")
        )
        self.import_button.setAccessibleName(
            QCoreApplication.translate("ParticipantsImportDialog", "Importar todas las filas")
        )
        self.import_valid_button.setAccessibleName(
            QCoreApplication.translate("ParticipantsImportDialog", "Importar solo las filas válidas")
        )
        self.table.setAccessibleName(
            QCoreApplication.translate("ParticipantsImportDialog", "Vista previa de la importación")
        )
        self.model.refresh_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
