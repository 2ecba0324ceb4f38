"""The "Between meetings" section: running the process between meetings, one tab per area — an overview
of what needs attention, the Plan of Action, the follow-up of decisions, the networks' work plans, the
ST's budget and contributions, a meeting's logistics and the Presidency's handover.

Each tab lives in its own module under :mod:`crm_desktop.ui.process`, loads its data off the UI thread
and reloads itself when the tables it shows change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crm_desktop.ui import keyboard
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

TabClass = TypeVar("TabClass", bound=ProcessTab)
LATER_MS = 1  # the other tabs are built by a timer, one a turn: after the first tab has been painted


class ProcessView(SectionWidget):
    """The section's tabs. The first one (the overview) is built with the section; the others one
    a turn of the event loop once the overview has been painted (building all seven, with their
    tables, in the click that opened the section was most of its first-show stall), each where a
    placeholder page held its place — or at once when one is used before: its attribute builds it."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._built: dict[type[ProcessTab], ProcessTab] = {}
        self._titles: list[tuple[type[ProcessTab], Callable[[], str]]] = [
            (OverviewTab, lambda: self.tr("Resumen")),
            (PlanTab, lambda: self.tr("Plan de Acción")),
            (FollowUpTab, lambda: self.tr("Seguimiento de decisiones")),
            (WorkPlansTab, lambda: self.tr("Planes de trabajo")),
            (BudgetTab, lambda: self.tr("Presupuesto y aportes")),
            (LogisticsTab, lambda: self.tr("Logística")),
            (HandoverTab, lambda: self.tr("Traspaso de la Presidencia")),
        ]
        self.tabs = QTabWidget()
        for _cls, title in self._titles:
            self.tabs.addTab(QWidget(), title())  # placeholders until built
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda i: self._build(self._titles[i][0]) if i >= 0 else None)
        self._build(OverviewTab).open_tab.connect(self.open_tab)
        self.retranslate()
        QTimer.singleShot(LATER_MS, self, self._build_next)

    # --- the tabs, built on first use ----------------------------------------------------------------
    def _build(self, cls: type[TabClass]) -> TabClass:
        tab = self._built.get(cls)
        if tab is None:
            tab = self._built[cls] = cls(self.ctx)
            i = next(i for i, (c, _t) in enumerate(self._titles) if c is cls)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(i)
            self.tabs.removeTab(i)
            self.tabs.insertTab(i, tab, self._titles[i][1]())
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            if placeholder is not None:
                placeholder.deleteLater()
            keyboard.tune(tab)
            tab.reload()
        assert isinstance(tab, cls)
        return tab

    def _build_next(self) -> None:
        rest = [cls for cls, _title in self._titles if cls not in self._built]
        if rest:
            self._build(rest[0])
            QTimer.singleShot(LATER_MS, self, self._build_next)

    def build_all(self) -> None:
        """Build every tab not built yet now (tests; the section builds them one a turn by itself)."""
        for cls, _title in self._titles:
            self._build(cls)

    @property
    def overview(self) -> OverviewTab:
        return self._build(OverviewTab)

    @property
    def plan(self) -> PlanTab:
        return self._build(PlanTab)

    @property
    def follow_up(self) -> FollowUpTab:
        return self._build(FollowUpTab)

    @property
    def work_plans(self) -> WorkPlansTab:
        return self._build(WorkPlansTab)

    @property
    def budget(self) -> BudgetTab:
        return self._build(BudgetTab)

    @property
    def logistics(self) -> LogisticsTab:
        return self._build(LogisticsTab)

    @property
    def handover(self) -> HandoverTab:
        return self._build(HandoverTab)

    def open_tab(self, key: str) -> None:
        """Show the tab named by ``key`` (an attribute of this view, e.g. "budget")."""
        tab = getattr(self, key, None)
        if isinstance(tab, ProcessTab):
            self.tabs.setCurrentWidget(tab)

    def retranslate(self) -> None:
        self.tabs.setAccessibleName(self.tr("Áreas del proceso entre reuniones"))
        for i, (_cls, title) in enumerate(self._titles):
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
