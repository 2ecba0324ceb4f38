"""Plan of Action tab: activities by theme and indicators per semester; status, priority and funding are
changed through the services (which apply the CRM's rules), and the semester's progress report is saved
as a PDF off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import plan_of_action, progress_report
from crm_desktop.domain import plan_of_action as poa
from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.numbers import format_number
from crm_desktop.domain.vocabulary import unit_name
from crm_desktop.ui import labels
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.models.rows import Column, date_column
from crm_desktop.ui.process.base import ProcessTab, RowsTable, money
from crm_desktop.ui.process.forms import ActivityDialog, FormDialog, IndicatorDialog, ValueDialog, number

STATUSES = [s.value for s in poa.ActivityStatus]


def semesters_around(day: date, back: int = 4) -> list[str]:
    """The next semester, the current one and a few before it, newest first."""
    current = poa.Semester.of(day)
    out = [poa.Semester.of(current.end + timedelta(days=1)), current]
    for _ in range(back):
        out.append(out[-1].previous())
    return [str(s) for s in out]


@dataclass
class PlanData:
    themes: list[poa.Theme]
    activities: list[dict[str, Any]]
    indicators: list[dict[str, Any]]
    semester: str


class PlanTab(ProcessTab):
    watched = frozenset({"poa_themes", "poa_activities", "poa_indicators", "poa_indicator_values"})
    tab_key = "plan"
    forms = frozenset({"new_activity", "new_indicator", "new_value"})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.theme_label = QLabel()
        self.theme_box = QComboBox()
        self.theme_label.setBuddy(self.theme_box)
        self.theme_box.currentIndexChanged.connect(self._filter_theme)
        self.activities = RowsTable(
            [
                Column("title", lambda: self.tr("Actividad"), self._title),
                Column("theme", lambda: self.tr("Tema"), self._theme_name),
                Column("responsible", lambda: self.tr("Responsable"), self._responsible),
                date_column("start", lambda: self.tr("Inicio")),
                date_column("end", lambda: self.tr("Fin")),
                Column("status", lambda: self.tr("Estado"), lambda r: self.label("activity_status", r["status"])),
                Column("standing", lambda: self.tr("Situación"), lambda r: self.label("standing", r["standing"])),
                Column("priority", lambda: self.tr("Prioritaria"), lambda r: self._yes(r["priority"])),
                Column("needs_funding", lambda: self.tr("Financiamiento"), self._funding),
            ],
            self,
        )
        self.activities.view.selectionModel().selectionChanged.connect(self._selected)

        self.status_box = QComboBox()
        self.status_button = QPushButton()
        self.status_button.clicked.connect(self.apply_status)
        self.priority_check = QCheckBox()
        self.priority_check.clicked.connect(self.apply_priority)
        self.funding_check = QCheckBox()
        self.funding_amount = number(0, 1e9)
        self.funding_button = QPushButton()
        self.funding_button.clicked.connect(self.apply_funding)
        self.edit_box = QGroupBox()
        edit = QHBoxLayout(self.edit_box)
        for w in (
            self.status_box,
            self.status_button,
            self.priority_check,
            self.funding_check,
            self.funding_amount,
            self.funding_button,
        ):
            edit.addWidget(w)
        edit.addStretch(1)
        self.edit_box.setEnabled(False)

        self.semester_label = QLabel()
        self.semester_box = QComboBox()
        self.semester_label.setBuddy(self.semester_box)
        for s in semesters_around(date.today()):
            self.semester_box.addItem(s, s)
        self.semester_box.setCurrentIndex(self.semester_box.findData(str(poa.Semester.of(date.today()))))
        self.semester_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self._ask_report)
        self.indicators = RowsTable(
            [
                Column("name", lambda: self.tr("Indicador"), self._indicator_name),
                Column("theme", lambda: self.tr("Tema"), self._theme_name),
                Column("unit", lambda: self.tr("Unidad"), lambda r: unit_name(r["unit"], labels.ui_lang())),
                Column(
                    "baseline",
                    lambda: self.tr("Línea de base"),
                    lambda r: format_number(r["baseline"]),
                    align_right=True,
                ),
                Column("target", lambda: self.tr("Meta"), lambda r: format_number(r["target"]), align_right=True),
                Column("series", lambda: self.tr("Valores por semestre"), self._series),
                Column("progress", lambda: self.tr("Avance"), lambda r: f"{r['progress']:.0%}", align_right=True),
                Column(
                    "previous_progress",
                    lambda: self.tr("Avance anterior"),
                    lambda r: f"{r['previous_progress']:.0%}",
                    align_right=True,
                ),
            ],
            self,
        )

        self.new_activity_button = QPushButton()
        self.new_activity_button.clicked.connect(self.new_activity)
        self.new_indicator_button = QPushButton()
        self.new_indicator_button.clicked.connect(self.new_indicator)
        self.value_button = QPushButton()
        self.value_button.clicked.connect(self.new_value)

        top = QHBoxLayout()
        top.addWidget(self.theme_label)
        top.addWidget(self.theme_box, 1)
        top.addStretch(1)
        top.addWidget(self.new_activity_button)
        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addLayout(top)
        ul.addWidget(self.activities.view, 1)
        ul.addWidget(self.edit_box)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.semester_label)
        bar.addWidget(self.semester_box)
        bar.addStretch(1)
        bar.addWidget(self.new_indicator_button)
        bar.addWidget(self.value_button)
        bar.addWidget(self.report_button)
        ll.addLayout(bar)
        ll.addWidget(self.indicators.view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()

    # --- data ----------------------------------------------------------------------------------------
    def request(self) -> Any:
        return (self.semester, self.lang)

    def load(self, request: Any) -> Any:
        ws = self.ctx.ws
        semester, lang = request
        return PlanData(
            themes=plan_of_action.themes(ws),
            activities=[
                {**a, "responsible_name": plan_of_action.responsible_label(ws, a["responsible"], lang)}
                for a in plan_of_action.list_activities(ws)
            ],
            indicators=plan_of_action.indicator_table(ws, semester),
            semester=semester,
        )

    @property
    def semester(self) -> str:
        return str(self.semester_box.currentData() or poa.Semester.of(date.today()))

    def show_data(self, data: PlanData) -> None:
        current = self.theme_box.currentData()
        self.theme_box.blockSignals(True)
        self.theme_box.clear()
        self.theme_box.addItem(self.tr("Todos los temas"), None)
        for t in data.themes:
            self.theme_box.addItem(in_lang(t.name_es, t.name_en, self.lang), t.key)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(current)))
        self.theme_box.blockSignals(False)
        self.activities.set_rows(data.activities)
        self.indicators.set_rows(data.indicators)
        self._filter_theme()
        self._selected()

    def _filter_theme(self) -> None:
        theme = self.theme_box.currentData()
        self.activities.proxy.set_field("theme", theme)
        self.indicators.proxy.set_field("theme", theme)

    # --- cells ---------------------------------------------------------------------------------------
    def _yes(self, flag: bool) -> str:
        return self.tr("sí") if flag else self.tr("no")

    def _title(self, r: dict[str, Any]) -> str:
        return str(in_lang(None, r.get("title_en"), self.lang) or r["title_es"])

    def _indicator_name(self, r: dict[str, Any]) -> str:
        return str(in_lang(None, r.get("name_en"), self.lang) or r["name_es"])

    def _responsible(self, r: dict[str, Any]) -> str:
        return str(r.get("responsible_name") or r["responsible"])

    def _theme_name(self, r: dict[str, Any]) -> str:
        for t in self.data.themes if self.data else ():
            if t.key == r["theme"]:
                return str(in_lang(t.name_es, t.name_en, self.lang))
        return str(r["theme"])

    def _funding(self, r: dict[str, Any]) -> str:
        if not r["needs_funding"]:
            return ""
        return money(r["funding_cents"]) or self.tr("sí")

    def _series(self, r: dict[str, Any]) -> str:
        return "; ".join(f"{when}: {format_number(value)}" for when, value in r["series"])

    # --- edits ---------------------------------------------------------------------------------------
    def _selected(self, *_args: Any) -> None:
        row = self.activities.selected()
        self.edit_box.setEnabled(row is not None)
        if row is None:
            return
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(row["status"])))
        self.priority_check.setChecked(bool(row["priority"]))
        self.funding_check.setChecked(bool(row["needs_funding"]))
        self.funding_amount.setValue((row["funding_cents"] or 0) / 100)

    def select_activity(self, activity_id: str) -> bool:
        return self.activities.select(activity_id)

    def apply_status(self) -> None:
        row = self.activities.selected()
        if row is None:
            return
        ws, status = self.ctx.ws, str(self.status_box.currentData())
        self.run(lambda: plan_of_action.set_activity_status(ws, row["id"], status), changes=["poa_activities"])

    def apply_priority(self) -> None:
        row = self.activities.selected()
        if row is None:
            return
        ws, flag = self.ctx.ws, self.priority_check.isChecked()
        self.run(lambda: plan_of_action.set_priority(ws, row["id"], flag), changes=["poa_activities"])

    def apply_funding(self) -> None:
        row = self.activities.selected()
        if row is None:
            return
        ws, needs = self.ctx.ws, self.funding_check.isChecked()
        cents = round(self.funding_amount.value() * 100) or None

        def decide() -> None:
            plan_of_action.decide_funding(ws, row["id"], needs, amount_cents=cents)

        self.run(decide, changes=["poa_activities"])

    # --- creation ------------------------------------------------------------------------------------
    def _themes(self) -> list[tuple[str, str]]:
        themes = self.data.themes if self.data else []
        return [(in_lang(t.name_es, t.name_en, self.lang), t.key) for t in themes]

    def new_activity(self) -> FormDialog:
        dialog = ActivityDialog(self._themes(), self.lang, self)
        current = self.theme_box.currentData()
        if current is not None:
            dialog.theme.setCurrentIndex(max(0, dialog.theme.findData(current)))

        def create(ws: Any, v: dict[str, Any]) -> str:
            return plan_of_action.add_activity(ws, plan_of_action.ActivityInput(**v))

        return self.open_form(dialog, create, ["poa_activities", "poa_themes"], form="new_activity")

    def new_indicator(self) -> FormDialog:
        activities = [(self._title(a), str(a["id"])) for a in (self.data.activities if self.data else [])]
        dialog = IndicatorDialog(self._themes(), activities, self)
        selected = self.activities.selected()
        if selected is not None:  # an indicator usually measures the activity in hand
            dialog.activity.setCurrentIndex(max(0, dialog.activity.findData(selected["id"])))
            dialog.theme.setCurrentIndex(max(0, dialog.theme.findData(selected["theme"])))

        def create(ws: Any, v: dict[str, Any]) -> str:
            theme, name = v.pop("theme"), v.pop("name_es")
            return plan_of_action.add_indicator(ws, theme, name, **v)

        return self.open_form(dialog, create, ["poa_indicators", "poa_themes"], form="new_indicator")

    def new_value(self) -> FormDialog:
        indicators = [(self._indicator_name(i), str(i["id"])) for i in (self.data.indicators if self.data else [])]
        semesters = [self.semester_box.itemData(i) for i in range(self.semester_box.count())]
        dialog = ValueDialog(indicators, semesters, self)
        dialog.semester.setCurrentIndex(max(0, dialog.semester.findData(self.semester)))
        selected = self.indicators.selected()
        if selected is not None:
            dialog.indicator.setCurrentIndex(max(0, dialog.indicator.findData(selected["id"])))

        def create(ws: Any, v: dict[str, Any]) -> str:
            return plan_of_action.record_value(ws, v["indicator_id"], v["semester"], v["value"])

        return self.open_form(dialog, create, ["poa_indicator_values"], form="new_value")

    def _ask_report(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Guardar el informe de avance"),
            f"informe-avance-{self.semester}.pdf",
            self.tr("Documentos PDF (*.pdf)"),
        )
        if name:
            self.save_report(Path(name))

    def save_report(self, path: Path) -> None:
        ws, semester, lang = self.ctx.ws, self.semester, self.lang

        def write() -> Path:
            progress_report.write_pdf(progress_report.assemble(ws, semester, lang=lang), path)
            return path

        self.run(write, changes=(), done=self._saved)

    def _saved(self, path: Path) -> None:
        self.ctx.notice.emit(self.tr("Informe guardado: %1").replace("%1", path.name))

    # --- language ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.theme_label.setText(self.tr("&Tema:"))
        self.theme_box.setAccessibleName(self.tr("Tema del Plan de Acción"))
        self.activities.view.setAccessibleName(self.tr("Actividades del Plan de Acción"))
        self.indicators.view.setAccessibleName(self.tr("Indicadores del Plan de Acción"))
        self.edit_box.setTitle(self.tr("Actividad seleccionada"))
        current = self.status_box.currentData()
        self.status_box.clear()
        for s in STATUSES:
            self.status_box.addItem(self.label("activity_status", s), s)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(current)))
        self.status_box.setAccessibleName(self.tr("Estado de la actividad"))
        self.status_button.setText(self.tr("Cambiar estado"))
        self.priority_check.setText(self.tr("Prioritaria"))
        self.funding_check.setText(self.tr("Requiere financiamiento"))
        self.funding_amount.setAccessibleName(self.tr("Monto del financiamiento"))
        self.funding_button.setText(self.tr("Decidir financiamiento"))
        self.semester_label.setText(self.tr("&Semestre:"))
        self.semester_box.setAccessibleName(self.tr("Semestre de los indicadores"))
        self.report_button.setText(self.tr("Informe de avance (PDF)…"))
        self.new_activity_button.setText(self.tr("Nueva actividad…"))
        self.new_indicator_button.setText(self.tr("Nuevo indicador…"))
        self.value_button.setText(self.tr("Registrar valor…"))
        self.activities.refresh_texts()
        self.indicators.refresh_texts()
