"""Word in the drafting view: a new document from a Word draft, and the open document to Word.

The import reads the file off the UI thread and shows, before anything is written, how many
paragraphs it keeps and everything it cannot keep (footnotes, comments, images...): nothing is lost
without the user having seen it. The same services as ``crm-desktop drafting import`` / ``export``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QFileDialog, QInputDialog, QMessageBox, QPushButton, QVBoxLayout

from crm_desktop.domain.grammar import in_lang
from crm_desktop.drafting.structure import DOC_TYPES, DocType, types_for_body
from crm_desktop.ui.drafting.forms import DraftForms


def type_label(kind: DocType, lang: str) -> str:
    info = DOC_TYPES[kind]
    return in_lang(info.label_es, info.label_en, lang)


class WordActions(DraftForms):
    """The two Word buttons under the document list."""

    meeting_filter: QComboBox  # built by the view: the meeting the imported document belongs to

    def open_document(self, document_id: str) -> None:
        """Shows a document (the view's list and tabs follow it)."""

    def _build_word_buttons(self, box: QVBoxLayout) -> None:
        self.import_word_button = QPushButton(self)
        self.export_word_button = QPushButton(self)
        self.import_word_button.clicked.connect(self.import_word)
        self.export_word_button.clicked.connect(self.export_word)
        box.addWidget(self.import_word_button)
        box.addWidget(self.export_word_button)

    def _retranslate_word(self) -> None:
        self.import_word_button.setText(self.tr("Importar de Word…"))
        self.import_word_button.setToolTip(
            self.tr("Crea un documento de la reunión elegida a partir de un borrador en Word (.docx)")
        )
        self.export_word_button.setText(self.tr("Exportar a Word…"))
        self.export_word_button.setToolTip(self.tr("Guarda el documento abierto como archivo de Word (.docx)"))

    # --- dialogs (replaced in tests) ------------------------------------------------------------
    def ask_word_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Importar de Word"), "", self.tr("Word (*.docx)"))
        return Path(name) if name else None

    def ask_word_target(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exportar a Word"), suggested, self.tr("Word (*.docx)"))
        return Path(name) if name else None

    def ask_doc_type(self, choices: list[tuple[str, DocType]]) -> DocType | None:
        labels = [label for label, _ in choices]
        label, ok = QInputDialog.getItem(
            self, self.tr("Importar de Word"), self.tr("Tipo de documento:"), labels, 0, False
        )
        return next((t for lab, t in choices if lab == label), None) if ok else None

    def confirm_word_import(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Importar de Word"), text)
        return answer == QMessageBox.StandardButton.Yes

    # --- import ---------------------------------------------------------------------------------
    def import_word(self) -> None:
        meeting_id = self.meeting_filter.currentData()
        actor = self.actor_combo.currentData()
        if not meeting_id or not actor:
            self.ctx.user_error.emit(
                self.tr(
                    "Elija primero la reunión en la lista y la persona que actúa: el documento será de esa reunión."
                )
            )
            return
        path = self.ask_word_file()
        if path is None:
            return
        ws = self.ctx.ws

        def read() -> tuple[Any, str]:
            from crm_desktop.app import calendar
            from crm_desktop.app.drafting_docx import read_draft

            entry = calendar.entry(ws, str(meeting_id))
            return read_draft(path), entry.body if entry is not None else ""

        self.ctx.run(read, on_done=self.alive(lambda r: self._confirm_word(path, str(meeting_id), str(actor), *r)))

    def _confirm_word(self, path: Path, meeting_id: str, actor: str, draft: Any, body: str) -> None:
        lang = self.ctx.lang
        choices = [(type_label(kind, lang), kind) for kind in types_for_body(body)]
        if not choices:
            self.ctx.user_error.emit(self.tr("Esta reunión no redacta documentos negociados."))
            return
        kind = choices[0][1] if len(choices) == 1 else self.ask_doc_type(choices)
        if kind is None:
            return
        lost = [note.render(lang) for note in draft.notes]
        text = (
            self.tr("«%1» — párrafos que se importarán: %2")
            .replace("%1", path.name)
            .replace("%2", str(len(draft.paragraphs)))
        )
        if lost:
            text += "\n\n" + self.tr("No se conservará:") + "\n" + "\n".join(f"• {x}" for x in lost)
        else:
            text += "\n\n" + self.tr("Se conserva todo el texto del archivo.")
        if not self.confirm_word_import(text):
            return
        ws = self.ctx.ws

        def write() -> str:
            from crm_desktop.app.drafting_docx import import_docx

            return str(
                import_docx(ws, path, meeting_id=meeting_id, doc_type=kind, actor=actor, draft=draft).document_id
            )

        def done(document_id: str) -> None:
            self.ctx.notice.emit(self.tr("Documento importado de %1").replace("%1", path.name))
            self.open_document(document_id)

        self.ctx.run(write, on_done=self.alive(done), changes=["drafting_documents", "drafting_paragraphs"])

    # --- export ---------------------------------------------------------------------------------
    def export_word(self) -> None:
        if self.document_id is None or self.loaded is None:
            self.ctx.user_error.emit(self.tr("Abra primero un documento."))
            return
        document_id = self.document_id
        target = self.ask_word_target(f"{self.title.text() or 'documento'}.docx")
        if target is None:
            return
        ws = self.ctx.ws

        def write() -> None:
            from crm_desktop.app.drafting_docx import export_docx

            export_docx(ws, document_id, target)

        self.ctx.run(
            write,
            on_done=self.alive(
                lambda _r: self.ctx.notice.emit(self.tr("Documento exportado a %1").replace("%1", target.name))
            ),
        )
