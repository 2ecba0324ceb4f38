"""Add or edit a person of a delegation.

What is typed is autosaved under ``person:new`` or ``person:<id>`` once the view calls
:meth:`PersonDialog.autosave` (``ui.form_autosave``); Cancel with typed text asks before discarding it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app.people import PersonInput
from crm_desktop.app.recovery import DraftStore
from crm_desktop.domain.model import Category, Role
from crm_desktop.domain.reference import countries, organisations
from crm_desktop.ui import labels
from crm_desktop.ui.form_autosave import AutosavedDialog, FieldWidget, FormAutosaver
from crm_desktop.ui.forms.combos import refill


class PersonDialog(AutosavedDialog):
    """``person``: the row to edit (category, delegation and roles are then fixed), or None for a new one."""

    def __init__(self, lang: str, person: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.person = person
        self.name = QLineEdit(self)
        self.category = QComboBox(self)
        self.country = QComboBox(self)
        self.organisation = QComboBox(self)
        self.title = QLineEdit(self)
        self.institution = QLineEdit(self)
        self.title_en = QLineEdit(self)  # the position and the institution in English, where they differ
        self.institution_en = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.roles = QListWidget(self)
        self.roles.setMaximumHeight(140)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #a4262c;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout()
        self.labels_ = [QLabel(self) for _ in range(11)]
        for lab, w in zip(
            self.labels_,
            (
                self.name,
                self.category,
                self.country,
                self.organisation,
                self.title,
                self.title_en,
                self.institution,
                self.institution_en,
                self.email,
                self.phone,
                self.roles,
            ),
            strict=True,
        ):
            lab.setBuddy(w)
            self.form.addRow(lab, w)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        for combo in self.findChildren(QComboBox):  # long organisation names must not widen the dialog
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(500, self.sizeHint().height())
        self.category.currentIndexChanged.connect(self._category_changed)
        self._retranslate()
        if person:
            self.name.setText(person["name"])
            self.category.setCurrentIndex(max(0, self.category.findData(person["category"])))
            if person.get("country"):
                self.country.setCurrentIndex(max(0, self.country.findData(person["country"])))
            if person.get("organisation"):
                self.organisation.setCurrentIndex(max(0, self.organisation.findData(person["organisation"])))
            self.title.setText(person.get("title") or "")
            self.institution.setText(person.get("institution") or "")
            self.title_en.setText(person.get("title_en") or "")
            self.institution_en.setText(person.get("institution_en") or "")
            self.email.setText(person.get("email") or "")
            self.phone.setText(person.get("phone") or "")
            for w in (self.category, self.country, self.organisation, self.roles):
                w.setEnabled(False)
            for i in range(self.roles.count()):
                item = self.roles.item(i)
                if item.data(Qt.ItemDataRole.UserRole) in person.get("roles", []):
                    item.setCheckState(Qt.CheckState.Checked)
        self._category_changed()

    def autosave(self, store: DraftStore) -> FormAutosaver:
        key = f"person:{self.person['id'] if self.person else 'new'}"
        fields: dict[str, FieldWidget] = {
            "name": self.name,
            "category": self.category,
            "country": self.country,
            "organisation": self.organisation,
            "title": self.title,
            "institution": self.institution,
            "title_en": self.title_en,
            "institution_en": self.institution_en,
            "email": self.email,
            "phone": self.phone,
            "roles": self.roles,
        }
        title = lambda: f"{self.windowTitle()}: {self.name.text().strip() or '…'}"  # noqa: E731
        self.saver = FormAutosaver(store, key, fields, title=title, parent=self)
        return self.saver

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Editar persona") if self.person else self.tr("Nueva persona"))
        texts = [
            self.tr("&Nombre:"),
            self.tr("&Categoría:"),
            self.tr("&País:"),
            self.tr("&Organización:"),
            self.tr("&Cargo:"),
            self.tr("Car&go en inglés:"),
            self.tr("&Institución:"),
            self.tr("Institución en inglé&s:"),
            self.tr("Correo &electrónico:"),
            self.tr("&Teléfono:"),
            self.tr("&Funciones:"),
        ]
        for lab, text in zip(self.labels_, texts, strict=True):
            lab.setText(text)
        for w, name in (
            (self.name, self.tr("Nombre")),
            (self.category, self.tr("Categoría")),
            (self.country, self.tr("País")),
            (self.organisation, self.tr("Organización")),
            (self.title, self.tr("Cargo")),
            (self.title_en, self.tr("Cargo en inglés")),
            (self.institution, self.tr("Institución")),
            (self.institution_en, self.tr("Institución en inglés")),
            (self.email, self.tr("Correo electrónico")),
            (self.phone, self.tr("Teléfono")),
            (self.roles, self.tr("Funciones")),
        ):
            w.setAccessibleName(name)
        for w in (self.title_en, self.institution_en):
            w.setPlaceholderText(self.tr("si difiere del español"))
        self.title.setToolTip(
            self.tr("Un cargo de la CRM (p. ej. Viceministro) se escribe según el género de la persona.")
        )
        refill(self.category, ((labels.category(c.value), c.value) for c in Category))
        refill(self.country, ((f"{ref.name(self.lang)} ({ref.code})", ref.code) for ref in countries()))
        refill(self.organisation, ((f"{org.acronym} — {org.name(self.lang)}", org.key) for org in organisations()))
        checked = {
            self.roles.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.roles.count())
            if self.roles.item(i).checkState() == Qt.CheckState.Checked
        }
        self.roles.clear()
        for r in Role:
            item = QListWidgetItem(labels.role(r.value), self.roles)
            item.setData(Qt.ItemDataRole.UserRole, r.value)
            item.setCheckState(Qt.CheckState.Checked if r.value in checked else Qt.CheckState.Unchecked)

    def _category_changed(self) -> None:
        cat = self.category.currentData()
        by_country = cat in (Category.MEMBER_COUNTRY.value, Category.OBSERVER_COUNTRY.value)
        self.country.setEnabled(by_country and self.person is None)
        self.organisation.setEnabled(not by_country and cat != Category.GUEST.value and self.person is None)
        if by_country:  # offer only the countries of the chosen status
            wanted = "member" if cat == Category.MEMBER_COUNTRY.value else "observer"
            first = next((i for i, c in enumerate(countries()) if c.status == wanted), 0)
            current = self.country.currentData()
            if current is None or next(c for c in countries() if c.code == current).status != wanted:
                self.country.setCurrentIndex(first)

    def value(self) -> PersonInput:
        cat = Category(self.category.currentData())
        by_country = cat in (Category.MEMBER_COUNTRY, Category.OBSERVER_COUNTRY)
        roles = tuple(
            Role(self.roles.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.roles.count())
            if self.roles.item(i).checkState() == Qt.CheckState.Checked
        )
        return PersonInput(
            name=self.name.text().strip(),
            category=cat,
            country=self.country.currentData() if by_country else None,
            organisation=self.organisation.currentData() if not by_country and cat != Category.GUEST else None,
            title=self.title.text().strip() or None,
            institution=self.institution.text().strip() or None,
            title_en=self.title_en.text().strip() or None,
            institution_en=self.institution_en.text().strip() or None,
            email=self.email.text().strip() or None,
            phone=self.phone.text().strip() or None,
            roles=roles,
        )

    def _accept(self) -> None:
        v = self.value()
        if not v.name:
            self.show_error(self.tr("Escriba el nombre de la persona."))
            return
        if v.email and "@" not in v.email:
            self.show_error(self.tr("La dirección de correo no es válida."))
            return
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
