"""Item models of the drafting view: the documents of the workspace and the paragraphs of one document.

Both are read-only views of what :mod:`crm_desktop.app.drafting` returns; a change is made through
a service and the models are refilled when ``data_changed`` names the drafting tables.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import UTC
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from crm_desktop.app.drafting import DocumentView, ParagraphRow
from crm_desktop.app.drafting_marks import AcceptedMark
from crm_desktop.ui.labels import document_status, name

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MEETING_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
_ID, _STATUS = int(ID_ROLE), int(STATUS_ROLE)

Index = QModelIndex | QPersistentModelIndex

# Soft tints that keep black text readable; the same hue family as a traffic light, from "still
# open" (blue) through "in brackets" (amber) to "agreed" (green), so a glance shows the state.
STATUS_COLOURS = {
    "proposed": QColor("#e3ecf7"),
    "bracketed": QColor("#fbe3b5"),
    "agreed_ad_referendum": QColor("#e6f2cf"),
    "agreed": QColor("#c9e8cf"),
}
STATUS_MARKS = {
    "proposed": QColor("#4a78b5"),
    "bracketed": QColor("#c98a00"),
    "agreed_ad_referendum": QColor("#7fa83a"),
    "agreed": QColor("#2e8b47"),
}


_INK = QColor("#1d1d1d")
# The roles a paragraph cell answers, as the ints a view asks with.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_INK_ROLE = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_RIGHT_TOP = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
_LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def paragraph_status(code: str) -> str:
    return name("paragraph_status", code)


def proposal_kind(code: str) -> str:
    return name("proposal_kind", code)


def fold(text: str) -> str:
    """Lower case without accents, so "declaracion" finds "Declaración"."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


ACCEPTED_MARK = "✓"
ACCEPTED_INK = QColor("#1f7a3a")


def accepted_tip(mark: AcceptedMark) -> str:
    """ "Amendment by SV accepted at 14:05 by Patricia Aguilar" (local time of this computer)."""
    at = mark.accepted_at.replace(tzinfo=UTC).astimezone().strftime("%H:%M")
    by = mark.accepted_by or "—"
    return (
        QCoreApplication.translate("DraftingLabels", "Enmienda de %1 aceptada a las %2 por %3")
        .replace("%1", mark.delegation)
        .replace("%2", at)
        .replace("%3", by)
    )


class DocumentListModel(QAbstractTableModel):
    """The negotiated documents (rows of :func:`crm_desktop.app.drafting.list_documents`)."""

    TITLE, SYMBOL, MEETING, STATUS, VERSION = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, document_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r["id"] == document_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("DraftingLabels", "Documento"),
            QCoreApplication.translate("DraftingLabels", "Símbolo"),
            QCoreApplication.translate("DraftingLabels", "Reunión"),
            QCoreApplication.translate("DraftingLabels", "Estado"),
            QCoreApplication.translate("DraftingLabels", "Versión"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r["shown_title"],
                r["symbol"],
                r["meeting_shown_title"],
                document_status(r["status"]),
                r["version"] or "—",
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{r['shown_title']}\n{r['symbol']}\n{r['meeting_shown_title']}"
        if role == ID_ROLE:
            return r["id"]
        if role == MEETING_ROLE:
            return r["meeting"]
        if role == STATUS_ROLE:
            return r["status"]
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))


class DocumentFilterProxy(QSortFilterProxyModel):
    """Documents of one meeting (or all), whose title or symbol contains the search words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._meeting: str | None = None
        self._words: list[str] = []

    def _change_filter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateFilter() by begin/endFilterChange(); older Qt has only the former.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def set_meeting(self, meeting_id: str | None) -> None:
        self._change_filter(lambda: setattr(self, "_meeting", meeting_id or None))

    def set_search(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "_words", fold(text).split()))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, DocumentListModel)
        r = model.rows[source_row]
        if self._meeting and r["meeting"] != self._meeting:
            return False
        haystack = fold(
            " ".join(r[k] for k in ("shown_title", "title", "symbol", "meeting_shown_title", "meeting_title"))
        )
        return all(w in haystack for w in self._words)


class ParagraphModel(QAbstractTableModel):
    """The numbered paragraphs of one document, tinted by their status."""

    NUMBER, TEXT, STATUS, PROPOSALS = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: tuple[ParagraphRow, ...] = ()
        self.accepted: dict[str, list[AcceptedMark]] = {}
        self._cache: dict[int, tuple[dict[int, Any], ...]] = {}

    def set_document(self, view: DocumentView | None, accepted: Sequence[AcceptedMark] = ()) -> None:
        """The document's paragraphs; ``accepted``: amendments accepted since its last version (marked)."""
        self.beginResetModel()
        self.rows = view.paragraphs if view is not None else ()
        self.accepted = {}
        for mark in accepted:
            self.accepted.setdefault(mark.paragraph_id, []).append(mark)
        self._cache = {}
        self.endResetModel()

    def column_texts(self, column: int) -> list[str]:
        """The texts a column shows, one per row (to size it without asking for every role)."""
        return [self._cells(i)[column][_DISPLAY] for i in range(len(self.rows))]

    def row_of(self, paragraph_id: str) -> int:
        return next((i for i, p in enumerate(self.rows) if p.id == paragraph_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == self.PROPOSALS:
            return QCoreApplication.translate(
                "DraftingLabels", "Enmiendas abiertas al párrafo · ✓: enmienda aceptada desde la última versión"
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("DraftingLabels", "N.º"),
            QCoreApplication.translate("DraftingLabels", "Texto"),
            QCoreApplication.translate("DraftingLabels", "Estado"),
            QCoreApplication.translate("DraftingLabels", "Enm."),
        )[section]

    def _cells(self, row: int) -> tuple[dict[int, Any], ...]:
        """What each column of one row answers, role by role, computed once per fill: sizing the rows
        and painting them ask for a dozen roles of every cell, each a plain look-up here."""
        cached = self._cache.get(row)
        if cached is not None:
            return cached
        p = self.rows[row]
        heading = p.kind == "heading"
        status = "" if heading else paragraph_status(p.status)
        display = ("\u2003" + p.display) if p.parent_id else p.display
        tip = status
        if p.proposals:
            tip += "\n" + QCoreApplication.translate("DraftingLabels", "Enmiendas abiertas: %1").replace(
                "%1", str(len(p.proposals))
            )
        font = None
        if heading:
            font = QFont()
            font.setBold(True)
        accepted = self.accepted.get(p.id, [])
        for mark in accepted:
            tip += "\n" + accepted_tip(mark)
        count = str(len(p.proposals)) if p.proposals else ""
        texts = (display, p.text, status, f"{count} {ACCEPTED_MARK}".strip() if accepted else count)
        ink = None if heading else STATUS_MARKS.get(p.status)
        common = {
            _ID: p.id,
            _STATUS: p.status,
            _BACKGROUND: None if heading else STATUS_COLOURS.get(p.status),
            _FONT: font,
            _TIP: None if heading else tip,
            _ACCESSIBLE: p.text if heading else f"{p.display} {p.text} ({status})",
        }
        cells = tuple(
            {
                **common,
                _DISPLAY: texts[col],
                _ALIGN: _RIGHT_TOP if col in (self.NUMBER, self.PROPOSALS) else _LEFT_TOP,
                _INK_ROLE: ink if col == self.STATUS else _INK,
            }
            for col in range(4)
        )
        if accepted:
            cells[self.PROPOSALS][_INK_ROLE] = ACCEPTED_INK
            cells[self.NUMBER][_DECORATION] = ACCEPTED_INK  # a green square beside the number: text changed
        self._cache[row] = cells
        return cells

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._cells(index.row())[index.column()].get(role) if index.isValid() else None

    def retranslate(self) -> None:
        self._cache = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 3))
