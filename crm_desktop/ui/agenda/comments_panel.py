"""Comments of the delegations on a preliminary agenda (seed, A: the preliminary agenda is shared
with the member countries and, where the segment admits them, the observer organisations).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from crm_desktop.app.agendas import PlannedItem
from crm_desktop.domain.model import Category
from crm_desktop.domain.reference import countries, organisations
from crm_desktop.ui.agenda.state import comment_key
from crm_desktop.ui.agenda.tree_panel import AgendaTree
from crm_desktop.ui.agenda.undo import (
    AddCommentCommand,
    perform,
)
from crm_desktop.ui.form_autosave import FormAutosaver


class CommentsPanel(AgendaTree):
    """Comments of the delegations consulted on a preliminary agenda, per item."""

    def _build_comments(self) -> None:
        """The comments of the delegations on a preliminary agenda."""
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

    def retranslate(self) -> None:
        super().retranslate()
        self.comments_box.setTitle(self.tr("Comentarios de las delegaciones"))
        self.comment_list.setAccessibleName(self.tr("Comentarios del punto seleccionado"))
        self.comment_delegation_label.setText(self.tr("De&legación:"))
        self.comment_delegation.setAccessibleName(self.tr("Delegación que comenta"))
        self.comment_text.setAccessibleName(self.tr("Texto del comentario"))
        self.comment_text.setPlaceholderText(self.tr("Comentario sobre el punto seleccionado"))
        self.comment_button.setText(self.tr("Registrar co&mentario"))
        self.comment_button.setAccessibleName(self.tr("Registrar el comentario"))

    def _show_comments(self, it: PlannedItem | None) -> None:
        """The comments on the item shown (none when no item is)."""
        self.comment_list.clear()
        if it is not None and self.state:
            for c in self.state.comments:
                if c["item_id"] == it.id:
                    self.comment_list.addItem(f"{c['delegation']}: {c['text']}")

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
