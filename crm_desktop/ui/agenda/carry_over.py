"""Choose the pending follow-up items of earlier meetings to carry over to this agenda."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout, QWidget

from crm_desktop.app import agendas
from crm_desktop.ui.context import UiContext


class CarryOverDialog(QDialog):
    """Signals: loaded() once the pending decisions are listed."""

    loaded = Signal()

    def __init__(self, ctx: UiContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.buttons)
        self.resize(640, 420)
        self._retranslate()
        ws = ctx.ws
        ctx.run(lambda: agendas.pending_follow_ups(ws, meeting_id), on_done=self._fill)

    def _fill(self, rows: list[dict[str, Any]]) -> None:
        self.model.clear()
        for r in rows:
            item = QStandardItem(f"{r['meeting']} — {r['number']}. {r['text']}")
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked)
            item.setEditable(False)
            item.setData(r["id"], Qt.ItemDataRole.UserRole)
            self.model.appendRow(item)
        if not rows:
            self.intro.setText(self.tr("No hay decisiones pendientes de reuniones anteriores de este órgano."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(rows))
        if rows:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.loaded.emit()

    def chosen(self) -> list[str]:
        out = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Incluir seguimientos pendientes"))
        self.intro.setText(
            self.tr(
                "Las agendas se concretan tomando en cuenta el seguimiento necesario de las reuniones "
                "anteriores. Marque las decisiones abiertas que se incluirán como puntos de seguimiento "
                "(espacio para marcar o desmarcar)."
            )
        )
        self.list.setAccessibleName(self.tr("Decisiones pendientes"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
