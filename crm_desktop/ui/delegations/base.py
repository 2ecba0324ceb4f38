"""The base of the Delegations section's tabs: notices, the selected row, autosaved forms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QTableView,
    QTabWidget,
)

from crm_desktop.ui.delegations.data import (
    WATCHED,
    Directory,
    MeetingRoster,
)
from crm_desktop.ui.form_autosave import AutosavedDialog
from crm_desktop.ui.models.rows import RowFilterProxy
from crm_desktop.ui.section_widget import SectionWidget

F = TypeVar("F", bound=AutosavedDialog)


class DelegationsBase(SectionWidget):
    """What the tabs of the Delegations section share. The view is built in layers, one class per group
    of tabs (``DirectoryTabs`` → ``AccreditationTab`` → ``AccreditationActions`` → ``DelegationsView``), each
    one module."""

    watched = frozenset(WATCHED)

    data: Directory | None
    roster: MeetingRoster | None
    meeting_id: str | None
    tabs: QTabWidget
    _roster_generation: int  # the roster read last asked for: an older answer is dropped
    # A recovered person form waiting for the directory to load: (person id, field values).
    _restoring_person: tuple[str | None, dict[str, Any]] | None

    def _error(self, text: str) -> None:
        """A refusal the view finds itself goes where every notice goes: ``user_error``, shown by the
        main window's message bar (service refusals arrive there from the UI context directly)."""
        self.ctx.user_error.emit(text)

    def _info(self, text: str) -> None:
        self.ctx.notice.emit(text)

    def _selected(self, table: QTableView, proxy: RowFilterProxy) -> dict[str, Any] | None:
        ix = table.currentIndex()
        if not ix.isValid():
            return None
        return proxy.source_row(ix.row())

    def _open(self, dialog: F, accepted: Callable[[], None]) -> F:
        """Show an autosaved form without blocking; its draft stays until the service saved what it holds."""
        dialog.accepted.connect(lambda: dialog.saver.flush() if dialog.saver else None)
        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _forget(self, draft: str | None) -> None:
        if draft is not None:
            self.ctx.drafts.clear(draft)
