"""Choice boxes of the person and act dialogs keep what the user chose when the language changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent

from crm_desktop.ui.delegations.act_dialog import ActDialog
from crm_desktop.ui.delegations.person_dialog import PersonDialog


def _language_changed(widget: Any) -> None:
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def test_the_person_dialog_keeps_its_choices_across_a_language_change(qtbot: Any) -> None:
    dialog = PersonDialog("es")
    qtbot.addWidget(dialog)
    dialog.country.setCurrentIndex(dialog.country.findData("MX"))
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("OIM"))
    dialog.category.setCurrentIndex(dialog.category.findData("observer_org"))
    dialog.lang = "en"
    _language_changed(dialog)
    assert dialog.country.currentData() == "MX" and dialog.country.currentText() == "Mexico (MX)"
    assert dialog.organisation.currentData() == "OIM" and dialog.category.currentData() == "observer_org"


def test_the_act_dialog_keeps_its_delegation_across_a_language_change(qtbot: Any) -> None:
    dialog = ActDialog("es")
    qtbot.addWidget(dialog)
    dialog.subject.setCurrentIndex(dialog.subject.findData("CO"))
    dialog.lang = "en"
    _language_changed(dialog)
    assert dialog.subject.currentData() == "CO" and dialog.subject.currentText() == "Colombia (CO)"
