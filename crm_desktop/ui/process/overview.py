"""Overview tab: what needs attention between meetings, one figure per line."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.app import process_overview
from crm_desktop.domain.reference import country
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.process.base import ProcessTab

KEYS = (
    "overdue_actions",
    "open_actions",
    "activities_delayed",
    "activities_pending",
    "funding_candidates",
    "work_plans_awaiting_approval",
    "work_plan_actions_overdue",
    "countries_in_arrears",
    "logistics_pending",
    "logistics_awaiting_quality_check",
)


# The tab that details each figure; a figure is a link to it.
DETAIL_TAB = {
    "overdue_actions": "follow_up",
    "open_actions": "follow_up",
    "activities_delayed": "plan",
    "activities_pending": "plan",
    "funding_candidates": "plan",
    "work_plans_awaiting_approval": "work_plans",
    "work_plan_actions_overdue": "work_plans",
    "countries_in_arrears": "budget",
    "logistics_pending": "logistics",
    "logistics_awaiting_quality_check": "logistics",
}


class OverviewTab(ProcessTab):
    open_tab = Signal(str)  # the key of the tab that details a figure the user clicked
    watched = frozenset(
        {
            "decisions",
            "decision_status_changes",
            "poa_activities",
            "work_plans",
            "work_plan_actions",
            "st_budgets",
            "contribution_scales",
            "contribution_payments",
            "logistics_items",
            "meetings",
        }
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.captions = {k: QLabel() for k in KEYS}
        self.values = {k: QLabel() for k in KEYS}
        for k in KEYS:
            self.values[k].setWordWrap(True)
            self.values[k].setTextFormat(Qt.TextFormat.RichText)
            self.values[k].setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            self.values[k].linkActivated.connect(self.open_tab.emit)
            self.captions[k].setBuddy(self.values[k])
            self.form.addRow(self.captions[k], self.values[k])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.retranslate()

    def load(self, request: Any) -> Any:
        return process_overview.overview(self.ctx.ws)

    def retranslate(self) -> None:
        captions = {
            "overdue_actions": self.tr("Acciones vencidas"),
            "open_actions": self.tr("Acciones abiertas"),
            "activities_delayed": self.tr("Actividades retrasadas del Plan de Acción"),
            "activities_pending": self.tr("Actividades pendientes del Plan de Acción"),
            "funding_candidates": self.tr("Actividades prioritarias por decidir financiamiento"),
            "work_plans_awaiting_approval": self.tr("Planes de trabajo en espera de aprobación"),
            "work_plan_actions_overdue": self.tr("Acciones vencidas de los planes de trabajo"),
            "countries_in_arrears": self.tr("Países con aportes atrasados"),
            "logistics_pending": self.tr("Servicios logísticos pendientes"),
            "logistics_awaiting_quality_check": self.tr("Servicios por verificar (calidad)"),
        }
        for k, text in captions.items():
            self.captions[k].setText(text + ":")
            self.values[k].setAccessibleName(text)
        if self.data is not None:
            self.show_data(self.data)

    def show_data(self, data: dict[str, Any]) -> None:
        self.heading.setText(
            self.tr("Situación al %1 (semestre %2)").replace("%1", data["as_of"]).replace("%2", data["semester"])
        )
        for k in KEYS:
            value = data[k]
            if k == "countries_in_arrears":
                text = ", ".join(country(c).name(self.lang) for c in value) or self.tr("ninguno")
            else:
                text = str(value)
            self.values[k].setText(f'<a href="{DETAIL_TAB[k]}">{html.escape(text)}</a>')
