"""Logistics tab: a meeting's checklist — what the Pro-Tempore Presidency and the Technical Secretariat
each provide, the supplier, cost and status of each service and the ST's quality check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import logistics, meetings
from crm_desktop.domain.logistics import QUALITY, STATUSES
from crm_desktop.ui import labels
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.form_autosave import FormAutosaver
from crm_desktop.ui.models.rows import Column
from crm_desktop.ui.process.base import DRAFT_PREFIX, ProcessTab, RowsTable, money
from crm_desktop.ui.process.forms import number

BODIES_WITH_LOGISTICS = ("viceministers", "grcm")


@dataclass
class LogisticsData:
    meetings: list[dict[str, Any]]
    meeting_id: str | None
    checklist: dict[str, Any] | None


class LogisticsTab(ProcessTab):
    watched = frozenset({"logistics_items", "meetings"})
    tab_key = "logistics"
    forms = frozenset({"item"})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.meeting_label = QLabel()
        self.meeting_box = QComboBox()
        self.meeting_label.setBuddy(self.meeting_box)
        self.meeting_box.activated.connect(lambda _i: self.reload())
        self.prepare_button = QPushButton()
        self.prepare_button.clicked.connect(self.prepare)
        self.summary = QLabel()
        self.table = RowsTable(
            [
                Column("label", lambda: self.tr("Servicio")),
                Column("bearer", lambda: self.tr("A cargo de"), lambda r: self.label("bearer", r["bearer"])),
                Column("supplier", lambda: self.tr("Proveedor")),
                Column("cost", lambda: self.tr("Costo"), lambda r: money(r["cost_cents"]), align_right=True),
                Column("status", lambda: self.tr("Estado"), lambda r: self.label("logistics_status", r["status"])),
                Column("quality", lambda: self.tr("Control de calidad"), self._quality),
            ],
            self,
        )
        # By bearer; the sort is stable, so each bearer's items keep the checklist's order.
        self.table.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.view.selectionModel().selectionChanged.connect(self._selected)
        self.supplier = QLineEdit()
        self.cost = number(0, 1e9)
        self.status_box = QComboBox()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_item)
        self.quality_box = QComboBox()
        self.quality_note = QLineEdit()
        self.quality_button = QPushButton()
        self.quality_button.clicked.connect(self.check_quality)
        self.edit_box = QGroupBox()
        el = QVBoxLayout(self.edit_box)
        r1 = QHBoxLayout()
        for w in (self.supplier, self.cost, self.status_box, self.save_button):
            r1.addWidget(w)
        r2 = QHBoxLayout()
        for w in (self.quality_box, self.quality_note, self.quality_button):
            r2.addWidget(w)
        el.addLayout(r1)
        el.addLayout(r2)
        self.edit_box.setEnabled(False)
        # What is typed about a service survives a crash (``ui.form_autosave``): one draft per service.
        self.item_autosave = FormAutosaver(
            ctx.drafts,
            item_key(None),
            {
                "supplier": self.supplier,
                "cost": self.cost,
                "status": self.status_box,
                "quality": self.quality_box,
                "quality_note": self.quality_note,
            },
            title=lambda: self.tr("Servicio logístico «%1»").replace("%1", self._selected_label()),
            context=lambda: {"meeting": self.meeting_box.currentData(), "item": self.table.selected_id()},
            parent=self,
        )

        top = QHBoxLayout()
        top.addWidget(self.meeting_label)
        top.addWidget(self.meeting_box, 1)
        top.addWidget(self.prepare_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table.view, 1)
        layout.addWidget(self.edit_box)
        self.retranslate()

    def request(self) -> Any:
        return (self.meeting_box.currentData(), self.lang)

    def load(self, request: Any) -> Any:
        chosen, lang = request
        ws = self.ctx.ws
        rows = [m for b in BODIES_WITH_LOGISTICS for m in meetings.list_meetings(ws, body=b, lang=lang)]
        rows.sort(key=lambda m: m["start"], reverse=True)
        if chosen is None:  # the latest meeting whose checklist has been prepared
            prepared = logistics.meetings_with_checklist(ws)
            chosen = next((m["id"] for m in rows if m["id"] in prepared), None)
        if chosen is None and rows:
            chosen = rows[0]["id"]
        return LogisticsData(rows, chosen, logistics.checklist(ws, chosen, lang=lang) if chosen else None)

    def show_data(self, data: LogisticsData) -> None:
        self.meeting_box.clear()
        for m in data.meetings:
            self.meeting_box.addItem(labels.meeting_choice(m), m["id"])
        self.meeting_box.setCurrentIndex(max(0, self.meeting_box.findData(data.meeting_id)))
        c = data.checklist
        self.table.set_rows(c["items"] if c else [])
        self.prepare_button.setEnabled(c is not None and not c["items"])
        if c is None:
            self.summary.clear()
        else:
            self.summary.setText(
                self.tr("Costo a cargo de la PPT: %1 · de la ST: %2 · pendientes: %3 · por verificar: %4")
                .replace("%1", money(c["totals"]["ppt"]))
                .replace("%2", money(c["totals"]["st"]))
                .replace("%3", str(c["pending"]))
                .replace("%4", str(len(c["awaiting_quality_check"])))
            )
        self._selected()

    def _quality(self, r: dict[str, Any]) -> str:
        if r["quality"] is None:
            return ""
        text = self.label("quality", r["quality"])
        return f"{text} ({r['quality_note']})" if r["quality_note"] else text

    def _selected(self, *_args: Any) -> None:
        row = self.table.selected()
        self.edit_box.setEnabled(row is not None)
        if row is None:
            return
        with self.item_autosave.loading(item_key(row["id"])):  # a stored service shown: not typing
            self.supplier.setText(row["supplier"] or "")
            self.cost.setValue((row["cost_cents"] or 0) / 100)
            self.status_box.setCurrentIndex(max(0, self.status_box.findData(row["status"])))

    def _selected_label(self) -> str:
        row = self.table.selected()
        return str(row["label"]) if row else "…"

    def select_item(self, item_id: str) -> bool:
        return self.table.select(item_id)

    def prepare(self) -> None:
        meeting = self.meeting_box.currentData()
        if meeting:
            ws = self.ctx.ws
            self.run(lambda: logistics.prepare_checklist(ws, str(meeting)), changes=["logistics_items"])

    def save_item(self) -> None:
        row = self.table.selected()
        if row is None:
            return
        ws, supplier, status = self.ctx.ws, self.supplier.text(), str(self.status_box.currentData())
        cents = round(self.cost.value() * 100) if self.cost.value() else None

        def write() -> None:
            logistics.update_item(ws, row["id"], supplier=supplier, cost_cents=cents, status=status)

        key = item_key(row["id"])
        self.run(write, changes=["logistics_items"], done=lambda _r: self._item_saved(key))

    def check_quality(self) -> None:
        row = self.table.selected()
        if row is None:
            return
        ws, result, note = self.ctx.ws, str(self.quality_box.currentData()), self.quality_note.text().strip() or None

        def write() -> None:
            logistics.quality_check(ws, row["id"], result, note=note)

        key = item_key(row["id"])
        self.run(write, changes=["logistics_items"], done=lambda _r: self._item_saved(key, note=True))

    def _item_saved(self, key: str, *, note: bool = False) -> None:
        """What the service's form holds reached the workspace: forget its draft (a quality note is
        emptied too, as that is not typing)."""
        if note and self.item_autosave.key == key:
            with self.item_autosave.loading():
                self.quality_note.clear()
        self.item_autosave.saved(key)

    def reopen(self, form: str, fields: dict[str, Any], context: dict[str, Any]) -> FormAutosaver | None:
        """Select the service a recovered draft was typed for (on its meeting) and hand back its form."""
        meeting, item = context.get("meeting"), context.get("item")
        if meeting and meeting != self.meeting_box.currentData() and self.meeting_box.findData(meeting) >= 0:
            self.meeting_box.setCurrentIndex(self.meeting_box.findData(meeting))
            self._restoring = (form, fields, context)  # again once that meeting's checklist is loaded
            self.reload()
            return None
        if not item or not self.select_item(str(item)):
            return None
        return self.item_autosave

    def retranslate(self) -> None:
        self.meeting_label.setText(self.tr("&Reunión:"))
        self.meeting_box.setAccessibleName(self.tr("Reunión de la logística"))
        self.prepare_button.setText(self.tr("Preparar la lista de verificación"))
        self.table.view.setAccessibleName(self.tr("Lista de verificación logística"))
        self.edit_box.setTitle(self.tr("Servicio seleccionado"))
        self.supplier.setPlaceholderText(self.tr("Proveedor"))
        self.supplier.setAccessibleName(self.tr("Proveedor"))
        self.cost.setAccessibleName(self.tr("Costo"))
        for box, category, keys, name in (
            (self.status_box, "logistics_status", STATUSES, self.tr("Estado del servicio")),
            (self.quality_box, "quality", QUALITY, self.tr("Resultado del control de calidad")),
        ):
            current = box.currentData()
            box.clear()
            for k in keys:
                box.addItem(self.label(category, k), k)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.setAccessibleName(name)
        self.save_button.setText(self.tr("Guardar el servicio"))
        self.quality_note.setPlaceholderText(self.tr("Nota (obligatoria si es deficiente)"))
        self.quality_note.setAccessibleName(self.tr("Nota del control de calidad"))
        self.quality_button.setText(self.tr("Registrar el control"))
        self.table.refresh_texts()


def item_key(item_id: str | None) -> str:
    """The recovery key of the form of one logistics service."""
    return f"{DRAFT_PREFIX}logistics:item:{item_id or '-'}"
