"""Budget and contributions tab (Technical Secretariat): the budget of each year, each member country's
share of the scale, expected against paid, arrears highlighted; payments recorded through the service;
the table exported as CSV or PDF off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
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

from crm_desktop.app import contributions, meetings
from crm_desktop.domain.reference import country, member_codes
from crm_desktop.ui import labels
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.models.rows import Column, Index, RowsTableModel
from crm_desktop.ui.process.base import ProcessTab, RowsTable, money
from crm_desktop.ui.process.forms import BudgetDialog, ScaleDialog, number

ARREARS_BACKGROUND = QColor("#fde2e1")


class ContributionsModel(RowsTableModel):
    """Rows of countries in arrears stand out (colour and bold), so they are seen before they are read."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.row(index.row()).get("in_arrears"):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ARREARS_BACKGROUND)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


@dataclass
class BudgetData:
    status: dict[str, Any]
    vm_meetings: list[dict[str, Any]] = field(default_factory=list)  # those that can approve a budget
    shares: dict[str, int] = field(default_factory=dict)  # the scale in force last, to start a new one from


class BudgetTab(ProcessTab):
    watched = frozenset({"st_budgets", "contribution_scales", "contribution_payments"})
    tab_key = "budget"
    forms = frozenset({"new_budget"})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.year_label = QLabel()
        self.year_box = QComboBox()
        self.year_label.setBuddy(self.year_box)
        self.year_box.currentIndexChanged.connect(self._filter_year)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        columns = [
            Column("country_name", lambda: self.tr("País")),
            Column("year", lambda: self.tr("Año"), align_right=True),
            Column("share", lambda: self.tr("Escala"), self._share, align_right=True),
            Column("expected", lambda: self.tr("Esperado"), lambda r: money(r["expected_cents"]), align_right=True),
            Column("paid", lambda: self.tr("Pagado"), lambda r: money(r["paid_cents"]), align_right=True),
            Column("balance", lambda: self.tr("Saldo"), lambda r: money(r["balance_cents"]), align_right=True),
            Column("in_arrears", lambda: self.tr("Atrasado"), lambda r: self.tr("sí") if r["in_arrears"] else ""),
        ]
        self.table = RowsTable(columns, self, ContributionsModel(columns))
        self.country_box = QComboBox()
        self.pay_year = QSpinBox()
        self.pay_year.setRange(2000, 2100)
        self.pay_year.setValue(date.today().year)
        self.amount = number(0, 1e9)
        self.pay_button = QPushButton()
        self.pay_button.clicked.connect(self.record_payment)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self._ask_export("pdf"))

        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(self.new_budget)
        self.scale_button = QPushButton()
        self.scale_button.clicked.connect(self.new_scale)

        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year_box)
        top.addWidget(self.summary, 1)
        top.addWidget(self.approve_button)
        top.addWidget(self.scale_button)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        pay = QHBoxLayout()
        for w in (self.country_box, self.pay_year, self.amount, self.pay_button):
            pay.addWidget(w)
        pay.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table.view, 1)
        layout.addLayout(pay)
        self.retranslate()

    def request(self) -> Any:
        return self.lang

    def load(self, request: Any) -> Any:
        ws = self.ctx.ws
        scales = contributions.scales(ws)
        return BudgetData(
            contributions.status(ws, lang=request),
            meetings.list_meetings(ws, body="viceministers", lang=request)[::-1],  # the latest first
            dict(scales[-1].shares) if scales else {},
        )

    def show_data(self, data: BudgetData) -> None:
        current = self.year_box.currentData()
        self.year_box.blockSignals(True)
        self.year_box.clear()
        self.year_box.addItem(self.tr("Todos los años"), None)
        for y in data.status["years"]:
            self.year_box.addItem(str(y["year"]), y["year"])
        index = self.year_box.findData(current) if current is not None else self.year_box.count() - 1
        self.year_box.setCurrentIndex(max(0, index))
        self.year_box.blockSignals(False)
        self.table.set_rows(data.status["rows"])
        self._filter_year()

    def _filter_year(self) -> None:
        year = self.year_box.currentData()
        self.table.proxy.set_field("year", None if year is None else str(year))
        if self.data is None:
            return
        lines = []
        for y in self.data.status["years"]:
            if year is not None and y["year"] != year:
                continue
            text = (
                self.tr("Presupuesto %1: %2 %3; esperado %4, pagado %5")
                .replace("%1", str(y["year"]))
                .replace("%2", money(y["budget_cents"]))
                .replace("%3", y["currency"])
                .replace("%4", money(y["expected_cents"]))
                .replace("%5", money(y["paid_cents"]))
            )
            if y["approved_at"]:
                text += " — " + self.tr("aprobado en %1").replace("%1", y["approved_at"])
            lines.append(text)
        arrears = ", ".join(country(c).name(self.lang) for c in self.data.status["arrears"])
        lines.append(self.tr("Con aportes atrasados: %1").replace("%1", arrears or self.tr("ninguno")))
        self.summary.setText("\n".join(lines))

    def _share(self, r: dict[str, Any]) -> str:
        budget = next(
            (y["budget_cents"] for y in (self.data.status["years"] if self.data else ()) if y["year"] == r["year"]), 0
        )
        return f"{r['expected_cents'] / budget:.1%}" if budget else ""

    def record_payment(self) -> None:
        ws, code, year = self.ctx.ws, str(self.country_box.currentData()), self.pay_year.value()
        cents = round(self.amount.value() * 100)

        def write() -> None:
            contributions.record_payment(ws, code, year, cents)

        self.run(write, changes=["contribution_payments"], done=lambda _r: self.amount.setValue(0))

    def new_budget(self) -> Any:
        found = self.data.vm_meetings if self.data else []
        dialog = BudgetDialog([(labels.meeting_choice(m), m["id"]) for m in found], self)

        def create(ws: Any, v: dict[str, Any]) -> str:
            return contributions.approve_budget(
                ws, v["year"], v["amount_cents"], v["meeting_id"], currency=v["currency"]
            )

        return self.open_form(dialog, create, ["st_budgets"], form="new_budget")

    def new_scale(self) -> Any:
        dialog = ScaleDialog(self.lang, self.data.shares if self.data else {}, self)

        def create(ws: Any, v: dict[str, Any]) -> str:
            return contributions.set_scale(ws, v["from_year"], v["shares"])

        return self.open_form(dialog, create, ["contribution_scales"], form="new_scale")

    def _ask_export(self, kind: str) -> None:
        filters = {"csv": self.tr("Tablas CSV (*.csv)"), "pdf": self.tr("Documentos PDF (*.pdf)")}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exportar los aportes"), f"aportes.{kind}", filters[kind])
        if name:
            self.export(Path(name), kind)

    def export(self, path: Path, kind: str) -> None:
        ws, lang = self.ctx.ws, self.lang
        year = self.year_box.currentData()

        def write() -> Path:
            if kind == "csv":
                contributions.write_csv(ws, path, year=year)
            else:
                contributions.write_pdf(ws, path, year=year, lang=lang)
            return path

        self.run(write, changes=(), done=self._exported)

    def _exported(self, path: Path) -> None:
        self.ctx.notice.emit(self.tr("Exportado: %1").replace("%1", path.name))

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Año:"))
        self.year_box.setAccessibleName(self.tr("Año del presupuesto"))
        self.table.view.setAccessibleName(self.tr("Aportes por país"))
        current = self.country_box.currentData()
        self.country_box.clear()
        for code in member_codes():
            self.country_box.addItem(country(code).name(self.lang), code)
        self.country_box.setCurrentIndex(max(0, self.country_box.findData(current)))
        self.country_box.setAccessibleName(self.tr("País que paga"))
        self.pay_year.setAccessibleName(self.tr("Año del aporte"))
        self.amount.setAccessibleName(self.tr("Monto pagado"))
        self.pay_button.setText(self.tr("Registrar pago"))
        self.approve_button.setText(self.tr("Aprobar presupuesto…"))
        self.scale_button.setText(self.tr("Escala de contribuciones…"))
        self.csv_button.setText(self.tr("Exportar CSV…"))
        self.pdf_button.setText(self.tr("Exportar PDF…"))
        self.table.refresh_texts()
        if self.data is not None:
            self._filter_year()
