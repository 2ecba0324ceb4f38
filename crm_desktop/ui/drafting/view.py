"""Redacción / Drafting: the negotiated documents of each meeting, edited by the drafting group.

Left, the documents (filtered by meeting and by words). Right, the open document in four tabs:

* **Editor** — the numbered paragraphs tinted by status (proposed, bracketed, agreed ad
  referendum, agreed); the selected paragraph's text to edit, and beside it its amendments (with
  the delegations supporting and opposing) and the comments the acting person may read.
* **Compilation text** — brackets as they stand and every open amendment written in place,
  attributed to its delegation: additions underlined, deletions struck through.
* **Comparison** — two versions (named ones or the current text) side by side, word by word;
  naming a version (Rev.N) and restoring an old one as a new change.
* **Adoption** — remaining brackets, objections per delegation, the silence procedure, and an
  Adopt button that is enabled only when the rules allow, with the reason shown otherwise.

Every button is one service call of :mod:`crm_desktop.app.drafting`, run off the UI thread; a
refusal by the rules is shown above the tabs in the acting person's language. The person acting
is chosen in the view (a combo of the people accredited to the meeting, remembered per workspace
and meeting) until the device's own identity arrives with synchronisation.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QDateTime, QEvent, QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import drafting as d
from crm_desktop.app.drafting_desk import Actor, AdoptionState, adoption_state, meeting_actors
from crm_desktop.app.errors import AppError
from crm_desktop.drafting.compare import Change, ParagraphDiff
from crm_desktop.drafting.negotiation import (
    Amendment,
    ParagraphStatus,
    ProposalKind,
    ProposalView,
    RunStyle,
    Stance,
    compilation_runs,
)
from crm_desktop.drafting.permissions import (
    COMMENTS,
    DOCUMENTS,
    OBJECTIONS,
    PARAGRAPHS,
    POSITIONS,
    PROPOSALS,
    TEXTS,
    VERSIONS,
)
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.drafting.models import (
    ID_ROLE,
    DocumentFilterProxy,
    DocumentListModel,
    ParagraphModel,
    document_status,
    paragraph_status,
    proposal_kind,
)
from crm_desktop.ui.form_autosave import FormAutosaver, recovered_context, recovered_fields
from crm_desktop.ui.recovery import DraftAutosaver
from crm_desktop.ui.undo import ServiceCommand

WATCHED = {DOCUMENTS, PARAGRAPHS, TEXTS, PROPOSALS, POSITIONS, OBJECTIONS, COMMENTS, VERSIONS, "accreditations"}
CHANGES = (DOCUMENTS, PARAGRAPHS, TEXTS, PROPOSALS, POSITIONS, OBJECTIONS, COMMENTS, VERSIONS)
PROPOSAL_ROLE = Qt.ItemDataRole.UserRole + 30
CURRENT = "current"
COMPARISON_TAB = 2
ADOPTION_TAB = 3
ADDED_BG = "#dcefd9"
DELETED_BG = "#f6d8d6"


class Loaded:
    """One read of everything the open document shows (taken off the UI thread)."""

    def __init__(
        self,
        view: d.DocumentView,
        versions: list[dict[str, Any]],
        comments: list[dict[str, Any]],
        adoption: AdoptionState,
        actors: list[Actor],
        actor: str | None,
    ) -> None:
        self.actor = actor  # the person acting: the remembered one, else the first of ``actors``
        self.view = view
        self.versions = versions
        self.comments = comments
        self.adoption = adoption
        self.actors = actors


def _load(ctx: UiContext, document_id: str, actor: str | None) -> Loaded:
    ws = ctx.ws
    view = d.document_view(ws, document_id)
    actors = meeting_actors(ws, view.meeting_id)
    if actor not in {a.person_id for a in actors}:
        actor = actors[0].person_id if actors else None
    comments = d.comments_for(ws, document_id, actor) if actor else []
    adoption = adoption_state(ws, document_id, actor, view=view)
    return Loaded(view, d.versions(ws, document_id), comments, adoption, actors, actor)


def _button(parent: QWidget, shortcut: str | None = None) -> QPushButton:
    b = QPushButton(parent)
    if shortcut:
        b.setShortcut(QKeySequence(shortcut))
    return b


def _with_shortcut(text: str, shortcut: str | None) -> str:
    if not shortcut:
        return text
    native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({native})"


def compilation_html(view: d.DocumentView, *, annotate: Callable[[str], str], annex: str) -> str:
    """The compilation text as HTML: amendments in place, additions <u>, deletions <s>, [delegation]."""
    parts = ["<html><body style='font-size: 11pt;'>"]
    section = None
    for p in view.paragraphs:
        if p.section == "annex" and section != "annex":
            parts.append(f"<h4>{html.escape(annex)}</h4>")
        section = p.section
        if p.kind == "heading":
            parts.append(f"<h3 align='center'>{html.escape(p.text)}</h3>")
            continue
        proposals = [
            ProposalView(x.id, x.delegation, Amendment(ProposalKind(x.kind), x.old, x.new, x.anchor))
            for x in p.proposals
        ]
        runs, unplaced = compilation_runs(p.text, proposals)
        indent = " style='margin-left: 28px;'" if p.parent_id else ""
        body = "".join(_run_html(r.text, r.style) for r in runs)
        label = f"<b>{html.escape(p.display)}</b>&nbsp;" if p.display else ""
        parts.append(f"<p{indent}>{label}{body}</p>")
        for x in unplaced:
            parts.append(
                f"<p style='margin-left: 28px; color: #555;'><i>[{html.escape(x.delegation)}] "
                f"{html.escape(annotate(x.amendment.kind.value))}: «{html.escape(x.amendment.old)}»</i> → "
                f"<u>{html.escape(x.amendment.new)}</u></p>"
            )
    for x in view.new_paragraph_proposals:
        parts.append(f"<p><u>{html.escape(x.new)}</u> <i style='color: #555;'>[{html.escape(x.delegation)}]</i></p>")
    parts.append("</body></html>")
    return "".join(parts)


def _bracketed(text: str) -> str:
    """Escape ``text`` and shade its brackets, so open options stand out in running text."""
    out = html.escape(text)
    return out.replace("[", "<span style='background: #fbe3b5;'>[").replace("]", "]</span>")


def _run_html(text: str, style: RunStyle) -> str:
    if style == RunStyle.ADDED:
        return f"<u style='background: {ADDED_BG};'>{html.escape(text)}</u>"
    if style == RunStyle.DELETED:
        return f"<s style='background: {DELETED_BG};'>{html.escape(text)}</s>"
    if style == RunStyle.NOTE:
        return f"<i style='color: #2d5f99;'><b>{html.escape(text)}</b></i>"
    return _bracketed(text)


def comparison_html(diffs: list[ParagraphDiff], *, side: str, moved_text: str) -> str:
    """One side of the comparison: the old side strikes deletions, the new one underlines additions."""
    parts = ["<html><body style='font-size: 10.5pt;'>"]
    for diff in diffs:
        if (side == "old" and diff.change == Change.ADDED) or (side == "new" and diff.change == Change.REMOVED):
            parts.append("<p style='color: #999;'>&nbsp;</p>")
            continue
        label = diff.old_label if side == "old" else diff.new_label
        body = []
        for r in diff.runs:
            if r.style == RunStyle.DELETED and side == "old":
                body.append(f"<s style='background: {DELETED_BG};'>{html.escape(r.text)}</s>")
            elif r.style == RunStyle.ADDED and side == "new":
                body.append(f"<u style='background: {ADDED_BG};'>{html.escape(r.text)}</u>")
            elif r.style in (RunStyle.PLAIN, RunStyle.NOTE):
                body.append(html.escape(r.text))
        moved = f" <i style='color: #2d5f99;'>({html.escape(moved_text)})</i>" if diff.moved and side == "new" else ""
        head = f"<b>{html.escape(label)}</b>&nbsp;" if label else ""
        parts.append(f"<p>{head}{''.join(body)}{moved}</p>")
    parts.append("</body></html>")
    return "".join(parts)


class DraftingView(QWidget):
    """The Drafting section. Public: :meth:`open_meeting`, :meth:`open_document`, :meth:`show_context`."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document_id: str | None = None
        self.loaded: Loaded | None = None
        self._pending_meeting: str | None = None
        self._listed = False
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        # Sizing wrapped rows is the costly part of showing a long document; a layout pass resizes
        # the columns several times in a row, so the rows are sized once, after the last of them.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_rows_now)
        self.setObjectName("drafting-view")

        # --- documents --------------------------------------------------------------------------
        self.meeting_filter = QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.documents = DocumentListModel(self)
        self.proxy = DocumentFilterProxy(self)
        self.proxy.setSourceModel(self.documents)
        self.document_list = QTableView()
        self.document_list.setModel(self.proxy)
        self.document_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.document_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.document_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.document_list.verticalHeader().hide()
        self.document_list.setAlternatingRowColors(True)
        self.document_list.setWordWrap(False)
        for col in (1, 2, 4):
            self.document_list.hideColumn(col)
        header = self.document_list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        left = QWidget()
        left.setMinimumWidth(240)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.meeting_filter)
        left_box.addWidget(self.search)
        left_box.addWidget(self.document_list, 1)

        # --- document header and acting person --------------------------------------------------
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.actor_label = QLabel()
        self.actor_combo = QComboBox()
        self.actor_combo.setMinimumContentsLength(18)
        self.actor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.actor_label.setBuddy(self.actor_combo)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.actor_label)
        head.addWidget(self.actor_combo)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("drafting-refusal")
        self.banner.setStyleSheet(
            "QLabel#drafting-refusal { background: #fbe4e2; color: #7a1c14; border: 1px solid #e5a9a3;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.banner.hide()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._build_editor()
        self._build_compilation()
        self._build_comparison()
        self._build_adoption()
        self._build_form_autosave()

        self.empty_hint = QLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #777;")
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(6, 0, 0, 0)
        right_box.addLayout(head)
        right_box.addWidget(self.banner)
        right_box.addWidget(self.tabs, 1)
        right_box.addWidget(self.empty_hint, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([300, 980])
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)

        self.meeting_filter.currentIndexChanged.connect(self._meeting_filter_changed)
        self.search.textChanged.connect(self.proxy.set_search)
        self.document_list.selectionModel().currentRowChanged.connect(self._document_chosen)
        self.actor_combo.activated.connect(self._actor_chosen)
        ctx.data_changed.connect(self._data_changed)

        self.retranslate()
        self._show_document_widgets(False)
        self.reload_list()

    # === building ===============================================================================
    def _action(self, shortcut: str, slot: Callable[[], None]) -> QAction:
        a = QAction(self)
        a.setShortcut(QKeySequence(shortcut))
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _build_editor(self) -> None:
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
        h.setSectionResizeMode(ParagraphModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(ParagraphModel.TEXT, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(ParagraphModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(ParagraphModel.PROPOSALS, QHeaderView.ResizeMode.ResizeToContents)
        h.sectionResized.connect(self._fit_rows)
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
        # A recovered text or form waiting for its document to load: (paragraph id, form, field values).
        self._restoring: tuple[str | None, str, dict[str, Any]] | None = None
        self.save_button = _button(self)
        self.revert_button = _button(self)
        self.status_combo = QComboBox()
        self.status_button = _button(self)
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

        # Amendments beside the paragraph.
        self.proposals_box = QGroupBox()
        self.proposal_model = QStandardItemModel(self)
        self.proposal_list = QListView()
        self.proposal_list.setModel(self.proposal_model)
        self.proposal_list.setWordWrap(True)
        self.proposal_list.setAlternatingRowColors(True)
        self.proposal_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposal_list.setSpacing(2)
        self.support_button = _button(self)
        self.oppose_button = _button(self)
        self.accept_button = _button(self)
        self.reject_button = _button(self)
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
        self.propose_button = _button(self)
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
        self.comment_button = _button(self)
        crow = QHBoxLayout()
        crow.addWidget(self.comment_private)
        crow.addStretch(1)
        crow.addWidget(self.comment_button)
        cbox = QVBoxLayout(self.comments_box)
        cbox.addWidget(self.comment_list, 1)
        cbox.addWidget(self.comment_edit)
        cbox.addLayout(crow)

        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(self.proposals_box, 3)
        side_box.addWidget(self.amend_box)
        side_box.addWidget(self.comments_box, 2)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(split)
        self.editor_page = page
        self.tabs.addTab(page, "")

        self.save_button.clicked.connect(self.save_text)
        self.revert_button.clicked.connect(self.revert_text)
        self.status_button.clicked.connect(self.apply_status)
        self.support_button.clicked.connect(lambda: self.take_position(Stance.SUPPORT))
        self.oppose_button.clicked.connect(lambda: self.take_position(Stance.OPPOSE))
        self.accept_button.clicked.connect(lambda: self.decide("accept"))
        self.reject_button.clicked.connect(lambda: self.decide("reject"))
        self.propose_button.clicked.connect(self.propose)
        self.comment_button.clicked.connect(self.comment)
        self.comment_edit.returnPressed.connect(self.comment)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.proposal_list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        # Keyboard: each shortcut is also written in its control's tooltip (see retranslate).
        self.shortcuts = {
            "save": "Ctrl+Return",
            "revert": "Ctrl+Shift+Backspace",
            "edit": "F2",
            "propose": "Ctrl+Shift+P",
            "support": "Ctrl+Shift+S",
            "oppose": "Ctrl+Shift+O",
            "accept": "Ctrl+Shift+A",
            "reject": "Ctrl+Shift+R",
            "comment": "Ctrl+Shift+M",
            "proposals": "Ctrl+Shift+L",
            "paragraphs": "Ctrl+Shift+T",
            "up": "Alt+Up",
            "down": "Alt+Down",
        }
        self._action(self.shortcuts["save"], self.save_text)
        self._action(self.shortcuts["revert"], self.revert_text)
        self._action(self.shortcuts["edit"], self.focus_text)
        self._action(self.shortcuts["propose"], self.start_proposal)
        self._action(self.shortcuts["support"], lambda: self.take_position(Stance.SUPPORT))
        self._action(self.shortcuts["oppose"], lambda: self.take_position(Stance.OPPOSE))
        self._action(self.shortcuts["accept"], lambda: self.decide("accept"))
        self._action(self.shortcuts["reject"], lambda: self.decide("reject"))
        self._action(self.shortcuts["comment"], self.comment_edit.setFocus)
        self._action(self.shortcuts["proposals"], self.proposal_list.setFocus)
        self._action(self.shortcuts["paragraphs"], self.paragraph_table.setFocus)
        self._action(self.shortcuts["up"], lambda: self.move_paragraph(-1))
        self._action(self.shortcuts["down"], lambda: self.move_paragraph(1))
        self.paragraph_table.activated.connect(lambda _i: self.focus_text())

    def _build_form_autosave(self) -> None:
        """What is typed in the amendment, comment, objection and version-name forms survives a crash
        (``ui.form_autosave``), one draft per form and document; the amendment and the comment remember
        their paragraph."""
        paragraph = lambda: {"paragraph": self.current_paragraph_id()}  # noqa: E731
        document = lambda: self.title.text() or "…"  # noqa: E731
        self.form_autosave = {
            "proposal": FormAutosaver(
                self.ctx.drafts,
                form_key(None, "proposal"),
                {"kind": self.kind_combo, "old": self.old_edit, "new": self.new_edit, "rationale": self.rationale_edit},
                title=lambda: self.tr("Enmienda a «%1»").replace("%1", document()),
                context=paragraph,
                parent=self,
            ),
            "comment": FormAutosaver(
                self.ctx.drafts,
                form_key(None, "comment"),
                {"text": self.comment_edit, "private": self.comment_private},
                title=lambda: self.tr("Comentario sobre «%1»").replace("%1", document()),
                context=paragraph,
                parent=self,
            ),
            "objection": FormAutosaver(
                self.ctx.drafts,
                form_key(None, "objection"),
                {"text": self.objection_edit},
                title=lambda: self.tr("Objeción a «%1»").replace("%1", document()),
                parent=self,
            ),
            "version": FormAutosaver(
                self.ctx.drafts,
                form_key(None, "version"),
                {"label": self.version_label_edit},
                title=lambda: self.tr("Nombre de una versión de «%1»").replace("%1", document()),
                parent=self,
            ),
        }

    def _form_sent(self, form: str, key: str, fields: tuple[QLineEdit, ...]) -> None:
        """A form's content reached the workspace: empty its fields (not typing) and forget its draft."""
        saver = self.form_autosave[form]
        with saver.loading():
            for field in fields:
                field.clear()
        saver.saved(key)

    def _build_compilation(self) -> None:
        self.compilation = QTextBrowser()
        self.compilation.setOpenLinks(False)
        self.compilation_legend = QLabel()
        self.compilation_legend.setWordWrap(True)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(self.compilation_legend)
        lay.addWidget(self.compilation, 1)
        self.tabs.addTab(page, "")

    def _build_comparison(self) -> None:
        self.old_combo = QComboBox()
        self.new_combo = QComboBox()
        self.compare_button = _button(self)
        self.old_caption = QLabel()
        self.new_caption = QLabel()
        self.old_caption.setBuddy(self.old_combo)
        self.new_caption.setBuddy(self.new_combo)
        self.version_label_edit = QLineEdit()
        self.version_label_edit.setMaximumWidth(140)
        self.name_version_button = _button(self)
        self.restore_button = _button(self)
        top = QHBoxLayout()
        top.addWidget(self.old_caption)
        top.addWidget(self.old_combo)
        top.addWidget(self.new_caption)
        top.addWidget(self.new_combo)
        top.addWidget(self.compare_button)
        top.addStretch(1)
        top.addWidget(self.version_label_edit)
        top.addWidget(self.name_version_button)
        top.addWidget(self.restore_button)
        self.old_text = QTextBrowser()
        self.new_text = QTextBrowser()
        self.old_heading = QLabel()
        self.new_heading = QLabel()
        sides = QSplitter(Qt.Orientation.Horizontal)
        for heading, browser in ((self.old_heading, self.old_text), (self.new_heading, self.new_text)):
            w = QWidget()
            b = QVBoxLayout(w)
            b.setContentsMargins(0, 0, 0, 0)
            b.addWidget(heading)
            b.addWidget(browser, 1)
            sides.addWidget(w)
        # Scroll both sides together: the paragraphs line up when the texts are the same length.
        self.old_text.verticalScrollBar().valueChanged.connect(self.new_text.verticalScrollBar().setValue)
        self.new_text.verticalScrollBar().valueChanged.connect(self.old_text.verticalScrollBar().setValue)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addLayout(top)
        lay.addWidget(sides, 1)
        self.tabs.addTab(page, "")
        self.compare_button.clicked.connect(self.compare)
        self.old_combo.activated.connect(lambda _i: self.compare())
        self.new_combo.activated.connect(lambda _i: self.compare())
        self.name_version_button.clicked.connect(self.name_version)
        self.restore_button.clicked.connect(lambda: self.restore_version())

    def _build_adoption(self) -> None:
        self.adopt_state = QLabel()
        self.adopt_state.setWordWrap(True)
        self.adopt_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.adopt_button = _button(self)
        self.adopt_reason = QLabel()
        self.adopt_reason.setWordWrap(True)
        self.adopt_reason.setStyleSheet("color: #7a1c14;")
        self.brackets_box = QGroupBox()
        self.brackets_model = QStandardItemModel(self)
        self.brackets_list = QListView()
        self.brackets_list.setModel(self.brackets_model)
        self.brackets_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        QVBoxLayout(self.brackets_box).addWidget(self.brackets_list)
        self.objections_box = QGroupBox()
        self.objection_model = QStandardItemModel(self)
        self.objection_list = QListView()
        self.objection_list.setModel(self.objection_model)
        self.objection_list.setWordWrap(True)
        self.objection_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.objection_edit = QLineEdit()
        self.object_button = _button(self)
        self.withdraw_objection_button = _button(self)
        orow = QHBoxLayout()
        orow.addWidget(self.objection_edit, 1)
        orow.addWidget(self.object_button)
        orow.addWidget(self.withdraw_objection_button)
        obox = QVBoxLayout(self.objections_box)
        obox.addWidget(self.objection_list, 1)
        obox.addLayout(orow)
        self.silence_box = QGroupBox()
        self.silence_state = QLabel()
        self.silence_state.setWordWrap(True)
        self.deadline_edit = QDateTimeEdit()
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDateTime(QDateTime.currentDateTime().addDays(2))
        self.silence_button = _button(self)
        self.deadline_label = QLabel()
        self.deadline_label.setBuddy(self.deadline_edit)
        srow = QHBoxLayout()
        srow.addWidget(self.deadline_label)
        srow.addWidget(self.deadline_edit)
        srow.addWidget(self.silence_button)
        srow.addStretch(1)
        sbox = QVBoxLayout(self.silence_box)
        sbox.addWidget(self.silence_state)
        sbox.addLayout(srow)

        lists = QHBoxLayout()
        lists.addWidget(self.brackets_box, 1)
        lists.addWidget(self.objections_box, 2)
        adopt_row = QHBoxLayout()
        adopt_row.addWidget(self.adopt_button)
        adopt_row.addWidget(self.adopt_reason, 1)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(self.adopt_state)
        lay.addLayout(lists, 1)
        lay.addWidget(self.silence_box)
        lay.addLayout(adopt_row)
        self.tabs.addTab(page, "")
        self.adopt_button.clicked.connect(self.adopt)
        self.brackets_list.activated.connect(self._open_bracketed)
        self.object_button.clicked.connect(self.object_to)
        self.withdraw_objection_button.clicked.connect(self.withdraw_objection)
        self.silence_button.clicked.connect(self.open_silence)

    # === translation ============================================================================
    def retranslate(self) -> None:
        sc = self.shortcuts
        self.search.setPlaceholderText(self.tr("Buscar documentos…"))
        self.search.setAccessibleName(self.tr("Buscar documentos"))
        self.meeting_filter.setAccessibleName(self.tr("Reunión"))
        self.meeting_filter.setToolTip(self.tr("Mostrar los documentos de una reunión"))
        if self.meeting_filter.count():
            self.meeting_filter.setItemText(0, self.tr("Todas las reuniones"))
        self.document_list.setAccessibleName(self.tr("Documentos negociados"))
        self.actor_label.setText(self.tr("&Actuando como:"))
        self.actor_combo.setAccessibleName(self.tr("Persona que actúa"))
        self.actor_combo.setToolTip(
            self.tr("La persona acreditada en cuyo nombre se hacen los cambios; se recuerda para cada reunión")
        )
        self.empty_hint.setText(self.tr("Elija un documento de la lista para abrirlo."))
        self.tabs.setTabText(0, self.tr("&Editor"))
        self.tabs.setTabText(1, self.tr("Texto de &compilación"))
        self.tabs.setTabText(2, self.tr("C&omparación"))
        self.tabs.setTabText(3, self.tr("A&dopción"))
        self.paragraph_table.setAccessibleName(self.tr("Párrafos del documento"))
        self.paragraph_table.setToolTip(
            self.tr(
                "Flechas: elegir párrafo · %1 o Intro: editar su texto · "
                "%2 / %3: subir o bajar el párrafo · %4: volver aquí"
            )
            .replace("%1", self._native(sc["edit"]))
            .replace("%2", self._native(sc["up"]))
            .replace("%3", self._native(sc["down"]))
            .replace("%4", self._native(sc["paragraphs"]))
        )
        self.text_edit.setAccessibleName(self.tr("Texto del párrafo"))
        self.text_edit.setToolTip(
            self.tr("Texto del párrafo elegido. %1: guardar · %2: descartar los cambios")
            .replace("%1", self._native(sc["save"]))
            .replace("%2", self._native(sc["revert"]))
        )
        self.save_button.setText(self.tr("&Guardar texto"))
        self.save_button.setToolTip(_with_shortcut(self.tr("Guardar el texto del párrafo"), sc["save"]))
        self.revert_button.setText(self.tr("Descartar"))
        self.revert_button.setToolTip(_with_shortcut(self.tr("Volver al texto guardado"), sc["revert"]))
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
        self.proposals_box.setTitle(self.tr("Enmiendas al párrafo"))
        self.proposal_list.setAccessibleName(self.tr("Enmiendas al párrafo"))
        self.proposal_list.setToolTip(_with_shortcut(self.tr("Enmiendas abiertas al párrafo elegido"), sc["proposals"]))
        self.support_button.setText(self.tr("A&poyar"))
        self.support_button.setToolTip(_with_shortcut(self.tr("Mi delegación apoya la enmienda"), sc["support"]))
        self.oppose_button.setText(self.tr("Opo&nerse"))
        self.oppose_button.setToolTip(_with_shortcut(self.tr("Mi delegación se opone a la enmienda"), sc["oppose"]))
        self.accept_button.setText(self.tr("Ace&ptar en el texto"))
        self.accept_button.setToolTip(
            _with_shortcut(self.tr("La Presidencia Pro-Témpore incorpora la enmienda al texto"), sc["accept"])
        )
        self.reject_button.setText(self.tr("&Rechazar"))
        self.reject_button.setToolTip(
            _with_shortcut(self.tr("La Presidencia Pro-Témpore rechaza la enmienda"), sc["reject"])
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
            _with_shortcut(
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
        self.comment_edit.setToolTip(_with_shortcut(self.tr("Escribir un comentario; Intro lo envía"), sc["comment"]))
        self.comment_private.setText(self.tr("Solo para mi delegación"))
        self.comment_button.setText(self.tr("Comentar"))
        self.compilation.setAccessibleName(self.tr("Texto de compilación"))
        self.compilation_legend.setText(
            self.tr(
                "Cada enmienda abierta aparece en su lugar con la delegación que la propone: "
                "<u>texto añadido subrayado</u>, <s>texto suprimido tachado</s>, [corchetes] sombreados."
            )
        )
        self.old_caption.setText(self.tr("&Versión:"))
        self.new_caption.setText(self.tr("c&on:"))
        self.old_combo.setAccessibleName(self.tr("Versión anterior"))
        self.new_combo.setAccessibleName(self.tr("Versión posterior"))
        self.compare_button.setText(self.tr("Comparar"))
        self.version_label_edit.setPlaceholderText(self.tr("Rev.N"))
        self.version_label_edit.setAccessibleName(self.tr("Nombre de la nueva versión"))
        self.version_label_edit.setToolTip(self.tr("Vacío: la siguiente «Rev.N»"))
        self.name_version_button.setText(self.tr("Nombrar versión"))
        self.name_version_button.setToolTip(
            self.tr("Congelar el texto actual y su numeración como una versión con nombre")
        )
        self.restore_button.setText(self.tr("Restaurar la versión…"))
        self.restore_button.setToolTip(
            self.tr("Volver al texto de la versión de la izquierda como un cambio nuevo (la historia se conserva)")
        )
        self.old_text.setAccessibleName(self.tr("Texto de la versión anterior"))
        self.new_text.setAccessibleName(self.tr("Texto de la versión posterior"))
        self.adopt_button.setText(self.tr("&Adoptar por consenso"))
        self.adopt_button.setToolTip(
            self.tr(
                "Registrar la adopción: sin corchetes, sin enmiendas abiertas y sin objeciones de los Países Miembros"
            )
        )
        self.brackets_box.setTitle(self.tr("Párrafos con corchetes"))
        self.brackets_list.setAccessibleName(self.tr("Párrafos con corchetes"))
        self.objections_box.setTitle(self.tr("Objeciones por delegación"))
        self.objection_list.setAccessibleName(self.tr("Objeciones por delegación"))
        self.objection_edit.setPlaceholderText(self.tr("Texto de la objeción por escrito…"))
        self.objection_edit.setAccessibleName(self.tr("Texto de la objeción"))
        self.object_button.setText(self.tr("Presentar objeción"))
        self.withdraw_objection_button.setText(self.tr("Retirar la objeción"))
        self.silence_box.setTitle(self.tr("Procedimiento de silencio"))
        self.deadline_label.setText(self.tr("&Plazo:"))
        self.deadline_edit.setAccessibleName(self.tr("Plazo del procedimiento de silencio"))
        self.silence_button.setText(self.tr("Abrir procedimiento de silencio"))
        self.silence_button.setToolTip(
            self.tr("Circular el texto: queda adoptado al vencer el plazo salvo objeción escrita de un País Miembro")
        )
        self.documents.retranslate()
        self.paragraphs.retranslate()
        if self.loaded is not None:
            self._render(self.loaded)

    @staticmethod
    def _native(shortcut: str) -> str:
        return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # === opening in context =====================================================================
    def show_context(self, **context: str) -> None:
        """Called by the main window: ``document_id`` opens that document, ``meeting_id`` that meeting."""
        if context.get("document_id"):
            self.open_document(context["document_id"])
        elif context.get("meeting_id"):
            self.open_meeting(context["meeting_id"])

    def open_meeting(self, meeting_id: str) -> None:
        """Show the documents of ``meeting_id`` and open the first of them."""
        self._pending_meeting = meeting_id
        if self._listed:
            self._apply_pending_meeting()

    def _apply_pending_meeting(self) -> None:
        meeting_id, self._pending_meeting = self._pending_meeting, None
        if meeting_id is None:
            return
        i = self.meeting_filter.findData(meeting_id)
        self.meeting_filter.setCurrentIndex(max(0, i))
        if self.proxy.rowCount() and (self.document_id is None or self._meeting_of(self.document_id) != meeting_id):
            self.document_list.setCurrentIndex(self.proxy.index(0, 0))

    def _meeting_of(self, document_id: str) -> str | None:
        row = self.documents.row_of(document_id)
        return self.documents.rows[row]["meeting"] if row >= 0 else None

    def open_document(self, document_id: str) -> None:
        """Open ``document_id`` in the editor (selecting it in the list once the list is loaded)."""
        self.document_id = document_id
        self._select_in_list(document_id)
        self.reload_document()

    def _select_in_list(self, document_id: str) -> None:
        row = self.documents.row_of(document_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.documents.index(row, 0))
        if not index.isValid():  # hidden by the filters: show everything rather than hide the open document
            self.search.clear()
            self.meeting_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.documents.index(row, 0))
        sel = self.document_list.selectionModel()
        sel.blockSignals(True)
        sel.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        sel.blockSignals(False)

    # === loading ================================================================================
    def _alive(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        """A result callback that is dropped when the view was closed while the work ran."""

        def call(result: Any) -> None:
            if shiboken6.isValid(self):
                fn(result)

        return call

    def reload_list(self) -> None:
        ws = self.ctx.ws
        self.ctx.read(lambda: d.list_documents(ws), self._alive(self._show_list))

    def _show_list(self, rows: list[dict[str, Any]]) -> None:
        self.documents.set_rows(rows)
        chosen = self.meeting_filter.currentData()
        self.meeting_filter.blockSignals(True)
        self.meeting_filter.clear()
        self.meeting_filter.addItem(self.tr("Todas las reuniones"), "")
        seen: set[str] = set()
        for r in rows:
            if r["meeting"] not in seen:
                seen.add(r["meeting"])
                self.meeting_filter.addItem(r["meeting_title"], r["meeting"])
        self.meeting_filter.setCurrentIndex(max(0, self.meeting_filter.findData(chosen or "")))
        self.meeting_filter.blockSignals(False)
        self._listed = True
        self._apply_pending_meeting()
        if self.document_id:
            self._select_in_list(self.document_id)

    def reload_document(self) -> None:
        if not self.document_id:
            return
        doc_id, actor, ctx = self.document_id, self._remembered_actor(), self.ctx
        self.ctx.read(lambda: _load(ctx, doc_id, actor), self._alive(self._show_loaded))

    def reload(self) -> None:
        self.reload_list()
        self.reload_document()

    def _data_changed(self, changed: set[str]) -> None:
        if changed & WATCHED:
            self._reload_timer.start()

    def _show_loaded(self, loaded: Loaded) -> None:
        if loaded.view.id != self.document_id:
            return  # another document was opened while this one loaded
        self.loaded = loaded
        for form, saver in self.form_autosave.items():
            if saver.key != form_key(loaded.view.id, form):  # what was typed for the last document is kept
                saver.retarget(form_key(loaded.view.id, form))
        self._fill_actors(loaded)
        self._render(loaded)
        self._show_document_widgets(True)
        self._apply_restoring()

    def _show_document_widgets(self, shown: bool) -> None:
        self.tabs.setVisible(shown)
        self.empty_hint.setVisible(not shown)
        self.actor_label.setVisible(shown)
        self.actor_combo.setVisible(shown)

    # --- acting person ------------------------------------------------------------------------
    def _settings_key(self, meeting_id: str) -> str:
        ws = self.ctx.ws
        ident = ws.workspace_id or hashlib.sha1(str(ws.directory).encode()).hexdigest()[:16]
        return f"drafting/actor/{ident}/{meeting_id}"

    def _remembered_actor(self) -> str | None:
        doc = self.document_id or ""
        meeting_id = self._meeting_of(doc)
        if meeting_id is None and self.loaded is not None and self.loaded.view.id == doc:
            meeting_id = self.loaded.view.meeting_id
        if not meeting_id:
            return None
        value = QSettings().value(self._settings_key(meeting_id))
        return str(value) if value else None

    def actor(self) -> str | None:
        """The person id acting in this view, or None when nobody is accredited to the meeting."""
        data = self.actor_combo.currentData()
        return str(data) if data else None

    def set_actor(self, person_id: str) -> None:
        """Act as ``person_id`` (remembered for this meeting in this workspace)."""
        if self.loaded is None:
            return
        QSettings().setValue(self._settings_key(self.loaded.view.meeting_id), person_id)
        i = self.actor_combo.findData(person_id)
        if i >= 0:
            self.actor_combo.setCurrentIndex(i)
        self._clear_refusal()
        self.reload_document()

    def _actor_chosen(self, index: int) -> None:
        data = self.actor_combo.itemData(index)
        if data:
            self.set_actor(str(data))

    def _fill_actors(self, loaded: Loaded) -> None:
        remembered = self._remembered_actor()
        chosen = loaded.actor
        self.actor_combo.blockSignals(True)
        self.actor_combo.clear()
        for a in loaded.actors:
            role = self.tr("PPT") if a.chair else self.tr("Grupo de Redacción") if a.drafting_seat else ""
            suffix = f" ({role})" if role else ""
            self.actor_combo.addItem(f"{a.delegation} — {a.name}{suffix}", a.person_id)
        if chosen:
            self.actor_combo.setCurrentIndex(self.actor_combo.findData(chosen))
        self.actor_combo.blockSignals(False)
        if chosen and chosen != remembered:
            QSettings().setValue(self._settings_key(loaded.view.meeting_id), chosen)

    # === rendering ==============================================================================
    def _render(self, loaded: Loaded) -> None:
        v = loaded.view
        self.title.setText(v.title)
        bits = [v.symbol, v.meeting_title, document_status(v.status)]
        if v.version:
            bits.append(v.version)
        if v.audience == "closed_door":
            bits.append(self.tr("CONFIDENCIAL"))
        self.subtitle.setText(" · ".join(bits))
        keep = self.current_paragraph_id()
        self.paragraphs.set_document(v)
        self._fit_rows()
        row = self.paragraphs.row_of(keep) if keep else -1
        if row < 0 and self.paragraphs.rowCount():
            row = next((i for i, p in enumerate(v.paragraphs) if p.kind != "heading"), 0)
        if row >= 0:
            self.paragraph_table.setCurrentIndex(self.paragraphs.index(row, ParagraphModel.TEXT))
        self._show_paragraph(force=False)  # what is being typed survives a refresh
        self.compilation.setHtml(compilation_html(v, annotate=proposal_kind, annex=self.tr("Anexo: Decisiones")))
        self._fill_versions(loaded.versions)
        self._render_adoption(loaded.adoption)

    def _fit_rows(self, *_args: Any) -> None:
        self._fit_timer.start()

    def _fit_rows_now(self) -> None:
        table = self.paragraph_table
        table.resizeRowsToContents()
        # Air between paragraphs, as on a printed page: wrapped rows are hard to tell apart otherwise.
        for row in range(self.paragraphs.rowCount()):
            table.setRowHeight(row, table.rowHeight(row) + 8)

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
            self.proposal_model.clear()
            self.comment_model.clear()
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
        self._fill_proposals(p)
        self._fill_comments(p.id)
        self._update_buttons()

    def _set_text(self, key: str, text: str) -> None:
        """Show a stored text: not typing, so no draft; a draft typed for the previous paragraph is kept."""
        self.text_autosave.retarget(key)
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(text)
        self.text_edit.blockSignals(False)

    def restore_draft(self, document_id: str, paragraph_id: str | None, form: str, fields: dict[str, Any]) -> None:
        """Put a recovered paragraph text (``form`` "text", ``fields`` {"text": ...}) or form back once its
        document is loaded, as if typed: autosaved again, and saved like any edit."""
        self._restoring = (paragraph_id, form, fields)
        self.open_document(document_id)

    def _apply_restoring(self) -> None:
        if self._restoring is None:
            return
        paragraph_id, form, fields = self._restoring
        row = self.paragraphs.row_of(paragraph_id) if paragraph_id else -1
        if paragraph_id and row < 0:
            return
        self._restoring = None
        if row >= 0:
            self.paragraph_table.setCurrentIndex(self.paragraphs.index(row, ParagraphModel.TEXT))
        if form == "text":
            self.tabs.setCurrentIndex(0)
            self.text_edit.setPlainText(str(fields.get("text", "")))
            self.text_edit.document().setModified(True)
        elif form in self.form_autosave:
            self.tabs.setCurrentIndex({"objection": ADOPTION_TAB, "version": COMPARISON_TAB}.get(form, 0))
            self.form_autosave[form].fill(fields)

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

    def _update_buttons(self) -> None:
        p = self.current_paragraph()
        has_doc = self.loaded is not None and self.actor() is not None
        adopted = self.loaded is not None and self.loaded.view.status == "adopted"
        proposal = self.current_proposal_id()
        for b in (self.save_button, self.revert_button, self.status_button):
            b.setEnabled(has_doc and p is not None and not adopted)
        for b in (self.support_button, self.oppose_button, self.accept_button, self.reject_button):
            b.setEnabled(has_doc and proposal is not None and not adopted)
        self.propose_button.setEnabled(has_doc and p is not None and not adopted)
        self.comment_button.setEnabled(has_doc and p is not None)
        self.text_edit.setReadOnly(adopted)

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

    def _fill_versions(self, versions: list[dict[str, Any]]) -> None:
        old_choice, new_choice = self.old_combo.currentData(), self.new_combo.currentData()
        for combo in (self.old_combo, self.new_combo):
            combo.clear()
            for v in versions:
                combo.addItem(v["label"], v["label"])
            combo.addItem(self.tr("Texto actual"), CURRENT)
        labels = [v["label"] for v in versions]
        default_old = labels[-1] if labels else CURRENT
        self.old_combo.setCurrentIndex(max(0, self.old_combo.findData(old_choice or default_old)))
        self.new_combo.setCurrentIndex(max(0, self.new_combo.findData(new_choice or CURRENT)))
        self.restore_button.setEnabled(bool(versions))
        if self.tabs.currentIndex() == COMPARISON_TAB:  # else compared when the tab is shown
            self.compare()

    def _render_adoption(self, a: AdoptionState) -> None:
        lang = self.ctx.lang
        actor_ok = self.actor() is not None
        self.adopt_button.setEnabled(a.allowed and actor_ok)
        self.adopt_reason.setText("" if a.allowed else (a.reason.render(lang) if a.reason else ""))
        if a.status == "adopted":
            self.adopt_state.setText(self.tr("Documento adoptado por consenso."))
        else:
            self.adopt_state.setText(
                self.tr("Corchetes pendientes: %1 · Enmiendas abiertas: %2 · Objeciones: %3")
                .replace("%1", str(len(a.bracketed)))
                .replace("%2", str(a.open_proposals))
                .replace("%3", str(len(a.objections)))
            )
        self.brackets_model.clear()
        for label in a.bracketed:
            item = QStandardItem(self.tr("Párrafo %1").replace("%1", label))
            item.setData(label, PROPOSAL_ROLE)
            item.setToolTip(self.tr("Intro o doble clic: abrir el párrafo en el editor"))
            self.brackets_model.appendRow(item)
        if not a.bracketed:
            item = QStandardItem(self.tr("No quedan corchetes."))
            item.setEnabled(False)
            self.brackets_model.appendRow(item)
        self.objection_model.clear()
        for o in a.objections:
            self.objection_model.appendRow(QStandardItem(f"{o.delegation}: {o.text}"))
        if not a.objections:
            item = QStandardItem(self.tr("Ninguna delegación objeta."))
            item.setEnabled(False)
            self.objection_model.appendRow(item)
        if a.silence_outcome is None:
            self.silence_state.setText(self.tr("No hay un procedimiento de silencio abierto."))
        else:
            deadline = a.silence_deadline.isoformat(sep=" ", timespec="minutes") if a.silence_deadline else ""
            state = {
                "running": self.tr("En curso hasta el %1."),
                "broken": self.tr("Roto por una objeción escrita (plazo: %1)."),
                "elapsed": self.tr("Plazo vencido el %1 sin objeciones: puede adoptarse."),
            }[a.silence_outcome]
            self.silence_state.setText(state.replace("%1", deadline))
        editable = a.status != "adopted" and actor_ok
        for w in (self.object_button, self.withdraw_objection_button, self.silence_button, self.objection_edit):
            w.setEnabled(editable)

    # === actions ================================================================================
    def _clear_refusal(self) -> None:
        self.banner.clear()
        self.banner.hide()

    def _show_refusal(self, error: AppError) -> None:
        self.banner.setText(error.render(self.ctx.lang))
        self.banner.show()

    def refusal(self) -> str:
        """The refusal shown above the tabs ("" when none)."""
        return self.banner.text() if self.banner.isVisible() or self.banner.text() else ""

    def _act(self, fn: Callable[[str], Any], *, on_done: Callable[[Any], None] | None = None) -> None:
        """Run a service call as the acting person; refusals go to the banner."""
        actor = self.actor()
        if actor is None:
            self.banner.setText(self.tr("Nadie está acreditado en esta reunión: no se puede actuar."))
            self.banner.show()
            return
        self._clear_refusal()
        self.ctx.run(
            lambda: fn(actor),
            on_done=self._alive(on_done) if on_done else None,
            on_error=self._alive(self._show_refusal),
            changes=CHANGES,
        )

    def focus_text(self) -> None:
        self.tabs.setCurrentIndex(0)
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

    def start_proposal(self) -> None:
        """Copy the words selected in the paragraph text as the amendment's current text, then type the new one."""
        selected = self.text_edit.textCursor().selectedText()
        if selected:
            self.old_edit.setText(selected)
        self.tabs.setCurrentIndex(0)
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

    # --- comparison and versions ------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if index == COMPARISON_TAB:
            self.compare()

    def compare(self) -> None:
        if self.loaded is None:
            return
        old, new = self.old_combo.currentData() or CURRENT, self.new_combo.currentData() or CURRENT
        ws, doc_id = self.ctx.ws, self.loaded.view.id
        self.old_heading.setText(f"<b>{html.escape(self.old_combo.currentText())}</b>")
        self.new_heading.setText(f"<b>{html.escape(self.new_combo.currentText())}</b>")
        self.ctx.read(lambda: d.compare_versions(ws, doc_id, old, new), self._alive(self._show_comparison))

    def _show_comparison(self, diffs: list[ParagraphDiff]) -> None:
        moved = self.tr("trasladado")
        self.old_text.setHtml(comparison_html(diffs, side="old", moved_text=moved))
        self.new_text.setHtml(comparison_html(diffs, side="new", moved_text=moved))

    def name_version(self) -> None:
        if self.loaded is None:
            return
        ws, doc_id, label = self.ctx.ws, self.loaded.view.id, self.version_label_edit.text().strip() or None
        key = self.form_autosave["version"].key
        self._act(
            lambda actor: d.name_version(ws, doc_id, actor=actor, label=label),
            on_done=lambda _r: self._form_sent("version", key, (self.version_label_edit,)),
        )

    def restore_version(self, *, confirm: bool = True) -> None:
        """Bring back the version chosen on the left as a new change, after asking."""
        which = self.old_combo.currentData()
        if self.loaded is None or not which or which == CURRENT:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restaurar la versión"),
                self.tr("¿Volver al texto de %1? Se registra como un cambio nuevo; la historia se conserva.").replace(
                    "%1", str(which)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        ws, doc_id = self.ctx.ws, self.loaded.view.id
        self._act(lambda actor: d.restore_version(ws, doc_id, str(which), actor=actor))

    # --- adoption -----------------------------------------------------------------------------
    def _open_bracketed(self, index: QModelIndex) -> None:
        """Go to a paragraph that still has brackets, to resolve them in the editor."""
        label = index.data(PROPOSAL_ROLE)
        row = next((i for i, p in enumerate(self.paragraphs.rows) if label and p.label == label), -1)
        if row < 0:
            return
        self.tabs.setCurrentIndex(0)
        self.paragraph_table.setCurrentIndex(self.paragraphs.index(row, ParagraphModel.TEXT))
        self.text_edit.setFocus()

    def adopt(self) -> None:
        if self.loaded is None:
            return
        ws, doc_id = self.ctx.ws, self.loaded.view.id
        self._act(lambda actor: d.adopt(ws, doc_id, actor=actor))

    def object_to(self) -> None:
        text = self.objection_edit.text().strip()
        if self.loaded is None:
            return
        ws, doc_id = self.ctx.ws, self.loaded.view.id
        key = self.form_autosave["objection"].key
        self._act(
            lambda actor: d.object_to(ws, doc_id, text, actor=actor),
            on_done=lambda _r: self._form_sent("objection", key, (self.objection_edit,)),
        )

    def withdraw_objection(self) -> None:
        if self.loaded is None:
            return
        ws, doc_id = self.ctx.ws, self.loaded.view.id
        self._act(lambda actor: d.withdraw_objection(ws, doc_id, actor=actor))

    def open_silence(self, deadline: datetime | None = None) -> None:
        if self.loaded is None:
            return
        when = deadline or self.deadline_edit.dateTime().toPython()
        if not isinstance(when, datetime):
            when = datetime.now() + timedelta(days=2)
        ws, doc_id = self.ctx.ws, self.loaded.view.id
        self._act(lambda actor: d.open_silence(ws, doc_id, when, actor=actor))

    # --- list -----------------------------------------------------------------------------------
    def _meeting_filter_changed(self, _index: int) -> None:
        self.proxy.set_meeting(self.meeting_filter.currentData() or None)

    def _document_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        doc_id = str(current.data(ID_ROLE))
        if doc_id != self.document_id:
            self.loaded = None
            self.document_id = doc_id
            self._clear_refusal()
            self.reload_document()


def draft_key(document_id: str | None, paragraph_id: str | None) -> str:
    """The recovery key of a paragraph's text in the drafting editor."""
    return f"drafting:{document_id or '-'}:{paragraph_id or '-'}:text"


def form_key(document_id: str | None, form: str) -> str:
    """The recovery key of a form of the drafting view: "proposal", "comment", "objection" or "version"."""
    return f"drafting:{document_id or '-'}:{form}"


def restore_drafting_draft(window: Any, draft: Any) -> bool:
    """Reopen the drafting section on the document (and paragraph) whose text or form was being typed."""
    parts = draft.key.split(":")
    if parts[0] != "drafting" or len(parts) < 3 or parts[1] == "-":
        return False
    if len(parts) == 4 and parts[3] == "text" and parts[2] != "-":
        paragraph, form, fields = parts[2], "text", {"text": draft.text}
    elif len(parts) == 3 and parts[2] in ("proposal", "comment", "objection", "version"):
        paragraph = recovered_context(draft.extra).get("paragraph")
        form, fields = parts[2], recovered_fields(draft.extra)
    else:
        return False
    view = window.show_section("drafting")
    if not isinstance(view, DraftingView):
        return False
    view.restore_draft(parts[1], str(paragraph) if paragraph else None, form, fields)
    return True
