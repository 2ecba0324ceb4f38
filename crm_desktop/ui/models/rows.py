"""A table model over service rows (dicts) and a fast, accent-insensitive filter proxy.

Each row's searchable text is folded once when the rows arrive (lower case, accents removed), so a
keystroke in a filter box only does substring tests on prepared strings — fast enough for thousands
of people. Sorting uses a folded key too, so "Álvarez" sorts beside "Alvarez".

A view with thousands of rows prepares them on the worker thread with the read that fetched them
(:meth:`RowsTableModel.prepare`: texts, search keys, the table's sort order) and only swaps them in
on the UI thread (``set_rows(prepared, lang)``); rows already shown keep their texts when a subset
of them is shown again (a re-filtered candidates list).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole row dict
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's "id"
# Rows a table measures when it sizes its columns to their contents (Qt's default, 1,000, takes a
# second on 3,000 people): set on the horizontal header with ``setResizeContentsPrecision``.
CONTENTS_PRECISION = 50


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents: what people type when they search ("peru" finds "Perú").

    Cached: the same category, delegation or role text recurs in thousands of rows.
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Column:
    """A column: its translated title (called at display time) and how to show a row's value."""

    key: str
    title: Callable[[], str]
    value: Callable[[dict[str, Any]], str] | None = None
    align_right: bool = False
    sort: Callable[[dict[str, Any]], str] | None = None  # what orders the rows, when not the text shown

    def text(self, row: dict[str, Any]) -> str:
        if self.value is not None:
            return self.value(row)
        v = row.get(self.key)
        return "" if v is None else str(v)


def date_column(key: str, title: Callable[[], str]) -> Column:
    """A column of stored dates shown as "18 nov 2026" / "18 Nov 2026" and ordered by the date."""
    from crm_desktop.domain.dates import short_when
    from crm_desktop.ui.labels import ui_lang

    return Column(key, title, lambda r: short_when(r.get(key) or "", ui_lang()), sort=lambda r: str(r.get(key) or ""))


def prepare_cells(columns: Sequence[Column], rows: Sequence[dict[str, Any]]) -> tuple[list[list[str]], list[str]]:
    """Each row's displayed texts and its folded search text (cells folded one by one: they recur)."""
    cells = [[c.text(r) for c in columns] for r in rows]
    return cells, [" ".join([fold(t) for t in row]) for row in cells]


Prepared = tuple[list[dict[str, Any]], list[list[str]], list[str]]  # rows, their cells, their search texts


def sort_prepared(columns: Sequence[Column], prepared: Prepared, column: int, order: Qt.SortOrder) -> Prepared:
    """The rows ordered by one column's folded text (numerically for right-aligned columns)."""
    rows, cells, search = prepared
    if not 0 <= column < len(columns):
        return prepared
    numeric = columns[column].align_right
    by = columns[column].sort

    def key(i: int) -> Any:
        text = cells[i][column]
        if by is not None:
            return by(rows[i])
        if numeric:
            try:  # "12,500.00", "3.5%"
                return (0, float(text.replace(",", "").rstrip("%")))
            except ValueError:
                return (1, 0.0)
        return fold(text)

    order_ix = sorted(range(len(rows)), key=key, reverse=order == Qt.SortOrder.DescendingOrder)
    return [rows[i] for i in order_ix], [cells[i] for i in order_ix], [search[i] for i in order_ix]


@dataclass(frozen=True)
class PreparedRows:
    """Rows with their texts computed (on a worker thread, see :meth:`RowsTableModel.prepare`)."""

    rows: list[dict[str, Any]]
    cells: list[list[str]]
    search: list[str]
    lang: str
    sorted_by: tuple[int, Qt.SortOrder] | None


class RowsTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[dict[str, Any]] = []
        self._cells: list[list[str]] = []
        self._search: list[str] = []
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self.revision = 0  # bumped whenever the rows or their order change

    def prepare(self, rows: Sequence[dict[str, Any]], lang: str = "") -> PreparedRows:
        """Compute the rows' texts without touching the model: safe on a worker thread (the columns
        only read the rows and translations). ``lang`` is the language they were computed in."""
        rows = list(rows)
        sorted_by = self._sorted  # the order the table shows, applied here too
        prepared: Prepared = (rows, *prepare_cells(self.columns, rows))
        if sorted_by is not None:
            prepared = sort_prepared(self.columns, prepared, *sorted_by)
        return PreparedRows(*prepared, lang, sorted_by)

    def set_rows(self, rows: Sequence[dict[str, Any]] | PreparedRows, lang: str = "") -> None:
        """Show ``rows``; prepared ones (:meth:`prepare`) are taken as they are when ``lang`` is theirs."""
        self.beginResetModel()
        self.revision += 1
        if isinstance(rows, PreparedRows) and rows.lang == lang:
            self._rows, self._cells, self._search = rows.rows, rows.cells, rows.search
            in_order = rows.sorted_by == self._sorted
        else:
            in_order = self._take_known(list(rows.rows if isinstance(rows, PreparedRows) else rows))
        if self._sorted is not None and not in_order:
            self._sort_rows(*self._sorted)
        self.endResetModel()

    def refresh_texts(self) -> None:
        """Recompute displayed texts (after a language switch) without replacing the rows."""
        self._prepare()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def _take_known(self, rows: list[dict[str, Any]]) -> bool:
        """Show ``rows``, reusing the texts of those already shown (the same dicts: a subset, a
        re-filtered list) and computing only the others. True when all were shown: they are then
        put in the order they were shown in, which is already the sorted order."""
        known = {id(r): i for i, r in enumerate(self._rows)}  # still referenced: the ids are theirs
        new = [r for r in rows if id(r) not in known]
        in_order = not new and bool(rows) and self._sorted is not None
        if in_order:
            rows = sorted(rows, key=lambda r: known[id(r)])
        cells, search = prepare_cells(self.columns, new)
        fresh = {id(r): i for i, r in enumerate(new)}
        self._cells = [self._cells[known[id(r)]] if id(r) in known else cells[fresh[id(r)]] for r in rows]
        self._search = [self._search[known[id(r)]] if id(r) in known else search[fresh[id(r)]] for r in rows]
        self._rows = rows
        return in_order

    def _prepare(self) -> None:
        self._cells, self._search = prepare_cells(self.columns, self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves, by folded text, once; a filter then keeps this order for free."""
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._sorted = (column, order)
        self.revision += 1
        self._rows, self._cells, self._search = sort_prepared(
            self.columns, (self._rows, self._cells, self._search), column, order
        )

    def row(self, i: int) -> dict[str, Any]:
        return self._rows[i]

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def search_text(self, i: int) -> str:
        return self._search[i]

    def search_texts(self) -> list[str]:
        return self._search

    def rows_view(self) -> list[dict[str, Any]]:
        """The rows in display order, not copied (read-only use)."""
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[r][c]
        if role == ROW_ROLE:
            return self._rows[r]
        if role == KEY_ROLE:
            return self._rows[r].get("id")
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[c].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RowFilterProxy(QSortFilterProxyModel):
    """Filters by every word typed (all must appear, in any column) and by exact field values.

    The accepted rows are computed in one pass when the filter changes (a list comprehension over the
    prepared texts); :meth:`filterAcceptsRow`, which Qt calls once per row, only reads a flag.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._fields: dict[str, str] = {}
        self._accepted: list[bool] | None = None  # None: every row
        self._revision = -1  # the source's revision the flags were computed for
        self._source: RowsTableModel | None = None
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        # Kept here: filterAcceptsRow runs once per row and asking Qt for the source costs a call.
        self._source = model if isinstance(model, RowsTableModel) else None
        super().setSourceModel(model)

    def set_text(self, text: str) -> None:
        terms = fold(text).split()
        if terms != self._terms:
            old, self._terms = self._terms, terms
            # Typing one more letter narrows the search: only the rows shown so far need testing.
            narrower = bool(old) and all(any(o in t for t in terms) for o in old)
            self._refilter(narrower)

    def set_field(self, key: str, value: str | None) -> None:
        """Only rows whose ``key`` equals ``value`` (None: no condition on ``key``)."""
        if self._fields.get(key) == value:
            return
        if value is None:
            self._fields.pop(key, None)
        else:
            self._fields[key] = value
        self._refilter()

    def _refilter(self, narrower: bool = False) -> None:
        self.beginFilterChange()
        self._compute(narrower)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _compute(self, narrower: bool = False) -> None:
        model = self._source
        if model is None or (not self._terms and not self._fields):
            self._accepted = None
            return
        within = self._accepted if narrower and self._revision == model.revision else None
        self._revision = model.revision
        texts = model.search_texts()
        keep = within
        if keep is None and self._fields:
            fields = list(self._fields.items())
            keep = [all(str(row.get(k) or "") == v for k, v in fields) for row in model.rows_view()]
        for term in self._terms:  # one pass per word: each a plain substring test
            keep = (
                [term in x for x in texts]
                if keep is None
                else [k and term in x for k, x in zip(keep, texts, strict=True)]
            )
        self._accepted = keep

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        accepted = self._accepted
        if accepted is None:
            return True
        model = self._source
        if model is not None and model.revision != self._revision:
            self._compute()  # the source's rows were replaced or re-sorted since the flags were made
            accepted = self._accepted
        return True if accepted is None or source_row >= len(accepted) else accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts itself in one pass (precomputed keys); sorting here would call back into
        # Python for every comparison, again after each keystroke.
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def source_row(self, proxy_row: int) -> dict[str, Any]:
        model = self.sourceModel()
        assert isinstance(model, RowsTableModel)
        return model.row(self.mapToSource(self.index(proxy_row, 0)).row())
