"""The "Pending and conflicts" tab: bundles waiting for earlier ones, and values lost to a simultaneous change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import sync
from crm_desktop.ui.sync.base import ALL_TABLES, CONFLICT_ROLE, table
from crm_desktop.ui.sync.exchange_tab import ExchangeTab


class WaitingTab(ExchangeTab):
    """What waits: pending bundles and conflicts, with the two ways of resolving a conflict."""

    def _build_waiting_tab(self) -> QWidget:
        page = QWidget()
        self.pending_box = QGroupBox()
        self.pending_model = QStandardItemModel(self)
        self.pending_view = table()
        self.pending_view.setModel(self.pending_model)
        self.pending_empty = QLabel()
        self.pending_empty.setWordWrap(True)
        pending = QVBoxLayout(self.pending_box)
        pending.addWidget(self.pending_empty)
        pending.addWidget(self.pending_view)

        self.conflicts_box = QGroupBox()
        self.conflicts_model = QStandardItemModel(self)
        self.conflicts_view = table()
        self.conflicts_view.setModel(self.conflicts_model)
        self.conflicts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Who, when and on which laptop: whole, on as many lines as they need.
        self.conflicts_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.keep_button = QPushButton()
        self.restore_button = QPushButton()
        self.keep_button.clicked.connect(lambda: self.resolve_selected(restore_lost=False))
        self.restore_button.clicked.connect(lambda: self.resolve_selected(restore_lost=True))
        self.conflicts_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.conflicts_empty = QLabel()
        self.conflicts_empty.setWordWrap(True)
        inner = QVBoxLayout(self.conflicts_box)
        inner.addWidget(self.conflicts_empty)
        inner.addWidget(self.conflicts_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.keep_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        inner.addLayout(row)

        layout = QVBoxLayout(page)
        layout.addWidget(self.pending_box, 1)
        layout.addWidget(self.conflicts_box, 2)
        self.waiting_layout = layout  # an empty list of pending bundles gives its room to the conflicts
        return page

    def retranslate(self) -> None:
        super().retranslate()
        self.pending_box.setTitle(self.tr("Paquetes en espera de otros anteriores"))
        self.pending_view.setAccessibleName(self.tr("Paquetes en espera"))
        self.conflicts_box.setTitle(self.tr("Conflictos: valores que perdieron ante un cambio simultáneo"))
        self.conflicts_view.setAccessibleName(self.tr("Conflictos"))
        self.keep_button.setText(self.tr("&Mantener el valor actual"))
        self.keep_button.setAccessibleName(self.tr("Mantener el valor actual"))
        self.restore_button.setText(self.tr("&Restaurar el valor perdido"))
        self.restore_button.setAccessibleName(self.tr("Restaurar el valor perdido"))

    def _fill_pending(self) -> None:
        m = self.pending_model
        m.clear()
        m.setHorizontalHeaderLabels([self.tr("Remitente"), self.tr("Número"), self.tr("Estado"), self.tr("Espera")])
        for p in self.state.pending:
            waiting = ", ".join(f"{d} ≥ {n}" for d, n in sorted(p.waiting_for.items())) or "—"
            status = self.tr("Rechazado: %1").replace("%1", p.reason) if p.reason else self.tr("Esperando")
            m.appendRow(
                [QStandardItem(p.device_id), QStandardItem(str(p.seq)), QStandardItem(status), QStandardItem(waiting)]
            )

    def _fill_conflicts(self) -> None:
        m = self.conflicts_model
        m.clear()
        m.setHorizontalHeaderLabels(
            [
                self.tr("Qué cambió"),
                self.tr("Valor actual"),
                self.tr("Escrito por"),
                self.tr("Valor perdido"),
                self.tr("Escrito por"),
            ]
        )
        for story in self.state.stories.get(self.ctx.lang, []):
            cells = [
                QStandardItem(story.what),
                QStandardItem(story.kept.value),
                QStandardItem(story.kept.text),
                QStandardItem(story.lost.value),
                QStandardItem(story.lost.text),
            ]
            cells[0].setData(story.id, CONFLICT_ROLE)
            for cell in cells:
                cell.setToolTip(story.text)
                cell.setData(story.text, Qt.ItemDataRole.AccessibleDescriptionRole)
            m.appendRow(cells)

    def selected_conflict(self) -> int | None:
        rows = self.conflicts_view.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.conflicts_model.index(rows[0].row(), 0).data(CONFLICT_ROLE)
        return int(value) if value is not None else None

    def resolve_selected(self, *, restore_lost: bool) -> None:
        conflict = self.selected_conflict()
        if conflict is None:
            return
        ws = self.ctx.ws
        self.ctx.run(
            lambda: sync.resolve_conflict(ws, conflict, restore_lost=restore_lost),
            on_done=lambda _r: self._say(
                self.tr("Valor perdido restaurado.") if restore_lost else self.tr("Se mantiene el valor actual.")
            ),
            on_error=self._refused,
            changes=ALL_TABLES if restore_lost else {"conflicts"},
        )
