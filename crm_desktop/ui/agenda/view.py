"""The agenda editor: a numbered tree of items with a computed time plan, its lifecycle
(draft → preliminary with comments → adopted) and version comparison.

Every edit is a QUndoCommand on the shared undo stack; the tree is refreshed from the services after
each change, so numbering and times always come from the application layer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import agendas
from crm_desktop.domain import rules
from crm_desktop.domain.model import AgendaStatus
from crm_desktop.ui import labels
from crm_desktop.ui.agenda.compare_dialog import CompareVersionsDialog
from crm_desktop.ui.agenda.state import AgendaState, comment_key, load_state
from crm_desktop.ui.agenda.tree_model import AgendaTreeModel
from crm_desktop.ui.agenda.undo import (
    Editing,
    LayoutCommand,
)
from crm_desktop.ui.agenda.versions_bar import VersionsBar
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.form_autosave import recovered_context, recovered_fields


class AgendaView(VersionsBar):
    """The Agenda section.

    Signals:
        loaded(): the view shows freshly read data (after opening, switching or any change).
    """

    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state: AgendaState | None = None
        self.editing: Editing | None = None
        self._generation = 0
        self._pending_select: str | None = None  # logical id to select after the next refresh
        self._filling = False
        self.model = AgendaTreeModel(lang=ctx.lang, parent=self)
        self.model.move_requested.connect(self._move_to)
        # A recovered form waiting for its agenda to load: (item id, "item" or "comment", field values).
        self._restoring: tuple[str, str, dict[str, Any]] | None = None
        self._build()
        self.retranslate()
        self.reload()

    # --- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.meeting_label = QLabel(self)
        self.meeting_box = QComboBox(self)
        # Minimums that fit a small laptop: the boxes take the spare width, and never widen the window.
        self.meeting_box.setMinimumContentsLength(24)
        self.meeting_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting_label.setBuddy(self.meeting_box)
        self.segment_label = QLabel(self)
        self.segment_box = QComboBox(self)
        self.segment_box.setMinimumContentsLength(14)
        self.segment_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
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
        self.status_label.setWordWrap(True)  # wraps rather than widening the window (the tooltip keeps it whole)
        self.status_label.setMinimumWidth(80)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        lifecycle.addWidget(self.status_label, 1)
        for w in (self.numbering_label, self.numbering_box, self.start_label, self.start_edit):
            lifecycle.addWidget(w)
        lifecycle.addSpacing(12)
        for b in (self.to_draft, self.to_preliminary, self.adopt_button, self.compare_button):
            lifecycle.addWidget(b)
            b.hide()  # shown by the agenda's status: all four at once would widen the window as it opens

        left = self._build_tree()
        self._build_versions_bar(top, left)
        self._build_details()
        self._build_comments()

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

    def retranslate(self) -> None:
        super().retranslate()
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
        self._retranslate_versions_bar()
        self.model.lang = self.ctx.lang
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self.state is not None:
            self._apply_state(self.state)

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

    def language_changed(self) -> None:
        super().language_changed()
        if self.state is not None:
            self.reload()  # the meeting titles follow the language

    def reload(self, *, meeting_id: str | None = None, segment: str | None = None) -> None:
        if meeting_id is None and self.state is not None:
            meeting_id = self.state.meeting_id
        if segment is None and self.state is not None:
            segment = self.state.segment
        self._generation += 1
        generation = self._generation
        ws, lang = self.ctx.ws, self.ctx.lang
        self.ctx.run(
            lambda: load_state(ws, meeting_id, segment or None, lang),
            on_done=self.alive(lambda st: self._loaded(generation, st)),
        )

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
            self.meeting_box.addItem(labels.meeting_choice(m) + mark, m["id"])
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
        self.fit_tree_columns()

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
            self.status_label.setToolTip(text)
            self.numbering_box.setCurrentIndex(max(0, self.numbering_box.findData(agenda["numbering"])))
            hours, minutes = (int(x) for x in agenda["start_time"].split(":"))
            self.start_edit.setTime(QTime(hours, minutes))
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
        self._show_versions_bar(status)
        self.compare_button.setEnabled(len(state.versions) >= 1)  # a kept version and the current agenda
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

    def _layout_changed(self) -> None:
        if self._filling or self.editing is None or self.state is None or self.state.agenda is None:
            return
        agenda = self.state.agenda
        before = (agenda["numbering"], agenda["start_time"])
        after = (str(self.numbering_box.currentData()), self.start_edit.time().toString("HH:mm"))
        if before != after:
            self._pending_select = self._current_logical()
            self._push(LayoutCommand(self.editing, before=before, after=after))

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
                    "Versión preliminar lista para compartir con los Países Miembros y los organismos observadores:"
                    " envíela con «Enviar la preliminar…»."
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
        if self.state is None or self.state.agenda is None or not self.state.versions:
            return
        dialog = CompareVersionsDialog(self.ctx, self.state.agenda, self.state.versions, self)
        self._compare_dialog = dialog
        dialog.exec()

    def _meeting_chosen(self) -> None:
        mid = self.meeting_box.currentData()
        if mid and (self.state is None or mid != self.state.meeting_id):
            self.reload(meeting_id=str(mid), segment="")

    def _segment_chosen(self) -> None:
        seg = self.segment_box.currentData()
        if seg and self.state is not None and seg != self.state.segment:
            self.reload(segment=str(seg))


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
