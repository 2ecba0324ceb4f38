"""Follow-up of decisions tab: open and overdue actions with owner, due date, status and notes; the
selected action's history; status changes and notes through the follow-up service.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import follow_up
from crm_desktop.app.plan_of_action import responsible_label
from crm_desktop.domain.follow_up import STATUSES
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.form_autosave import FormAutosaver
from crm_desktop.ui.models.rows import Column, PreparedRows, date_column
from crm_desktop.ui.process.base import DRAFT_PREFIX, ProcessTab, RowsTable

WATCHED = frozenset({"decisions", "decision_notes", "decision_status_changes", "meetings"})


@dataclass
class FollowUpData:
    actions: list[dict[str, Any]]
    history: dict[str, Any] | None
    prepared: PreparedRows  # the actions' texts, computed with them on the worker


class FollowUpTab(ProcessTab):
    watched = WATCHED
    tab_key = "follow_up"
    forms = frozenset({"note"})

    def _overdue_toggled(self, on: bool) -> None:
        self.table.proxy.set_field("overdue", "True" if on else None)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overdue_only = QCheckBox()
        self.overdue_only.toggled.connect(self._overdue_toggled)
        self.table = RowsTable(
            [
                Column("meeting", lambda: self.tr("Reunión")),
                Column("number", lambda: self.tr("N.º"), align_right=True),
                Column("text", lambda: self.tr("Acción")),
                Column("owner", lambda: self.tr("Responsable"), lambda r: r.get("owner_name") or ""),
                date_column("due", lambda: self.tr("Vence")),
                Column("status", lambda: self.tr("Estado"), lambda r: self.label("follow_up_status", r["status"])),
                Column("days_overdue", lambda: self.tr("Días de atraso"), self._late, align_right=True),
                Column("notes", lambda: self.tr("Notas"), align_right=True),
            ],
            self,
        )
        self.table.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # by due date: the most urgent first
        self.table.view.selectionModel().selectionChanged.connect(lambda *_: self.reload_history())
        self.history = QPlainTextEdit()
        self.history.setReadOnly(True)
        self.status_box = QComboBox()
        self.note_edit = QLineEdit()
        self.status_button = QPushButton()
        self.status_button.clicked.connect(self.apply_status)
        self.note_button = QPushButton()
        self.note_button.clicked.connect(self.add_note)
        self.edit_box = QGroupBox()
        edit = QVBoxLayout(self.edit_box)
        edit.addWidget(self.history, 1)
        row = QHBoxLayout()
        row.addWidget(self.status_box)
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.status_button)
        row.addWidget(self.note_button)
        edit.addLayout(row)
        self.edit_box.setEnabled(False)
        # A note being typed survives a crash (``ui.form_autosave``), with the action it is about.
        self.note_autosave = FormAutosaver(
            ctx.drafts,
            f"{DRAFT_PREFIX}{self.tab_key}:note",
            {"note": self.note_edit},
            title=lambda: self.tr("Nota sobre una acción de seguimiento"),
            context=lambda: {"action": self.table.selected_id()},
            parent=self,
        )

        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.overdue_only)
        ul.addWidget(self.table.view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(self.edit_box)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()

    def request(self) -> Any:
        return (self.table.selected_id(), self.lang)

    def load(self, request: Any) -> Any:
        selected, lang = request
        ws = self.ctx.ws
        rows = [
            {**a, "owner_name": responsible_label(ws, a["owner"], lang) if a["owner"] else None}
            for a in follow_up.actions(ws, only_open=True, lang=lang)
        ]
        known = {r["id"] for r in rows}
        history = follow_up.history(ws, selected) if selected in known else None
        return FollowUpData(rows, history, self.table.prepare(rows, lang))

    def show_data(self, data: FollowUpData) -> None:
        self.table.set_rows(data.prepared)
        self._show_history(data.history)

    def reload_history(self) -> None:
        selected = self.table.selected_id()
        self.edit_box.setEnabled(selected is not None)
        if selected is None:
            self._show_history(None)
            return
        ws = self.ctx.ws
        self.ctx.read(lambda: follow_up.history(ws, selected), self._history_loaded)

    def _history_loaded(self, h: dict[str, Any]) -> None:
        if shiboken6.isValid(self):
            self._show_history(h)

    def _show_history(self, h: dict[str, Any] | None) -> None:
        if h is None or h["id"] != self.table.selected_id():
            if h is None:
                self.history.clear()
            return
        self.edit_box.setEnabled(True)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(h["status"])))
        lines = [h["text"], ""]
        events = [(c["on"], self._change_line(c)) for c in h["changes"]]
        events += [
            (n["on"], self.tr("Nota de %1: %2").replace("%1", n["author"] or "").replace("%2", n["text"]))
            for n in h["notes"]
        ]
        for on, text in sorted(events, key=lambda e: e[0]):
            lines.append(f"{on}  {text}")
        if not events:
            lines.append(self.tr("Sin notas ni cambios de estado."))
        self.history.setPlainText("\n".join(lines))

    def _change_line(self, c: dict[str, Any]) -> str:
        text = (
            self.tr("Estado: %1 → %2")
            .replace("%1", self.label("follow_up_status", c["from"]))
            .replace("%2", self.label("follow_up_status", c["to"]))
        )
        return f"{text} ({c['note']})" if c["note"] else text

    def _late(self, r: dict[str, Any]) -> str:
        return str(r["days_overdue"]) if r["overdue"] else ""

    def apply_status(self) -> None:
        selected = self.table.selected_id()
        if selected is None:
            return
        ws, status, note = self.ctx.ws, str(self.status_box.currentData()), self.note_edit.text().strip() or None

        def write() -> None:
            follow_up.set_status(ws, selected, status, note=note)

        self.run(write, changes=["decisions", "decision_status_changes"], done=lambda _r: self._note_saved())

    def add_note(self) -> None:
        selected = self.table.selected_id()
        if selected is None:
            return
        ws, text = self.ctx.ws, self.note_edit.text()

        def write() -> None:
            follow_up.add_note(ws, selected, text)

        self.run(write, changes=["decision_notes"], done=lambda _r: self._note_saved())

    def _note_saved(self) -> None:
        with self.note_autosave.loading():
            self.note_edit.clear()
        self.note_autosave.committed()

    def reopen(self, form: str, fields: dict[str, Any], context: dict[str, Any]) -> FormAutosaver | None:
        """The note is part of the tab: select the action it was typed for and hand back its form."""
        if context.get("action"):
            self.table.select(str(context["action"]))
        return self.note_autosave

    def retranslate(self) -> None:
        self.overdue_only.setText(self.tr("Solo las vencidas"))
        self.table.view.setAccessibleName(self.tr("Acciones abiertas"))
        self.edit_box.setTitle(self.tr("Historial de la acción seleccionada"))
        self.history.setAccessibleName(self.tr("Historial de la acción"))
        current = self.status_box.currentData()
        self.status_box.clear()
        for s in STATUSES:
            self.status_box.addItem(self.label("follow_up_status", s), s)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(current)))
        self.status_box.setAccessibleName(self.tr("Nuevo estado"))
        self.note_edit.setPlaceholderText(self.tr("Nota (obligatoria para descartar)"))
        self.note_edit.setAccessibleName(self.tr("Nota"))
        self.status_button.setText(self.tr("Cambiar estado"))
        self.note_button.setText(self.tr("Añadir nota"))
        self.table.refresh_texts()
        if self.data is not None:
            self._show_history(self.data.history)
