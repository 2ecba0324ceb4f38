"""The Editor tab of the drafting view: the numbered paragraphs and the chosen paragraph's text, saved
when the user leaves it; the amendments and comments beside it are ``amendments_panel``.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import drafting as d
from crm_desktop.drafting.negotiation import (
    ParagraphStatus,
)
from crm_desktop.ui.drafting.common import (
    CHANGES,
    EDITOR_TAB,
    DraftingBase,
    button,
    draft_key,
    native,
    with_shortcut,
)
from crm_desktop.ui.drafting.models import (
    ID_ROLE,
    ParagraphModel,
    paragraph_status,
)
from crm_desktop.ui.recovery import DraftAutosaver
from crm_desktop.ui.undo import ServiceCommand

PARAGRAPH_AIR = 8  # pixels added below each paragraph's text
ROWS_PER_TURN = 10  # rows sized at each turn of the event loop once those in sight are: a few ms


class EditorTab(DraftingBase):
    """The Editor tab: the numbered paragraphs tinted by status and the chosen paragraph's text."""

    def _build_editor(self) -> None:
        # Sizing wrapped rows is the costly part of showing a long document (laying out each paragraph's
        # text); a layout pass resizes the columns several times in a row, so the rows are sized once,
        # after the last of them: those in sight at once, the others a few at each turn of the event loop.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_rows_now)
        self._fit_more = QTimer(self, singleShot=True, interval=0)
        self._fit_more.timeout.connect(self._fit_some)
        self._fitted: tuple[int, int] | None = None  # the rows and the text column's width last sized for
        self._unfitted: deque[int] = deque()  # rows still to size, in that order
        page = QWidget()
        self.paragraphs = ParagraphModel(self)
        self.paragraph_table = QTableView()
        self.paragraph_table.setModel(self.paragraphs)
        self.paragraph_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.paragraph_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.paragraph_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.paragraph_table.setWordWrap(True)
        self.paragraph_table.verticalHeader().hide()
        self.paragraph_table.setShowGrid(False)
        h = self.paragraph_table.horizontalHeader()
        # The narrow columns are sized from their texts' font metrics (``_fit_columns``): sizing them
        # to contents asks the model for every role of every row at each layout pass.
        h.setSectionResizeMode(ParagraphModel.NUMBER, QHeaderView.ResizeMode.Fixed)
        h.setSectionResizeMode(ParagraphModel.TEXT, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(ParagraphModel.STATUS, QHeaderView.ResizeMode.Fixed)
        h.setSectionResizeMode(ParagraphModel.PROPOSALS, QHeaderView.ResizeMode.Fixed)
        h.sectionResized.connect(self._column_resized)
        self.paragraph_table.selectionModel().currentRowChanged.connect(self._paragraph_chosen)

        self.text_box = QGroupBox()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(120)
        # What is typed in a paragraph survives a crash (``ui.recovery``); the key follows the paragraph shown
        # and the view's own fills are not typing (see ``_set_text``).
        self.text_autosave = DraftAutosaver(
            self.ctx.drafts,
            draft_key(None, None),
            self.text_edit,
            title=lambda: self.tr("Texto de un párrafo de «%1»").replace("%1", self.title.text() or "…"),
            parent=self,
        )
        self.save_button = button(self)
        self.revert_button = button(self)
        self.status_combo = QComboBox()
        self.status_button = button(self)
        row = QHBoxLayout()
        row.addWidget(self.status_combo)
        row.addWidget(self.status_button)
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        box = QVBoxLayout(self.text_box)
        box.addWidget(self.text_edit)
        box.addLayout(row)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.paragraph_table, 1)
        left_box.addWidget(self.text_box)

        self.editor_split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.setStretchFactor(0, 3)
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(split)
        self.editor_page = page
        self.tabs.addTab(page, "")

        self.save_button.clicked.connect(self.save_text)
        self.revert_button.clicked.connect(self.revert_text)
        self.status_button.clicked.connect(self.apply_status)
        self._action(self.shortcuts["save"], self.save_text)
        self._action(self.shortcuts["revert"], self.revert_text)
        self._action(self.shortcuts["edit"], self.focus_text)
        self._action(self.shortcuts["paragraphs"], self.paragraph_table.setFocus)
        self._action(self.shortcuts["up"], lambda: self.move_paragraph(-1))
        self._action(self.shortcuts["down"], lambda: self.move_paragraph(1))
        self.paragraph_table.activated.connect(lambda _i: self.focus_text())

    def retranslate(self) -> None:
        super().retranslate()
        sc = self.shortcuts
        self.paragraph_table.setAccessibleName(self.tr("Párrafos del documento"))
        self.paragraph_table.setToolTip(
            self.tr(
                "Flechas: elegir párrafo · %1 o Intro: editar su texto · "
                "%2 / %3: subir o bajar el párrafo · %4: volver aquí"
            )
            .replace("%1", native(sc["edit"]))
            .replace("%2", native(sc["up"]))
            .replace("%3", native(sc["down"]))
            .replace("%4", native(sc["paragraphs"]))
        )
        self.text_edit.setAccessibleName(self.tr("Texto del párrafo"))
        self.text_edit.setToolTip(
            self.tr("Texto del párrafo elegido. %1: guardar · %2: descartar los cambios")
            .replace("%1", native(sc["save"]))
            .replace("%2", native(sc["revert"]))
        )
        self.save_button.setText(self.tr("&Guardar texto"))
        self.save_button.setToolTip(with_shortcut(self.tr("Guardar el texto del párrafo"), sc["save"]))
        self.revert_button.setText(self.tr("Descartar"))
        self.revert_button.setToolTip(with_shortcut(self.tr("Volver al texto guardado"), sc["revert"]))
        current_status = self.status_combo.currentData()
        self.status_combo.clear()
        for status in (ParagraphStatus.BRACKETED, ParagraphStatus.AGREED_AD_REFERENDUM, ParagraphStatus.AGREED):
            self.status_combo.addItem(paragraph_status(status.value), status.value)
        if current_status:
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current_status)))
        self.status_combo.setAccessibleName(self.tr("Nuevo estado del párrafo"))
        self.status_button.setText(self.tr("Marcar"))
        self.status_button.setToolTip(
            self.tr("Cambiar el estado del párrafo (el acuerdo lo declara la Presidencia Pro-Témpore)")
        )

    def _fit_rows(self) -> None:
        """Size the narrow columns to their texts now and the rows once the text column has its width."""
        self._fit_columns()
        self._fitted = None
        self._unfitted.clear()
        self._fit_timer.start()

    def rows_sized(self) -> bool:
        """Whether every paragraph row has its height (the last ones are sized just after the first show)."""
        return not self._unfitted and not self._fit_timer.isActive()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        # Only the text column wraps: the narrow ones are as wide as their texts (``_fit_columns``).
        if column == ParagraphModel.TEXT:
            self._fit_timer.start()

    def _fit_columns(self) -> None:
        table = self.paragraph_table
        bold = QFont(table.font())
        bold.setBold(True)  # headings are bold: measure the widest case
        metrics, header = QFontMetrics(bold), table.horizontalHeader()
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 8
        for col in (ParagraphModel.NUMBER, ParagraphModel.STATUS, ParagraphModel.PROPOSALS):
            title = str(self.paragraphs.headerData(col, Qt.Orientation.Horizontal))
            widest = max((metrics.horizontalAdvance(t) for t in self.paragraphs.column_texts(col)), default=0)
            width = max(widest + margin, header.fontMetrics().horizontalAdvance(title) + 2 * margin)
            if header.sectionSize(col) != width:
                header.resizeSection(col, width)

    def _fit_rows_now(self) -> None:
        table = self.paragraph_table
        # The text column gets its width from the layout: settle what is pending (the tabs just shown)
        # so the rows are sized once, at the width they are shown at.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        fitted = (id(self.paragraphs.rows), table.columnWidth(ParagraphModel.TEXT))
        if fitted == self._fitted:
            return
        self._fitted = fitted
        first, rows = max(0, table.rowAt(0)), range(self.paragraphs.rowCount())
        self._unfitted = deque([*rows[first:], *rows[:first]])  # from the first row in sight
        self._fit_some(table.viewport().height())

    def _fit_some(self, height: int = 0) -> None:
        """Size the rows waiting: enough to fill ``height`` pixels, else ``ROWS_PER_TURN``; the others
        at the next turn of the event loop."""
        table, todo = self.paragraph_table, self._unfitted
        current = table.currentIndex()
        in_sight = current.isValid() and table.visualRect(current).intersects(table.viewport().rect())
        sized = count = 0
        while todo and (sized < height if height else count < ROWS_PER_TURN):
            row = todo.popleft()
            table.resizeRowToContents(row)
            # Air between paragraphs, as on a printed page: wrapped rows are hard to tell apart otherwise.
            table.setRowHeight(row, table.rowHeight(row) + PARAGRAPH_AIR)
            sized, count = sized + table.rowHeight(row), count + 1
        if in_sight:
            table.scrollTo(current)  # the chosen paragraph stays in sight while the rows above it grow
        if todo:
            self._fit_more.start()

    def current_paragraph_id(self) -> str | None:
        index = self.paragraph_table.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def current_paragraph(self) -> d.ParagraphRow | None:
        index = self.paragraph_table.currentIndex()
        return self.paragraphs.rows[index.row()] if index.isValid() else None

    def _paragraph_chosen(self, _current: QModelIndex, previous: QModelIndex) -> None:
        # Leaving a paragraph keeps what was typed in it: the edit is saved, as a word processor would.
        edited = self.text_edit.document().isModified()
        if edited and previous.isValid() and self.text_edit.property("paragraph") == previous.data(ID_ROLE):
            self._save_paragraph(self.paragraphs.rows[previous.row()], self.text_edit.toPlainText())
            self.text_edit.document().setModified(False)
        self._show_paragraph(force=False)

    def _show_paragraph(self, *, force: bool) -> None:
        p = self.current_paragraph()
        if p is None:
            self.text_box.setTitle(self.tr("Texto del párrafo"))
            self._set_text(draft_key(None, None), "")
            self._paragraph_shown(None)
            self._update_buttons()
            return
        if force or self.text_edit.property("paragraph") != p.id or not self.text_edit.document().isModified():
            self._set_text(draft_key(self.document_id, p.id), p.text)
            self.text_edit.document().setModified(False)
            self.text_edit.setProperty("paragraph", p.id)
        label = p.display or self.tr("encabezado")
        self.text_box.setTitle(
            self.tr("Texto del párrafo %1 — %2").replace("%1", label).replace("%2", paragraph_status(p.status))
        )
        self._paragraph_shown(p)
        self._update_buttons()

    def _set_text(self, key: str, text: str) -> None:
        """Show a stored text: not typing, so no draft; a draft typed for the previous paragraph is kept."""
        self.text_autosave.retarget(key)
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(text)
        self.text_edit.blockSignals(False)

    def _button_state(self) -> tuple[d.ParagraphRow | None, bool, bool]:
        """The paragraph shown, whether a document is open with someone acting, whether it is adopted."""
        has_doc = self.loaded is not None and self.actor() is not None
        adopted = self.loaded is not None and self.loaded.view.status == "adopted"
        return self.current_paragraph(), has_doc, adopted

    def _update_buttons(self) -> None:
        p, has_doc, adopted = self._button_state()
        for b in (self.save_button, self.revert_button, self.status_button):
            b.setEnabled(has_doc and p is not None and not adopted)
        self.text_edit.setReadOnly(adopted)

    def focus_text(self) -> None:
        self.tabs.setCurrentIndex(EDITOR_TAB)
        self.text_edit.setFocus()

    def save_text(self) -> None:
        p = self.current_paragraph()
        if p is not None:
            self._save_paragraph(p, self.text_edit.toPlainText())

    def _save_paragraph(self, p: d.ParagraphRow, new: str) -> None:
        key = draft_key(self.document_id, p.id)
        if self.actor() is None:
            return
        if new == p.text:
            self.text_autosave.saved(key)  # the editor holds what is stored: nothing left to recover
            return
        old, pid, ws = p.text, p.id, self.ctx.ws
        label = p.display or self.tr("encabezado")

        def done(_result: Any) -> None:
            self.text_autosave.saved(key)
            if self.text_edit.property("paragraph") == pid and self.text_edit.toPlainText() == new:
                self.text_edit.document().setModified(False)
            actor = self.actor() or ""
            self.ctx.undo_stack.push(
                ServiceCommand(
                    self.ctx,
                    self.tr("Editar el párrafo %1").replace("%1", label),
                    redo=lambda: d.edit_paragraph(ws, pid, new, actor=actor),
                    undo=lambda: d.edit_paragraph(ws, pid, old, actor=actor),
                    changes=CHANGES,
                )
            )

        self._act(lambda actor: d.edit_paragraph(ws, pid, new, actor=actor), on_done=done)

    def revert_text(self) -> None:
        self._show_paragraph(force=True)

    def move_paragraph(self, step: int) -> None:
        """Move the chosen paragraph one place up (-1) or down (+1) among its siblings."""
        p = self.current_paragraph()
        if p is None or p.kind == "heading":
            return
        siblings = [x for x in self.paragraphs.rows if x.section == p.section and x.parent_id == p.parent_id]
        i = next(k for k, x in enumerate(siblings) if x.id == p.id)
        target = i + step
        if not 0 <= target < len(siblings):
            return
        ws, pid = self.ctx.ws, p.id
        if step > 0:
            after: str | None = siblings[target].id
        else:
            after = siblings[target - 1].id if target > 0 else None
        self._act(lambda actor: d.move_paragraph(ws, pid, actor=actor, after=after, at_start=after is None))

    def apply_status(self) -> None:
        p = self.current_paragraph()
        status = self.status_combo.currentData()
        if p is None or not status:
            return
        ws, pid = self.ctx.ws, p.id
        self._act(lambda actor: d.set_paragraph_status(ws, pid, ParagraphStatus(status), actor=actor))
