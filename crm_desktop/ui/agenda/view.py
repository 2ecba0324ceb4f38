"""The agenda editor: a numbered tree of items with a computed time plan, its lifecycle
(draft → preliminary with comments → adopted) and version comparison.

Every edit is a QUndoCommand on the shared undo stack; the tree is refreshed from the services after
each change, so numbering and times always come from the application layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTimeEdit,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import agendas, meetings
from crm_desktop.app.agendas import ItemInput, PlannedItem
from crm_desktop.domain import rules
from crm_desktop.domain.model import AgendaStatus, Audience, Category, ItemKind
from crm_desktop.domain.reference import BodyConfig, countries, organisations
from crm_desktop.ui import labels
from crm_desktop.ui.agenda.carry_over import CarryOverDialog
from crm_desktop.ui.agenda.compare_dialog import CompareVersionsDialog
from crm_desktop.ui.agenda.tree_model import AgendaTreeModel
from crm_desktop.ui.agenda.undo import (
    AddCommentCommand,
    AddItemCommand,
    AgendaCommand,
    CarryOverCommand,
    Editing,
    LayoutCommand,
    MoveItemCommand,
    RemoveItemCommand,
    UpdateItemCommand,
    item_input,
    perform,
)
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.form_autosave import FormAutosaver, recovered_context, recovered_fields

WATCHED = {"agenda_items", "agendas", "agenda_comments", "agenda_versions", "meetings", "decisions"}


@dataclass
class AgendaState:
    """Everything the editor shows, read in one background call."""

    meetings: list[dict[str, Any]]
    with_agendas: set[str]
    meeting_id: str | None
    body: BodyConfig | None
    segment: str
    agenda: dict[str, Any] | None
    plan: list[PlannedItem]
    comments: list[dict[str, Any]]
    versions: list[dict[str, Any]]


def load_state(ws: Any, meeting_id: str | None, segment: str | None) -> AgendaState:
    all_meetings = meetings.list_meetings(ws)
    with_agendas = agendas.meetings_with_agendas(ws)
    known = {m["id"] for m in all_meetings}
    if meeting_id not in known:
        # Default: the next meeting with an agenda, else the latest one that has one.
        today = date.today().isoformat()
        candidates = [m for m in all_meetings if m["id"] in with_agendas]
        upcoming = [m for m in candidates if m["start"][:10] >= today]
        chosen = upcoming[0] if upcoming else (candidates[-1] if candidates else None)
        meeting_id = chosen["id"] if chosen else None
    if meeting_id is None:
        return AgendaState(all_meetings, with_agendas, None, None, "plenary", None, [], [], [])
    meeting = next(m for m in all_meetings if m["id"] == meeting_id)
    body = ws.config.body(meeting["body"])
    keys = [s.key for s in body.segments]
    existing = agendas.agendas_of(ws, meeting_id)
    if segment not in keys:
        have = {a["segment"] for a in existing}
        segment = next((k for k in keys if k in have), keys[0])
    agenda_row = next((a for a in existing if a["segment"] == segment), None)
    if agenda_row is None:
        return AgendaState(all_meetings, with_agendas, meeting_id, body, segment, None, [], [], [])
    aid = agenda_row["id"]
    return AgendaState(
        all_meetings,
        with_agendas,
        meeting_id,
        body,
        segment,
        agendas.agenda_settings(ws, aid),
        agendas.planned_items(ws, aid),
        agendas.comments(ws, aid),
        agendas.versions(ws, aid),
    )


class AgendaView(QWidget):
    """The Agenda section.

    Signals:
        loaded(): the view shows freshly read data (after opening, switching or any change).
    """

    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state: AgendaState | None = None
        self.editing: Editing | None = None
        self._generation = 0
        self._pending_select: str | None = None  # logical id to select after the next refresh
        self._filling = False
        self.model = AgendaTreeModel(lang=ctx.lang, parent=self)
        self.model.move_requested.connect(self._move_to)
        self._build()
        self._retranslate()
        ctx.data_changed.connect(self._on_data_changed)
        self.reload()

    # --- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.meeting_label = QLabel(self)
        self.meeting_box = QComboBox(self)
        self.meeting_box.setMinimumContentsLength(40)
        self.meeting_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting_label.setBuddy(self.meeting_box)
        self.segment_label = QLabel(self)
        self.segment_box = QComboBox(self)
        self.segment_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.segment_label.setBuddy(self.segment_box)
        self.create_button = QPushButton(self)
        self.create_button.clicked.connect(self.create_agenda)
        self.meeting_box.currentIndexChanged.connect(self._meeting_chosen)
        self.segment_box.currentIndexChanged.connect(self._segment_chosen)

        top = QHBoxLayout()
        top.addWidget(self.meeting_label)
        top.addWidget(self.meeting_box, 1)
        top.addSpacing(12)
        top.addWidget(self.segment_label)
        top.addWidget(self.segment_box)
        top.addWidget(self.create_button)

        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.to_preliminary = QPushButton(self)
        self.to_draft = QPushButton(self)
        self.adopt_button = QPushButton(self)
        self.compare_button = QPushButton(self)
        self.to_preliminary.clicked.connect(lambda: self.set_status(AgendaStatus.PRELIMINARY))
        self.to_draft.clicked.connect(lambda: self.set_status(AgendaStatus.DRAFT))
        self.adopt_button.clicked.connect(lambda: self.set_status(AgendaStatus.ADOPTED))
        self.compare_button.clicked.connect(self.compare_versions)
        self.numbering_label = QLabel(self)
        self.numbering_box = QComboBox(self)
        self.numbering_box.addItem("1, 2, 3", "arabic")
        self.numbering_box.addItem("I, II, III", "roman")
        self.numbering_label.setBuddy(self.numbering_box)
        self.start_label = QLabel(self)
        self.start_edit = QTimeEdit(self)
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_label.setBuddy(self.start_edit)
        self.numbering_box.currentIndexChanged.connect(self._layout_changed)
        self.start_edit.editingFinished.connect(self._layout_changed)

        lifecycle = QHBoxLayout()
        lifecycle.addWidget(self.status_label)
        lifecycle.addStretch(1)
        for w in (self.numbering_label, self.numbering_box, self.start_label, self.start_edit):
            lifecycle.addWidget(w)
        lifecycle.addSpacing(12)
        for b in (self.to_draft, self.to_preliminary, self.adopt_button, self.compare_button):
            lifecycle.addWidget(b)

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
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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

        # Item details
        self.details = QGroupBox(self)
        self.f_title_es = QLineEdit(self)
        self.f_title_en = QLineEdit(self)
        self.f_kind = QComboBox(self)
        self.f_duration = QSpinBox(self)
        self.f_duration.setRange(0, 24 * 60)
        self.f_duration.setSingleStep(5)
        self.f_presenter = QLineEdit(self)
        self.f_audience = QComboBox(self)
        self.f_documents = QLineEdit(self)
        self.f_required = QLabel(self)
        self.f_required.setWordWrap(True)
        self.f_required.setStyleSheet("color: #8e3b46;")
        self.apply_button = QPushButton(self)
        self.apply_button.setDefault(False)
        self.apply_button.clicked.connect(self.apply_details)
        for edit in (self.f_title_es, self.f_title_en, self.f_presenter, self.f_documents):
            edit.returnPressed.connect(self.apply_details)
        # What is typed in an item's form survives a crash (``ui.form_autosave``); the key follows the shown
        # item and the form's own fills are not typing (see ``_show_current``).
        self.item_autosave = FormAutosaver(
            self.ctx.drafts,
            draft_key(None, None),
            {
                "title_es": self.f_title_es,
                "title_en": self.f_title_en,
                "kind": self.f_kind,
                "duration": self.f_duration,
                "presenter": self.f_presenter,
                "audience": self.f_audience,
                "documents": self.f_documents,
            },
            title=lambda: self.tr("Punto «%1» del orden del día").replace("%1", self.f_title_es.text() or "…"),
            parent=self,
        )
        # A recovered form waiting for its agenda to load: (item id, "item" or "comment", field values).
        self._restoring: tuple[str, str, dict[str, Any]] | None = None
        self.form = QFormLayout(self.details)
        self.l_title_es, self.l_title_en, self.l_kind, self.l_duration = QLabel(), QLabel(), QLabel(), QLabel()
        self.l_presenter, self.l_audience, self.l_documents = QLabel(), QLabel(), QLabel()
        for lab, w in (
            (self.l_title_es, self.f_title_es),
            (self.l_title_en, self.f_title_en),
            (self.l_kind, self.f_kind),
            (self.l_duration, self.f_duration),
            (self.l_presenter, self.f_presenter),
            (self.l_audience, self.f_audience),
            (self.l_documents, self.f_documents),
        ):
            lab.setBuddy(w)
            self.form.addRow(lab, w)
        self.form.addRow(self.f_required)
        self.form.addRow(self.apply_button)

        # Comments of the preliminary agenda
        self.comments_box = QGroupBox(self)
        self.comment_list = QListWidget(self)
        self.comment_list.setWordWrap(True)
        self.comment_delegation = QComboBox(self)  # filled with the delegations consulted (see _fill_commenters)
        self._commenters: frozenset[Category] | None = None
        self.comment_text = QPlainTextEdit(self)
        self.comment_text.setTabChangesFocus(True)
        self.comment_text.setFixedHeight(60)
        self.comment_button = QPushButton(self)
        self.comment_button.clicked.connect(self.add_comment)
        cl = QVBoxLayout(self.comments_box)
        cl.addWidget(self.comment_list, 1)
        row = QHBoxLayout()
        self.comment_delegation_label = QLabel(self)
        self.comment_delegation_label.setBuddy(self.comment_delegation)
        row.addWidget(self.comment_delegation_label)
        row.addWidget(self.comment_delegation)
        row.addStretch(1)
        row.addWidget(self.comment_button)
        cl.addLayout(row)
        cl.addWidget(self.comment_text)
        # A comment being typed survives a crash too; it belongs to the agenda, and to the item selected.
        self.comment_autosave = FormAutosaver(
            self.ctx.drafts,
            comment_key(None),
            {"delegation": self.comment_delegation, "text": self.comment_text},
            title=lambda: self.tr("Comentario de %1 a la agenda").replace(
                "%1", self.comment_delegation.currentText() or "…"
            ),
            context=lambda: {"item": it.id if (it := self.current_item()) is not None else None},
            parent=self,
        )

        right = QWidget(self)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(self.details)
        right_lay.addWidget(self.comments_box, 1)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([900, 340])
        right.setMaximumWidth(460)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(line)
        lay.addLayout(lifecycle)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(self.empty, 1)

    def _retranslate(self) -> None:
        self.meeting_label.setText(self.tr("&Reunión:"))
        self.meeting_box.setAccessibleName(self.tr("Reunión"))
        self.segment_label.setText(self.tr("&Segmento:"))
        self.segment_box.setAccessibleName(self.tr("Segmento"))
        self.create_button.setText(self.tr("&Crear agenda"))
        self.create_button.setAccessibleName(self.tr("Crear la agenda de este segmento"))
        self.to_preliminary.setText(self.tr("Compartir como &preliminar"))
        self.to_preliminary.setToolTip(
            self.tr("La versión preliminar se comparte con los Países Miembros y los organismos observadores")
        )
        self.to_draft.setText(self.tr("Volver a &borrador"))
        self.adopt_button.setText(self.tr("A&doptar"))
        self.compare_button.setText(self.tr("Comparar &versiones…"))
        for b in (self.to_preliminary, self.to_draft, self.adopt_button, self.compare_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
        self.numbering_label.setText(self.tr("&Numeración:"))
        self.numbering_box.setAccessibleName(self.tr("Numeración de los puntos"))
        self.start_label.setText(self.tr("&Inicio:"))
        self.start_edit.setAccessibleName(self.tr("Hora de inicio"))
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
        self.details.setTitle(self.tr("Punto seleccionado"))
        self.l_title_es.setText(self.tr("Título (&español):"))
        self.l_title_en.setText(self.tr("Título (in&glés):"))
        self.l_kind.setText(self.tr("&Tipo:"))
        self.l_duration.setText(self.tr("D&uración:"))
        self.l_presenter.setText(self.tr("&Presenta:"))
        self.l_audience.setText(self.tr("Au&diencia:"))
        self.l_documents.setText(self.tr("D&ocumentos:"))
        self.f_title_es.setAccessibleName(self.tr("Título en español"))
        self.f_title_en.setAccessibleName(self.tr("Título en inglés"))
        self.f_kind.setAccessibleName(self.tr("Tipo de punto"))
        self.f_duration.setAccessibleName(self.tr("Duración en minutos"))
        self.f_duration.setSuffix(self.tr(" min"))
        self.f_presenter.setAccessibleName(self.tr("Quién presenta"))
        self.f_audience.setAccessibleName(self.tr("Audiencia"))
        self.f_documents.setAccessibleName(self.tr("Documentos vinculados"))
        self.f_documents.setPlaceholderText(self.tr("Símbolos separados por comas, p. ej. CRM/GRCM/2026/3"))
        self.apply_button.setText(self.tr("&Aplicar cambios"))
        self.apply_button.setAccessibleName(self.tr("Aplicar los cambios al punto"))
        self._fill_combo(self.f_kind, [(k.value, labels.item_kind(k.value)) for k in ItemKind])
        self._fill_combo(self.f_audience, [(a.value, labels.audience(a.value)) for a in Audience])
        self.comments_box.setTitle(self.tr("Comentarios de las delegaciones"))
        self.comment_list.setAccessibleName(self.tr("Comentarios del punto seleccionado"))
        self.comment_delegation_label.setText(self.tr("De&legación:"))
        self.comment_delegation.setAccessibleName(self.tr("Delegación que comenta"))
        self.comment_text.setAccessibleName(self.tr("Texto del comentario"))
        self.comment_text.setPlaceholderText(self.tr("Comentario sobre el punto seleccionado"))
        self.comment_button.setText(self.tr("Registrar co&mentario"))
        self.comment_button.setAccessibleName(self.tr("Registrar el comentario"))
        for col, act in enumerate(self.column_actions, start=1):
            act.setText(
                self.tr("Mostrar la columna «%1»").replace(
                    "%1", str(self.model.headerData(col, Qt.Orientation.Horizontal))
                )
            )
        self.model.lang = self.ctx.lang
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self.state is not None:
            self._apply_state(self.state)

    @staticmethod
    def _fill_combo(box: QComboBox, entries: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for key, text in entries:
            box.addItem(text, key)
        if current is not None:
            box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- opening in context ------------------------------------------------------------------------
    def open_meeting(self, meeting_id: str) -> None:
        """Show the agenda of ``meeting_id`` (its first segment that has an agenda)."""
        self.reload(meeting_id=meeting_id, segment="")

    def show_context(self, *, meeting_id: str | None = None, agenda_id: str | None = None, **_: str) -> None:
        """Called by the main window when another section opens the agenda in context."""
        if agenda_id:
            self.open_agenda(agenda_id)
        elif meeting_id:
            self.open_meeting(meeting_id)

    def open_agenda(self, agenda_id: str) -> None:
        ws = self.ctx.ws
        self.ctx.run(
            lambda: agendas.agenda_settings(ws, agenda_id),
            on_done=lambda a: self.reload(meeting_id=a["meeting_id"], segment=a["segment"]),
        )

    # --- loading -----------------------------------------------------------------------------------
    def reload(self, *, meeting_id: str | None = None, segment: str | None = None) -> None:
        if meeting_id is None and self.state is not None:
            meeting_id = self.state.meeting_id
        if segment is None and self.state is not None:
            segment = self.state.segment
        self._generation += 1
        generation = self._generation
        ws = self.ctx.ws
        self.ctx.run(
            lambda: load_state(ws, meeting_id, segment or None),
            on_done=lambda st: self._loaded(generation, st),
        )

    def _on_data_changed(self, tables: set[str]) -> None:
        if tables & WATCHED:
            self.reload()

    def _loaded(self, generation: int, state: AgendaState) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        previous = self.state
        keep = self._current_logical()
        self.state = state
        agenda_id = state.agenda["id"] if state.agenda else None
        if self.editing is None or self.editing.agenda_id != agenda_id:
            self.editing = Editing(self.ctx, agenda_id) if agenda_id else None
            keep = None
        self._apply_state(state)
        target = self._pending_select or keep
        self._pending_select = None
        if target and self.editing is not None:
            current = self.editing.ids.now(target)
            ix = self.model.index_of(current or "")
            if ix.isValid():
                self.tree.setCurrentIndex(ix)
        elif self.model.rowCount() and (previous is None or previous.meeting_id != state.meeting_id):
            self.tree.setCurrentIndex(self.model.index(0, 0))
        if self.comment_autosave.key != comment_key(agenda_id):
            self.comment_autosave.retarget(comment_key(agenda_id))  # a comment typed for the last agenda is kept
        self._show_current()
        self._apply_restoring()
        self.loaded.emit()

    def _apply_state(self, state: AgendaState) -> None:
        self._filling = True
        lang = self.ctx.lang
        self.meeting_box.blockSignals(True)
        self.meeting_box.clear()
        for m in state.meetings:
            mark = "" if m["id"] in state.with_agendas else "  ·"
            self.meeting_box.addItem(f"{m['start'][:10]}  {m['title']}{mark}", m["id"])
        if state.meeting_id:
            self.meeting_box.setCurrentIndex(self.meeting_box.findData(state.meeting_id))
        self.meeting_box.blockSignals(False)
        self.segment_box.blockSignals(True)
        self.segment_box.clear()
        if state.body:
            for s in state.body.segments:
                self.segment_box.addItem(s.name(lang), s.key)
            self.segment_box.setCurrentIndex(max(0, self.segment_box.findData(state.segment)))
        self.segment_box.blockSignals(False)

        agenda = state.agenda
        has_agenda = agenda is not None
        status = agenda["status"] if agenda else ""
        editable = has_agenda and status != AgendaStatus.ADOPTED.value
        counts: dict[str, int] = {}
        for c in state.comments:
            counts[c["item_id"]] = counts.get(c["item_id"], 0) + 1
        self.model.lang = lang
        self.model.set_plan(state.plan, editable=editable, comment_counts=counts)
        self.tree.expandAll()

        self.splitter.setVisible(has_agenda)
        self.empty.setVisible(not has_agenda)
        self.create_button.setVisible(not has_agenda and state.meeting_id is not None)
        if state.meeting_id is None:
            self.empty.setText(self.tr("No hay reuniones en este espacio de trabajo."))
        elif not has_agenda:
            self.empty.setText(self.tr("Este segmento aún no tiene agenda. Cree una con «Crear agenda»."))
        if agenda:
            text = self.tr("Estado: <b>%1</b> · versión %2").replace("%1", labels.agenda_status(status))
            text = text.replace("%2", str(agenda["version"]))
            if status == AgendaStatus.ADOPTED.value:
                text += " · " + self.tr("adoptada: ya no puede modificarse")
            self.status_label.setText(text)
            self.numbering_box.setCurrentIndex(max(0, self.numbering_box.findData(agenda["numbering"])))
            h, m = (int(x) for x in agenda["start_time"].split(":"))
            self.start_edit.setTime(QTime(h, m))
        else:
            self.status_label.setText("")
        for w in (self.numbering_box, self.start_edit, self.numbering_label, self.start_label):
            w.setVisible(has_agenda)
        self.numbering_box.setEnabled(editable)
        self.start_edit.setEnabled(editable)
        self.to_preliminary.setVisible(status == AgendaStatus.DRAFT.value)
        self.to_draft.setVisible(status == AgendaStatus.PRELIMINARY.value)
        self.adopt_button.setVisible(status == AgendaStatus.PRELIMINARY.value)
        self.compare_button.setVisible(has_agenda)
        self.compare_button.setEnabled(len(state.versions) >= 2)
        for act in (self.act_add, self.act_add_sub, self.act_remove, self.act_carry):
            act.setEnabled(editable)
        for act in (self.act_up, self.act_down, self.act_outdent, self.act_indent):
            act.setEnabled(editable)
        self.comments_box.setVisible(status in (AgendaStatus.PRELIMINARY.value, AgendaStatus.ADOPTED.value))
        if state.body is not None:
            self._fill_commenters(rules.preliminary_agenda_consulted(state.body, state.segment))
        self.comment_button.setEnabled(status == AgendaStatus.PRELIMINARY.value)
        self.comment_text.setEnabled(status == AgendaStatus.PRELIMINARY.value)
        self.details.setEnabled(editable)
        self._update_plan_summary()
        self._filling = False

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

    # --- selection and details ---------------------------------------------------------------------
    def current_item(self) -> PlannedItem | None:
        return self.model.item(self.tree.currentIndex())

    def _current_logical(self) -> str | None:
        it = self.current_item()
        if it is None or self.editing is None:
            return None
        return self.editing.ids.logical(it.id)

    def select_item(self, item_id: str) -> None:
        ix = self.model.index_of(item_id)
        if ix.isValid():
            self.tree.setCurrentIndex(ix)

    def _show_current(self) -> None:
        it = self.current_item()
        key = draft_key(self.editing.agenda_id if self.editing else None, it.id if it else None)
        with self.item_autosave.loading(key):  # showing a stored item is not typing; a draft typed before is kept
            self._fill_details(it)

    def _fill_details(self, it: PlannedItem | None) -> None:
        has = it is not None
        for w in (self.f_title_es, self.f_title_en, self.f_kind, self.f_duration, self.f_presenter):
            w.setEnabled(has)
        for w2 in (self.f_audience, self.f_documents, self.apply_button):
            w2.setEnabled(has)
        if it is None:
            for e in (self.f_title_es, self.f_title_en, self.f_presenter, self.f_documents):
                e.clear()
            self.f_required.hide()
            self.comment_list.clear()
            return
        self.f_title_es.setText(it.title_es)
        self.f_title_en.setText(it.title_en or "")
        for edit in (self.f_title_es, self.f_title_en):
            edit.setCursorPosition(0)  # show the beginning of a long title
        self.f_kind.setCurrentIndex(max(0, self.f_kind.findData(it.kind)))
        self.f_duration.setValue(it.duration_min)
        self.f_presenter.setText(it.presenter or "")
        self.f_audience.setCurrentIndex(max(0, self.f_audience.findData(it.audience)))
        self.f_documents.setText(", ".join(it.documents))
        self.f_title_es.setReadOnly(bool(it.required_key))
        if it.required_key:
            self.f_required.setText(
                self.tr("Punto obligatorio según las reglas de la CRM: su título se conserva y no puede eliminarse.")
            )
            self.f_required.show()
        else:
            self.f_required.hide()
        has_children = bool(self.model.children_of(it.id))
        self.f_duration.setEnabled(not has_children)
        self.f_duration.setToolTip(self.tr("Los subpuntos comparten la hora de su punto") if has_children else "")
        self.comment_list.clear()
        if self.state:
            for c in self.state.comments:
                if c["item_id"] == it.id:
                    self.comment_list.addItem(f"{c['delegation']}: {c['text']}")

    def restore_draft(self, agenda_id: str, item_id: str, form: str, fields: dict[str, Any]) -> None:
        """Put a recovered item form or comment (``form``) back once that agenda is loaded, as if typed."""
        self._restoring = (item_id, form, fields)
        self.open_agenda(agenda_id)

    def _apply_restoring(self) -> None:
        if self._restoring is None:
            return
        item_id, form, fields = self._restoring
        ix = self.model.index_of(item_id)
        if ix.isValid():
            self._restoring = None
            self.tree.setCurrentIndex(ix)
            self._show_current()
            (self.comment_autosave if form == "comment" else self.item_autosave).fill(fields)

    def _details_input(self, it: PlannedItem) -> ItemInput:
        docs = tuple(d.strip() for d in self.f_documents.text().split(",") if d.strip())
        return ItemInput(
            title_es=self.f_title_es.text().strip() if not it.required_key else it.title_es,
            title_en=self.f_title_en.text().strip() or None,
            kind=ItemKind(self.f_kind.currentData()),
            duration_min=self.f_duration.value(),
            presenter=self.f_presenter.text().strip() or None,
            audience=Audience(self.f_audience.currentData()),
            documents=docs,
        )

    # --- edits (each one an undo command) ----------------------------------------------------------
    def _push(self, command: AgendaCommand) -> None:
        """Do the edit; it reaches the undo stack only once the services accepted it."""
        assert self.editing is not None
        perform(self.editing, command)

    def _error(self, text: str) -> None:
        """A refusal the view finds itself goes where every notice goes: ``user_error``, shown by the
        main window's message bar (service refusals arrive there from the UI context directly)."""
        self.ctx.user_error.emit(text)

    def _info(self, text: str) -> None:
        self.ctx.notice.emit(text)

    def apply_details(self) -> None:
        it = self.current_item()
        if it is None or self.editing is None:
            return
        if not self.f_title_es.text().strip():
            self._error(self.tr("El título en español no puede quedar vacío."))
            return
        before, after = item_input(it), self._details_input(it)
        key = self.item_autosave.key
        if before == after:
            self.item_autosave.saved(key)  # the form holds what is stored: nothing left to recover
            return
        self._pending_select = self.editing.ids.logical(it.id)
        perform(
            self.editing,
            UpdateItemCommand(self.editing, it.id, before, after),
            on_done=lambda: self.item_autosave.saved(key),
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
                self._error(verdict.reason.render(self.ctx.lang))
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

    def _layout_changed(self) -> None:
        if self._filling or self.editing is None or self.state is None or self.state.agenda is None:
            return
        agenda = self.state.agenda
        before = (agenda["numbering"], agenda["start_time"])
        after = (str(self.numbering_box.currentData()), self.start_edit.time().toString("HH:mm"))
        if before != after:
            self._pending_select = self._current_logical()
            self._push(LayoutCommand(self.editing, before=before, after=after))

    def carry_over(self) -> None:
        if self.editing is None or self.state is None or self.state.meeting_id is None:
            return
        dialog = CarryOverDialog(self.ctx, self.state.meeting_id, self)
        self._carry_dialog = dialog  # reachable from tests while it is open
        if dialog.exec() == CarryOverDialog.DialogCode.Accepted and dialog.chosen():
            self._push(CarryOverCommand(self.editing, dialog.chosen()))

    def _fill_commenters(self, consulted: frozenset[Category]) -> None:
        """Offer the delegations the preliminary agenda is shared with (seed, A): the member countries and,
        where the segment admits them, the observer organisations."""
        if consulted == self._commenters:
            return
        self._commenters = consulted
        current = self.comment_delegation.currentData()
        self.comment_delegation.clear()
        for c in countries():
            if c.category in consulted:
                self.comment_delegation.addItem(c.code, c.code)
        for o in organisations():
            if o.category in consulted:
                self.comment_delegation.addItem(o.acronym, o.key)
        self.comment_delegation.setCurrentIndex(max(0, self.comment_delegation.findData(current)))

    def add_comment(self) -> None:
        it = self.current_item()
        text = self.comment_text.toPlainText().strip()
        if it is None or self.editing is None:
            return
        if not text:
            self._error(self.tr("Escriba el comentario antes de registrarlo."))
            return
        self._pending_select = self.editing.ids.logical(it.id)
        key = self.comment_autosave.key
        command = AddCommentCommand(self.editing, it.id, str(self.comment_delegation.currentData()), text)
        perform(self.editing, command, on_done=lambda: self.comment_autosave.saved(key))
        with self.comment_autosave.loading():  # the draft stays until the comment is recorded
            self.comment_text.clear()

    # --- agenda lifecycle (not undoable: adoption freezes the agenda) -----------------------------
    def create_agenda(self) -> None:
        if self.state is None or self.state.meeting_id is None:
            return
        ws, mid, seg = self.ctx.ws, self.state.meeting_id, self.state.segment
        self.ctx.run(lambda: agendas.create_agenda(ws, mid, seg), changes=["agendas", "agenda_items"])

    def set_status(self, target: AgendaStatus, *, confirm: bool = True) -> None:
        if self.state is None or self.state.agenda is None:
            return
        if target == AgendaStatus.ADOPTED and confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Adoptar la agenda"),
                self.tr("Una agenda adoptada queda congelada y ya no puede modificarse. ¿Adoptarla?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        ws, aid = self.ctx.ws, self.state.agenda["id"]
        self._pending_select = self._current_logical()

        def done(_: object) -> None:
            notes = {
                AgendaStatus.PRELIMINARY: self.tr(
                    "Versión preliminar lista para compartir con los Países Miembros y los organismos observadores."
                ),
                AgendaStatus.DRAFT: self.tr("La agenda vuelve a ser un borrador."),
                AgendaStatus.ADOPTED: self.tr("Agenda adoptada: queda congelada."),
            }
            self._info(notes[target])

        self.ctx.run(
            lambda: agendas.set_agenda_status(ws, aid, target),
            on_done=done,
            changes=["agendas", "agenda_versions"],
        )

    def compare_versions(self) -> None:
        if self.state is None or len(self.state.versions) < 2:
            return
        dialog = CompareVersionsDialog(self.ctx, self.state.versions, self)
        self._compare_dialog = dialog
        dialog.exec()

    # --- choosing meeting and segment --------------------------------------------------------------
    def _meeting_chosen(self) -> None:
        mid = self.meeting_box.currentData()
        if mid and (self.state is None or mid != self.state.meeting_id):
            self.reload(meeting_id=str(mid), segment="")

    def _segment_chosen(self) -> None:
        seg = self.segment_box.currentData()
        if seg and self.state is not None and seg != self.state.segment:
            self.reload(segment=str(seg))

    # --- keyboard ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            moves = {Qt.Key.Key_Up: self.act_up, Qt.Key.Key_Down: self.act_down}
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


def draft_key(agenda_id: str | None, item_id: str | None) -> str:
    """The recovery key of an agenda item's form (titles, presenter, documents...)."""
    return f"agenda:{agenda_id or '-'}:{item_id or '-'}:item"


def comment_key(agenda_id: str | None) -> str:
    """The recovery key of the comment being typed on a preliminary agenda."""
    return f"agenda:{agenda_id or '-'}:comment"


def restore_agenda_draft(window: Any, draft: Any) -> bool:
    """Reopen the agenda section on the item whose form or comment was being typed, with what was typed.

    Also takes the title-only drafts (``…:title_es``) earlier versions wrote."""
    parts = draft.key.split(":")
    if parts[0] != "agenda" or parts[1] == "-":
        return False
    fields = recovered_fields(draft.extra)
    if len(parts) == 3 and parts[2] == "comment":
        item_id, form = recovered_context(draft.extra).get("item"), "comment"
    elif len(parts) == 4 and parts[3] in ("item", "title_es"):
        item_id, form = parts[2], "item"
        fields = fields or {"title_es": draft.text}
    else:
        return False
    view = window.show_section("agenda")
    if not isinstance(view, AgendaView) or not item_id or item_id == "-":
        return False
    view.restore_draft(parts[1], str(item_id), form, fields)
    return True
