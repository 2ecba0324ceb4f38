"""Redacción / Drafting: the negotiated documents of each meeting, edited by the drafting group.

Left, the documents (filtered by meeting and by words). Right, the open document in five tabs:

* **Editor** — the numbered paragraphs tinted by status (proposed, bracketed, agreed ad
  referendum, agreed); the selected paragraph's text to edit, and beside it its amendments (with
  the delegations supporting and opposing) and the comments the acting person may read.
* **Compilation text** — brackets as they stand and every open amendment written in place,
  attributed to its delegation: additions underlined, deletions struck through.
* **Comparison** — two versions (named ones or the current text) side by side, word by word;
  naming a version (Rev.N) and restoring an old one as a new change.
* **Adoption** — remaining brackets, objections per delegation, the silence procedure, and an
  Adopt button that is enabled only when the rules allow, with the reason shown otherwise.
* **Translation** — each paragraph's original beside its translation, outdated ones with the words
  changed since (:mod:`crm_desktop.ui.drafting.translation_tab`).

Every button is one service call of :mod:`crm_desktop.app.drafting`, run off the UI thread; a
refusal by the rules is shown above the tabs in the acting person's language. The person acting
is chosen in the view (a combo of the people accredited to the meeting, remembered per workspace
and meeting) until the device's own identity arrives with synchronisation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import drafting as d
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.drafting.actor_picker import ActorPicker
from crm_desktop.ui.drafting.common import (
    Loaded,
    form_key,
    load_document,
)
from crm_desktop.ui.drafting.models import (
    ID_ROLE,
    DocumentFilterProxy,
    DocumentListModel,
    ParagraphModel,
)
from crm_desktop.ui.drafting.room import RoomTools
from crm_desktop.ui.drafting.translation_tab import TranslationTab
from crm_desktop.ui.form_autosave import recovered_context, recovered_fields
from crm_desktop.ui.labels import document_status


class DraftingView(TranslationTab, RoomTools):
    """The Drafting section. Public: :meth:`open_meeting`, :meth:`open_document`, :meth:`show_context`."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.document_id: str | None = None
        self.loaded: Loaded | None = None
        self._pending_meeting: str | None = None
        self._listed = False
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
        self.document_list.setWordWrap(True)  # whole titles: a cut one is no help in choosing
        self.document_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.document_list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        self._build_word_buttons(left_box)

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
        self.actor_combo = ActorPicker()
        self.actor_combo.setMinimumContentsLength(24)
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
        self._build_amendments()
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
        self._build_room(head, left, left_box)

        self.meeting_filter.currentIndexChanged.connect(self._meeting_filter_changed)
        self.search.textChanged.connect(self.proxy.set_search)
        self.document_list.selectionModel().currentRowChanged.connect(self._document_chosen)
        self.actor_combo.activated.connect(self._actor_chosen)

        self.retranslate()
        self._show_document_widgets(False)
        self.reload_list()

    def retranslate(self) -> None:
        super().retranslate()
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
        self._retranslate_word()
        self._retranslate_room()
        self.tabs.setTabText(0, self.tr("&Editor"))
        self.tabs.setTabText(1, self.tr("Texto de &compilación"))
        self.tabs.setTabText(2, self.tr("C&omparación"))
        self.tabs.setTabText(3, self.tr("A&dopción"))
        self.documents.retranslate()
        self.paragraphs.retranslate()
        if self.loaded is not None:
            self._render(self.loaded)

    def language_changed(self) -> None:
        super().language_changed()
        self.reload_list()  # the titles follow the language

    def restore_draft(self, document_id: str, paragraph_id: str | None, form: str, fields: dict[str, Any]) -> None:
        """Put a recovered paragraph text (``form`` "text", ``fields`` {"text": ...}) or form back once its
        document is loaded, as if typed: autosaved again, and saved like any edit."""
        self._restoring = (paragraph_id, form, fields)
        self.open_document(document_id)

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

    def reload_list(self) -> None:
        ws, lang = self.ctx.ws, self.ctx.lang
        self.read(lambda: d.list_documents(ws, lang=lang), self._show_list)

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
                self.meeting_filter.addItem(r["meeting_shown_title"], r["meeting"])
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
        self.read(lambda: load_document(ctx, doc_id, actor), self._show_loaded)

    def reload(self) -> None:
        self.reload_list()
        self.reload_document()

    def _show_loaded(self, loaded: Loaded) -> None:
        if loaded.view.id != self.document_id:
            return  # another document was opened while this one loaded
        self.loaded = loaded
        self.ctx.working_meeting = loaded.view.meeting_id
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
        self._room_document_shown(shown)

    def _remembered_actor(self) -> str | None:
        doc = self.document_id or ""
        meeting_id = self._meeting_of(doc)
        if meeting_id is None and self.loaded is not None and self.loaded.view.id == doc:
            meeting_id = self.loaded.view.meeting_id
        if not meeting_id:
            return None
        value = QSettings().value(self._settings_key(meeting_id))
        return str(value) if value else None

    def set_actor(self, person_id: str) -> None:
        """Act as ``person_id`` (remembered for this meeting in this workspace)."""
        if self.loaded is None:
            return
        QSettings().setValue(self._settings_key(self.loaded.view.meeting_id), person_id)
        self._remember_recent(person_id)
        self.actor_combo.select_person(person_id)
        self._clear_refusal()
        self.reload_document()

    def _actor_chosen(self, index: int) -> None:
        data = self.actor_combo.itemData(index)
        if data:
            self.set_actor(str(data))

    def _fill_actors(self, loaded: Loaded) -> None:
        remembered = self._remembered_actor()
        chosen = loaded.actor
        self.actor_combo.fill(loaded.actors, loaded.delegations, self._recent(), self.ctx.lang)
        if chosen:
            self.actor_combo.blockSignals(True)
            self.actor_combo.select_person(chosen)
            self.actor_combo.blockSignals(False)
        if chosen and chosen != remembered:
            QSettings().setValue(self._settings_key(loaded.view.meeting_id), chosen)

    def _render(self, loaded: Loaded) -> None:
        v = loaded.view
        self.title.setText(v.title_in(self.ctx.lang))
        bits = [v.symbol, v.meeting_title_in(self.ctx.lang), document_status(v.status)]
        if v.version:
            bits.append(v.version)
        if v.audience == "closed_door":
            bits.append(self.tr("CONFIDENCIAL"))
        self.subtitle.setText(" · ".join(bits))
        keep = self.current_paragraph_id()
        self.paragraphs.set_document(v, loaded.accepted)
        self._fit_rows()
        row = self.paragraphs.row_of(keep) if keep else -1
        if row < 0 and self.paragraphs.rowCount():
            row = next((i for i, p in enumerate(v.paragraphs) if p.kind != "heading"), 0)
        if row >= 0:
            self.paragraph_table.setCurrentIndex(self.paragraphs.index(row, ParagraphModel.TEXT))
        self._show_paragraph(force=False)  # what is being typed survives a refresh
        self._render_compilation(v)
        self._fill_versions(loaded.versions)
        self._render_adoption(loaded.adoption)

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
