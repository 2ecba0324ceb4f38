"""The drafting view in the room: panels that fold away so the text takes the width, a new document,
and the projector for the chair (``projector``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from crm_desktop.ui.drafting.panels import PanelToggle, wide_screen
from crm_desktop.ui.drafting.word_actions import WordActions


class RoomTools(WordActions):
    """The header's buttons that fold the list of documents and the amendments panel."""

    editor_side: QWidget  # built by ``AmendmentsPanel``: the amendments and comments beside the paragraphs

    def _build_room(self, head: QHBoxLayout, documents: QWidget) -> None:
        self.documents_toggle = PanelToggle(self, documents, "documents", "Ctrl+Shift+D", default=wide_screen())
        self.side_toggle = PanelToggle(self, self.editor_side, "side", "Ctrl+Shift+E", default=True)
        head.insertWidget(0, self.documents_toggle.button)
        head.addWidget(self.side_toggle.button)

    def _retranslate_room(self) -> None:
        self.documents_toggle.retranslate(
            self.tr("Documentos"), self.tr("Mostrar u ocultar la lista de documentos")
        )
        self.side_toggle.retranslate(
            self.tr("Enmiendas"), self.tr("Mostrar u ocultar las enmiendas y los comentarios junto al texto")
        )

    def _room_document_shown(self, shown: bool) -> None:
        """With no document open the list is the only thing to choose from: shown whatever is remembered."""
        if shown:
            self.documents_toggle.restore()
        else:
            self.documents_toggle.show_for_now()
        self.side_toggle.button.setVisible(shown)
