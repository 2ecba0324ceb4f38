"""Presidency handover tab: the troika around a year, the rotation plan against the designations (with
the warnings where they disagree), planning a year's Presidency, and the handover pack saved as PDF or
JSON off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import handover
from crm_desktop.domain.reference import country, member_codes
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.models.rows import Column
from crm_desktop.ui.process.base import ProcessTab, RowsTable


@dataclass
class HandoverData:
    rotation: dict[str, Any]
    troika: dict[str, Any]
    year: int


class HandoverTab(ProcessTab):
    watched = frozenset({"rotation_plan", "presidency_terms", "meetings"})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year_label.setBuddy(self.year)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.troika = QLabel()
        self.troika.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.table = RowsTable(
            [
                Column("year", lambda: self.tr("Año"), align_right=True),
                Column("planned", lambda: self.tr("Prevista en la rotación"), lambda r: self._name(r["planned"])),
                Column("designated", lambda: self.tr("Designada"), lambda r: self._name(r["designated"])),
            ],
            self,
        )
        self.plan_year = QSpinBox()
        self.plan_year.setRange(2000, 2100)
        self.plan_year.setValue(date.today().year + 3)
        self.plan_country = QComboBox()
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(self.plan_rotation)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self._ask_export("pdf"))
        self.json_button = QPushButton()
        self.json_button.clicked.connect(lambda: self._ask_export("json"))

        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addWidget(self.troika, 1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.json_button)
        plan = QHBoxLayout()
        for w in (self.plan_year, self.plan_country, self.plan_button):
            plan.addWidget(w)
        plan.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table.view, 1)
        layout.addLayout(plan)
        self.retranslate()

    def _name(self, code: str | None) -> str:
        return country(code).name(self.lang) if code else ""

    def request(self) -> Any:
        return (self.year.value(), self.lang)

    def load(self, request: Any) -> Any:
        year, lang = request
        ws = self.ctx.ws
        pack = handover.handover_pack(ws, year, lang=lang)
        return HandoverData(handover.rotation(ws, lang=lang), pack["troika"], year)

    def show_data(self, data: HandoverData) -> None:
        t = data.troika
        dash = "—"
        self.troika.setText(
            self.tr("Troika de %1: anterior %2 · en ejercicio %3 · siguiente %4")
            .replace("%1", str(data.year))
            .replace("%2", t["previous_name"] or dash)
            .replace("%3", t["current_name"] or dash)
            .replace("%4", t["next_name"] or dash)
        )
        self.warnings.setText("\n".join(data.rotation["warnings"]))
        self.warnings.setVisible(bool(data.rotation["warnings"]))
        self.table.set_rows([{**y, "id": str(y["year"])} for y in data.rotation["years"]])

    def plan_rotation(self) -> None:
        ws, year, code = self.ctx.ws, self.plan_year.value(), str(self.plan_country.currentData())
        self.run(lambda: handover.plan_rotation(ws, year, code), changes=["rotation_plan"])

    def _ask_export(self, kind: str) -> None:
        filters = {"pdf": self.tr("Documentos PDF (*.pdf)"), "json": self.tr("Datos JSON (*.json)")}
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar el paquete de traspaso"), f"traspaso-{self.year.value()}.{kind}", filters[kind]
        )
        if name:
            self.export(Path(name), kind)

    def export(self, path: Path, kind: str) -> None:
        ws, year, lang = self.ctx.ws, self.year.value(), self.lang

        def write() -> Path:
            pack = handover.handover_pack(ws, year, lang=lang)
            if kind == "json":
                handover.write_json(pack, path)
            else:
                handover.write_pdf(pack, path, lang=lang)
            return path

        self.run(write, changes=(), done=self._exported)

    def _exported(self, path: Path) -> None:
        self.ctx.notice.emit(self.tr("Paquete de traspaso guardado: %1").replace("%1", path.name))

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Año de la Presidencia:"))
        self.year.setAccessibleName(self.tr("Año de la Presidencia saliente"))
        self.table.view.setAccessibleName(self.tr("Plan de rotación de la Presidencia"))
        self.plan_year.setAccessibleName(self.tr("Año por planificar"))
        current = self.plan_country.currentData()
        self.plan_country.clear()
        for code in member_codes():
            self.plan_country.addItem(country(code).name(self.lang), code)
        self.plan_country.setCurrentIndex(max(0, self.plan_country.findData(current)))
        self.plan_country.setAccessibleName(self.tr("País previsto"))
        self.plan_button.setText(self.tr("Prever la Presidencia"))
        self.pdf_button.setText(self.tr("Paquete de traspaso (PDF)…"))
        self.json_button.setText(self.tr("Paquete de traspaso (JSON)…"))
        self.table.refresh_texts()
