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
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole row dict
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's "id"
# Roles as plain ints, compared first thing in ``data`` (which a view calls for seven roles of each cell).
_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)})
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# A layout change of the rows only: the horizontal header keeps its column widths.
_HINTED = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"
_ROWS_ONLY = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
_OTHER_ROLES = frozenset({int(ROW_ROLE), int(KEY_ROLE), _ALIGN})  # the other roles a RowsTableModel answers
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
        return self.value(index.row(), index.column(), role) if index.isValid() else None

    def value(self, r: int, c: int, role: int) -> Any:
        """What :meth:`data` gives for row ``r``, column ``c`` (also read by :class:`RowFilterProxy`)."""
        if role in _TEXT_ROLES:
            return self._cells[r][c]
        if role == ROW_ROLE:
            return self._rows[r]
        if role == KEY_ROLE:
            return self._rows[r].get("id")
        if role == _ALIGN and self.columns[c].align_right:
            return _RIGHT
        return None


class RowFilterProxy(QAbstractTableModel):
    """The rows of a :class:`RowsTableModel` that match every word typed (in any column) and the exact
    field values asked for, in the source's order.

    Not a ``QSortFilterProxyModel``: that one asks Python once per row whether to keep it, then tells
    the view about every range of rows it removed or inserted. Here a filter change computes the list
    of matching source rows in one pass over the prepared search texts (typing one more letter tests
    only the rows shown so far) and tells the view once that its rows changed (``layoutChanged``),
    moving the selection with its row. The source sorts itself (precomputed keys); the texts shown
    are read straight from the source's prepared cells.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._fields: dict[str, str] = {}
        self._source: RowsTableModel | None = None
        self._plain = True  # the source shows its prepared cells as they are (``data`` not overridden)
        self._map: list[int] = []  # the source rows shown, ascending
        self._kept: list[tuple[QModelIndex, dict[str, Any]]] = []  # across a source re-sort

    # --- the source -----------------------------------------------------------------------------------
    def setSourceModel(self, model: RowsTableModel) -> None:
        self.beginResetModel()
        old = self._source
        if old is not None:
            for signal, slot in self._connections(old):
                signal.disconnect(slot)
            old.headerDataChanged.disconnect(self.headerDataChanged)
        self._source = model
        self._plain = type(model).data is RowsTableModel.data
        for signal, slot in self._connections(model):
            signal.connect(slot)
        model.headerDataChanged.connect(self.headerDataChanged)  # signal to signal: the titles are the source's
        self._map = self._matching()
        self.endResetModel()

    def sourceModel(self) -> RowsTableModel | None:
        return self._source

    def _connections(self, model: RowsTableModel) -> list[tuple[Any, Callable[..., None]]]:
        return [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.layoutAboutToBeChanged, self._source_sorting),
            (model.layoutChanged, self._source_sorted),
            (model.dataChanged, self._source_texts),
        ]

    def _source_reset(self) -> None:
        self._map = self._matching()
        self.endResetModel()

    def _source_sorting(self, *_args: Any) -> None:
        cast(Any, self.layoutAboutToBeChanged)[_HINTED].emit([], _ROWS_ONLY)
        rows = self._source.rows_view() if self._source is not None else []
        self._kept = [(p, rows[self._map[p.row()]]) for p in self.persistentIndexList() if p.isValid()]

    def _source_sorted(self, *_args: Any) -> None:
        kept, self._kept = self._kept, []
        self._map = self._matching()
        if kept:
            at = {id(r): i for i, r in enumerate(self._source.rows_view())} if self._source is not None else {}
            moved = [self._shown(at.get(id(r), -1), p.column()) for p, r in kept]
            self.changePersistentIndexList([p for p, _ in kept], moved)
        cast(Any, self.layoutChanged)[_HINTED].emit([], _ROWS_ONLY)

    def _source_texts(self, *_args: Any) -> None:
        """New texts (a language switch): the rows they match are found again, then repainted."""
        if self._terms:
            self._refilter()
        if self._map:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._map) - 1, self.columnCount() - 1))

    # --- the filter -----------------------------------------------------------------------------------
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

    def _matching(self, within: list[int] | None = None) -> list[int]:
        """The source rows passing the filter, ascending: among ``within`` when given."""
        model = self._source
        if model is None:
            return []
        texts = model.search_texts()
        if within is None and not self._terms and not self._fields:
            return list(range(len(texts)))
        keep: list[int] | range = within if within is not None else range(len(texts))
        if within is None and self._fields:
            rows, fields = model.rows_view(), list(self._fields.items())
            keep = [i for i in keep if all(str(rows[i].get(k) or "") == v for k, v in fields)]
        for term in self._terms:  # one pass per word: each a plain substring test
            keep = [i for i in keep if term in texts[i]]
        return list(keep)

    def _refilter(self, narrower: bool = False) -> None:
        cast(Any, self.layoutAboutToBeChanged)[_HINTED].emit([], _ROWS_ONLY)
        old, self._map = self._map, self._matching(self._map if narrower else None)
        kept = self.persistentIndexList()  # the selection and the current row, a handful
        if kept:
            shown = [old[p.row()] if p.isValid() and p.row() < len(old) else -1 for p in kept]
            moved = [self._shown(s, p.column()) for s, p in zip(shown, kept, strict=True)]
            self.changePersistentIndexList(kept, moved)
        cast(Any, self.layoutChanged)[_HINTED].emit([], _ROWS_ONLY)

    def _shown(self, source_row: int, column: int) -> QModelIndex:
        """Where source row ``source_row`` is shown now (invalid when filtered out)."""
        i = bisect_left(self._map, source_row)
        if source_row < 0 or i == len(self._map) or self._map[i] != source_row:
            return QModelIndex()
        return self.index(i, column)

    # --- the model ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._map)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._source is None else len(self._source.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and self._source is not None:
            return self._source.headerData(section, orientation, role)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for seven roles of every cell painted: the common case first, no more calls than needed.
        model = self._source
        if model is None or not index.isValid():
            return None
        if not self._plain:
            return model.data(model.index(self._map[index.row()], index.column()), role)
        if role in _TEXT_ROLES:
            return model._cells[self._map[index.row()]][index.column()]
        if role in _OTHER_ROLES:
            return model.value(self._map[index.row()], index.column(), role)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts itself, once, by precomputed keys; the filter keeps its order.
        if self._source is not None:
            self._source.sort(column, order)

    # --- rows -----------------------------------------------------------------------------------------
    def mapToSource(self, index: Index) -> QModelIndex:
        if self._source is None or not index.isValid() or index.row() >= len(self._map):
            return QModelIndex()
        return self._source.index(self._map[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        return self._shown(index.row(), index.column()) if index.isValid() else QModelIndex()

    def source_row(self, proxy_row: int) -> dict[str, Any]:
        assert self._source is not None
        return self._source.row(self._map[proxy_row])
