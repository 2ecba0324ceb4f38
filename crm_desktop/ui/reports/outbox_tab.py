"""The Reports section's outbox tab: this laptop's sent and failed messages to focal points."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui import labels
from crm_desktop.ui.section_widget import SectionWidget

if TYPE_CHECKING:
    # The mail service is imported on the worker by the first read (see ``view``), never on the UI thread.
    from crm_desktop.app import mail as mail_service

OUTBOX_ID_ROLE = Qt.ItemDataRole.UserRole + 21


# Plurals name their context: PySide's ``tr`` finds a plural only in the class of the object itself,
# not in a base class like this one (a singular is found in any class of the hierarchy).
class OutboxTab(SectionWidget):
    """The outbox: what went to whom and when, what failed and why, and Retry for the failed messages (the
    mail service never sends anything twice). The reports view is built on it (``ReportsView``).

    Signals:
        outbox_loaded(): the outbox table was refreshed.
    """

    outbox_loaded = Signal()

    def _build_outbox(self) -> QWidget:
        """The outbox page: what went to whom and when, what failed and why, Retry."""
        self.outbox_rows: list[dict[str, Any]] = []
        self.outbox_model = QStandardItemModel(self)
        self.outbox_table = QTableView()
        self.outbox_table.setModel(self.outbox_model)
        self.outbox_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outbox_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outbox_table.setWordWrap(True)
        self.outbox_table.horizontalHeader().setStretchLastSection(True)
        self.outbox_table.verticalHeader().setVisible(False)
        self.retry_button = QPushButton()
        self.refresh_button = QPushButton()
        outbox_buttons = QHBoxLayout()
        outbox_buttons.addWidget(self.refresh_button)
        outbox_buttons.addStretch(1)
        outbox_buttons.addWidget(self.retry_button)
        self.outbox_result = QLabel()
        self.outbox_result.setWordWrap(True)
        outbox_tab = QWidget()
        outbox_layout = QVBoxLayout(outbox_tab)
        outbox_layout.addWidget(self.outbox_table, 1)
        outbox_layout.addWidget(self.outbox_result)
        outbox_layout.addLayout(outbox_buttons)

        self.retry_button.clicked.connect(self.retry_selected)
        self.refresh_button.clicked.connect(self.load_outbox)
        self.outbox_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        return outbox_tab

    def retranslate(self) -> None:
        super().retranslate()
        self.outbox_table.setAccessibleName(self.tr("Mensajes de la bandeja de salida"))
        self.retry_button.setText(self.tr("&Reintentar los fallidos seleccionados"))
        self.retry_button.setAccessibleName(self.tr("Reintentar el envío de los mensajes fallidos seleccionados"))
        self.refresh_button.setText(self.tr("&Actualizar"))
        self.refresh_button.setAccessibleName(self.tr("Actualizar la bandeja de salida"))
        self._fill_outbox()

    def _update_buttons(self) -> None:
        failed = [r for r in self._selected_outbox() if r["status"] in ("failed", "sending")]
        self.retry_button.setEnabled(bool(failed))

    def load_outbox(self) -> None:
        ws = self.ctx.ws

        def read() -> list[dict[str, Any]]:
            from crm_desktop.app import mail as mail_service

            return mail_service.outbox(ws)

        self.ctx.read(read, self._outbox_loaded)

    def _outbox_loaded(self, rows: list[dict[str, Any]]) -> None:
        self.outbox_rows = rows
        self._fill_outbox()
        self.outbox_loaded.emit()

    def _fill_outbox(self) -> None:
        self.outbox_model.clear()
        self.outbox_model.setHorizontalHeaderLabels(
            [
                self.tr("Fecha"),
                self.tr("Estado"),
                self.tr("Vía"),
                self.tr("Destinatario"),
                self.tr("País"),
                self.tr("Intentos"),
                self.tr("Error"),
                self.tr("Adjuntos"),
            ]
        )
        for r in self.outbox_rows:
            when = r["sent"] or r["created"]
            cells = [
                when.replace("T", " "),
                self.status_label(r["status"]),
                self.tr("SMTP") if r["transport"] == "smtp" else self.tr("Borrador .eml"),
                f"{r['name']} <{r['recipient']}>",
                r["country"] or "",
                str(r["attempts"]),
                r["error"] or "",
                "\n".join(r["attachments"]),
            ]
            items = [QStandardItem(c) for c in cells]
            items[0].setData(r["id"], OUTBOX_ID_ROLE)
            items[1].setToolTip(r["subject"])
            items[3].setToolTip(cells[3])
            items[7].setToolTip(cells[7])
            self.outbox_model.appendRow(items)
        header = self.outbox_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Errors and attachment names are long: they get the remaining width and wrap inside their cells.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 260)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.outbox_table.resizeRowsToContents()
        self._update_buttons()

    def status_label(self, status: str) -> str:
        return labels.name("outbox_status", status)

    def _selected_outbox(self) -> list[dict[str, Any]]:
        selection = self.outbox_table.selectionModel()
        if selection is None:
            return []
        ids = {self.outbox_model.item(i.row(), 0).data(OUTBOX_ID_ROLE) for i in selection.selectedRows()}
        return [r for r in self.outbox_rows if r["id"] in ids]

    def select_outbox_row(self, outbox_id: int) -> None:
        for row in range(self.outbox_model.rowCount()):
            if self.outbox_model.item(row, 0).data(OUTBOX_ID_ROLE) == outbox_id:
                self.outbox_table.selectRow(row)
                return
        raise LookupError(outbox_id)

    def retry_selected(self) -> None:
        ids = [int(r["id"]) for r in self._selected_outbox() if r["status"] in ("failed", "sending")]
        if not ids:
            return
        from crm_desktop.ui.reports.send_dialog import smtp_settings_from_preferences

        settings, sender = smtp_settings_from_preferences()
        if settings is None:
            self.ctx.user_error.emit(self.tr("Configure el servidor SMTP en «Enviar a los puntos focales…»."))
            return
        ws = self.ctx.ws

        def done(outcomes: list[mail_service.Outcome]) -> None:
            sent = sum(1 for o in outcomes if o.status == "sent")
            failed = [o for o in outcomes if o.status == "failed"]
            text = QCoreApplication.translate("OutboxTab", "Reintento: %n enviado(s)", "", sent)
            if failed:
                text += (
                    "; "
                    + QCoreApplication.translate("OutboxTab", "%n fallido(s) de nuevo", "", len(failed))
                    + ": "
                    + failed[0].detail
                )
            self.outbox_result.setText(text)

        def work() -> list[mail_service.Outcome]:
            from crm_desktop.app import mail as mail_service

            return mail_service.retry(ws, settings, sender=sender, ids=ids)

        self.ctx.run(work, on_done=done, changes=["outbox"])
