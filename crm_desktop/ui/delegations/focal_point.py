"""Register a person as their country's focal point (seed, note 5: the contact for CRM matters), or as the
contact of an observer organisation (the preliminary agenda is shared with them too, seed A)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.domain.reference import countries, organisations


def _delegation(p: dict[str, Any]) -> str | None:
    """The delegation a person can be the focal point of: a member country or an observer organisation."""
    if p["category"] == "member_country" and p["country"]:
        return str(p["country"])
    if p["category"] == "observer_org" and p.get("organisation"):
        return str(p["organisation"])
    return None


class FocalPointDialog(QDialog):
    """``people``: rows of ``people.list_people``; member-country and observer-organisation people are offered."""

    def __init__(self, lang: str, people: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {c.code: c.name(lang) for c in countries()} | {o.key: o.acronym for o in organisations()}
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.person = QComboBox(self)
        self.person.setEditable(False)
        offered = [(d, p) for p in people if (d := _delegation(p)) is not None]
        for delegation, p in sorted(
            offered, key=lambda dp: (dp[1]["category"], names.get(dp[0], dp[0]), dp[1]["name"])
        ):
            self.person.addItem(f"{names.get(delegation, delegation)} — {p['name']}", {**p, "delegation": delegation})
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
        """(person id, delegation, institution), or None when nothing is chosen."""
        p = self.person.currentData()
        if p is None or not self.institution.text().strip():
            return None
        return p["id"], p["delegation"], self.institution.text().strip()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Registrar punto focal"))
        self.intro.setText(
            self.tr(
                "El punto focal es la persona designada en las instituciones de cada País Miembro que sirve de "
                "vínculo y punto de contacto en asuntos de la CRM. Los organismos observadores designan también "
                "un contacto, que recibe la agenda preliminar."
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
