"""The Delegations section: people, countries, organisations and focal points as filterable tables,
and per-meeting accreditation with the CRM's rules explained, the exceptions they allow (invitations,
PPT authorisations), the drafting group, and participant lists in CSV.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.context import UiContext
from crm_desktop.ui.delegations.accreditation_actions import AccreditationActions
from crm_desktop.ui.delegations.data import (
    Directory,
    MeetingRoster,
    fit_columns_later,
    load_directory,
)
from crm_desktop.ui.form_autosave import recovered_fields
from crm_desktop.ui.models.rows import PreparedRows


class DelegationsView(AccreditationActions):
    """The Delegations section.

    Signals:
        loaded(): the directory tables show freshly read data.
        roster_loaded(): the accreditation tab shows the chosen meeting's participants.
    """

    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: Directory | None = None
        self.roster: MeetingRoster | None = None
        self.meeting_id: str | None = None
        self._roster_generation = 0
        self._pending_person: str | None = None
        self._restoring_person: tuple[str | None, dict[str, Any]] | None = None
        self._build()
        self.retranslate()
        self.reload()

    # --- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        people_tab, focal_tab = self._build_directory()
        acc_tab = self._build_accreditation()
        self.tabs.addTab(people_tab, "")
        self.tabs.addTab(self.countries_table, "")
        self.tabs.addTab(self.orgs_table, "")
        self.tabs.addTab(focal_tab, "")
        self.tabs.addTab(acc_tab, "")
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)

    def retranslate(self) -> None:
        super().retranslate()
        for i, text in enumerate(
            (
                self.tr("&Personas"),
                self.tr("Pa&íses"),
                self.tr("&Organizaciones"),
                self.tr("Puntos &focales"),
                self.tr("&Acreditación"),
            )
        ):
            self.tabs.setTabText(i, text)
        self.tabs.setAccessibleName(self.tr("Delegaciones"))
        for model in (self.people_model, self.countries_model, self.orgs_model, self.focal_model, self.acc_model):
            model.refresh_texts()
        self.cand_model.refresh_texts()
        if self.data is not None:
            self._fill_meetings()
        if self.roster is not None:
            self._show_roster()
        self._update_counts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on a row does what a double click does: accredit the candidate, edit the person.
        is_enter = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.type() == QEvent.Type.KeyPress and is_enter:
            if watched is self.cand_table:
                self.accredit_current()
                return True
            if watched is self.people_table:
                self.edit_person()
                return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        ws, lang = self.ctx.ws, self.ctx.lang
        models = (self.people_model, self.countries_model, self.orgs_model, self.focal_model, self.cand_model)

        def read() -> tuple[Directory, list[PreparedRows]]:
            # The tables' texts are computed here too, off the UI thread (3,000 people take a second).
            data = load_directory(ws, lang)
            sources = (data.people, data.countries, data.organisations, data.focal_points, data.people)
            return data, [m.prepare(rows, lang) for m, rows in zip(models, sources, strict=True)]

        self.ctx.run(read, on_done=self.alive(lambda result: self._loaded(*result)))

    def _loaded(self, data: Directory, prepared: list[PreparedRows]) -> None:
        self.data = data
        models = (self.people_model, self.countries_model, self.orgs_model, self.focal_model, self.cand_model)
        for model, rows in zip(models, prepared, strict=True):
            model.set_rows(rows, self.ctx.lang)
        fit_columns_later(self.people_table, self.countries_table, self.orgs_table, self.focal_table)
        self.focal_empty.setVisible(not data.focal_points)
        self.focal_empty.setText(self.tr("No hay puntos focales registrados."))
        self._fill_meetings()
        self._update_counts()
        if self.meeting_id:
            self._load_roster(self.meeting_id)
        self._select_pending_person()
        self._apply_restoring_person()
        self.loaded.emit()

    def show_context(self, *, meeting_id: str | None = None, person_id: str | None = None, **_: str) -> None:
        """Called by the main window when another section (meeting page, search) opens this one."""
        if person_id:
            self.open_person(person_id)
        elif meeting_id:
            self.open_meeting(meeting_id)

    def open_person(self, person_id: str) -> None:
        """Show ``person_id`` selected in the people table (once the table has its rows)."""
        self.tabs.setCurrentIndex(0)
        self.people_filter.clear()
        self.people_category.setCurrentIndex(0)
        self._pending_person = person_id
        if self.data is not None:
            self._select_pending_person()

    def _select_pending_person(self) -> None:
        person_id, self._pending_person = self._pending_person, None
        if not person_id:
            return
        for r in range(self.people_proxy.rowCount()):
            if self.people_proxy.source_row(r)["id"] == person_id:
                self.people_table.setCurrentIndex(self.people_proxy.index(r, 0))
                self.people_table.scrollTo(self.people_proxy.index(r, 0))
                self.people_table.setFocus()
                return


def restore_delegations_draft(window: Any, draft: Any) -> bool:
    """Reopen the person dialog (``person:<id>|new``) or the act dialog (``act:<meeting>``) a crash closed."""
    kind, _, target = draft.key.partition(":")
    if kind not in ("person", "act") or not target or ":" in target:
        return False
    view = window.show_section("delegations")
    if not isinstance(view, DelegationsView):
        return False
    fields = recovered_fields(draft.extra)
    if kind == "person":
        view.restore_person(None if target == "new" else target, fields)
    else:
        view.restore_act(target, fields)
    return True
