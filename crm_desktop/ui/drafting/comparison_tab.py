"""The Comparison tab: two versions (named ones or the current text) side by side, word by word;
naming a version (Rev.N) and restoring an old one as a new change.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import drafting as d
from crm_desktop.drafting.compare import ParagraphDiff
from crm_desktop.ui.drafting.common import (
    COMPARISON_TAB,
    CURRENT,
    button,
)
from crm_desktop.ui.drafting.compilation_tab import CompilationTab
from crm_desktop.ui.drafting.html import comparison_html


class ComparisonTab(CompilationTab):
    """Two versions side by side, word by word; naming a version and restoring an old one."""

    def _build_comparison(self) -> None:
        self._listed_versions: tuple[str, tuple[str, ...]] | None = None  # the document and versions listed
        self.old_combo = QComboBox()
        self.new_combo = QComboBox()
        self.compare_button = button(self)
        self.old_caption = QLabel()
        self.new_caption = QLabel()
        self.old_caption.setBuddy(self.old_combo)
        self.new_caption.setBuddy(self.new_combo)
        self.version_label_edit = QLineEdit()
        self.version_label_edit.setMaximumWidth(140)
        self.name_version_button = button(self)
        self.restore_button = button(self)
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

    def retranslate(self) -> None:
        super().retranslate()
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

    def _fill_versions(self, versions: list[dict[str, Any]]) -> None:
        """The versions to compare: by default the last named one against the current text. What the user
        chose is kept while the same document shows the same versions; a new version or another document
        starts again from the default (never "current text" against itself)."""
        labels = [v["label"] for v in versions]
        listed = (self.loaded.view.id if self.loaded is not None else "", tuple(labels))
        kept = listed == self._listed_versions
        self._listed_versions = listed
        old_choice, new_choice = (self.old_combo.currentData(), self.new_combo.currentData()) if kept else (None, None)
        if old_choice == new_choice:
            old_choice = new_choice = None
        for combo in (self.old_combo, self.new_combo):
            combo.clear()
            for label in labels:
                combo.addItem(label, label)
            combo.addItem(self.tr("Texto actual"), CURRENT)
        default_old = labels[-1] if labels else CURRENT
        self.old_combo.setCurrentIndex(max(0, self.old_combo.findData(old_choice or default_old)))
        self.new_combo.setCurrentIndex(max(0, self.new_combo.findData(new_choice or CURRENT)))
        self.restore_button.setEnabled(bool(versions))
        if self.tabs.currentIndex() == COMPARISON_TAB:  # else compared when the tab is shown
            self.compare()

    def _tab_changed(self, index: int) -> None:
        super()._tab_changed(index)
        if index == COMPARISON_TAB:
            self.compare()

    def compare(self) -> None:
        if self.loaded is None:
            return
        old, new = self.old_combo.currentData() or CURRENT, self.new_combo.currentData() or CURRENT
        ws, doc_id = self.ctx.ws, self.loaded.view.id
        self.old_heading.setText(f"<b>{html.escape(self.old_combo.currentText())}</b>")
        self.new_heading.setText(f"<b>{html.escape(self.new_combo.currentText())}</b>")
        if old == new:
            said = (
                self.tr("Elija dos versiones distintas para compararlas.")
                if self.old_combo.count() > 1
                else self.tr("Este documento no tiene aún versiones con nombre: no hay nada con qué comparar el texto.")
            )
            for browser in (self.old_text, self.new_text):
                browser.setPlainText(said)
            return
        self.read(lambda: d.compare_versions(ws, doc_id, old, new), self._show_comparison)

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
