"""The "Between meetings" section: running the process between meetings, one tab per area — an overview
of what needs attention, the Plan of Action, the follow-up of decisions, the networks' work plans, the
ST's budget and contributions, a meeting's logistics and the Presidency's handover.

Each tab lives in its own module under :mod:`crm_desktop.ui.process`, loads its data off the UI thread
and reloads itself when the tables it shows change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crm_desktop.ui.context import UiContext
from crm_desktop.ui.form_autosave import recovered_context, recovered_fields
from crm_desktop.ui.process.base import DRAFT_PREFIX, ProcessTab
from crm_desktop.ui.process.budget import BudgetTab
from crm_desktop.ui.process.follow_up import FollowUpTab
from crm_desktop.ui.process.handover import HandoverTab
from crm_desktop.ui.process.logistics import LogisticsTab
from crm_desktop.ui.process.overview import OverviewTab
from crm_desktop.ui.process.plan import PlanTab
from crm_desktop.ui.process.work_plans import WorkPlansTab
from crm_desktop.ui.section_widget import SectionWidget


class ProcessView(SectionWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overview = OverviewTab(ctx)
        self.plan = PlanTab(ctx)
        self.follow_up = FollowUpTab(ctx)
        self.work_plans = WorkPlansTab(ctx)
        self.budget = BudgetTab(ctx)
        self.logistics = LogisticsTab(ctx)
        self.handover = HandoverTab(ctx)
        self._tabs: list[tuple[ProcessTab, Callable[[], str]]] = [
            (self.overview, lambda: self.tr("Resumen")),
            (self.plan, lambda: self.tr("Plan de Acción")),
            (self.follow_up, lambda: self.tr("Seguimiento de decisiones")),
            (self.work_plans, lambda: self.tr("Planes de trabajo")),
            (self.budget, lambda: self.tr("Presupuesto y aportes")),
            (self.logistics, lambda: self.tr("Logística")),
            (self.handover, lambda: self.tr("Traspaso de la Presidencia")),
        ]
        self.tabs = QTabWidget()
        for tab, title in self._tabs:
            self.tabs.addTab(tab, title())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.overview.open_tab.connect(self.open_tab)
        self.retranslate()
        for tab, _title in self._tabs:
            tab.reload()

    def open_tab(self, key: str) -> None:
        """Show the tab named by ``key`` (an attribute of this view, e.g. "budget")."""
        tab = getattr(self, key, None)
        if isinstance(tab, ProcessTab):
            self.tabs.setCurrentWidget(tab)

    def retranslate(self) -> None:
        self.tabs.setAccessibleName(self.tr("Áreas del proceso entre reuniones"))
        for i, (_tab, title) in enumerate(self._tabs):
            self.tabs.setTabText(i, title())


def restore_process_draft(window: Any, draft: Any) -> bool:
    """Reopen a form of a tab (``process:<tab>:<form>[:<row>]``) with the fields a crash left unsaved."""
    parts = draft.key.removeprefix(DRAFT_PREFIX).split(":")
    if not draft.key.startswith(DRAFT_PREFIX) or len(parts) not in (2, 3):
        return False
    view = window.show_section("process")
    tab = getattr(view, parts[0], None) if isinstance(view, ProcessView) else None
    if not isinstance(tab, ProcessTab) or tab.tab_key != parts[0] or parts[1] not in tab.forms:
        return False
    view.open_tab(parts[0])
    return tab.restore_form(parts[1], recovered_fields(draft.extra), recovered_context(draft.extra))
