"""Crash recovery of the drafting view: the paragraph text and the four forms (amendment, comment,
objection, version name) are autosaved, one draft per document, and put back after a restart.
"""

from __future__ import annotations

from typing import Any

from crm_desktop.ui.drafting.adoption_tab import AdoptionTab
from crm_desktop.ui.drafting.common import (
    ADOPTION_TAB,
    COMPARISON_TAB,
    EDITOR_TAB,
    form_key,
)
from crm_desktop.ui.drafting.models import (
    ParagraphModel,
)
from crm_desktop.ui.form_autosave import FormAutosaver


class DraftForms(AdoptionTab):
    """What is typed in the drafting view survives a crash (``ui.recovery``, ``ui.form_autosave``)."""

    def _build_form_autosave(self) -> None:
        """What is typed in the amendment, comment, objection and version-name forms survives a crash
        (``ui.form_autosave``), one draft per form and document; the amendment and the comment remember
        their paragraph."""
        # A recovered text or form waiting for its document to load: (paragraph id, form, field values).
        self._restoring: tuple[str | None, str, dict[str, Any]] | None = None

        def paragraph() -> dict[str, Any]:
            return {"paragraph": self.current_paragraph_id()}

        def document() -> str:
            return self.title.text() or "…"

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
            self.tabs.setCurrentIndex(EDITOR_TAB)
            self.text_edit.setPlainText(str(fields.get("text", "")))
            self.text_edit.document().setModified(True)
        elif form in self.form_autosave:
            self.tabs.setCurrentIndex({"objection": ADOPTION_TAB, "version": COMPARISON_TAB}.get(form, EDITOR_TAB))
            self.form_autosave[form].fill(fields)
