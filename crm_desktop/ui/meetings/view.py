"""Reuniones / Meetings: the list of every meeting, and a page per meeting.

The page shows segments, venue, host country, the Pro-Tempore Presidency of the year, delegations,
agendas, decisions, negotiated documents and rule warnings, and offers the status changes the rules
allow. The delegations and agenda views open from here on the same meeting (``ctx.navigate``), when
those sections exist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import calendar as calendar_service
from crm_desktop.app import meetings as meetings_service
from crm_desktop.app.calendar_entries import CalendarData, CalendarEntry
from crm_desktop.domain.meeting_deletion import meeting_deletion
from crm_desktop.domain.model import MeetingStatus
from crm_desktop.domain.zones import zone_name
from crm_desktop.ui import labels, look, sections
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.meetings.dialog import open_meeting_dialog
from crm_desktop.ui.meetings.links import link_item, make_link_list
from crm_desktop.ui.meetings.model import ENTRY_ROLE, MeetingFilterProxy, MeetingTableModel, setup_meeting_table
from crm_desktop.ui.section_widget import SectionWidget
from crm_desktop.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from crm_desktop.app.meeting_overview import MeetingOverview

WATCHED = {
    "meetings",
    "accreditations",
    "agendas",
    "agenda_items",
    "decisions",
    "presidency_terms",
    "people",
    "role_assignments",
}
REVERSIBLE = {("planned", "convened"), ("convened", "planned"), ("planned", "cancelled"), ("cancelled", "planned")}


def _list(accessible: str = "") -> tuple[QListView, QStandardItemModel]:
    view = QListView()
    model = QStandardItemModel(view)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setAccessibleName(accessible)
    # Short lists: the six groups of a meeting's page fit on one screen; long ones scroll inside.
    view.setMaximumHeight(150)
    return view, model


class MeetingPage(SectionWidget):
    """One meeting. Signals: back_requested()."""

    back_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.meeting: MeetingOverview | None = None
        self.back_button = QPushButton()
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chip = QLabel()
        self.chip.setFixedSize(14, 14)
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.status_box = QHBoxLayout()
        self.status_buttons: list[QPushButton] = []

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.chip)
        header.addWidget(self.title, 1)
        header.addWidget(self.edit_button)
        header.addWidget(self.delete_button)

        self.facts = QFormLayout()
        self._fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("body", "dates", "place", "host", "ppt", "status", "notes"):
            name, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fact_labels[key] = (name, value)
            self.facts.addRow(name, value)
        self.status_label = QLabel()
        self.overdue_label = QLabel()  # a meeting that is over but still "convened" asks to be closed
        look.text_colour(self.overdue_label, "#a15c00")
        self.overdue_label.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addLayout(self.status_box)
        status_row.addWidget(self.overdue_label)
        status_row.addStretch(1)
        self.delete_hint = QLabel()  # why "Delete" is greyed out, in words, not only in its tooltip
        self.delete_hint.setWordWrap(True)
        look.muted(self.delete_hint)
        self.delete_hint.hide()

        self.segments_view, self.segments_model = _list()
        self.delegations_view, self.delegations_model = _list()
        self.delegations_button = QPushButton()
        self.agendas_view, self.agendas_model = _list()
        self.decisions_view, self.decisions_model = _list()
        self.documents_view, self.documents_model = _list()
        self.reports_button = QPushButton()
        self.warnings_view, self.warnings_model = _list()
        self.groups: dict[str, QGroupBox] = {}
        grid = QGridLayout()
        for i, (key, view, extra) in enumerate(
            (
                ("segments", self.segments_view, None),
                ("warnings", self.warnings_view, None),
                ("delegations", self.delegations_view, self.delegations_button),
                ("agendas", self.agendas_view, None),
                ("decisions", self.decisions_view, None),
                ("documents", self.documents_view, self.reports_button),
            )
        ):
            box = QGroupBox()
            inner = QVBoxLayout(box)
            inner.addWidget(view)
            if extra is not None:
                inner.addWidget(extra)
            self.groups[key] = box
            grid.addWidget(box, i // 2, i % 2)

        body = QWidget()
        content = QVBoxLayout(body)
        content.addLayout(header)
        content.addLayout(self.facts)
        content.addLayout(status_row)
        content.addWidget(self.delete_hint)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        content.addWidget(line)
        content.addLayout(grid)
        content.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.back_button.clicked.connect(self.back_requested)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.back_requested.emit,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.delegations_button.clicked.connect(self._open_delegations)
        self.reports_button.clicked.connect(self._open_reports)
        make_link_list(self.agendas_view, self._open_agenda)
        make_link_list(self.documents_view, self._open_document)
        self.retranslate()

    # --- data ------------------------------------------------------------------------------------
    def load(self, meeting_id: str) -> None:
        # Imported when a page is first opened: it brings the drafting services, which start-up does not need.
        from crm_desktop.app.meeting_overview import overview

        ws, lang = self.ctx.ws, self.ctx.lang
        self.ctx.working_meeting = meeting_id
        self.read(lambda: overview(ws, meeting_id, lang), self.show_meeting)

    def show_meeting(self, m: MeetingOverview) -> None:
        self.meeting = m
        self._render()

    def _render(self) -> None:
        m = self.meeting
        if m is None:
            return
        lang = self.ctx.lang
        title = m.title_in(lang)
        show_ordinal = m.ordinal and m.ordinal not in m.title
        self.title.setText(title + (f" ({m.ordinal})" if show_ordinal and title == m.title else ""))
        self.chip.setStyleSheet(f"background: {m.colour}; border-radius: 3px;")
        place = ", ".join(p for p in (m.venue, m.city) if p)
        values = {
            "body": m.body_name.render(lang),
            "dates": f"{labels.long_date(m.start)} – {labels.long_date(m.end)}, "
            f"{labels.time_range(m.start, m.end)}, {zone_name(m.timezone, m.start.date(), lang, m.city)}",
            "place": place or "—",
            "host": m.host_name.render(lang) if m.host_name else "—",
            "ppt": m.ppt_name.render(lang) if m.ppt_name else self.tr("sin registrar"),
            "status": labels.meeting_status(m.status),
            "notes": m.notes or "—",
        }
        for key, (_name, value) in self._fact_labels.items():
            value.setText(values[key])
        for b in self.status_buttons:
            self.status_box.removeWidget(b)
            b.deleteLater()
        self.status_buttons = []
        overdue = labels.overdue(m.status, m.end)
        for target in m.next_statuses:
            b = QPushButton(labels.status_action(target))
            b.setAccessibleName(labels.status_action(target))
            b.clicked.connect(lambda _=False, t=target: self.change_status(t))
            b.setDefault(overdue and target == MeetingStatus.HELD.value)
            self.status_box.addWidget(b)
            self.status_buttons.append(b)
        self.overdue_label.setVisible(overdue)
        self.overdue_label.setText(
            self.tr("Terminó el %1: márquela como celebrada.").replace("%1", labels.long_date(m.end)) if overdue else ""
        )
        self._explain_delete(m.status)

        self.segments_model.clear()
        for s in m.segments:
            text = s.name.render(lang)
            text += (
                "\n" + self.tr("%n persona(s)", "", s.people) + ", " + self.tr("%n delegación(es)", "", s.delegations)
            )
            self.segments_model.appendRow(QStandardItem(text))
        self.delegations_model.clear()
        for d in m.delegations:
            self.delegations_model.appendRow(QStandardItem(f"{d.name.render(lang)} ({d.people})"))
        if not m.delegations:
            self._empty(self.delegations_model, self.tr("Nadie acreditado todavía."))
        self.delegations_button.setVisible(sections.registered("delegations"))
        self.reports_button.setVisible(sections.registered("reports"))
        self.agendas_model.clear()
        palette = self.palette()
        for a in m.agendas:
            text = (
                f"{a.segment_name.render(lang)} — {labels.agenda_status(a.status)}, v{a.version}\n"
                + self.tr("%n punto(s)", "", a.items)
                + f", {a.minutes // 60:d} h {a.minutes % 60:02d} min"
            )
            self.agendas_model.appendRow(link_item(text, a.id, self.tr("Abrir esta agenda en «Agenda»"), palette))
        if not m.agendas:
            self._empty(self.agendas_model, self.tr("Sin agenda todavía."))
        self.decisions_model.clear()
        for dec in m.decisions:
            self.decisions_model.appendRow(QStandardItem(f"{labels.decision_kind(dec.kind)} {dec.number}: {dec.text}"))
        if not m.decisions:
            self._empty(self.decisions_model, self.tr("Ninguna decisión registrada."))
        self.documents_model.clear()
        for doc in m.documents:
            version = f", {doc.version}" if doc.version else ""
            text = f"{doc.symbol} — {doc.title}\n{labels.document_status(doc.status)}{version}"
            tip = self.tr("Abrir este documento en «Redacción»")
            self.documents_model.appendRow(link_item(text, doc.id, tip, palette))
        if not m.documents:
            self._empty(self.documents_model, self.tr("Ningún documento en negociación."))
        self.warnings_model.clear()
        for w in m.warnings:
            item = QStandardItem("⚠ " + w.render(lang))
            item.setForeground(QColor("#8a4b00"))
            self.warnings_model.appendRow(item)
        if not m.warnings:
            self._empty(self.warnings_model, self.tr("La reunión cumple las reglas del calendario."))

    def _empty(self, model: QStandardItemModel, text: str) -> None:
        item = QStandardItem(text)
        item.setEnabled(False)
        model.appendRow(item)

    # --- actions ---------------------------------------------------------------------------------
    def _entry(self) -> CalendarEntry | None:
        m = self.meeting
        if m is None:
            return None
        return CalendarEntry(
            id=m.id,
            body=m.body,
            body_short=m.body_name,
            body_name=m.body_name,
            colour=m.colour,
            title=m.title,
            ordinal=m.ordinal,
            start=m.start,
            end=m.end,
            timezone=m.timezone,
            host_country=m.host_country,
            city=m.city,
            venue=m.venue,
            status=m.status,
            notes=m.notes,
            segments=tuple(s.name for s in m.segments),
            warnings=m.warnings,
        )

    def edit(self) -> None:
        entry = self._entry()
        if entry is not None:
            open_meeting_dialog(self.ctx, self, entry=entry)

    def change_status(self, target: str) -> None:
        m = self.meeting
        if m is None:
            return
        ws, meeting_id, before = self.ctx.ws, m.id, m.status
        text = self.tr("%1: %2").replace("%1", labels.status_action(target)).replace("%2", m.title_in(self.lang))

        def done(_r: object) -> None:
            if (before, target) in REVERSIBLE:  # the rules allow going back only between these two
                self.ctx.undo_stack.push(
                    ServiceCommand(
                        self.ctx,
                        text,
                        redo=lambda: meetings_service.set_status(ws, meeting_id, MeetingStatus(target)),
                        undo=lambda: meetings_service.set_status(ws, meeting_id, MeetingStatus(before)),
                        changes=["meetings"],
                    )
                )

        self.ctx.run(
            lambda: meetings_service.set_status(ws, meeting_id, MeetingStatus(target)),
            on_done=done,
            changes=["meetings"],
        )

    def delete(self) -> None:
        entry = self._entry()
        if entry is None:
            return
        ws = self.ctx.ws
        holder = {"id": entry.id}
        restore = meetings_service.MeetingInput(
            body=entry.body,
            title=entry.title,
            start=entry.start,
            end=entry.end,
            host_country=entry.host_country,
            city=entry.city,
            venue=entry.venue,
            ordinal=entry.ordinal,
            timezone=entry.timezone,
            notes=entry.notes,
        )

        def recreate() -> None:
            holder["id"] = meetings_service.create_meeting(ws, restore)

        def done(_r: object) -> None:
            self.ctx.undo_stack.push(
                ServiceCommand(
                    self.ctx,
                    self.tr("Eliminar la reunión «%1»").replace("%1", entry.title_in(self.lang)),
                    redo=lambda: meetings_service.delete_meeting(ws, holder["id"]),
                    undo=recreate,
                    changes=["meetings"],
                )
            )
            self.meeting = None
            self.back_requested.emit()

        self.ctx.run(lambda: meetings_service.delete_meeting(ws, entry.id), on_done=done, changes=["meetings"])

    def _open_delegations(self) -> None:
        if self.meeting is not None:
            self.ctx.navigate("delegations", meeting_id=self.meeting.id)

    def _open_reports(self) -> None:
        if self.meeting is not None:
            self.ctx.navigate("reports", meeting_id=self.meeting.id)

    def _open_agenda(self, agenda_id: str) -> None:
        if self.meeting is not None and sections.registered("agenda"):
            self.ctx.navigate("agenda", meeting_id=self.meeting.id, agenda_id=agenda_id)

    def _open_document(self, document_id: str) -> None:
        if self.meeting is not None and sections.registered("drafting"):
            self.ctx.navigate("drafting", meeting_id=self.meeting.id, document_id=document_id)

    def _explain_delete(self, status: str) -> None:
        """Greyed out, the button says why (tooltip, status bar tip, and a line beside the state)."""
        verdict = meeting_deletion(status)
        self.delete_button.setEnabled(verdict.allowed)
        why = verdict.reason.render(self.ctx.lang) if verdict.reason is not None else ""
        tip = why or self.tr("Eliminar la reunión del calendario (solo mientras está planificada)")
        self.delete_button.setToolTip(tip)
        self.delete_button.setStatusTip(tip)
        self.delete_button.setAccessibleDescription(tip)
        self.delete_hint.setText(why)
        self.delete_hint.setVisible(bool(why))

    # --- language --------------------------------------------------------------------------------
    def language_changed(self) -> None:
        super().language_changed()
        if self.meeting is not None:
            self.load(self.meeting.id)  # the documents' titles follow the language

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Reuniones"))
        self.back_button.setAccessibleName(self.tr("Volver a la lista de reuniones"))
        self.back_button.setToolTip(self.tr("Volver a la lista (Esc)"))
        self.edit_button.setText(self.tr("Editar…"))
        self.edit_button.setAccessibleName(self.tr("Editar la reunión"))
        self.delete_button.setText(self.tr("Eliminar"))
        self.delete_button.setAccessibleName(self.tr("Eliminar la reunión"))
        names = {
            "body": self.tr("Cuerpo:"),
            "dates": self.tr("Fechas:"),
            "place": self.tr("Lugar:"),
            "host": self.tr("País sede:"),
            "ppt": self.tr("Presidencia Pro-Témpore:"),
            "status": self.tr("Estado:"),
            "notes": self.tr("Notas:"),
        }
        for key, (name, value) in self._fact_labels.items():
            name.setText(names[key])
            value.setAccessibleName(names[key].rstrip(":"))
        self.status_label.setText(self.tr("Cambiar el estado:"))
        titles = {
            "segments": self.tr("Segmentos"),
            "warnings": self.tr("Avisos de las reglas"),
            "delegations": self.tr("Delegaciones acreditadas"),
            "agendas": self.tr("Agendas"),
            "decisions": self.tr("Decisiones"),
            "documents": self.tr("Documentos"),
        }
        views = {
            "segments": self.segments_view,
            "warnings": self.warnings_view,
            "delegations": self.delegations_view,
            "agendas": self.agendas_view,
            "decisions": self.decisions_view,
            "documents": self.documents_view,
        }
        for key, box in self.groups.items():
            box.setTitle(titles[key])
            views[key].setAccessibleName(titles[key])
        self.delegations_button.setText(self.tr("Abrir las delegaciones…"))
        self.delegations_button.setAccessibleName(self.tr("Abrir las delegaciones de esta reunión"))
        self.reports_button.setText(self.tr("Documentos…"))
        self.reports_button.setAccessibleName(self.tr("Abrir los informes de esta reunión"))
        self._render()


class MeetingsView(SectionWidget):
    """The list of meetings (filterable, sortable) and, on top of it, a meeting's page."""

    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.body_filter = QComboBox()
        self.new_button = QPushButton()
        self.count = QLabel()
        self.model = MeetingTableModel(ctx.lang, self)
        self.proxy = MeetingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        setup_meeting_table(self.table)
        self.table.sortByColumn(MeetingTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        self.body_label = QLabel()
        self.body_label.setBuddy(self.body_filter)

        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter, 2)
        top.addWidget(self.body_label)
        top.addWidget(self.body_filter, 1)
        top.addWidget(self.count)
        top.addWidget(self.new_button)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)

        self.page = MeetingPage(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.filter.textChanged.connect(self._filter_changed)
        self.body_filter.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.table.activated.connect(self._activated)
        self.page.back_requested.connect(self.show_list)
        self.new_button.clicked.connect(lambda: open_meeting_dialog(ctx, self))
        QShortcut(
            QKeySequence.StandardKey.New,
            self,
            lambda: open_meeting_dialog(ctx, self),
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence.StandardKey.Find,
            self,
            self._focus_filter,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        ws = self.ctx.ws
        self.ctx.read(lambda: calendar_service.load(ws), self._loaded)

    def _loaded(self, data: CalendarData) -> None:
        self.model.set_entries(data.entries)
        self._update_count()
        self.loaded.emit()

    def _on_data_changed(self, changed: set[str]) -> None:
        if changed & WATCHED:
            self.reload()
            if self.stack.currentWidget() is self.page and self.page.meeting is not None:
                self.page.load(self.page.meeting.id)

    def _filter_changed(self) -> None:
        self.proxy.set_text(self.filter.text())
        self.proxy.set_body(self.body_filter.currentData() or "")
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n reunión(es)", "", self.proxy.rowCount()))

    def _focus_filter(self) -> None:
        self.show_list()
        self.filter.setFocus()
        self.filter.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        e: CalendarEntry = index.data(ENTRY_ROLE)
        self.show_context(meeting_id=e.id)

    def show_context(self, meeting_id: str | None = None, **_context: str) -> None:
        if meeting_id is None:
            self.show_list()
            return
        self.page.load(meeting_id)
        self.stack.setCurrentWidget(self.page)
        self.page.back_button.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def retranslate(self) -> None:
        self.model.set_lang(self.ctx.lang)
        self.filter_label.setText(self.tr("&Buscar:"))
        self.filter.setPlaceholderText(self.tr("Nombre, ciudad, país… (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Filtrar reuniones"))
        self.body_label.setText(self.tr("C&uerpo:"))
        self.body_filter.setAccessibleName(self.tr("Filtrar por cuerpo"))
        current = self.body_filter.currentData()
        self.body_filter.blockSignals(True)
        self.body_filter.clear()
        self.body_filter.addItem(self.tr("Todos"), "")
        for b in self.ctx.ws.config.bodies:
            self.body_filter.addItem(b.short(self.ctx.lang), b.key)
        self.body_filter.setCurrentIndex(max(0, self.body_filter.findData(current)))
        self.body_filter.blockSignals(False)
        self.new_button.setText(self.tr("Nueva reunión"))
        self.new_button.setAccessibleName(self.tr("Nueva reunión"))
        self.new_button.setToolTip(self.tr("Nueva reunión (Ctrl+N)"))
        self.table.setAccessibleName(self.tr("Lista de reuniones"))
        self._update_count()
