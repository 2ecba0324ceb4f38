"""Compare any two versions of an agenda side by side, the current one included (by default the last
kept version against the current agenda)."""

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

from crm_desktop.app.agenda_versions import ItemChange, compare, counts, version_choices
from crm_desktop.ui import labels
from crm_desktop.ui.agenda.version_compare import VersionCompareModel
from crm_desktop.ui.context import UiContext


class CompareVersionsDialog(QDialog):
    """Signals: compared() once the table shows the two chosen versions."""

    compared = Signal()

    def __init__(
        self, ctx: UiContext, agenda: dict[str, Any], kept: list[dict[str, Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agenda_id = str(agenda["id"])
        self.versions = versions = version_choices(agenda, kept)
        self.model = VersionCompareModel(lang=ctx.lang, parent=self)
        self.counts: dict[str, int] = {}  # of each kind of change, once compared
        self.old_box = QComboBox(self)
        self.new_box = QComboBox(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for col in (0, 1, 3, 4, 5, 6, 8):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (2, 7):
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
            if v["current"]:
                text += " · " + self.tr("actual")
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
        ws, agenda_id = self.ctx.ws, self.agenda_id
        self.ctx.run(lambda: compare(ws, agenda_id, str(old), str(new)), on_done=self._show)

    def _show(self, rows: list[ItemChange]) -> None:
        self.model.set_rows(rows)
        self.counts = counts(rows)
        names = {
            "added": self.tr("añadidos"),
            "removed": self.tr("eliminados"),
            "changed": self.tr("modificados"),
            "moved": self.tr("trasladados"),
            "renumbered": self.tr("solo cambia el número"),
            "retimed": self.tr("solo cambia la hora"),
        }
        said = [f"{names[k]}: {self.counts[k]}" for k in names if self.counts[k]]
        self.summary.setText(" · ".join(said) if said else self.tr("Sin diferencias entre las dos versiones."))
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
