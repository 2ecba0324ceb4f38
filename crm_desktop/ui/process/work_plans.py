"""Network work plans tab: each plan's way from draft to submitted to approved (with the approving GRCM
meeting), its actions and their status. Submitting and approving go through the service, whose refusals
(an approval outside a GRCM meeting, a plan not yet submitted) reach the user translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from crm_desktop.app import meetings, work_plans
from crm_desktop.app.plan_of_action import responsible_label
from crm_desktop.domain.work_plans import ACTION_STATUSES
from crm_desktop.ui import labels
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.models.rows import Column, date_column
from crm_desktop.ui.process.base import ProcessTab, RowsTable
from crm_desktop.ui.process.forms import ActionDialog, WorkPlanDialog


@dataclass
class WorkPlansData:
    plans: list[dict[str, Any]]
    actions: list[dict[str, Any]]
    plan_id: str | None
    grcm_meetings: list[dict[str, Any]]


class WorkPlansTab(ProcessTab):
    watched = frozenset({"work_plans", "work_plan_actions", "meetings"})
    tab_key = "work_plans"
    forms = frozenset({"new_plan", "new_action"})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.plans = RowsTable(
            [
                Column("network", lambda: self.tr("Red"), lambda r: r.get("network_name") or r["network"]),
                Column("period", lambda: self.tr("Periodo")),
                Column("title", lambda: self.tr("Plan de trabajo")),
                Column("status", lambda: self.tr("Estado"), lambda r: self.label("work_plan_status", r["status"])),
                date_column("submitted_on", lambda: self.tr("Presentado")),
                Column("approved_at", lambda: self.tr("Aprobado en")),
                date_column("approved_on", lambda: self.tr("Fecha de aprobación")),
                Column("actions", lambda: self.tr("Acciones"), align_right=True),
                Column("done", lambda: self.tr("Realizadas"), align_right=True),
                Column("overdue", lambda: self.tr("Vencidas"), align_right=True),
            ],
            self,
        )
        self.plans.view.selectionModel().selectionChanged.connect(lambda *_: self.reload())
        self.submit_button = QPushButton()
        self.submit_button.clicked.connect(self.submit)
        self.meeting_box = QComboBox()
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(self.approve)
        self.action_table = RowsTable(
            [
                Column("position", lambda: self.tr("N.º"), align_right=True),
                Column("title", lambda: self.tr("Acción")),
                Column("responsible", lambda: self.tr("Responsable"), lambda r: r.get("responsible_name") or ""),
                date_column("due", lambda: self.tr("Vence")),
                Column(
                    "status", lambda: self.tr("Estado"), lambda r: self.label("work_plan_action_status", r["status"])
                ),
                Column("overdue", lambda: self.tr("Vencida"), lambda r: self.tr("sí") if r["overdue"] else ""),
            ],
            self,
        )
        self.action_status = QComboBox()
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self.apply_action_status)

        self.new_plan_button = QPushButton()
        self.new_plan_button.clicked.connect(self.new_plan)
        self.new_action_button = QPushButton()
        self.new_action_button.clicked.connect(self.new_action)

        plan_bar = QHBoxLayout()
        plan_bar.addWidget(self.new_plan_button)
        plan_bar.addWidget(self.submit_button)
        plan_bar.addStretch(1)
        plan_bar.addWidget(self.meeting_box)
        plan_bar.addWidget(self.approve_button)
        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.plans.view, 1)
        ul.addLayout(plan_bar)
        self.actions_box = QGroupBox()
        al = QVBoxLayout(self.actions_box)
        al.addWidget(self.action_table.view, 1)
        action_bar = QHBoxLayout()
        action_bar.addWidget(self.new_action_button)
        action_bar.addStretch(1)
        action_bar.addWidget(self.action_status)
        action_bar.addWidget(self.action_button)
        al.addLayout(action_bar)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(self.actions_box)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()

    def request(self) -> Any:
        return (self.plans.selected_id(), self.lang)

    def load(self, request: Any) -> Any:
        selected, lang = request
        ws = self.ctx.ws
        plans = [
            {**p, "network_name": responsible_label(ws, p["network"], lang)}
            for p in work_plans.list_plans(ws, lang=lang)
        ]
        plan_id = selected if any(p["id"] == selected for p in plans) else None
        if plan_id is None and plans:
            plan_id = plans[0]["id"]  # open on the first plan rather than on an empty actions table
        actions = (
            [
                {**a, "responsible_name": responsible_label(ws, a["responsible"], lang) if a["responsible"] else None}
                for a in work_plans.plan_actions(ws, plan_id)
            ]
            if plan_id
            else []
        )
        grcm = meetings.list_meetings(ws, body="grcm", lang=lang)[::-1]  # the latest first: the one that approves
        return WorkPlansData(plans, actions, plan_id, grcm)

    def show_data(self, data: WorkPlansData) -> None:
        self.plans.view.selectionModel().blockSignals(True)
        self.plans.set_rows(data.plans)
        if data.plan_id is not None and self.plans.selected_id() is None:
            self.plans.select(data.plan_id)
        self.plans.view.selectionModel().blockSignals(False)
        self.action_table.set_rows(data.actions if data.plan_id == self.plans.selected_id() else [])
        self.new_action_button.setEnabled(self.plans.selected_id() is not None)  # actions belong to a plan
        current = self.meeting_box.currentData()
        self.meeting_box.clear()
        for m in data.grcm_meetings:
            self.meeting_box.addItem(labels.meeting_choice(m), m["id"])
        self.meeting_box.setCurrentIndex(max(0, self.meeting_box.findData(current)))

    def select_plan(self, plan_id: str) -> bool:
        return self.plans.select(plan_id)

    def select_context(self, context: dict[str, Any]) -> None:
        if context.get("plan"):  # an action belongs to the plan it was typed for
            self.select_plan(str(context["plan"]))

    def submit(self) -> None:
        plan = self.plans.selected_id()
        if plan is not None:
            ws = self.ctx.ws
            self.run(lambda: work_plans.submit(ws, plan), changes=["work_plans"])

    def approve(self) -> None:
        plan, meeting = self.plans.selected_id(), self.meeting_box.currentData()
        if plan is not None and meeting:
            ws = self.ctx.ws
            self.run(lambda: work_plans.approve(ws, plan, str(meeting)), changes=["work_plans"])

    def apply_action_status(self) -> None:
        action = self.action_table.selected_id()
        if action is not None:
            ws, status = self.ctx.ws, str(self.action_status.currentData())
            self.run(lambda: work_plans.set_action_status(ws, action, status), changes=["work_plan_actions"])

    def new_plan(self) -> Any:
        lang = self.lang
        networks = [(b.short(lang), b.key) for b in self.ctx.ws.config.bodies if b.kind == "network"]
        dialog = WorkPlanDialog(networks, self)

        def create(ws: Any, v: dict[str, Any]) -> str:
            return work_plans.create_plan(ws, v["network"], v["period"], v["title"])

        return self.open_form(dialog, create, ["work_plans"], form="new_plan")

    def new_action(self) -> Any:
        plan = self.plans.selected()
        if plan is None:
            return None
        dialog = ActionDialog(str(plan["title"]), self.lang, self)
        plan_id = str(plan["id"])

        def create(ws: Any, v: dict[str, Any]) -> str:
            return work_plans.add_action(ws, plan_id, v["title"], responsible=v["responsible"], due=v["due"])

        return self.open_form(dialog, create, ["work_plan_actions"], form="new_action", context={"plan": plan_id})

    def retranslate(self) -> None:
        self.new_plan_button.setText(self.tr("Nuevo plan de trabajo…"))
        self.new_action_button.setText(self.tr("Nueva acción…"))
        self.plans.view.setAccessibleName(self.tr("Planes de trabajo de las redes"))
        self.action_table.view.setAccessibleName(self.tr("Acciones del plan seleccionado"))
        self.actions_box.setTitle(self.tr("Acciones del plan seleccionado"))
        self.submit_button.setText(self.tr("Presentar al GRCM"))
        self.meeting_box.setAccessibleName(self.tr("Reunión del GRCM que aprueba"))
        self.approve_button.setText(self.tr("Aprobar en esta reunión"))
        current = self.action_status.currentData()
        self.action_status.clear()
        for s in ACTION_STATUSES:
            self.action_status.addItem(self.label("work_plan_action_status", s), s)
        self.action_status.setCurrentIndex(max(0, self.action_status.findData(current)))
        self.action_status.setAccessibleName(self.tr("Estado de la acción"))
        self.action_button.setText(self.tr("Cambiar estado de la acción"))
        self.plans.refresh_texts()
        self.action_table.refresh_texts()
