"""The agenda editor's form of the selected item, autosaved while typed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from crm_desktop.app.agendas import ItemInput, PlannedItem
from crm_desktop.domain.bilingual import presenter_name, reference_delegations
from crm_desktop.domain.model import Audience, ItemKind
from crm_desktop.ui import labels, look
from crm_desktop.ui.agenda.classify import ClassificationPanel
from crm_desktop.ui.agenda.state import draft_key
from crm_desktop.ui.agenda.undo import (
    UpdateItemCommand,
    item_input,
    perform,
)
from crm_desktop.ui.form_autosave import FormAutosaver


class DetailsPanel(ClassificationPanel):
    """The selected item's titles, kind, duration, presenter, audience, documents, theme and topic."""

    def _build_details(self) -> None:
        """The form of the selected item."""
        self.details = QGroupBox(self)
        self.f_title_es = QLineEdit(self)
        self.f_title_en = QLineEdit(self)
        self.f_kind = QComboBox(self)
        self.f_duration = QSpinBox(self)
        self.f_duration.setRange(0, 24 * 60)
        self.f_duration.setSingleStep(5)
        self.f_presenter = QLineEdit(self)
        self.f_audience = QComboBox(self)
        self.f_documents = QLineEdit(self)
        classification = self._build_classification()
        self.f_required = QLabel(self)
        self.f_required.setWordWrap(True)
        look.text_colour(self.f_required, "#8e3b46")
        self.apply_button = QPushButton(self)
        self.apply_button.setDefault(False)
        self.apply_button.clicked.connect(self.apply_details)
        for edit in (self.f_title_es, self.f_title_en, self.f_presenter, self.f_documents):
            edit.returnPressed.connect(self.apply_details)
        # What is typed in an item's form survives a crash (``ui.form_autosave``); the key follows the shown
        # item and the form's own fills are not typing (see ``_show_current``).
        self.item_autosave = FormAutosaver(
            self.ctx.drafts,
            draft_key(None, None),
            {
                "title_es": self.f_title_es,
                "title_en": self.f_title_en,
                "kind": self.f_kind,
                "duration": self.f_duration,
                "presenter": self.f_presenter,
                "audience": self.f_audience,
                "documents": self.f_documents,
                "theme": self.f_theme,
                "topic": self.f_topic,
            },
            title=lambda: self.tr("Punto «%1» del orden del día").replace("%1", self.f_title_es.text() or "…"),
            parent=self,
        )
        self.form = QFormLayout(self.details)
        self.l_title_es, self.l_title_en, self.l_kind, self.l_duration = QLabel(), QLabel(), QLabel(), QLabel()
        self.l_presenter, self.l_audience, self.l_documents = QLabel(), QLabel(), QLabel()
        for lab, w in (
            (self.l_title_es, self.f_title_es),
            (self.l_title_en, self.f_title_en),
            (self.l_kind, self.f_kind),
            (self.l_duration, self.f_duration),
            (self.l_presenter, self.f_presenter),
            (self.l_audience, self.f_audience),
            (self.l_documents, self.f_documents),
            *classification,
        ):
            lab.setBuddy(w)
            self.form.addRow(lab, w)
        self.form.addRow(self.f_required)
        self.form.addRow(self.apply_button)

    def retranslate(self) -> None:
        super().retranslate()
        self.details.setTitle(self.tr("Punto seleccionado"))
        self.l_title_es.setText(self.tr("Título (&español):"))
        self.l_title_en.setText(self.tr("Título (in&glés):"))
        self.l_kind.setText(self.tr("&Tipo:"))
        self.l_duration.setText(self.tr("D&uración:"))
        self.l_presenter.setText(self.tr("&Presenta:"))
        self.l_audience.setText(self.tr("Au&diencia:"))
        self.l_documents.setText(self.tr("D&ocumentos:"))
        self.f_title_es.setAccessibleName(self.tr("Título en español"))
        self.f_title_en.setAccessibleName(self.tr("Título en inglés"))
        self.f_kind.setAccessibleName(self.tr("Tipo de punto"))
        self.f_duration.setAccessibleName(self.tr("Duración en minutos"))
        self.f_duration.setSuffix(self.tr(" min"))
        self.f_presenter.setAccessibleName(self.tr("Quién presenta"))
        self.f_audience.setAccessibleName(self.tr("Audiencia"))
        self.f_documents.setAccessibleName(self.tr("Documentos vinculados"))
        self.f_documents.setPlaceholderText(self.tr("Símbolos separados por comas, p. ej. CRM/GRCM/2026/3"))
        self.apply_button.setText(self.tr("&Aplicar cambios"))
        self.apply_button.setAccessibleName(self.tr("Aplicar los cambios al punto"))
        self._fill_combo(self.f_kind, [(k.value, labels.item_kind(k.value)) for k in ItemKind])
        self._fill_combo(self.f_audience, [(a.value, labels.audience(a.value)) for a in Audience])
        self._retranslate_classification()

    def _show_current(self) -> None:
        it = self.current_item()
        key = draft_key(self.editing.agenda_id if self.editing else None, it.id if it else None)
        with self.item_autosave.loading(key):  # showing a stored item is not typing; a draft typed before is kept
            self._fill_details(it)

    def _fill_details(self, it: PlannedItem | None) -> None:
        has = it is not None
        for w in (self.f_title_es, self.f_title_en, self.f_kind, self.f_duration, self.f_presenter):
            w.setEnabled(has)
        for w2 in (self.f_audience, self.f_documents, self.apply_button):
            w2.setEnabled(has)
        if it is None:
            for e in (self.f_title_es, self.f_title_en, self.f_presenter, self.f_documents):
                e.clear()
            self.f_required.hide()
            self._fill_classification(None)
            self._show_comments(None)
            return
        self.f_title_es.setText(it.title_es)
        self.f_title_en.setText(it.title_en or "")
        for edit in (self.f_title_es, self.f_title_en):
            edit.setCursorPosition(0)  # show the beginning of a long title
        self.f_kind.setCurrentIndex(max(0, self.f_kind.findData(it.kind)))
        self.f_duration.setValue(it.duration_min)
        # a role or delegation by its name in the window's language; a free text as typed
        self.f_presenter.setText(presenter_name(it.presenter, reference_delegations(), self.ctx.lang))
        self.f_audience.setCurrentIndex(max(0, self.f_audience.findData(it.audience)))
        self.f_documents.setText(", ".join(it.documents))
        self._fill_classification(it)
        self.f_title_es.setReadOnly(bool(it.required_key))
        if it.required_key:
            self.f_required.setText(
                self.tr("Punto obligatorio según las reglas de la CRM: su título se conserva y no puede eliminarse.")
            )
            self.f_required.show()
        else:
            self.f_required.hide()
        has_children = bool(self.model.children_of(it.id))
        self.f_duration.setEnabled(not has_children)
        self.f_duration.setToolTip(self.tr("Los subpuntos comparten la hora de su punto") if has_children else "")
        self._show_comments(it)

    def _details_input(self, it: PlannedItem) -> ItemInput:
        docs = tuple(d.strip() for d in self.f_documents.text().split(",") if d.strip())
        return ItemInput(
            title_es=self.f_title_es.text().strip() if not it.required_key else it.title_es,
            title_en=self.f_title_en.text().strip() or None,
            kind=ItemKind(self.f_kind.currentData()),
            duration_min=self.f_duration.value(),
            presenter=self.f_presenter.text().strip() or None,
            audience=Audience(self.f_audience.currentData()),
            documents=docs,
        )

    def apply_details(self) -> None:
        it = self.current_item()
        if it is None or self.editing is None:
            return
        if not self.f_title_es.text().strip():
            self._error(self.tr("El título en español no puede quedar vacío."))
            return
        before, after = item_input(it), self._details_input(it)
        key = self.item_autosave.key
        classify = self._classification_command(it)
        if before == after and classify is None:
            self.item_autosave.saved(key)  # the form holds what is stored: nothing left to recover
            return
        self._pending_select = self.editing.ids.logical(it.id)
        editing = self.editing

        def classify_then_saved() -> None:
            if classify is None:
                self.item_autosave.saved(key)
            else:
                perform(editing, classify, on_done=lambda: self.item_autosave.saved(key))

        if before == after:
            classify_then_saved()
            return
        perform(editing, UpdateItemCommand(editing, it.id, before, after), on_done=classify_then_saved)
