"""The agenda as a tree model: numbered items, sub-items, the computed time plan.

The model shows what :func:`crm_desktop.app.agendas.planned_items` computed (labels, start times)
and never edits rows itself: a drop or an edit becomes a *request* signal that the view turns into
an undoable service call; the refreshed plan then comes back through :meth:`set_plan`. That keeps
numbering and times in one place (the application layer) and every change in the change log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from crm_desktop.app.agendas import PlannedItem
from crm_desktop.domain.bilingual import presenter_label
from crm_desktop.domain.grammar import in_lang
from crm_desktop.ui import labels

MIME_TYPE = "application/x-crm-agenda-item"
ItemIndex = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)  # compared by identity: finding a row must not compare whole subtrees
class _Node:
    item: PlannedItem | None  # None for the invisible root
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class AgendaTreeModel(QAbstractItemModel):
    """Items of one agenda, as a tree.

    Signals:
        move_requested(str, object, int): item id, new parent id (None: top level), position among
            the new siblings — emitted by a drop; the view performs the move.
    """

    move_requested = Signal(str, object, int)

    COL_LABEL, COL_TITLE, COL_KIND, COL_DURATION, COL_STARTS, COL_PRESENTER, COL_AUDIENCE, COL_DOCS = range(8)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, *, lang: str = "es", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._root = _Node(None)
        self._by_id: dict[str, _Node] = {}
        self.editable = True
        self.comment_counts: dict[str, int] = {}

    # --- content -----------------------------------------------------------------------------------
    def set_plan(self, plan: Sequence[PlannedItem], *, editable: bool, comment_counts: dict[str, int]) -> None:
        self.beginResetModel()
        self._root = _Node(None)
        self._by_id = {}
        self.editable = editable
        self.comment_counts = dict(comment_counts)
        for it in plan:  # planned_items() lists parents before their children, in order
            parent = self._by_id.get(it.parent_id) if it.parent_id else self._root
            node = _Node(it, parent or self._root)
            node.parent.children.append(node)  # type: ignore[union-attr]
            self._by_id[it.id] = node
        self.endResetModel()

    def items(self) -> list[PlannedItem]:
        out: list[PlannedItem] = []

        def walk(node: _Node) -> None:
            for c in node.children:
                assert c.item is not None
                out.append(c.item)
                walk(c)

        walk(self._root)
        return out

    def item(self, index: ItemIndex) -> PlannedItem | None:
        node = self._node(index)
        return node.item if node is not self._root else None

    def index_of(self, item_id: str, column: int = 0) -> QModelIndex:
        node = self._by_id.get(item_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    def siblings_of(self, item_id: str) -> list[str]:
        node = self._by_id[item_id]
        assert node.parent is not None
        return [c.item.id for c in node.parent.children if c.item is not None]

    def children_of(self, item_id: str | None) -> list[str]:
        node = self._by_id[item_id] if item_id else self._root
        return [c.item.id for c in node.children if c.item is not None]

    def subtree(self, item_id: str) -> list[PlannedItem]:
        """The item and all its descendants, parents first (the order to re-create them in)."""
        out: list[PlannedItem] = []

        def walk(node: _Node) -> None:
            assert node.item is not None
            out.append(node.item)
            for c in node.children:
                walk(c)

        walk(self._by_id[item_id])
        return out

    def title(self, it: PlannedItem) -> str:
        return in_lang(it.title_es, it.title_en or it.title_es, self.lang)

    # --- QAbstractItemModel ------------------------------------------------------------------------
    def _node(self, index: ItemIndex) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def index(self, row: int, column: int, parent: ItemIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < self.columnCount():
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: ItemIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        if node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row(), 0, node.parent)

    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            QCoreApplication.translate("AgendaTreeModel", "Nº"),
            QCoreApplication.translate("AgendaTreeModel", "Punto"),
            QCoreApplication.translate("AgendaTreeModel", "Tipo"),
            QCoreApplication.translate("AgendaTreeModel", "Duración"),
            QCoreApplication.translate("AgendaTreeModel", "Hora"),
            QCoreApplication.translate("AgendaTreeModel", "Presenta"),
            QCoreApplication.translate("AgendaTreeModel", "Audiencia"),
            QCoreApplication.translate("AgendaTreeModel", "Documentos"),
        ][section]

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        it = self.item(index)
        if it is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_LABEL:
                return it.label
            if col == self.COL_TITLE:
                n = self.comment_counts.get(it.id, 0)
                return self.title(it) + (f"  ({n})" if n else "")
            if col == self.COL_KIND:
                return labels.item_kind(it.kind)
            if col == self.COL_DURATION:
                return labels.minutes(it.duration_min)
            if col == self.COL_STARTS:
                return it.starts
            if col == self.COL_PRESENTER:
                return presenter_label(it.presenter, self.lang)
            if col == self.COL_AUDIENCE:
                return labels.audience(it.audience)
            if col == self.COL_DOCS:
                return ", ".join(it.documents)
        if role == self.ID_ROLE:
            return it.id
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = []
            if col == self.COL_TITLE:
                tips.append(f"{it.label}  {self.title(it)}")
                tips.append(labels.audience(it.audience))
                if it.documents:
                    tips.append(", ".join(it.documents))
            if it.required_key:
                tips.append(QCoreApplication.translate("AgendaTreeModel", "Punto obligatorio: no puede eliminarse"))
            if it.follow_up_of:
                tips.append(QCoreApplication.translate("AgendaTreeModel", "Seguimiento de una reunión anterior"))
            n = self.comment_counts.get(it.id, 0)
            if n and col == self.COL_TITLE:
                tips.append(QCoreApplication.translate("AgendaTreeModel", "%n comentario(s)", "", n))
            return "\n".join(tips) or None
        if role == Qt.ItemDataRole.WhatsThisRole:  # Shift+F1: what the marks of the item mean
            marks = []
            if it.required_key:
                marks.append(
                    QCoreApplication.translate(
                        "AgendaTreeModel", "Número en rojo: punto obligatorio de la agenda; no puede eliminarse."
                    )
                )
            if self.comment_counts.get(it.id):
                marks.append(
                    QCoreApplication.translate(
                        "AgendaTreeModel",
                        "Icono de información: el punto tiene comentarios; su número va entre paréntesis.",
                    )
                )
            return "\n".join(marks) or None
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_TITLE and self.comment_counts.get(it.id):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView)
        if role == Qt.ItemDataRole.FontRole and col in (self.COL_LABEL, self.COL_TITLE) and it.depth == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and it.required_key and col == self.COL_LABEL:
            return QBrush(QColor("#8e3b46"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_DURATION, self.COL_STARTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.COL_TITLE:
            return f"{it.label} {self.title(it)}"
        return None

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return base
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    # --- drag and drop -----------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = []
        for ix in indexes:
            it = self.item(ix)
            if it is not None and it.id not in ids:
                ids.append(it.id)
        data.setData(MIME_TYPE, QByteArray("\n".join(ids[:1]).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ItemIndex) -> bool:
        if not self.editable or not data.hasFormat(MIME_TYPE):
            return False
        dragged = bytes(data.data(MIME_TYPE).data()).decode()
        target = self.item(parent)
        # An item cannot go under itself or one of its own sub-items.
        node = self._by_id.get(target.id) if target else None
        while node is not None and node.item is not None:
            if node.item.id == dragged:
                return False
            node = node.parent
        return dragged in self._by_id

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ItemIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        dragged = bytes(data.data(MIME_TYPE).data()).decode()
        target = self.item(parent)
        parent_id = target.id if target else None
        siblings = self.children_of(parent_id)
        if row < 0:  # dropped onto an item: it becomes that item's last sub-item
            position = len([s for s in siblings if s != dragged])
        else:
            # move_item counts positions among the siblings without the moved item itself.
            position = row
            if dragged in siblings and siblings.index(dragged) < row:
                position -= 1
        self.move_requested.emit(dragged, parent_id, position)
        # False: the view must not remove the dragged row; the refreshed plan shows the move.
        return False
