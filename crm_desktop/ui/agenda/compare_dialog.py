"""Compare any two versions of an agenda side by side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import agendas
from crm_desktop.ui import labels
from crm_desktop.ui.agenda.version_compare import VersionCompareModel
from crm_desktop.ui.context import UiContext


class CompareVersionsDialog(QDialog):
    """Signals: compared() once the table shows the two chosen versions."""

    compared = Signal()

    def __init__(self, ctx: UiContext, versions: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.versions = versions
        self.model = VersionCompareModel(lang=ctx.lang, parent=self)
        self.old_box = QComboBox(self)
        self.new_box = QComboBox(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for col in (0, 2, 3, 4, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        pick = QHBoxLayout()
        self.old_label = QLabel(self)
        self.new_label = QLabel(self)
        self.old_label.setBuddy(self.old_box)
        self.new_label.setBuddy(self.new_box)
        form_old, form_new = QFormLayout(), QFormLayout()
        form_old.addRow(self.old_label, self.old_box)
        form_new.addRow(self.new_label, self.new_box)
        pick.addLayout(form_old)
        pick.addLayout(form_new)
        lay = QVBoxLayout(self)
        lay.addLayout(pick)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)
        lay.addWidget(self.buttons)

        for v in versions:
            text = f"v{v['version']} · {labels.agenda_status(v['status'])}"
            self.old_box.addItem(text, v["id"])
            self.new_box.addItem(text, v["id"])
        if len(versions) >= 2:
            self.old_box.setCurrentIndex(len(versions) - 2)
            self.new_box.setCurrentIndex(len(versions) - 1)
        self.old_box.currentIndexChanged.connect(self.refresh)
        self.new_box.currentIndexChanged.connect(self.refresh)
        self.resize(980, 520)
        self._retranslate()
        self.refresh()

    def refresh(self) -> None:
        old, new = self.old_box.currentData(), self.new_box.currentData()
        if old is None or new is None:
            return
        ws = self.ctx.ws
        self.ctx.run(lambda: agendas.compare_versions(ws, old, new), on_done=self._show)

    def _show(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        counts = {k: sum(1 for r in rows if r[0] == k) for k in ("changed", "added", "removed")}
        self.summary.setText(
            self.tr("%1 modificados · %2 añadidos · %3 eliminados")
            .replace("%1", str(counts["changed"]))
            .replace("%2", str(counts["added"]))
            .replace("%3", str(counts["removed"]))
        )
        self.compared.emit()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Comparar versiones de la agenda"))
        self.old_label.setText(self.tr("&Anterior:"))
        self.new_label.setText(self.tr("&Posterior:"))
        self.old_box.setAccessibleName(self.tr("Versión anterior"))
        self.new_box.setAccessibleName(self.tr("Versión posterior"))
        self.table.setAccessibleName(self.tr("Diferencias entre las versiones"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
