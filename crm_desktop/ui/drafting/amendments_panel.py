"""The panel beside the paragraph in the Editor tab: amendments, the amendment form, comments."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import drafting as d
from crm_desktop.drafting.negotiation import (
    ProposalKind,
    Stance,
)
from crm_desktop.ui.drafting.common import (
    EDITOR_TAB,
    PROPOSAL_ROLE,
    button,
    with_shortcut,
)
from crm_desktop.ui.drafting.editor_tab import EditorTab
from crm_desktop.ui.drafting.models import (
    proposal_kind,
)


class AmendmentsPanel(EditorTab):
    """Beside the paragraph: its amendments with the delegations' stances, a form to propose one, and
    the comments the acting person may read."""

    def _build_amendments(self) -> None:
        """The amendments, the amendment form and the comments, beside the paragraph in the editor."""
        self.proposals_box = QGroupBox()
        self.proposal_model = QStandardItemModel(self)
        self.proposal_list = QListView()
        self.proposal_list.setModel(self.proposal_model)
        self.proposal_list.setWordWrap(True)
        self.proposal_list.setAlternatingRowColors(True)
        self.proposal_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposal_list.setSpacing(2)
        self.support_button = button(self)
        self.oppose_button = button(self)
        self.accept_button = button(self)
        self.reject_button = button(self)
        stance_row = QHBoxLayout()
        for b in (self.support_button, self.oppose_button):
            stance_row.addWidget(b)
        chair_row = QHBoxLayout()
        for b in (self.accept_button, self.reject_button):
            chair_row.addWidget(b)
        pbox = QVBoxLayout(self.proposals_box)
        pbox.addWidget(self.proposal_list, 1)
        pbox.addLayout(stance_row)
        pbox.addLayout(chair_row)

        self.amend_box = QGroupBox()
        self.kind_combo = QComboBox()
        self.old_edit = QLineEdit()
        self.new_edit = QLineEdit()
        self.rationale_edit = QLineEdit()
        self.propose_button = button(self)
        self.amend_form = QFormLayout(self.amend_box)
        self.kind_label, self.old_label, self.new_label, self.rationale_label = QLabel(), QLabel(), QLabel(), QLabel()
        self.amend_form.addRow(self.kind_label, self.kind_combo)
        self.amend_form.addRow(self.old_label, self.old_edit)
        self.amend_form.addRow(self.new_label, self.new_edit)
        self.amend_form.addRow(self.rationale_label, self.rationale_edit)
        self.amend_form.addRow(self.propose_button)
        for label, field in (
            (self.kind_label, self.kind_combo),
            (self.old_label, self.old_edit),
            (self.new_label, self.new_edit),
            (self.rationale_label, self.rationale_edit),
        ):
            label.setBuddy(field)

        self.comments_box = QGroupBox()
        self.comment_model = QStandardItemModel(self)
        self.comment_list = QListView()
        self.comment_list.setModel(self.comment_model)
        self.comment_list.setWordWrap(True)
        self.comment_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comment_edit = QLineEdit()
        self.comment_private = QCheckBox()
        self.comment_button = button(self)
        crow = QHBoxLayout()
        crow.addWidget(self.comment_private)
        crow.addStretch(1)
        crow.addWidget(self.comment_button)
        cbox = QVBoxLayout(self.comments_box)
        cbox.addWidget(self.comment_list, 1)
        cbox.addWidget(self.comment_edit)
        cbox.addLayout(crow)

        self.editor_side = side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(self.proposals_box, 3)
        side_box.addWidget(self.amend_box)
        side_box.addWidget(self.comments_box, 2)

        self.editor_split.insertWidget(1, side)
        self.editor_split.setStretchFactor(1, 2)

        self.support_button.clicked.connect(lambda: self.take_position(Stance.SUPPORT))
        self.oppose_button.clicked.connect(lambda: self.take_position(Stance.OPPOSE))
        self.accept_button.clicked.connect(lambda: self.decide("accept"))
        self.reject_button.clicked.connect(lambda: self.decide("reject"))
        self.propose_button.clicked.connect(self.propose)
        self.comment_button.clicked.connect(self.comment)
        self.comment_edit.returnPressed.connect(self.comment)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.proposal_list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._action(self.shortcuts["propose"], self.start_proposal)
        self._action(self.shortcuts["support"], lambda: self.take_position(Stance.SUPPORT))
        self._action(self.shortcuts["oppose"], lambda: self.take_position(Stance.OPPOSE))
        self._action(self.shortcuts["accept"], lambda: self.decide("accept"))
        self._action(self.shortcuts["reject"], lambda: self.decide("reject"))
        self._action(self.shortcuts["comment"], self.comment_edit.setFocus)
        self._action(self.shortcuts["proposals"], self.proposal_list.setFocus)

    def retranslate(self) -> None:
        super().retranslate()
        sc = self.shortcuts
        self.proposals_box.setTitle(self.tr("Enmiendas al párrafo"))
        self.proposal_list.setAccessibleName(self.tr("Enmiendas al párrafo"))
        self.proposal_list.setToolTip(with_shortcut(self.tr("Enmiendas abiertas al párrafo elegido"), sc["proposals"]))
        self.support_button.setText(self.tr("A&poyar"))
        self.support_button.setToolTip(with_shortcut(self.tr("Mi delegación apoya la enmienda"), sc["support"]))
        self.oppose_button.setText(self.tr("Opo&nerse"))
        self.oppose_button.setToolTip(with_shortcut(self.tr("Mi delegación se opone a la enmienda"), sc["oppose"]))
        self.accept_button.setText(self.tr("Ace&ptar en el texto"))
        self.accept_button.setToolTip(
            with_shortcut(self.tr("La Presidencia Pro-Témpore incorpora la enmienda al texto"), sc["accept"])
        )
        self.reject_button.setText(self.tr("&Rechazar"))
        self.reject_button.setToolTip(
            with_shortcut(self.tr("La Presidencia Pro-Témpore rechaza la enmienda"), sc["reject"])
        )
        self.amend_box.setTitle(self.tr("Proponer una enmienda"))
        kind = self.kind_combo.currentData()
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("Sustituir palabras"), ProposalKind.REPLACE.value)
        self.kind_combo.addItem(self.tr("Insertar después de"), ProposalKind.INSERT.value)
        self.kind_combo.addItem(self.tr("Suprimir palabras"), ProposalKind.DELETE.value)
        self.kind_combo.addItem(self.tr("Párrafo nuevo a continuación"), ProposalKind.NEW_PARAGRAPH.value)
        if kind:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.kind_label.setText(self.tr("&Tipo:"))
        self.new_label.setText(self.tr("Te&xto nuevo:"))
        self.rationale_label.setText(self.tr("&Justificación:"))
        self.kind_combo.setAccessibleName(self.tr("Tipo de enmienda"))
        self.new_edit.setAccessibleName(self.tr("Texto nuevo"))
        self.rationale_edit.setAccessibleName(self.tr("Justificación"))
        self.rationale_edit.setPlaceholderText(self.tr("opcional"))
        self.old_edit.setToolTip(self.tr("Las palabras del párrafo a las que se refiere la enmienda"))
        self.propose_button.setText(self.tr("Pr&oponer"))
        self.propose_button.setToolTip(
            with_shortcut(
                self.tr(
                    "Proponer la enmienda en nombre de su delegación (las palabras seleccionadas en el texto "
                    "del párrafo se copian como texto actual)"
                ),
                sc["propose"],
            )
        )
        self._kind_changed()
        self.comments_box.setTitle(self.tr("Comentarios"))
        self.comment_list.setAccessibleName(self.tr("Comentarios"))
        self.comment_edit.setPlaceholderText(self.tr("Escribir un comentario…"))
        self.comment_edit.setAccessibleName(self.tr("Nuevo comentario"))
        self.comment_edit.setToolTip(with_shortcut(self.tr("Escribir un comentario; Intro lo envía"), sc["comment"]))
        self.comment_private.setText(self.tr("Solo para mi delegación"))
        self.comment_button.setText(self.tr("Comentar"))

    def _update_buttons(self) -> None:
        super()._update_buttons()
        p, has_doc, adopted = self._button_state()
        proposal = self.current_proposal_id()
        for b in (self.support_button, self.oppose_button, self.accept_button, self.reject_button):
            b.setEnabled(has_doc and proposal is not None and not adopted)
        self.propose_button.setEnabled(has_doc and p is not None and not adopted)
        self.comment_button.setEnabled(has_doc and p is not None)

    def _paragraph_shown(self, p: d.ParagraphRow | None) -> None:
        super()._paragraph_shown(p)
        if p is None:
            self.proposal_model.clear()
            self.comment_model.clear()
        else:
            self._fill_proposals(p)
            self._fill_comments(p.id)

    def _fill_proposals(self, p: d.ParagraphRow) -> None:
        keep = self.proposal_list.currentIndex().data(PROPOSAL_ROLE)
        self.proposal_model.clear()
        for x in p.proposals:
            item = QStandardItem(self._describe_proposal(x))
            item.setData(x.id, PROPOSAL_ROLE)
            item.setToolTip(item.text())
            self.proposal_model.appendRow(item)
        if not p.proposals:
            none = QStandardItem(self.tr("Sin enmiendas abiertas."))
            none.setEnabled(False)
            self.proposal_model.appendRow(none)
        row = next((i for i, x in enumerate(p.proposals) if x.id == keep), 0)
        if p.proposals:
            self.proposal_list.setCurrentIndex(self.proposal_model.index(row, 0))

    def _describe_proposal(self, x: d.ProposalRow) -> str:
        if x.kind == ProposalKind.REPLACE.value:
            what = self.tr("sustituir «%1» por «%2»").replace("%1", x.old).replace("%2", x.new)
        elif x.kind == ProposalKind.INSERT.value:
            where = self.tr("después de «%1»").replace("%1", x.anchor) if x.anchor else self.tr("al final")
            what = self.tr("insertar «%1» %2").replace("%1", x.new).replace("%2", where)
        elif x.kind == ProposalKind.DELETE.value:
            what = self.tr("suprimir «%1»").replace("%1", x.old)
        else:
            what = f"{proposal_kind(x.kind)}: {x.new}"
        lines = [f"{x.delegation}: {what}"]
        if x.rationale:
            lines.append(self.tr("Justificación: %1").replace("%1", x.rationale))
        stances = []
        if x.support:
            stances.append(self.tr("Apoyan: %1").replace("%1", ", ".join(x.support)))
        if x.oppose:
            stances.append(self.tr("Se oponen: %1").replace("%1", ", ".join(x.oppose)))
        if stances:
            lines.append(" · ".join(stances))
        return "\n".join(lines)

    def _fill_comments(self, paragraph_id: str) -> None:
        self.comment_model.clear()
        comments = [c for c in (self.loaded.comments if self.loaded else []) if c["paragraph_id"] == paragraph_id]
        for c in comments:
            private = c["visibility"] == "delegation"
            mark = self.tr(" (solo su delegación)") if private else ""
            item = QStandardItem(f"{c['delegation']}{mark}: {c['text']}")
            if private:
                item.setForeground(QColor("#6b4f00"))
            self.comment_model.appendRow(item)
        if not comments:
            none = QStandardItem(self.tr("Sin comentarios."))
            none.setEnabled(False)
            self.comment_model.appendRow(none)

    def current_proposal_id(self) -> str | None:
        index = self.proposal_list.currentIndex()
        data = index.data(PROPOSAL_ROLE) if index.isValid() else None
        return str(data) if data else None

    def _kind_changed(self, *_args: Any) -> None:
        kind = self.kind_combo.currentData()
        self.old_label.setText(
            self.tr("&Después de:") if kind == ProposalKind.INSERT.value else self.tr("Texto a&ctual:")
        )
        self.old_edit.setAccessibleName(self.old_label.text().replace("&", "").rstrip(":"))
        self.old_edit.setEnabled(kind != ProposalKind.NEW_PARAGRAPH.value)
        self.new_edit.setEnabled(kind != ProposalKind.DELETE.value)
        self.old_edit.setPlaceholderText(
            self.tr("vacío: al final del párrafo") if kind == ProposalKind.INSERT.value else ""
        )

    def start_proposal(self) -> None:
        """Copy the words selected in the paragraph text as the amendment's current text, then type the new one."""
        selected = self.text_edit.textCursor().selectedText()
        if selected:
            self.old_edit.setText(selected)
        self.tabs.setCurrentIndex(EDITOR_TAB)
        (self.new_edit if self.new_edit.isEnabled() else self.old_edit).setFocus()

    def propose(self) -> None:
        p = self.current_paragraph()
        if p is None:
            return
        kind = ProposalKind(self.kind_combo.currentData())
        old, new = self.old_edit.text(), self.new_edit.text()
        rationale = self.rationale_edit.text().strip() or None
        ws, doc_id, pid = self.ctx.ws, self.loaded.view.id if self.loaded else "", p.id

        def call(actor: str) -> str:
            if kind == ProposalKind.INSERT:
                return d.propose(
                    ws, doc_id, kind, actor=actor, paragraph_id=pid, anchor=old or None, new=new, rationale=rationale
                )
            if kind == ProposalKind.NEW_PARAGRAPH:
                return d.propose(ws, doc_id, kind, actor=actor, new=new, after=pid, section=None, rationale=rationale)
            return d.propose(ws, doc_id, kind, actor=actor, paragraph_id=pid, old=old, new=new, rationale=rationale)

        key = self.form_autosave["proposal"].key
        self._act(
            call,
            on_done=lambda _r: self._form_sent("proposal", key, (self.old_edit, self.new_edit, self.rationale_edit)),
        )

    def take_position(self, stance: Stance) -> None:
        proposal = self.current_proposal_id()
        if proposal is None:
            return
        ws = self.ctx.ws
        self._act(lambda actor: d.take_position(ws, proposal, stance, actor=actor))

    def decide(self, decision: str) -> None:
        proposal = self.current_proposal_id()
        if proposal is None:
            return
        ws = self.ctx.ws
        self._act(lambda actor: d.decide(ws, proposal, decision, actor=actor))

    def comment(self) -> None:
        p = self.current_paragraph()
        text = self.comment_edit.text().strip()
        if p is None or not text or self.loaded is None:
            return
        ws, doc_id, pid = self.ctx.ws, self.loaded.view.id, p.id
        visibility = "delegation" if self.comment_private.isChecked() else "all"
        key = self.form_autosave["comment"].key
        self._act(
            lambda actor: d.add_comment(ws, doc_id, text, actor=actor, paragraph_id=pid, visibility=visibility),
            on_done=lambda _r: self._form_sent("comment", key, (self.comment_edit,)),
        )
