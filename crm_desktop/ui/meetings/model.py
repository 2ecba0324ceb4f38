"""The meetings table model shared by the calendar's list view and the meetings section.

A ``QAbstractTableModel`` over :class:`~crm_desktop.app.calendar.CalendarEntry` values, with a
proxy that filters by text (accent-insensitive), body and year, and sorts by the raw values
(``SORT_ROLE``) rather than the displayed text.

A row's texts, sort keys and search text are computed the first time Qt asks for them and kept until
the rows or the language change: sorting asks for two sort keys per comparison and sizing the
columns and painting ask for each visible cell's text several times, which recomputing (titles,
places, folded accents) made a stall of some 100 ms when the section was first shown.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from crm_desktop.app.calendar_entries import CalendarEntry
from crm_desktop.domain.reference import country
from crm_desktop.ui import labels
from crm_desktop.ui.models.rows import CONTENTS_PRECISION

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def fold(text: str) -> str:
    """Lower-case without accents, so "reunion" finds "Reunión"."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


class MeetingTableModel(QAbstractTableModel):
    DATE, BODY, TITLE, PLACE, STATUS, WARNINGS = range(6)

    def __init__(self, lang: str = "es", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CalendarEntry] = []
        self.lang = lang
        self._texts: list[list[str] | None] = []  # per row, once asked: the displayed texts
        self._keys: list[list[Any] | None] = []  # per row, once asked: the sort keys
        self._search: list[str | None] = []  # per row, once asked: the folded search text
        self._sorted: tuple[int, Qt.SortOrder] | None = None  # the order the rows are kept in

    def _forget(self) -> None:
        self._texts = [None] * len(self._rows)
        self._keys = [None] * len(self._rows)
        self._search = [None] * len(self._rows)

    def set_entries(self, entries: Sequence[CalendarEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self._forget()
        if self._sorted is not None:
            self._reorder(*self._sorted)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keep the rows in this order (the proxy hands its sorting here: one pass over keys computed
        once, where Qt's proxy asks for two sort keys through Python at every comparison)."""
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = self._reorder(column, order)
        where = {old: new for new, old in enumerate(moved)}
        self.changePersistentIndexList(before, [self.index(where[i.row()], i.column()) for i in before])
        self.layoutChanged.emit()

    def _reorder(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Sort the rows and their cached texts; the old row of each new row."""
        self._sorted = (column, order)
        moved = sorted(
            range(len(self._rows)),
            key=lambda i: self._sort_key(i, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [self._rows[i] for i in moved]
        self._texts = [self._texts[i] for i in moved]
        self._keys = [self._keys[i] for i in moved]
        self._search = [self._search[i] for i in moved]
        return moved

    def _sort_key(self, row: int, column: int) -> Any:
        keys = self._keys[row]
        if keys is None:
            keys = self._keys[row] = self._row_keys(self._rows[row], self.texts(row))
        return keys[column]

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self._forget()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def entry(self, row: int) -> CalendarEntry:
        return self._rows[row]

    def row_of(self, meeting_id: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == meeting_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Fechas"),
            self.tr("Cuerpo"),
            self.tr("Reunión"),
            self.tr("Sede"),
            self.tr("Estado"),
            self.tr("Avisos"),
        ][section]

    def _place(self, e: CalendarEntry) -> str:
        parts = [e.city or ""]
        if e.host_country:
            parts.append(country(e.host_country).name(self.lang))
        return ", ".join(p for p in parts if p)

    def _row_texts(self, e: CalendarEntry) -> list[str]:
        return [
            labels.date_range(e.start, e.end),
            e.body_short.render(self.lang),
            e.title_in(self.lang),
            self._place(e),
            labels.meeting_status_now(e.status, e.end),
            str(len(e.warnings)) if e.warnings else "",
        ]

    def _row_keys(self, e: CalendarEntry, texts: list[str]) -> list[Any]:
        title, place = fold(texts[self.TITLE]), fold(texts[self.PLACE])
        return [e.start.isoformat(), e.body, title, place, e.status, len(e.warnings)]

    def texts(self, row: int) -> list[str]:
        """The row's displayed texts, one a column (computed once)."""
        texts = self._texts[row]
        if texts is None:
            texts = self._texts[row] = self._row_texts(self._rows[row])
        return texts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[col]
        e = self._rows[row]
        if role == ENTRY_ROLE:
            return e
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == SEARCH_ROLE:
            search = self._search[row]
            if search is None:
                texts = self.texts(row)
                words = [texts[self.TITLE], e.title, texts[self.BODY], texts[self.PLACE], e.ordinal or ""]
                search = self._search[row] = fold(" ".join(words))
            return search
        if role == Qt.ItemDataRole.ToolTipRole and col == self.STATUS and labels.overdue(e.status, e.end):
            return self.tr("Registrada como «%1» y ya terminó: márquela como celebrada en su página.").replace(
                "%1", labels.meeting_status(e.status)
            )
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS and labels.overdue(e.status, e.end):
            return QBrush(QColor("#a15c00"))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.WARNINGS and e.warnings:
            return "\n".join("• " + w.render(self.lang) for w in e.warnings)
        if role == Qt.ItemDataRole.DecorationRole and col == self.BODY:
            return QColor(e.colour)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.WARNINGS and e.warnings:
            return QBrush(QColor("#a15c00"))
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.WARNINGS:
            return self.tr("%n aviso(s)", "", len(e.warnings))
        return None


FITTED = (MeetingTableModel.DATE, MeetingTableModel.BODY, MeetingTableModel.STATUS, MeetingTableModel.WARNINGS)


def setup_meeting_table(table: QTableView) -> None:
    """One look for every meetings table: one line a row, the title taking the spare width.

    The short columns (dates, body, state, warnings) are as wide as their widest text, measured once
    each time the rows or the language change (:class:`_ColumnFitter`); Qt's ``ResizeToContents``
    measured them again at every show and layout of the table, some 30 ms each time."""
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(CONTENTS_PRECISION)
    for col in FITTED:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(MeetingTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(MeetingTableModel.PLACE, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(MeetingTableModel.PLACE, 200)
    proxy = table.model()
    source = proxy.sourceModel() if isinstance(proxy, QSortFilterProxyModel) else proxy
    if isinstance(source, MeetingTableModel):
        _ColumnFitter(table, source)


class _ColumnFitter(QObject):
    """Sizes the short columns of a meetings table to their widest text (every row, not a sample)."""

    def __init__(self, table: QTableView, model: MeetingTableModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model
        model.modelReset.connect(self.fit)
        model.headerDataChanged.connect(self.fit)  # a language switch
        self.fit()

    def fit(self) -> None:
        table, model = self.table, self.model
        metrics = table.fontMetrics()
        style = table.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 2
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table) + 8
        header = table.horizontalHeader()
        rows = [model.texts(r) for r in range(model.rowCount())]
        for col in FITTED:
            texts = {row[col] for row in rows}
            width = max((metrics.horizontalAdvance(t) for t in texts), default=0) + margin
            if col == MeetingTableModel.BODY:
                width += icon  # the body's colour
            header.resizeSection(col, max(width, header.sectionSizeHint(col)))


class MeetingFilterProxy(QSortFilterProxyModel):
    """Filters by folded text, body and year; its source sorts itself by ``SORT_ROLE``
    (:meth:`MeetingTableModel.sort`), so the rows it keeps come in the source's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._body = ""
        self._year: int | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def _change_filter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateFilter() by begin/endFilterChange(); older Qt has only the former.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, MeetingTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_text(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "_text", fold(text.strip())))

    def set_body(self, body: str) -> None:
        self._change_filter(lambda: setattr(self, "_body", body))

    def set_year(self, year: int | None) -> None:
        self._change_filter(lambda: setattr(self, "_year", year))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        e: CalendarEntry = model.data(model.index(source_row, 0, source_parent), ENTRY_ROLE)
        if self._body and e.body != self._body:
            return False
        if self._year is not None and not (e.start.year <= self._year <= e.end.year):
            return False
        if self._text:
            haystack: str = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE)
            return all(word in haystack for word in self._text.split())
        return True
