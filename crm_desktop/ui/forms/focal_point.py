"""Register a person as their country's focal point (seed, note 5: the contact for CRM matters)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.domain.reference import countries


class FocalPointDialog(QDialog):
    """``people``: rows of ``people.list_people``; only member-country people can be focal points."""

    def __init__(self, lang: str, people: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {c.code: c.name(lang) for c in countries()}
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.person = QComboBox(self)
        self.person.setEditable(False)
        for p in sorted(people, key=lambda r: (names.get(r["country"] or "", ""), r["name"])):
            if p["category"] == "member_country" and p["country"]:
                self.person.addItem(f"{names.get(p['country'], p['country'])} — {p['name']}", p)
        self.institution = QLineEdit(self)
        self.l_person, self.l_institution = QLabel(self), QLabel(self)
        self.l_person.setBuddy(self.person)
        self.l_institution.setBuddy(self.institution)
        form = QFormLayout()
        form.addRow(self.l_person, self.person)
        form.addRow(self.l_institution, self.institution)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.person.currentIndexChanged.connect(self._person_changed)
        self._retranslate()
        self._person_changed()

    def _person_changed(self) -> None:
        p = self.person.currentData()
        if p is not None and not self.institution.text().strip():
            self.institution.setText(p.get("institution") or "")

    def chosen(self) -> tuple[str, str, str] | None:
        """(person id, country, institution), or None when nothing is chosen."""
        p = self.person.currentData()
        if p is None or not self.institution.text().strip():
            return None
        return p["id"], p["country"], self.institution.text().strip()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Registrar punto focal"))
        self.intro.setText(
            self.tr(
                "El punto focal es la persona designada en las instituciones de cada País Miembro que sirve de "
                "vínculo y punto de contacto en asuntos de la CRM."
            )
        )
        self.l_person.setText(self.tr("&Persona:"))
        self.l_institution.setText(self.tr("&Institución:"))
        self.person.setAccessibleName(self.tr("Persona"))
        self.institution.setAccessibleName(self.tr("Institución"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
