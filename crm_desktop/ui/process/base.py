"""What every tab of the "Between meetings" section shares: loading off the UI thread, refreshing when
the tables it shows change, re-labelling on a language switch, and read-only tables over service rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableView, QWidget

from crm_desktop.domain.contributions import format_money
from crm_desktop.domain.process_labels import label
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.form_autosave import FormAutosaver
from crm_desktop.ui.models.rows import CONTENTS_PRECISION, Column, PreparedRows, RowFilterProxy, RowsTableModel
from crm_desktop.ui.section_widget import SectionWidget

if TYPE_CHECKING:
    from crm_desktop.ui.process.forms import FormDialog

D = TypeVar("D", bound="FormDialog")

MAX_COLUMN_WIDTH = 360
DRAFT_PREFIX = "process:"


def money(cents: int | None) -> str:
    """An amount in currency units with two decimals; empty when not known."""
    return "" if cents is None else format_money(cents)


class RowsTable(QObject):
    """A sortable, read-only table view over a :class:`RowsTableModel` behind a filter proxy.

    Rows with many entries are prepared on the worker (:meth:`prepare`, in a tab's ``load``); the
    columns of a table in a tab not shown yet are sized when it is first shown, not when its rows
    arrive (sizing asks every cell of the first rows for its text and font).
    """

    def __init__(self, columns: Sequence[Column], parent: QWidget, model: RowsTableModel | None = None) -> None:
        super().__init__(parent)
        self._unfitted = False  # rows arrived while the table was hidden: size the columns when shown
        self.model = model if model is not None else RowsTableModel(columns)
        self.proxy = RowFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(parent)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Qt's default indicator is descending
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setResizeContentsPrecision(CONTENTS_PRECISION)
        self.view.installEventFilter(self)

    def prepare(self, rows: Sequence[dict[str, Any]], lang: str) -> PreparedRows:
        """The rows' texts, search keys and order, computed off the UI thread (for :meth:`set_rows`)."""
        return self.model.prepare(rows, lang)

    def set_rows(self, rows: Sequence[dict[str, Any]] | PreparedRows) -> None:
        keep = self.selected_id()
        self.model.set_rows(rows, rows.lang if isinstance(rows, PreparedRows) else "")
        self._unfitted = True
        if self.view.isVisible():
            self._fit_columns()
        if keep is not None:
            self.select(keep)

    def _fit_columns(self) -> None:
        self._unfitted = False
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for c in range(self.model.columnCount()):  # long texts wrap into the tooltip, not the layout
            header.resizeSection(c, min(header.sectionSize(c), MAX_COLUMN_WIDTH))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._unfitted and watched is self.view and event.type() == QEvent.Type.Show:
            self._fit_columns()
        return False

    def selected(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.source_row(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        row = self.selected()
        return None if row is None else row.get("id")

    def select(self, row_id: str) -> bool:
        for i in range(self.proxy.rowCount()):
            if self.proxy.source_row(i).get("id") == row_id:
                self.view.selectRow(i)
                return True
        return False

    def refresh_texts(self) -> None:
        self.model.refresh_texts()


class ProcessTab(SectionWidget):
    """A tab that loads its data with ``load()`` on a worker thread and shows it with ``show_data``.

    ``load(request)`` runs on a worker thread and must not touch widgets: what it needs from them is
    taken by :meth:`request` on the UI thread. ``watched`` names the tables whose change
    (``ctx.data_changed``) makes the tab reload itself.
    """

    tab_key = ""  # the tab's attribute in ``ProcessView`` (and in its drafts' keys)
    forms: frozenset[str] = frozenset()  # the autosaved forms: methods opening a dialog, or see ``reopen``

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: Any = None
        self.loads = 0  # finished loads, so tests can wait for fresh data
        self.dialog: QDialog | None = None  # the creation dialog opened last
        self._restoring: tuple[str, dict[str, Any], dict[str, Any]] | None = None

    # --- provided by each tab: load(request) runs on a worker thread (services only, no widgets) and
    # returns what show_data(data) then shows on the UI thread; retranslate() re-labels the tab.
    load: Callable[[Any], Any]
    show_data: Callable[[Any], None]

    # --- shared behaviour --------------------------------------------------------------------------
    def label(self, category: str, key: str | None) -> str:
        return "" if key is None else label(category, key, self.ctx.lang)

    def reload(self) -> None:
        request = self.request()  # read the widgets here, on the UI thread
        self.read(lambda: self.load(request), self._loaded)

    def request(self) -> Any:
        """What the next load depends on in the widgets (a semester, a meeting); read on the UI thread."""
        return None

    def _loaded(self, data: Any) -> None:
        self.data = data
        self.loads += 1
        self.show_data(data)
        self._apply_restoring()

    def language_changed(self) -> None:
        self.retranslate()
        if self.data is not None:
            self.reload()  # names rendered by the services follow the language too

    def run(self, fn: Any, *, changes: Sequence[str], done: Any = None) -> None:
        """A write through the services; a refusal reaches the user through ``ctx.user_error``."""

        def finished(result: Any) -> None:
            if done is not None and shiboken6.isValid(self):
                done(result)

        self.ctx.run(fn, on_done=finished, changes=list(changes))

    def open_form(
        self, dialog: D, create: Any, changes: Sequence[str], *, form: str, context: dict[str, Any] | None = None
    ) -> D:
        """Show a creation ``dialog`` (window-modal); on OK, ``create(ws, dialog.values())`` runs through
        the services on a worker thread. The dialog closes once the record is created; a refusal shows
        its reason in the dialog (and in the message bar), which stays open for a correction.

        ``form`` names the method of this tab that opens the dialog: the dialog is autosaved under
        ``process:<tab>:<form>`` and :meth:`restore_form` reopens it; ``context`` is what that method
        needs selected first (see :meth:`select_context`). The draft is kept until the service accepted
        the record, so a refused creation can still be recovered at the next start.
        """
        ws, store = self.ctx.ws, self.ctx.drafts
        saver = dialog.autosave(store, f"{DRAFT_PREFIX}{self.tab_key}:{form}", context)
        key = saver.key

        def alive(fn: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda arg: fn(arg) if shiboken6.isValid(dialog) else None

        def created(_result: Any) -> None:
            store.clear(key)
            alive(lambda _r: dialog.succeeded())(None)

        def submit() -> None:
            values = dialog.values()  # read the widgets here, on the UI thread
            saver.flush()
            self.ctx.run(
                lambda: create(ws, values),
                on_done=created,
                on_error=alive(lambda exc: dialog.refused(exc.render(self.ctx.lang))),
                changes=list(changes),
            )

        dialog.submit = submit
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- recovery of a creation dialog a crash closed (``ui.form_autosave``) -------------------------
    def restore_form(self, form: str, fields: dict[str, Any], context: dict[str, Any]) -> bool:
        """Reopen the dialog opened by the method ``form`` with recovered ``fields`` (once data is loaded)."""
        if form not in self.forms:
            return False
        self._restoring = (form, fields, context)
        if self.data is not None:
            self._apply_restoring()
        return True

    def select_context(self, context: dict[str, Any]) -> None:
        """Select what a creation dialog belongs to (a work plan for its actions); nothing by default."""

    def reopen(self, form: str, fields: dict[str, Any], context: dict[str, Any]) -> FormAutosaver | None:
        """Open ``form`` again for a recovered draft and return its autosave, which gets ``fields``; by
        default the dialog its method opens. None when it cannot be reopened now (a tab that must load
        something first calls :meth:`restore_form` again)."""
        self.select_context(context)
        dialog = getattr(self, form)()
        return None if dialog is None else dialog.saver

    def _apply_restoring(self) -> None:
        if self._restoring is None:
            return
        form, fields, context = self._restoring
        self._restoring = None
        saver = self.reopen(form, fields, context)
        if saver is not None:
            saver.fill(fields)  # as if typed: autosaved again until saved


def align_right() -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
