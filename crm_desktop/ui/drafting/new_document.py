"""A new negotiated document from the window: the meeting, the kind of document (only the kinds the
meeting's body produces are offered), who may read it, and an optional title. The document is made
by :func:`crm_desktop.app.drafting.create_document`, the service the command line uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from crm_desktop.app.calendar_entries import CalendarEntry
from crm_desktop.domain.drafting_rules import may_create
from crm_desktop.domain.model import Audience
from crm_desktop.drafting.structure import DOC_TYPES, DocType, types_for_body
from crm_desktop.ui import labels
from crm_desktop.ui.drafting.word_actions import type_label


@dataclass(frozen=True, slots=True)
class NewDocument:
    meeting_id: str
    doc_type: DocType
    audience: Audience
    title: str | None


def drafting_meetings(entries: list[CalendarEntry]) -> list[CalendarEntry]:
    """The meetings whose body produces some negotiated document, the latest first."""
    return sorted((e for e in entries if types_for_body(e.body)), key=lambda e: e.start, reverse=True)


class NewDocumentDialog(QDialog):
    """Meeting, kind, audience and title of a new document; :meth:`choice` once accepted."""

    def __init__(self, entries: list[CalendarEntry], meeting_id: str | None, lang: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.entries = drafting_meetings(entries)
        self.setWindowTitle(self.tr("Nuevo documento"))
        self.meeting_combo = QComboBox()
        for e in self.entries:
            self.meeting_combo.addItem(f"{e.title_in(lang)} · {labels.short_date(e.start)}", e.id)
        self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(meeting_id or "")))
        self.kind_combo = QComboBox()
        self.audience_combo = QComboBox()
        self.title_edit = QLineEdit()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        form = QFormLayout(self)
        form.addRow(self.tr("&Reunión:"), self.meeting_combo)
        form.addRow(self.tr("&Tipo de documento:"), self.kind_combo)
        form.addRow(self.tr("&Lectores:"), self.audience_combo)
        form.addRow(self.tr("Tí&tulo:"), self.title_edit)
        form.addRow(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Crear"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.meeting_combo.currentIndexChanged.connect(self._meeting_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._meeting_changed()
        self.resize(560, self.sizeHint().height())

    def entry(self) -> CalendarEntry | None:
        i = self.meeting_combo.currentIndex()
        return self.entries[i] if 0 <= i < len(self.entries) else None

    def _meeting_changed(self, *_args: object) -> None:
        e = self.entry()
        self.kind_combo.clear()
        if e is None:
            self.hint.setText(self.tr("Ninguna reunión del calendario redacta documentos negociados."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        for kind in types_for_body(e.body):
            self.kind_combo.addItem(type_label(kind, self.lang), kind.value)
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        e, kind = self.entry(), self.kind_combo.currentData()
        if e is None or not kind:
            return
        info = DOC_TYPES[DocType(kind)]
        chosen = self.audience_combo.currentData()
        self.audience_combo.clear()
        self.audience_combo.addItem(self.tr("Pública"), Audience.PUBLIC.value)
        if may_create(info.bodies, info.label_es, e.body, Audience.CLOSED_DOOR).allowed:
            self.audience_combo.addItem(self.tr("Solo la reunión a puerta cerrada"), Audience.CLOSED_DOOR.value)
        self.audience_combo.setCurrentIndex(max(0, self.audience_combo.findData(chosen)))
        self.title_edit.setPlaceholderText(f"{type_label(DocType(kind), self.lang)} — {e.title_in(self.lang)}")
        self.hint.setText(self.tr("El símbolo y la numeración se asignan solos; los lectores no cambian después."))

    def choice(self) -> NewDocument | None:
        e, kind = self.entry(), self.kind_combo.currentData()
        if e is None or not kind:
            return None
        return NewDocument(
            e.id,
            DocType(kind),
            Audience(self.audience_combo.currentData() or Audience.PUBLIC.value),
            self.title_edit.text().strip() or None,
        )
