"""The agenda tree: its toolbar, the items with their computed times, and every edit of its shape."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app.agendas import ItemInput, PlannedItem
from crm_desktop.domain import rules
from crm_desktop.domain.rule_citations import cited
from crm_desktop.ui import labels
from crm_desktop.ui.agenda.base import AgendaBase
from crm_desktop.ui.agenda.carry_over import CarryOverDialog
from crm_desktop.ui.agenda.tree_model import AgendaTreeModel
from crm_desktop.ui.agenda.undo import (
    AddItemCommand,
    CarryOverCommand,
    MoveItemCommand,
    RemoveItemCommand,
)
from crm_desktop.ui.models.rows import CONTENTS_PRECISION

FITTED = (AgendaTreeModel.COL_LABEL, AgendaTreeModel.COL_KIND, AgendaTreeModel.COL_DURATION, AgendaTreeModel.COL_STARTS)


class PaddedDelegate(QStyledItemDelegate):
    """Items 6 px taller and 4 px wider than their contents (3 px above and below, 2 px each side)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(option, index) + QSize(4, 6)


class AgendaTree(AgendaBase):
    """The numbered tree of items: adding, removing, moving (keys, buttons, drag and drop), the time plan."""

    def _build_tree(self) -> QWidget:
        """The toolbar, the tree of items and the time plan under it."""
        style = self.style()
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.act_add = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), "", self)
        self.act_add_sub = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder), "", self)
        self.act_remove = QAction(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), "", self)
        self.act_up = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), "", self)
        self.act_down = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), "", self)
        self.act_outdent = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowLeft), "", self)
        self.act_indent = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight), "", self)
        self.act_carry = QAction(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), "", self)
        self.act_add.triggered.connect(lambda: self.add_item(sub=False))
        self.act_add_sub.triggered.connect(lambda: self.add_item(sub=True))
        self.act_remove.triggered.connect(self.remove_current)
        self.act_up.triggered.connect(lambda: self.move_current(-1))
        self.act_down.triggered.connect(lambda: self.move_current(1))
        self.act_outdent.triggered.connect(self.outdent_current)
        self.act_indent.triggered.connect(self.indent_current)
        self.act_carry.triggered.connect(self.carry_over)
        for a in (self.act_add, self.act_add_sub, self.act_remove):
            self.toolbar.addAction(a)
        self.toolbar.addSeparator()
        for a in (self.act_up, self.act_down, self.act_outdent, self.act_indent):
            self.toolbar.addAction(a)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_carry)
        for a in (self.act_add, self.act_add_sub, self.act_carry):  # the frequent ones carry their text
            button = self.toolbar.widgetForAction(a)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setAllColumnsShowFocus(True)
        # Room around each item's text, as a delegate's size rather than a style sheet: a sheet on the
        # tree made every item of it paint and measure through the style-sheet style.
        self.tree.setItemDelegate(PaddedDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(CONTENTS_PRECISION)  # a long agenda is sized from its first items
        # Sized to contents once per fill (``fit_tree_columns``), not by the header at every layout
        # pass: that asks the model for every role of every item again each time a branch expands.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AgendaTreeModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # Long free text (presenter, audience, documents) must not squeeze the item titles.
        for col, width in (
            (AgendaTreeModel.COL_PRESENTER, 130),
            (AgendaTreeModel.COL_AUDIENCE, 90),
            (AgendaTreeModel.COL_DOCS, 90),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        # The header's context menu shows or hides columns; audience and documents start hidden
        # (the selected item's panel shows them) so that titles can be read.
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.column_actions: list[QAction] = []
        for col in range(1, self.model.columnCount()):
            act = QAction(self)
            act.setCheckable(True)
            act.setChecked(col not in (AgendaTreeModel.COL_AUDIENCE, AgendaTreeModel.COL_DOCS))
            act.toggled.connect(lambda on, c=col: self.tree.setColumnHidden(c, not on))
            self.tree.setColumnHidden(col, not act.isChecked())
            header.addAction(act)
            self.column_actions.append(act)
        self.tree.installEventFilter(self)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_current())

        self.plan_label = QLabel(self)
        self.plan_label.setObjectName("planSummary")

        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.toolbar)
        left_lay.addWidget(self.tree, 1)
        left_lay.addWidget(self.plan_label)
        return left

    def fit_tree_columns(self) -> None:
        """The short columns (number, kind, duration, time) as wide as their contents."""
        header = self.tree.header()
        for col, width in zip(FITTED, self._fit_widths(), strict=True):
            header.resizeSection(col, width)

    def _fit_widths(self) -> list[int]:
        """The widths :meth:`fit_tree_columns` gives, measured on the items' texts with the tree's font
        (bold for the top level's numbers) rather than by the tree asking the model for every role
        of every item: 10–20 ms each time an agenda is shown."""
        tree = self.tree
        plain = tree.fontMetrics()
        bold_font = QFont(tree.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        pad = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1) + 5
        widths = [0] * len(FITTED)
        for it in self.model.items():
            texts = (it.label, labels.item_kind(it.kind), labels.minutes(it.duration_min), it.starts)
            for i, text in enumerate(texts):
                metrics = bold if i == 0 and it.depth == 0 else plain
                indent = tree.indentation() * (it.depth + int(tree.rootIsDecorated())) if i == 0 else 0
                widths[i] = max(widths[i], metrics.horizontalAdvance(text) + pad + indent)
        header = tree.header()
        return [max(w, header.sectionSizeHint(col)) for w, col in zip(widths, FITTED, strict=True)]

    def retranslate(self) -> None:
        super().retranslate()
        self.toolbar.setAccessibleName(self.tr("Edición de la agenda"))
        self.toolbar.setWindowTitle(self.tr("Edición de la agenda"))
        actions = (
            (self.act_add, self.tr("Nuevo punto"), "Ins"),
            (self.act_add_sub, self.tr("Nuevo subpunto"), "Shift+Ins"),
            (self.act_remove, self.tr("Eliminar"), "Supr"),
            (self.act_up, self.tr("Subir"), "Ctrl+↑"),
            (self.act_down, self.tr("Bajar"), "Ctrl+↓"),
            (self.act_outdent, self.tr("Quitar sangría"), "Ctrl+←"),
            (self.act_indent, self.tr("Sangría (subpunto)"), "Ctrl+→"),
            (self.act_carry, self.tr("Incluir seguimientos…"), ""),
        )
        for act, text, key in actions:
            act.setText(text)
            act.setToolTip(f"{text} ({key})" if key else text)
        self.tree.setAccessibleName(self.tr("Puntos de la agenda"))
        self.tree.setAccessibleDescription(
            self.tr("Ctrl+flechas mueve el punto; Ins añade; Supr elimina; arrastre para reordenar")
        )
        for col, act in enumerate(self.column_actions, start=1):
            act.setText(
                self.tr("Mostrar la columna «%1»").replace(
                    "%1", str(self.model.headerData(col, Qt.Orientation.Horizontal))
                )
            )

    def _update_plan_summary(self) -> None:
        plan = self.model.items()
        if not plan or self.state is None or self.state.agenda is None:
            self.plan_label.setText("")
            return
        total = sum(it.duration_min for it in plan if not self.model.children_of(it.id))
        start = self.state.agenda["start_time"]
        h, m = (int(x) for x in start.split(":"))
        end_min = h * 60 + m + total
        end = f"{(end_min // 60) % 24:02d}:{end_min % 60:02d}"
        self.plan_label.setText(
            self.tr("%1 puntos · de %2 a %3 · %4 en total")
            .replace("%1", str(len(plan)))
            .replace("%2", start)
            .replace("%3", end)
            .replace("%4", labels.minutes(total))
        )

    def add_item(self, *, sub: bool, title: str | None = None) -> None:
        if self.editing is None or not self.model.editable:
            return
        it = self.current_item()
        parent: str | None
        if sub and it is not None:
            parent, position = it.id, None
        elif it is not None:
            parent = it.parent_id
            position = self.model.siblings_of(it.id).index(it.id) + 1
        else:
            parent, position = None, None
        item = ItemInput(title_es=title or self.tr("Nuevo punto"), duration_min=30)
        command = AddItemCommand(
            self.editing,
            item,
            parent_logical=self.editing.ids.logical(parent) if parent else None,
            position=position,
        )
        self._pending_select = command.logical
        self._push(command)
        self.f_title_es.setFocus()
        self.f_title_es.selectAll()

    def remove_current(self) -> None:
        it = self.current_item()
        if it is None or self.editing is None or self.state is None or self.state.body is None:
            return
        subtree = self.model.subtree(it.id)
        for part in subtree:  # the same rule the service applies: say why before trying
            verdict = rules.can_remove_agenda_item(part.required_key, self.state.body, self.state.segment)
            if not verdict.allowed:
                assert verdict.reason is not None
                self._error(cited(verdict.reason).render(self.ctx.lang))
                return
        positions = {p.id: self.model.siblings_of(p.id).index(p.id) for p in subtree}
        comments: dict[str, list[tuple[str, str]]] = {}
        for c in self.state.comments:
            comments.setdefault(c["item_id"], []).append((c["delegation"], c["text"]))
        siblings = self.model.siblings_of(it.id)
        idx = siblings.index(it.id)
        neighbour = siblings[idx + 1] if idx + 1 < len(siblings) else (siblings[idx - 1] if idx else it.parent_id)
        self._pending_select = self.editing.ids.logical(neighbour) if neighbour else None
        self._push(RemoveItemCommand(self.editing, subtree, positions, comments))

    def _move(self, it: PlannedItem, parent: str | None, position: int) -> None:
        assert self.editing is not None
        old_pos = self.model.siblings_of(it.id).index(it.id)
        if parent == it.parent_id and position == old_pos:
            return
        self._pending_select = self.editing.ids.logical(it.id)
        self._push(
            MoveItemCommand(
                self.editing,
                it,
                old_parent=it.parent_id,
                old_position=old_pos,
                new_parent=parent,
                new_position=position,
            )
        )

    def _move_to(self, item_id: str, parent: object, position: int) -> None:
        """A drop on the tree."""
        if self.editing is None:
            return
        ix = self.model.index_of(item_id)
        it = self.model.item(ix)
        if it is not None:
            self._move(it, parent if isinstance(parent, str) else None, position)

    def move_current(self, step: int) -> None:
        it = self.current_item()
        if it is None or self.editing is None or not self.model.editable:
            return
        siblings = self.model.siblings_of(it.id)
        pos = siblings.index(it.id) + step
        if 0 <= pos < len(siblings):
            self._move(it, it.parent_id, pos)

    def indent_current(self) -> None:
        """Make the item a sub-item of the item above it."""
        it = self.current_item()
        if it is None or self.editing is None or not self.model.editable:
            return
        siblings = self.model.siblings_of(it.id)
        idx = siblings.index(it.id)
        if idx == 0:
            return
        new_parent = siblings[idx - 1]
        self._move(it, new_parent, len(self.model.children_of(new_parent)))

    def outdent_current(self) -> None:
        """Make a sub-item an item of its parent's level, right after its parent."""
        it = self.current_item()
        if it is None or self.editing is None or it.parent_id is None or not self.model.editable:
            return
        parent_ix = self.model.index_of(it.parent_id)
        parent = self.model.item(parent_ix)
        assert parent is not None
        grand_siblings = self.model.siblings_of(parent.id)
        self._move(it, parent.parent_id, grand_siblings.index(parent.id) + 1)

    def carry_over(self) -> None:
        if self.editing is None or self.state is None or self.state.meeting_id is None:
            return
        dialog = CarryOverDialog(self.ctx, self.state.meeting_id, self)
        self._carry_dialog = dialog  # reachable from tests while it is open
        if dialog.exec() == CarryOverDialog.DialogCode.Accepted and dialog.chosen():
            self._push(CarryOverCommand(self.editing, dialog.chosen()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            moves: dict[int, QAction] = {Qt.Key.Key_Up: self.act_up, Qt.Key.Key_Down: self.act_down}
            moves |= {Qt.Key.Key_Left: self.act_outdent, Qt.Key.Key_Right: self.act_indent}
            if ctrl and key in moves:
                if moves[key].isEnabled():
                    moves[key].trigger()
                return True
            if key == Qt.Key.Key_Delete and self.act_remove.isEnabled():
                self.act_remove.trigger()
                return True
            if key == Qt.Key.Key_Insert and self.act_add.isEnabled():
                sub = bool(mods & Qt.KeyboardModifier.ShiftModifier)
                (self.act_add_sub if sub else self.act_add).trigger()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and self.details.isEnabled():
                self.f_title_es.setFocus()
                self.f_title_es.selectAll()
                return True
        return super().eventFilter(watched, event)
