"""The Translation tab: the original and its translation side by side, paragraph by paragraph.

Left, the paragraphs with their translation's state (up to date, outdated, pending) and the
document's counts; right, the chosen paragraph's original, the words changed in it since it was
translated (when the translation is outdated), and the translation to write or correct. Saving is
one call of :func:`crm_desktop.app.drafting.translations.translate` in the acting person's name.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app.drafting import translations as t
from crm_desktop.app.drafting_desk import AdoptionState
from crm_desktop.domain.messages import msg
from crm_desktop.domain.translations import TranslationState, counts, other_language
from crm_desktop.drafting.negotiation import Run, RunStyle
from crm_desktop.ui.drafting.common import button
from crm_desktop.ui.drafting.word_actions import WordActions

TRANSLATION_TAB = 4
_PID = Qt.ItemDataRole.UserRole + 1
_COLOURS = {
    TranslationState.TRANSLATED: "#1e6b35",
    TranslationState.OUTDATED: "#9a5b00",
    TranslationState.MISSING: "#777",
}


def changes_html(runs: tuple[Run, ...]) -> str:
    """The original's words changed since the translation: additions underlined, deletions struck."""
    out = []
    for r in runs:
        text = html.escape(r.text)
        if r.style == RunStyle.ADDED:
            text = f"<u style='background:#e3f4e1'>{text}</u>"
        elif r.style == RunStyle.DELETED:
            text = f"<s style='color:#a33'>{text}</s>"
        out.append(text)
    return "".join(out)


class TranslationTab(WordActions):
    """Each paragraph's original beside its translation; outdated ones show what changed."""

    def _build_form_autosave(self) -> None:
        super()._build_form_autosave()
        self._translations: dict[str, t.Translation] = {}
        self._translations_read = False  # read for the document shown (else when the tab is shown)
        self.translation_counts = QLabel()
        self.translation_model = QStandardItemModel(self)
        self.translation_list = QListView()
        self.translation_list.setModel(self.translation_model)
        self.translation_list.setWordWrap(True)
        self.translation_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.original_heading = QLabel()
        self.original_text = QTextBrowser()
        self.changes_heading = QLabel()
        self.changes_text = QTextBrowser()
        self.changes_text.setMaximumHeight(90)
        self.translation_heading = QLabel()
        self.translation_edit = QPlainTextEdit()
        self.save_translation_button = button(self)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.translation_counts)
        lbox.addWidget(self.translation_list, 1)
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        for w in (self.original_heading, self.original_text, self.changes_heading, self.changes_text):
            rbox.addWidget(w, 1 if w is self.original_text else 0)
        rbox.addWidget(self.translation_heading)
        rbox.addWidget(self.translation_edit, 1)
        rbox.addWidget(self.save_translation_button, 0, Qt.AlignmentFlag.AlignRight)
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(left)
        sides.addWidget(right)
        sides.setSizes([320, 640])
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(sides, 1)
        self.tabs.addTab(page, "")
        self.translation_list.selectionModel().currentChanged.connect(lambda _c, _p: self._show_translation())
        self.save_translation_button.clicked.connect(self.save_translation)

    def retranslate(self) -> None:
        super().retranslate()
        self.tabs.setTabText(TRANSLATION_TAB, self.tr("&Traducción"))
        self.translation_list.setAccessibleName(self.tr("Párrafos y estado de su traducción"))
        self.original_heading.setText(self.tr("<b>Original</b>"))
        self.original_text.setAccessibleName(self.tr("Texto original del párrafo"))
        self.changes_heading.setText(self.tr("Palabras del original cambiadas desde la traducción:"))
        self.changes_text.setAccessibleName(self.tr("Cambios del original desde la traducción"))
        self.translation_heading.setText(self.tr("<b>Traducción</b>"))
        self.translation_edit.setAccessibleName(self.tr("Traducción del párrafo"))
        self.save_translation_button.setText(self.tr("Guardar la traducción"))
        self.save_translation_button.setToolTip(
            self.tr("Registrar la traducción de este párrafo, hecha sobre el texto original actual")
        )
        if self._translations:
            self._fill_translations(self._translations)

    # --- reading -----------------------------------------------------------------------------
    def _render_adoption(self, state: AdoptionState) -> None:
        super()._render_adoption(state)  # the last part of a document's rendering: the translations follow,
        if self.tabs.currentIndex() == TRANSLATION_TAB:  # read now when their tab is shown, else when it is
            self.reload_translations()
        else:
            self._translations_read = False
            self._translations = {}
            self.translation_model.clear()
            self.translation_counts.clear()

    def _tab_changed(self, index: int) -> None:
        super()._tab_changed(index)
        if index == TRANSLATION_TAB and not self._translations_read:
            self.reload_translations()

    def reload_translations(self) -> None:
        if self.loaded is None:
            return
        self._translations_read = True
        ws, doc_id = self.ctx.ws, self.loaded.view.id
        self.read(lambda: t.translations(ws, doc_id), self._got_translations)

    def _got_translations(self, found: dict[str, dict[str, t.Translation]]) -> None:
        self._fill_translations({pid: tr for pid, per in found.items() for tr in per.values()})

    def _state_name(self, state: TranslationState) -> str:
        return msg(f"translate.state.{state.value}").render(self.ctx.lang)

    def _fill_translations(self, found: dict[str, t.Translation]) -> None:
        if self.loaded is None:
            return
        keep = self.current_translation_id()
        self._translations = found
        self.translation_model.clear()
        states = []
        for p in self.loaded.view.paragraphs:
            tr = found.get(p.id)
            if tr is None:
                continue
            states.append(tr.state)
            label = p.display or self.tr("Título")
            item = QStandardItem(f"{label}  [{self._state_name(tr.state)}]  {p.text[:70]}")
            item.setData(p.id, _PID)
            item.setForeground(QColor(_COLOURS[tr.state]))
            self.translation_model.appendRow(item)
        c = counts(states)
        into = msg(f"translate.lang.{other_language(self.loaded.view.language)}")
        said = msg("translate.status", lang=into, translated=c.translated, outdated=c.outdated, missing=c.missing)
        self.translation_counts.setText(said.render(self.ctx.lang))
        row = next((i for i in range(self.translation_model.rowCount()) if self._pid_at(i) == keep), 0)
        if self.translation_model.rowCount():
            self.translation_list.setCurrentIndex(self.translation_model.index(row, 0))
        self._show_translation()

    def _pid_at(self, row: int) -> str | None:
        item = self.translation_model.item(row)
        return str(item.data(_PID)) if item is not None else None

    def current_translation_id(self) -> str | None:
        index = self.translation_list.currentIndex()
        return self._pid_at(index.row()) if index.isValid() else None

    def _show_translation(self) -> None:
        pid = self.current_translation_id()
        paragraph = next((p for p in self.loaded.view.paragraphs if p.id == pid), None) if self.loaded else None
        tr = self._translations.get(pid) if pid else None
        self.original_text.setPlainText(paragraph.text if paragraph else "")
        outdated = tr is not None and tr.state == TranslationState.OUTDATED
        self.changes_heading.setVisible(outdated)
        self.changes_text.setVisible(outdated)
        self.changes_text.setHtml(changes_html(tr.changes) if tr is not None and outdated else "")
        self.translation_edit.setPlainText(tr.text if tr else "")
        self.save_translation_button.setEnabled(paragraph is not None)

    # --- writing -----------------------------------------------------------------------------
    def save_translation(self) -> None:
        pid = self.current_translation_id()
        if self.loaded is None or pid is None:
            return
        ws, doc_id, text = self.ctx.ws, self.loaded.view.id, self.translation_edit.toPlainText()
        lang = other_language(self.loaded.view.language)
        self._act(
            lambda actor: t.translate(ws, doc_id, pid, lang, text, actor=actor),
            on_done=lambda _r: self.reload_translations(),
        )
