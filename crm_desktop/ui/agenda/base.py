"""The base of the agenda editor's layers: the state shown, the selection and the edit helpers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLineEdit,
    QTreeView,
)

from crm_desktop.app.agendas import PlannedItem
from crm_desktop.ui.agenda.state import WATCHED, AgendaState
from crm_desktop.ui.agenda.tree_model import AgendaTreeModel
from crm_desktop.ui.agenda.undo import (
    AgendaCommand,
    Editing,
    perform,
)
from crm_desktop.ui.section_widget import SectionWidget


class AgendaBase(SectionWidget):
    """What the panels of the agenda editor share. The view is built in layers, one class per panel
    (``AgendaTree`` → ``CommentsPanel`` → ``DetailsPanel`` → ``AgendaView``), each one module; a layer
    uses what the layers below it built."""

    watched = frozenset(WATCHED)

    # Set by the view: the state shown, the edit session of its agenda and the tree's model.
    state: AgendaState | None
    editing: Editing | None
    model: AgendaTreeModel
    tree: QTreeView
    _pending_select: str | None  # logical id to select after the next refresh
    # Built by ``DetailsPanel``: the tree's keys and edits take the focus to the selected item's form.
    details: QGroupBox
    f_title_es: QLineEdit

    def _show_current(self) -> None:
        """Show the selected item in the panels beside the tree (``DetailsPanel``)."""

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
