"""A table model over service rows (dicts) and a fast, accent-insensitive filter proxy.

Each row's searchable text is folded once when the rows arrive (lower case, accents removed), so a
keystroke in a filter box only does substring tests on prepared strings — fast enough for thousands
of people. Sorting uses a folded key too, so "Álvarez" sorts beside "Alvarez".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole row dict
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's "id"


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

    def text(self, row: dict[str, Any]) -> str:
        if self.value is not None:
            return self.value(row)
        v = row.get(self.key)
        return "" if v is None else str(v)


def prepare_cells(columns: Sequence[Column], rows: Sequence[dict[str, Any]]) -> tuple[list[list[str]], list[str]]:
    """Each row's displayed texts and its folded search text (cells folded one by one: they recur)."""
    cells = [[c.text(r) for c in columns] for r in rows]
    return cells, [" ".join([fold(t) for t in row]) for row in cells]


@dataclass(frozen=True)
class PreparedRows:
    """Rows with their texts computed (on a worker thread, see :meth:`RowsTableModel.prepare`)."""

    rows: list[dict[str, Any]]
    cells: list[list[str]]
    search: list[str]
    lang: str


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
        return PreparedRows(rows, *prepare_cells(self.columns, rows), lang)

    def set_rows(self, rows: Sequence[dict[str, Any]] | PreparedRows, lang: str = "") -> None:
        """Show ``rows``; prepared ones (:meth:`prepare`) are taken as they are when ``lang`` is theirs."""
        self.beginResetModel()
        self.revision += 1
        if isinstance(rows, PreparedRows) and rows.lang == lang:
            self._rows, self._cells, self._search = rows.rows, rows.cells, rows.search
        else:
            self._take_known(list(rows.rows if isinstance(rows, PreparedRows) else rows))
        if self._sorted is not None:
            self._sort_rows(*self._sorted)
        self.endResetModel()

    def refresh_texts(self) -> None:
        """Recompute displayed texts (after a language switch) without replacing the rows."""
        self._prepare()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def _take_known(self, rows: list[dict[str, Any]]) -> None:
        """Show ``rows``, reusing the texts of those already shown (the same dicts: a subset, a
        re-filtered list) and computing only the others."""
        known = {id(r): i for i, r in enumerate(self._rows)}  # still referenced: the ids are theirs
        new = [r for r in rows if id(r) not in known]
        cells, search = prepare_cells(self.columns, new)
        fresh = {id(r): i for i, r in enumerate(new)}
        self._cells = [self._cells[known[id(r)]] if id(r) in known else cells[fresh[id(r)]] for r in rows]
        self._search = [self._search[known[id(r)]] if id(r) in known else search[fresh[id(r)]] for r in rows]
        self._rows = rows

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
        if not 0 <= column < len(self.columns):
            return
        numeric = self.columns[column].align_right

        def key(i: int) -> Any:
            text = self._cells[i][column]
            if numeric:
                return (0, float(text)) if text.replace(".", "", 1).isdigit() else (1, 0.0)
            return fold(text)

        order_ix = sorted(range(len(self._rows)), key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in order_ix]
        self._cells = [self._cells[i] for i in order_ix]
        self._search = [self._search[i] for i in order_ix]

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
        self.setDynamicSortFilter(False)

    def set_text(self, text: str) -> None:
        terms = fold(text).split()
        if terms != self._terms:
            self._terms = terms
            self._refilter()

    def set_field(self, key: str, value: str | None) -> None:
        """Only rows whose ``key`` equals ``value`` (None: no condition on ``key``)."""
        if self._fields.get(key) == value:
            return
        if value is None:
            self._fields.pop(key, None)
        else:
            self._fields[key] = value
        self._refilter()

    def _refilter(self) -> None:
        self.beginFilterChange()
        self._compute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _compute(self) -> None:
        model = self.sourceModel()
        if not isinstance(model, RowsTableModel) or (not self._terms and not self._fields):
            self._accepted = None
            return
        self._revision = model.revision
        terms, fields = self._terms, list(self._fields.items())
        rows = model.rows_view()
        texts = model.search_texts()
        self._accepted = [
            all(t in text for t in terms) and all(str(row.get(k) or "") == v for k, v in fields)
            for row, text in zip(rows, texts, strict=True)
        ]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self._accepted is not None and isinstance(model, RowsTableModel) and model.revision != self._revision:
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
