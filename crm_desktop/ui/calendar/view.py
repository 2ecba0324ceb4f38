"""Calendario / Calendar: the process's meetings by month, by year or as a list.

Meetings are coloured by body; the panel on the right lists the meetings of the selected day and the
rule warnings of the period shown (e.g. the networks must meet immediately before the GRCM). From
here a user creates and edits meetings, and exports or imports iCalendar files.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app.calendar_entries import CalendarData, CalendarEntry
from crm_desktop.ui import labels
from crm_desktop.ui.calendar.ics import IcsActions, calendar_service
from crm_desktop.ui.calendar.upcoming import UpcomingPanel
from crm_desktop.ui.calendar.widgets import MonthCalendar, YearGrid, report_paints, to_date
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.meetings.model import ENTRY_ROLE, MeetingFilterProxy, MeetingTableModel, setup_meeting_table
from crm_desktop.ui.settings import CALENDAR_MODE, Settings

MEETING_ROLE = Qt.ItemDataRole.UserRole + 10
MODES = ("month", "year", "list")


WATCHED = {"meetings", "accreditations", "presidency_terms", "bodies", "people", "role_assignments"}


class CalendarView(IcsActions):
    """Signals:
    data_painted(): the month grid has been painted with the workspace's meetings (``--smoke``).
    loaded(): new data arrived from the workspace.

    While the workspace opens (``ctx.ready`` false) the view shows the first look (the meetings
    without their rule warnings, ``data.complete`` false), then the complete data read the same plain
    way, or, when that could not be read, loads it once the workspace is open. What needs the open
    workspace (a new meeting, an iCalendar file) waits for it (``ctx.when_open``).
    """

    data_painted = Signal()
    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: CalendarData | None = None
        self._painted_reported = False
        self._pending_focus: str | None = None

        # toolbar
        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.today_button = QToolButton()
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.period = QLabel()
        font = self.period.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.period.setFont(font)
        self.mode_buttons = QButtonGroup(self)
        self.mode_buttons.setExclusive(True)
        self._mode_widgets: list[QToolButton] = []
        for i, _mode in enumerate(MODES):
            b = QToolButton()
            b.setCheckable(True)
            self.mode_buttons.addButton(b, i)
            self._mode_widgets.append(b)
        self.new_button = QToolButton()
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.ics_button = QToolButton()
        self.ics_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.ics_menu = QMenu(self)
        self.export_year_action = self.ics_menu.addAction("")
        self.export_meeting_action = self.ics_menu.addAction("")
        self.import_action = self.ics_menu.addAction("")
        self.ics_button.setMenu(self.ics_menu)

        bar = QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(8)
        bar.addWidget(self.period, 1)
        for b in self._mode_widgets:
            bar.addWidget(b)
        bar.addSpacing(12)
        bar.addWidget(self.new_button)
        bar.addWidget(self.ics_button)

        # the three views
        self.month = MonthCalendar()
        self.year_grid = YearGrid()
        self.table_model = MeetingTableModel(ctx.lang, self)
        self.table_proxy = MeetingFilterProxy(self)
        self.table_proxy.setSourceModel(self.table_model)
        self.table = QTableView()
        self.table.setModel(self.table_proxy)
        setup_meeting_table(self.table)
        self.table.sortByColumn(MeetingTableModel.DATE, Qt.SortOrder.AscendingOrder)
        self.stack = QStackedWidget()
        for page in (self.month, self.year_grid, self.table):
            self.stack.addWidget(page)

        # side panel: the selected day's meetings, then the period's rule warnings
        self.day_title = QLabel()
        self.day_model = QStandardItemModel(self)
        self.day_list = QListView()
        self.day_list.setModel(self.day_model)
        self.day_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.day_list.setWordWrap(True)
        self.warnings_title = QLabel()
        self.warnings_model = QStandardItemModel(self)
        self.warnings_list = QListView()
        self.warnings_list.setModel(self.warnings_model)
        self.warnings_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.warnings_list.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.upcoming = UpcomingPanel(side)  # what comes next and the colours' legend, whatever the month
        side_layout.addWidget(self.upcoming)
        for title, listing in ((self.day_title, self.day_list), (self.warnings_title, self.warnings_list)):
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            title.setBuddy(listing)
            side_layout.addWidget(title)
            side_layout.addWidget(listing, 1)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        # behaviour
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.go_to(date.today()))
        self.mode_buttons.idClicked.connect(lambda i: self.set_mode(MODES[i]))
        self.month.currentPageChanged.connect(lambda _y, _m: self._period_changed())
        self.month.selectionChanged.connect(self._day_changed)
        self.month.activated.connect(lambda _d: self._open_day())
        self.month.painted.connect(self._grid_painted)
        # Whichever view was left open paints first: the year grid or the list counts as well.
        report_paints(self.year_grid, self._grid_painted)
        report_paints(self.table.viewport(), self._grid_painted)
        self.year_grid.day_selected.connect(self._year_day_selected)
        self.year_grid.day_activated.connect(self._year_day_activated)
        self.table.activated.connect(lambda ix: self.ctx.navigate("meetings", meeting_id=ix.data(ENTRY_ROLE).id))
        self.day_list.activated.connect(self._item_activated)
        self.warnings_list.activated.connect(self._item_activated)
        self.upcoming.chosen.connect(lambda mid: self.ctx.navigate("meetings", meeting_id=mid))
        self.new_button.clicked.connect(self.new_meeting)
        self.export_year_action.triggered.connect(lambda: self.ctx.when_open(self._ask_export_year))
        self.export_meeting_action.triggered.connect(lambda: self.ctx.when_open(self._ask_export_meeting))
        self.import_action.triggered.connect(lambda: self.ctx.when_open(self._ask_import))
        QShortcut(
            QKeySequence.StandardKey.New,
            self,
            self.new_meeting,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        self.settings = Settings()
        mode = self.settings.get(CALENDAR_MODE)
        self.mode = mode if mode in MODES else "month"
        self._mode_widgets[MODES.index(self.mode)].setChecked(True)
        self.stack.setCurrentIndex(MODES.index(self.mode))
        self.retranslate()
        self.reload()

    # --- data ------------------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.ctx.ready:
            self.ctx.first_look_ready.connect(self._first_look)
            self.ctx.workspace_opened.connect(self._workspace_opened)
            self._first_look()
            return
        ws = self.ctx.ws
        self.ctx.read(lambda: calendar_service().load(ws), self._loaded)

    @property
    def complete(self) -> bool:
        """Whether the view shows the complete data (with the rule warnings), not only the first look."""
        return self.data is not None and self.data.complete

    def _first_look(self, *_args: object) -> None:
        look = self.ctx.first_look
        if look is not None and not self.complete and (self.data is None or look.calendar.complete):
            self._loaded(look.calendar)

    def _workspace_opened(self) -> None:
        if not self.complete:  # the plain read of the warnings failed: the services' load says why
            self.reload()

    def _loaded(self, data: CalendarData) -> None:
        self.data = data
        self.month.set_entries(data.entries)
        self.year_grid.set_entries(data.entries)
        self.table_model.set_entries(data.entries)
        self.upcoming.set_entries(data.entries, self.ctx.lang)
        first = self.upcoming.open_once()  # the next meeting's day, on the first load only
        if first is not None and not self._pending_focus:
            self.go_to(first)
        self._period_changed()
        self._day_changed()
        if self._pending_focus:
            self.show_context(meeting_id=self._pending_focus)
        self.loaded.emit()

    def _on_data_changed(self, changed: set[str]) -> None:
        if changed & WATCHED:
            self.reload()

    def _grid_painted(self) -> None:
        if self.data is not None and not self._painted_reported:
            self._painted_reported = True
            self.data_painted.emit()

    def entry(self, meeting_id: str) -> CalendarEntry | None:
        if self.data is None:
            return None
        return next((e for e in self.data.entries if e.id == meeting_id), None)

    # --- navigation ------------------------------------------------------------------------------
    @property
    def current_date(self) -> date:
        return to_date(self.month.selectedDate())

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._mode_widgets[MODES.index(mode)].setChecked(True)
        self.stack.setCurrentIndex(MODES.index(mode))
        self.settings.set(CALENDAR_MODE, mode)
        self._period_changed()

    def go_to(self, day: date) -> None:
        self.month.setSelectedDate(QDate(day.year, day.month, day.day))
        self.month.setCurrentPage(day.year, day.month)
        self.year_grid.set_year(day.year)
        self.year_grid.selected = day
        self._period_changed()
        self._day_changed()

    def step(self, direction: int) -> None:
        d = self.current_date
        if self.mode == "month":
            month = d.month + direction
            year = d.year + (month - 1) // 12
            month = (month - 1) % 12 + 1
            self.go_to(date(year, month, min(d.day, 28)))
        else:
            self.go_to(date(d.year + direction, d.month, min(d.day, 28)))

    def show_context(self, meeting_id: str | None = None, **_context: str) -> None:
        """Open on a meeting: its first day selected, in the month view."""
        if meeting_id is None:
            return
        e = self.entry(meeting_id)
        if e is None:
            self._pending_focus = meeting_id if self.data is None else None
            return
        self._pending_focus = None
        if self.mode == "year":
            self.set_mode("month")
        self.go_to(e.start.date())
        if self.mode == "list":
            row = self.table_proxy.mapFromSource(self.table_model.index(self.table_model.row_of(e.id), 0))
            self.table.selectRow(row.row())

    def _year_day_selected(self, day: date) -> None:
        self.month.setSelectedDate(QDate(day.year, day.month, day.day))
        self._period_changed()
        self._day_changed()

    def _year_day_activated(self, day: date) -> None:
        self.set_mode("month")
        self.go_to(day)
        self.month.setFocus()

    def _period_changed(self) -> None:
        loc = self.locale()
        if self.mode == "month":
            first = QDate(self.month.yearShown(), self.month.monthShown(), 1)
            self.period.setText(loc.toString(first, "MMMM yyyy").capitalize())
        else:
            year = self.month.yearShown() if self.mode == "list" else self.current_date.year
            self.period.setText(str(year))
        year = self.current_date.year if self.mode != "month" else self.month.yearShown()
        self.year_grid.set_year(year)
        self.table_proxy.set_year(year)
        self._fill_warnings()

    def _day_changed(self) -> None:
        day = self.current_date
        self.day_title.setText(self.tr("Reuniones del %1").replace("%1", labels.long_date(day)))
        self.day_model.clear()
        for e in self.month.entries_on(day):
            self.day_model.appendRow(self._meeting_item(e, with_dates=True))
        if not self.day_model.rowCount():
            empty = QStandardItem(self.tr("Ninguna reunión. Pulse Ctrl+N para crear una."))
            empty.setEnabled(False)
            self.day_model.appendRow(empty)
        self.year_grid.selected = day
        self.year_grid.update()

    def _meeting_item(self, e: CalendarEntry, *, with_dates: bool) -> QStandardItem:
        lang = self.ctx.lang
        segments = " · ".join(s.render(lang) for s in e.segments)
        lines = [e.title_in(lang), f"{e.body_short.render(lang)} — {segments}"]
        if with_dates:
            lines.append(labels.meeting_times(e.start, e.end, e.timezone, e.city))
        lines += ["⚠ " + w.render(lang) for w in e.warnings]
        item = QStandardItem("\n".join(lines))
        item.setData(QColor(e.colour), Qt.ItemDataRole.DecorationRole)
        item.setData(e.id, MEETING_ROLE)
        item.setToolTip("\n".join(lines))
        return item

    def _fill_warnings(self) -> None:
        self.warnings_model.clear()
        if self.data is None:
            return
        if self.mode == "month":
            y, m = self.month.yearShown(), self.month.monthShown()
            entries = [
                e for e in self.data.entries if (e.start.year, e.start.month) <= (y, m) <= (e.end.year, e.end.month)
            ]
            self.warnings_title.setText(self.tr("Avisos de las reglas este mes"))
        else:
            y = self.current_date.year
            entries = [e for e in self.data.entries if e.start.year <= y <= e.end.year]
            self.warnings_title.setText(self.tr("Avisos de las reglas en %1").replace("%1", str(y)))
            for w in self.data.year_warnings.get(y, ()):
                item = QStandardItem("⚠ " + w.render(self.ctx.lang))
                self.warnings_model.appendRow(item)
        if not self.data.complete:  # the first look: the warnings come with the complete data
            checking = QStandardItem(self.tr("Comprobando las reglas…"))
            checking.setEnabled(False)
            self.warnings_model.appendRow(checking)
            return
        for e in entries:
            for w in e.warnings:
                item = QStandardItem(f"⚠ {labels.short_date(e.start)} · {e.title_in(self.lang)}\n{w.render(self.lang)}")
                item.setData(e.id, MEETING_ROLE)
                item.setData(QColor(e.colour), Qt.ItemDataRole.DecorationRole)
                self.warnings_model.appendRow(item)
        if not self.warnings_model.rowCount():
            none = QStandardItem(self.tr("Ningún aviso."))
            none.setEnabled(False)
            self.warnings_model.appendRow(none)

    # --- opening meetings ------------------------------------------------------------------------
    def _open_day(self) -> None:
        entries = self.month.entries_on(self.current_date)
        if len(entries) == 1:
            self.ctx.navigate("meetings", meeting_id=entries[0].id)
        elif entries:
            self.day_list.setFocus()
            self.day_list.setCurrentIndex(self.day_model.index(0, 0))
        else:
            self.new_meeting()

    def _item_activated(self, index: QModelIndex) -> None:
        meeting_id = index.data(MEETING_ROLE)
        if meeting_id:
            self.ctx.navigate("meetings", meeting_id=meeting_id)

    def selected_meeting(self) -> CalendarEntry | None:
        if self.mode == "list":
            rows = self.table.selectionModel().selectedRows()
            return rows[0].data(ENTRY_ROLE) if rows else None
        index = self.day_list.currentIndex()
        if index.isValid() and index.data(MEETING_ROLE):
            return self.entry(index.data(MEETING_ROLE))
        entries = self.month.entries_on(self.current_date)
        return entries[0] if entries else None

    def new_meeting(self) -> None:
        self.ctx.when_open(self._new_meeting)

    def _new_meeting(self) -> None:
        from crm_desktop.ui.meetings.dialog import open_meeting_dialog

        open_meeting_dialog(self.ctx, self, on_day=self.current_date)

    # --- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.ctx.lang
        self.table_model.set_lang(lang)
        self.month.lang = lang
        self.month.apply_locale()
        self.setLocale(self.month.locale())
        names = (self.tr("Mes"), self.tr("Año"), self.tr("Lista"))
        keys = ("Ctrl+1", "Ctrl+2", "Ctrl+3")
        for b, name, key in zip(self._mode_widgets, names, keys, strict=True):
            b.setText(name)
            b.setShortcut(QKeySequence(key))
            b.setToolTip(f"{name} ({key})")
            b.setAccessibleName(self.tr("Vista: %1").replace("%1", name))
        self.prev_button.setToolTip(self.tr("Anterior"))
        self.prev_button.setAccessibleName(self.tr("Periodo anterior"))
        self.next_button.setToolTip(self.tr("Siguiente"))
        self.next_button.setAccessibleName(self.tr("Periodo siguiente"))
        self.today_button.setText(self.tr("Hoy"))
        self.today_button.setAccessibleName(self.tr("Ir a hoy"))
        self.new_button.setText(self.tr("Nueva reunión"))
        self.new_button.setToolTip(self.tr("Nueva reunión (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("Nueva reunión"))
        self.ics_button.setText(self.tr("iCalendar"))
        self.ics_button.setAccessibleName(self.tr("Exportar o importar iCalendar"))
        self.export_year_action.setText(self.tr("Exportar el año mostrado…"))
        self.export_meeting_action.setText(self.tr("Exportar la reunión seleccionada…"))
        self.import_action.setText(self.tr("Importar una invitación…"))
        self.month.setAccessibleName(self.tr("Calendario mensual"))
        self.year_grid.setAccessibleName(self.tr("Calendario anual"))
        self.table.setAccessibleName(self.tr("Lista de reuniones"))
        self.day_list.setAccessibleName(self.tr("Reuniones del día seleccionado"))
        self.warnings_list.setAccessibleName(self.tr("Avisos de las reglas"))
        self._period_changed()
        self._day_changed()
