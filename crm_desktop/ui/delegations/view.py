"""The Delegations section: people, countries, organisations and focal points as filterable tables,
and per-meeting accreditation with the CRM's rules explained, the exceptions they allow (invitations,
PPT authorisations), the drafting group, and participant lists in CSV.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import accreditation, directory, meetings, people
from crm_desktop.domain.model import ActKind
from crm_desktop.domain.reference import countries, organisations
from crm_desktop.ui import labels
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.delegations.act_dialog import ActDialog
from crm_desktop.ui.delegations.person_dialog import PersonDialog
from crm_desktop.ui.form_autosave import AutosavedDialog, recovered_fields
from crm_desktop.ui.models.rows import Column, RowFilterProxy, RowsTableModel
from crm_desktop.ui.undo import run_undoable

WATCHED = {"people", "role_assignments", "focal_points", "accreditations", "acts", "drafting_seats", "meetings"}


def _delegation_name(code: str | None, lang: str) -> str:
    if not code:
        return ""
    for c in countries():
        if c.code == code:
            return c.name(lang)
    for o in organisations():
        if o.key == code:
            return o.acronym
    return code


@dataclass
class Directory:
    people: list[dict[str, Any]]
    countries: list[dict[str, Any]]
    organisations: list[dict[str, Any]]
    focal_points: list[dict[str, Any]]
    meetings: list[dict[str, Any]]


def load_directory(ws: Any) -> Directory:
    return Directory(
        people.list_people(ws),
        directory.list_countries(ws),
        directory.list_organisations(ws),
        people.focal_points(ws),
        meetings.list_meetings(ws),
    )


@dataclass
class MeetingRoster:
    meeting_id: str
    body: Any
    accredited: list[dict[str, Any]]
    acts: list[dict[str, Any]]
    drafting: dict[str, Any]


def load_roster(ws: Any, meeting_id: str) -> MeetingRoster:
    m = meetings.get_meeting_row(ws, meeting_id)
    return MeetingRoster(
        meeting_id,
        ws.config.body(m["body"]),
        accreditation.list_accreditations(ws, meeting_id),
        directory.list_acts(ws, meeting_id),
        directory.drafting_group(ws, meeting_id),
    )


def filtered_table(parent: QWidget, model: RowsTableModel) -> tuple[QTableView, RowFilterProxy]:
    proxy = RowFilterProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view, proxy


class DelegationsView(QWidget):
    """The Delegations section.

    Signals:
        loaded(): the directory tables show freshly read data.
        roster_loaded(): the accreditation tab shows the chosen meeting's participants.
    """

    loaded = Signal()
    roster_loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Directory | None = None
        self.roster: MeetingRoster | None = None
        self.meeting_id: str | None = None
        self._roster_generation = 0
        self._pending_person: str | None = None
        self._restoring_person: tuple[str | None, dict[str, Any]] | None = None
        self._build()
        self._retranslate()
        ctx.data_changed.connect(self._on_data_changed)
        self.reload()

    # --- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        lang = lambda: self.ctx.lang  # noqa: E731 - evaluated at display time, after a language switch
        self.tabs = QTabWidget(self)

        # People
        self.people_model = RowsTableModel(
            [
                Column("name", lambda: QCoreApplication.translate("DelegationsView", "Nombre")),
                Column(
                    "delegation",
                    lambda: QCoreApplication.translate("DelegationsView", "Delegación"),
                    lambda r: _delegation_name(r.get("country") or r.get("organisation"), lang()),
                ),
                Column(
                    "category",
                    lambda: QCoreApplication.translate("DelegationsView", "Categoría"),
                    lambda r: labels.category(r["category"]),
                ),
                Column(
                    "roles",
                    lambda: QCoreApplication.translate("DelegationsView", "Funciones"),
                    lambda r: labels.roles(r["roles"]),
                ),
                Column("title", lambda: QCoreApplication.translate("DelegationsView", "Cargo")),
                Column("institution", lambda: QCoreApplication.translate("DelegationsView", "Institución")),
                Column("email", lambda: QCoreApplication.translate("DelegationsView", "Correo")),
            ],
            self,
        )
        self.people_table, self.people_proxy = filtered_table(self, self.people_model)
        self.people_filter = QLineEdit(self)
        self.people_filter.setClearButtonEnabled(True)
        self.people_filter.textChanged.connect(self.people_proxy.set_text)
        self.people_filter.textChanged.connect(lambda _: self._update_counts())
        self.people_category = QComboBox(self)
        self.people_category.currentIndexChanged.connect(self._category_filter)
        self.people_count = QLabel(self)
        self.add_person_button = QPushButton(self)
        self.edit_person_button = QPushButton(self)
        self.add_person_button.clicked.connect(self.add_person)
        self.edit_person_button.clicked.connect(self.edit_person)
        self.people_table.doubleClicked.connect(lambda _: self.edit_person())
        self.people_table.installEventFilter(self)
        people_tab = QWidget(self)
        bar = QHBoxLayout()
        self.people_filter_label = QLabel(self)
        self.people_filter_label.setBuddy(self.people_filter)
        bar.addWidget(self.people_filter_label)
        bar.addWidget(self.people_filter, 2)
        bar.addWidget(self.people_category, 1)
        bar.addWidget(self.add_person_button)
        bar.addWidget(self.edit_person_button)
        pl = QVBoxLayout(people_tab)
        pl.addLayout(bar)
        pl.addWidget(self.people_table, 1)
        pl.addWidget(self.people_count)

        # Countries
        self.countries_model = RowsTableModel(
            [
                Column("id", lambda: QCoreApplication.translate("DelegationsView", "Código")),
                Column(
                    "name",
                    lambda: QCoreApplication.translate("DelegationsView", "País"),
                    lambda r: r["name_en"] if lang() == "en" else r["name_es"],
                ),
                Column(
                    "status",
                    lambda: QCoreApplication.translate("DelegationsView", "Condición"),
                    lambda r: labels.category("member_country" if r["status"] == "member" else "observer_country"),
                ),
                Column(
                    "timezones",
                    lambda: QCoreApplication.translate("DelegationsView", "Husos horarios"),
                    lambda r: ", ".join(r["timezones"]),
                ),
                Column("people", lambda: QCoreApplication.translate("DelegationsView", "Personas"), align_right=True),
            ],
            self,
        )
        self.countries_table, self.countries_proxy = filtered_table(self, self.countries_model)
        self.countries_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)

        # Organisations
        self.orgs_model = RowsTableModel(
            [
                Column("acronym", lambda: QCoreApplication.translate("DelegationsView", "Sigla")),
                Column(
                    "name",
                    lambda: QCoreApplication.translate("DelegationsView", "Nombre"),
                    lambda r: r["name_en"] if lang() == "en" else r["name_es"],
                ),
                Column(
                    "category",
                    lambda: QCoreApplication.translate("DelegationsView", "Categoría"),
                    lambda r: labels.category(r["category"]),
                ),
                Column("people", lambda: QCoreApplication.translate("DelegationsView", "Personas"), align_right=True),
            ],
            self,
        )
        self.orgs_table, self.orgs_proxy = filtered_table(self, self.orgs_model)

        # Focal points
        self.focal_model = RowsTableModel(
            [
                Column(
                    "country",  # a member country, or an observer organisation (its contact, seed A)
                    lambda: QCoreApplication.translate("DelegationsView", "Delegación"),
                    lambda r: _delegation_name(r["country"], lang()),
                ),
                Column("name", lambda: QCoreApplication.translate("DelegationsView", "Punto focal")),
                Column("institution", lambda: QCoreApplication.translate("DelegationsView", "Institución")),
                Column("email", lambda: QCoreApplication.translate("DelegationsView", "Correo")),
            ],
            self,
        )
        self.focal_table, self.focal_proxy = filtered_table(self, self.focal_model)
        self.focal_filter = QLineEdit(self)
        self.focal_filter.setClearButtonEnabled(True)
        self.focal_filter.textChanged.connect(self.focal_proxy.set_text)
        self.focal_empty = QLabel(self)
        self.add_focal_button = QPushButton(self)
        self.add_focal_button.clicked.connect(self.add_focal_point)
        focal_tab = QWidget(self)
        fl = QVBoxLayout(focal_tab)
        frow = QHBoxLayout()
        frow.addWidget(self.focal_filter, 1)
        frow.addWidget(self.add_focal_button)
        fl.addLayout(frow)
        fl.addWidget(self.focal_table, 1)
        fl.addWidget(self.focal_empty)

        # Accreditation
        acc_tab = QWidget(self)
        self.meeting_label = QLabel(self)
        self.meeting_box = QComboBox(self)
        self.meeting_box.setMinimumContentsLength(40)
        self.meeting_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting_label.setBuddy(self.meeting_box)
        self.meeting_box.currentIndexChanged.connect(self._meeting_chosen)
        self.segment_label = QLabel(self)
        self.segment_box = QComboBox(self)
        self.segment_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.segment_label.setBuddy(self.segment_box)
        self.segment_box.currentIndexChanged.connect(lambda _: self._segment_filter())
        top = QHBoxLayout()
        top.addWidget(self.meeting_label)
        top.addWidget(self.meeting_box, 1)
        top.addWidget(self.segment_label)
        top.addWidget(self.segment_box)

        self.acc_model = RowsTableModel(
            [
                Column("name", lambda: QCoreApplication.translate("DelegationsView", "Nombre")),
                Column(
                    "delegation",
                    lambda: QCoreApplication.translate("DelegationsView", "Delegación"),
                    lambda r: _delegation_name(r["delegation"], lang()),
                ),
                Column(
                    "roles",
                    lambda: QCoreApplication.translate("DelegationsView", "Funciones"),
                    lambda r: labels.roles(r["roles"]),
                ),
                Column(
                    "exception",
                    lambda: QCoreApplication.translate("DelegationsView", "Por"),
                    lambda r: (
                        QCoreApplication.translate("DelegationsView", "invitación / autorización")
                        if r["exception"]
                        else ""
                    ),
                ),
            ],
            self,
        )
        self.acc_table, self.acc_proxy = filtered_table(self, self.acc_model)
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.clicked.connect(self.withdraw_current)
        self.name_drafting_button = QPushButton(self)
        self.name_drafting_button.clicked.connect(self.name_drafting_current)
        self.acc_box = QGroupBox(self)
        al = QVBoxLayout(self.acc_box)
        al.addWidget(self.acc_table, 1)
        arow = QHBoxLayout()
        arow.addWidget(self.withdraw_button)
        arow.addWidget(self.name_drafting_button)
        arow.addStretch(1)
        al.addLayout(arow)

        self.cand_model = RowsTableModel(self.people_model.columns[:4], self)
        self.cand_table, self.cand_proxy = filtered_table(self, self.cand_model)
        self.cand_filter = QLineEdit(self)
        self.cand_filter.setClearButtonEnabled(True)
        self.cand_filter.textChanged.connect(self.cand_proxy.set_text)
        self.accredit_button = QPushButton(self)
        self.accredit_button.clicked.connect(self.accredit_current)
        self.cand_table.doubleClicked.connect(lambda _: self.accredit_current())
        self.cand_table.installEventFilter(self)
        self.act_button = QPushButton(self)
        self.act_button.clicked.connect(self.record_act)
        self.cand_box = QGroupBox(self)
        cl = QVBoxLayout(self.cand_box)
        cl.addWidget(self.cand_filter)
        cl.addWidget(self.cand_table, 1)
        crow = QHBoxLayout()
        crow.addWidget(self.accredit_button)
        crow.addWidget(self.act_button)
        crow.addStretch(1)
        cl.addLayout(crow)

        self.drafting_label = QLabel(self)
        self.drafting_label.setWordWrap(True)
        self.drafting_label.setTextFormat(Qt.TextFormat.RichText)
        self.acts_label = QLabel(self)
        self.acts_label.setWordWrap(True)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_csv)
        split = QSplitter(self)
        split.addWidget(self.acc_box)
        split.addWidget(self.cand_box)
        split.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.drafting_label, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        acl = QVBoxLayout(acc_tab)
        acl.addLayout(top)
        acl.addWidget(split, 1)
        acl.addWidget(self.acts_label)
        acl.addLayout(bottom)

        self.tabs.addTab(people_tab, "")
        self.tabs.addTab(self.countries_table, "")
        self.tabs.addTab(self.orgs_table, "")
        self.tabs.addTab(focal_tab, "")
        self.tabs.addTab(acc_tab, "")
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)

    def _retranslate(self) -> None:
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
        self.people_filter_label.setText(self.tr("&Buscar:"))
        self.people_filter.setPlaceholderText(self.tr("Nombre, país, cargo, institución…"))
        self.people_filter.setAccessibleName(self.tr("Buscar personas"))
        self.people_category.setAccessibleName(self.tr("Filtrar por categoría"))
        current = self.people_category.currentData()
        self.people_category.blockSignals(True)
        self.people_category.clear()
        self.people_category.addItem(self.tr("Todas las categorías"), None)
        for code in ("member_country", "observer_country", "observer_org", "civil_society", "secretariat", "guest"):
            self.people_category.addItem(labels.category(code), code)
        self.people_category.setCurrentIndex(max(0, self.people_category.findData(current)))
        self.people_category.blockSignals(False)
        self.add_person_button.setText(self.tr("&Nueva persona…"))
        self.edit_person_button.setText(self.tr("&Editar…"))
        self.add_person_button.setAccessibleName(self.tr("Nueva persona"))
        self.edit_person_button.setAccessibleName(self.tr("Editar la persona seleccionada"))
        self.people_table.setAccessibleName(self.tr("Personas"))
        self.countries_table.setAccessibleName(self.tr("Países"))
        self.orgs_table.setAccessibleName(self.tr("Organizaciones"))
        self.focal_table.setAccessibleName(self.tr("Puntos focales"))
        self.focal_filter.setPlaceholderText(self.tr("Buscar puntos focales"))
        self.focal_filter.setAccessibleName(self.tr("Buscar puntos focales"))
        self.add_focal_button.setText(self.tr("&Registrar punto focal…"))
        self.add_focal_button.setAccessibleName(self.tr("Registrar punto focal"))
        self.meeting_label.setText(self.tr("&Reunión:"))
        self.meeting_box.setAccessibleName(self.tr("Reunión"))
        self.segment_label.setText(self.tr("&Segmento:"))
        self.segment_box.setAccessibleName(self.tr("Segmento"))
        self.acc_box.setTitle(self.tr("Acreditados"))
        self.acc_table.setAccessibleName(self.tr("Personas acreditadas"))
        self.withdraw_button.setText(self.tr("&Retirar acreditación"))
        self.withdraw_button.setAccessibleName(self.tr("Retirar la acreditación seleccionada"))
        self.name_drafting_button.setText(self.tr("Nombrar al &Grupo de Redacción"))
        self.name_drafting_button.setAccessibleName(self.tr("Nombrar representante al Grupo de Redacción"))
        self.cand_box.setTitle(self.tr("Personas por acreditar"))
        self.cand_table.setAccessibleName(self.tr("Personas por acreditar"))
        self.cand_filter.setPlaceholderText(self.tr("Buscar personas"))
        self.cand_filter.setAccessibleName(self.tr("Buscar personas por acreditar"))
        self.accredit_button.setText(self.tr("A&creditar"))
        self.accredit_button.setAccessibleName(self.tr("Acreditar a la persona seleccionada"))
        self.act_button.setText(self.tr("Registrar &invitación o autorización…"))
        self.act_button.setAccessibleName(self.tr("Registrar invitación o autorización"))
        self.import_button.setText(self.tr("I&mportar CSV…"))
        self.export_button.setText(self.tr("E&xportar CSV…"))
        self.import_button.setAccessibleName(self.tr("Importar lista de participantes en CSV"))
        self.export_button.setAccessibleName(self.tr("Exportar lista de participantes en CSV"))
        for model in (self.people_model, self.countries_model, self.orgs_model, self.focal_model, self.acc_model):
            model.refresh_texts()
        self.cand_model.refresh_texts()
        if self.data is not None:
            self._fill_meetings()
        if self.roster is not None:
            self._show_roster()
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

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

    # --- loading -----------------------------------------------------------------------------------
    def reload(self) -> None:
        ws = self.ctx.ws
        self.ctx.run(lambda: load_directory(ws), on_done=self._loaded)

    def _on_data_changed(self, tables: set[str]) -> None:
        if tables & WATCHED:
            self.reload()

    def _loaded(self, data: Directory) -> None:
        self.data = data
        self.people_model.set_rows(data.people)
        self.countries_model.set_rows(data.countries)
        self.orgs_model.set_rows(data.organisations)
        self.focal_model.set_rows(data.focal_points)
        self.cand_model.set_rows(data.people)
        for table in (self.people_table, self.countries_table, self.orgs_table, self.focal_table):
            table.resizeColumnsToContents()
            for c in range(table.model().columnCount()):
                table.setColumnWidth(c, min(table.columnWidth(c), 320))
        self.focal_empty.setVisible(not data.focal_points)
        self.focal_empty.setText(self.tr("No hay puntos focales registrados."))
        self._fill_meetings()
        self._update_counts()
        if self.meeting_id:
            self._load_roster(self.meeting_id)
        self._select_pending_person()
        self._apply_restoring_person()
        self.loaded.emit()

    def _fill_meetings(self) -> None:
        assert self.data is not None
        self.meeting_box.blockSignals(True)
        self.meeting_box.clear()
        for m in self.data.meetings:
            self.meeting_box.addItem(f"{m['start'][:10]}  {m['title']}", m["id"])
        if self.meeting_id is None and self.data.meetings:
            from datetime import date

            today = date.today().isoformat()
            upcoming = [m for m in self.data.meetings if m["end"][:10] >= today]
            self.meeting_id = (upcoming[0] if upcoming else self.data.meetings[-1])["id"]
        if self.meeting_id:
            self.meeting_box.setCurrentIndex(max(0, self.meeting_box.findData(self.meeting_id)))
        self.meeting_box.blockSignals(False)

    def _update_counts(self) -> None:
        total = self.people_model.rowCount()
        shown = self.people_proxy.rowCount()
        self.people_count.setText(self.tr("%1 de %2 personas").replace("%1", str(shown)).replace("%2", str(total)))

    def _category_filter(self) -> None:
        value = self.people_category.currentData()
        self.people_proxy.set_field("category", value)
        self._update_counts()

    # --- opening in context ------------------------------------------------------------------------
    def open_meeting(self, meeting_id: str) -> None:
        """Show the accreditation of ``meeting_id``."""
        self.tabs.setCurrentIndex(4)
        self.meeting_id = meeting_id
        if self.data is not None:
            self.meeting_box.setCurrentIndex(max(0, self.meeting_box.findData(meeting_id)))
        self._load_roster(meeting_id)

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

    def _meeting_chosen(self) -> None:
        mid = self.meeting_box.currentData()
        if mid:
            self.meeting_id = str(mid)
            self._load_roster(self.meeting_id)

    def _load_roster(self, meeting_id: str) -> None:
        ws = self.ctx.ws
        self._roster_generation += 1
        generation = self._roster_generation
        self.ctx.run(
            lambda: load_roster(ws, meeting_id),
            on_done=lambda roster: self._roster_loaded(generation, roster),
        )

    def _roster_loaded(self, generation: int, roster: MeetingRoster) -> None:
        if generation != self._roster_generation:
            return  # a newer read is on its way
        self.roster = roster
        self._show_roster()
        self.roster_loaded.emit()

    def _show_roster(self) -> None:
        roster = self.roster
        assert roster is not None
        lang = self.ctx.lang
        seg = self.segment_box.currentData()
        self.segment_box.blockSignals(True)
        self.segment_box.clear()
        for s in roster.body.segments:
            self.segment_box.addItem(s.name(lang), s.key)
        self.segment_box.setCurrentIndex(max(0, self.segment_box.findData(seg)))
        self.segment_box.blockSignals(False)
        self.acc_model.set_rows(roster.accredited)
        self._segment_filter()
        self.acc_table.resizeColumnsToContents()
        d = roster.drafting
        if not d["has_group"]:
            self.drafting_label.setText(self.tr("Esta reunión no tiene Grupo de Redacción."))
        else:
            named = ", ".join(f"{_delegation_name(s['country'], lang)}: {s['name']}" for s in d["seats"])
            text = self.tr("<b>Grupo de Redacción</b> — nombrados: %1").replace("%1", named or "—")
            if d["missing"]:
                missing = ", ".join(_delegation_name(c, lang) for c in d["missing"])
                text += "<br>" + self.tr("<span style='color:#a4262c'>Faltan por nombrar: %1</span>").replace(
                    "%1", missing
                )
            self.drafting_label.setText(text)
        self.name_drafting_button.setEnabled(bool(d["has_group"]))
        if roster.acts:
            acts = "; ".join(
                f"{labels.act_kind(a['kind'])}: {_delegation_name(a['subject'], lang)} ({a['date']})"
                for a in roster.acts
            )
            self.acts_label.setText(self.tr("Actos registrados: %1").replace("%1", acts))
        else:
            self.acts_label.setText(self.tr("No hay invitaciones ni autorizaciones registradas para esta reunión."))

    def _segment_filter(self) -> None:
        segment = self.segment_box.currentData()
        self.acc_proxy.set_field("segment", segment)
        self.acc_box.setTitle(self.tr("Acreditados (%1)").replace("%1", str(self.acc_proxy.rowCount())))
        if self.data is not None and self.roster is not None:
            # Offer only the people not yet accredited to this segment.
            taken = {a["person_id"] for a in self.roster.accredited if a["segment"] == segment}
            self.cand_model.set_rows([p for p in self.data.people if p["id"] not in taken])
            self.cand_table.resizeColumnsToContents()

    def current_segment(self) -> str:
        return str(self.segment_box.currentData() or "plenary")

    # --- actions -----------------------------------------------------------------------------------
    def _error(self, text: str) -> None:
        """A refusal the view finds itself goes where every notice goes: ``user_error``, shown by the
        main window's message bar (service refusals arrive there from the UI context directly)."""
        self.ctx.user_error.emit(text)

    def _info(self, text: str) -> None:
        self.ctx.notice.emit(text)

    def _selected(self, table: QTableView, proxy: RowFilterProxy) -> dict[str, Any] | None:
        ix = table.currentIndex()
        if not ix.isValid():
            return None
        return proxy.source_row(ix.row())

    def accredit_current(self) -> None:
        person = self._selected(self.cand_table, self.cand_proxy)
        if person is None or self.meeting_id is None:
            self._error(self.tr("Elija primero a una persona de la lista."))
            return
        self.accredit(person["id"])

    def accredit(self, person_id: str) -> None:
        """Accredit (undoable: the undo withdraws it); a refusal explains the rule and is not undoable."""
        ws, mid, seg = self.ctx.ws, self.meeting_id, self.current_segment()
        assert mid is not None
        name = next((p["name"] for p in (self.data.people if self.data else []) if p["id"] == person_id), "")
        segment = self.roster.body.segment(seg) if self.roster is not None else None
        where = segment.name(self.ctx.lang) if segment is not None else labels.segment(seg)
        holder: dict[str, str] = {}  # the accreditation's id, renewed by each redo

        def do() -> str:
            holder["id"] = accreditation.accredit(ws, mid, person_id, seg)
            return holder["id"]

        run_undoable(
            self.ctx,
            self.tr("Acreditar a %1").replace("%1", name),
            do=do,
            undo=lambda _r: lambda: accreditation.withdraw(ws, holder["id"]),
            redo=lambda _r: do,
            changes=["accreditations", "drafting_seats"],
            on_done=lambda _: self._info(
                self.tr("%1 quedó acreditado(a) a «%2».").replace("%1", name).replace("%2", where)
            ),
        )

    def withdraw_current(self) -> None:
        """Withdraw the selected accreditation (undoable: the undo accredits the person again)."""
        row = self._selected(self.acc_table, self.acc_proxy)
        if row is None or self.meeting_id is None:
            return
        ws, mid = self.ctx.ws, self.meeting_id
        holder = {"id": row["id"]}

        def again() -> None:
            holder["id"] = accreditation.accredit(ws, mid, row["person_id"], row["segment"])

        run_undoable(
            self.ctx,
            self.tr("Retirar la acreditación de %1").replace("%1", row["name"]),
            do=lambda: accreditation.withdraw(ws, holder["id"]),
            undo=lambda _r: again,
            redo=lambda _r: lambda: accreditation.withdraw(ws, holder["id"]),
            changes=["accreditations", "drafting_seats"],
        )

    def name_drafting_current(self) -> None:
        row = self._selected(self.acc_table, self.acc_proxy)
        if row is None or self.meeting_id is None:
            self._error(self.tr("Elija primero a una persona acreditada."))
            return
        ws, mid = self.ctx.ws, self.meeting_id
        self.ctx.run(
            lambda: accreditation.name_drafting_representative(ws, mid, row["person_id"]),
            on_done=lambda _: self._info(
                self.tr("%1 representa a su país en el Grupo de Redacción.").replace("%1", row["name"])
            ),
            changes=["drafting_seats"],
        )

    def record_act(self) -> ActDialog | None:
        """Open the act dialog (window-modal, autosaved); OK records the act for the shown meeting."""
        if self.meeting_id is None:
            return None
        person = self._selected(self.cand_table, self.cand_proxy)
        subject = (person.get("country") or person.get("organisation")) if person else None
        dialog = ActDialog(self.ctx.lang, subject=subject, parent=self)
        draft = dialog.autosave(self.ctx.drafts, self.meeting_id).key
        self._act_dialog = dialog

        def accepted() -> None:
            self.save_act(
                ActKind(dialog.kind.currentData()),
                str(dialog.subject.currentData()),
                this_meeting=dialog.this_meeting.isChecked(),
                capabilities=dialog.chosen_capabilities(),
                granted_by=dialog.granted_by.text().strip() or None,
                note=dialog.note.text().strip() or None,
                draft=draft,
            )

        return self._open(dialog, accepted)

    def _open(self, dialog: AutosavedDialog, accepted: Callable[[], None]) -> Any:
        """Show an autosaved form without blocking; its draft stays until the service saved what it holds."""
        dialog.accepted.connect(lambda: dialog.saver.flush() if dialog.saver else None)
        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def save_act(
        self,
        kind: ActKind,
        subject: str,
        *,
        this_meeting: bool = True,
        capabilities: list[Any] | None = None,
        granted_by: str | None = None,
        note: str | None = None,
        draft: str | None = None,
    ) -> None:
        """Record the act; ``draft``, the key of the form's autosave, is forgotten once it is recorded."""
        ws, mid = self.ctx.ws, self.meeting_id if this_meeting else None

        def done(_result: Any) -> None:
            self._forget(draft)
            self._info(
                self.tr("%1 registrada para %2.")
                .replace("%1", labels.act_kind(kind.value))
                .replace("%2", _delegation_name(subject, self.ctx.lang))
            )

        self.ctx.run(
            lambda: accreditation.record_act(
                ws, kind, subject, meeting_id=mid, capabilities=capabilities, granted_by=granted_by, note=note
            ),
            on_done=done,
            changes=["acts"],
        )

    def _forget(self, draft: str | None) -> None:
        if draft is not None:
            self.ctx.drafts.clear(draft)

    def add_person(self) -> PersonDialog:
        return self._person_form(None)

    def _person_form(self, row: dict[str, Any] | None) -> PersonDialog:
        """Open the person dialog (window-modal, autosaved) for a new person or the ``row`` to edit."""
        dialog = PersonDialog(self.ctx.lang, row, parent=self)
        draft = dialog.autosave(self.ctx.drafts).key
        self._person_dialog = dialog
        person_id = row["id"] if row is not None else None
        return self._open(dialog, lambda: self.save_person(dialog.value(), person_id, draft=draft))

    def save_person(self, value: people.PersonInput, person_id: str | None = None, *, draft: str | None = None) -> None:
        ws = self.ctx.ws
        if person_id is None:
            fn: Any = lambda: people.add_person(ws, value)  # noqa: E731
        else:
            fields = dict(
                name=value.name, title=value.title, institution=value.institution, email=value.email, phone=value.phone
            )
            fn = lambda: people.update_person(ws, person_id, **fields)  # noqa: E731
        self.ctx.run(fn, on_done=lambda _r: self._forget(draft), changes=["people", "role_assignments"])

    def edit_person(self) -> PersonDialog | None:
        row = self._selected(self.people_table, self.people_proxy)
        return None if row is None else self._person_form(row)

    # --- recovery of a form a crash closed (``ui.form_autosave``) ------------------------------------
    def restore_person(self, person_id: str | None, fields: dict[str, Any]) -> None:
        """Reopen the person dialog with recovered ``fields`` (an edit waits for the people to load)."""
        self._restoring_person = (person_id, fields)
        if self.data is not None:
            self._apply_restoring_person()

    def _apply_restoring_person(self) -> None:
        if self._restoring_person is None or self.data is None:
            return
        person_id, fields = self._restoring_person
        self._restoring_person = None
        row = next((p for p in self.data.people if p["id"] == person_id), None)
        if person_id is not None and row is None:
            self._error(self.tr("La persona ya no existe; copie el texto desde la recuperación."))
            return
        self.tabs.setCurrentIndex(0)
        dialog = self._person_form(row)
        assert dialog.saver is not None
        dialog.saver.fill(fields)  # as if typed: autosaved again until OK

    def restore_act(self, meeting_id: str, fields: dict[str, Any]) -> None:
        """Reopen the act dialog of ``meeting_id`` with recovered ``fields``."""
        self.open_meeting(meeting_id)
        dialog = self.record_act()
        if dialog is not None and dialog.saver is not None:
            dialog.saver.fill(fields)

    def add_focal_point(self) -> None:
        from crm_desktop.ui.delegations.focal_point import FocalPointDialog

        dialog = FocalPointDialog(self.ctx.lang, self.data.people if self.data else [], self)
        self._focal_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            person_id, country, institution = dialog.chosen()  # type: ignore[misc]
            self.save_focal_point(person_id, country, institution)

    def save_focal_point(self, person_id: str, country: str, institution: str) -> None:
        ws = self.ctx.ws
        self.ctx.run(
            lambda: people.add_focal_point(ws, person_id, country, institution),
            changes=["focal_points", "role_assignments"],
        )

    def import_csv(self) -> None:
        if self.meeting_id is None:
            return
        from crm_desktop.ui.delegations.participants_import import ParticipantsImportDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importar participantes"), "", self.tr("Listas CSV (*.csv);;Todos los archivos (*)")
        )
        if path:
            dialog = ParticipantsImportDialog(self.ctx, self.meeting_id, Path(path), self)
            self._import_dialog = dialog
            dialog.exec()

    def export_csv(self) -> None:
        if self.meeting_id is None:
            return
        from crm_desktop.app import participants_csv

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exportar participantes"), "participantes.csv", self.tr("Listas CSV (*.csv)")
        )
        if not path:
            return
        ws, mid = self.ctx.ws, self.meeting_id
        self.ctx.run(
            lambda: participants_csv.export_file(ws, mid, Path(path)),
            on_done=lambda n: self._info(
                self.tr("%1 participantes exportados a %2.").replace("%1", str(n)).replace("%2", path)
            ),
        )


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
