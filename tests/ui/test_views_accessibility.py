"""Both sections register themselves, give every interactive widget an accessible name, follow a
language switch, and open in context."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)

from crm_desktop.app import agendas
from crm_desktop.ui.agenda.view import AgendaView
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.delegations.act_dialog import ActDialog
from crm_desktop.ui.delegations.person_dialog import PersonDialog
from crm_desktop.ui.delegations.view import DelegationsView
from crm_desktop.ui.sections import load_sections
from tests.helpers import meeting

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTabWidget)


def _inside_compound(w: QWidget) -> bool:
    """Parts of a compound widget (popup list, editor, scroll arrows, a line edit's clear button)."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar | QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets a screen reader could not name."""
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or isinstance(w, QHeaderView):
            continue
        if w.objectName().startswith("qt_") or _inside_compound(w):  # Qt's own sub-controls
            continue
        name = w.accessibleName() or (w.text().replace("&", "") if isinstance(w, QAbstractButton) else "")
        if not name.strip():
            out.append(f"{type(w).__name__} {w.objectName()} {w.toolTip()!r}")
    return out


def test_sections_are_registered_in_order() -> None:
    sections = {s.key: s for s in load_sections()}
    assert sections["delegations"].order == 30 and sections["agenda"].order == 40
    assert sections["delegations"].title() == "Delegaciones" and sections["agenda"].title() == "Agenda"


@pytest.fixture
def loaded_views(qtbot, ws):  # type: ignore[no-untyped-def]
    mid = meeting(ws, "viceministers", start="2027-05-10")
    agendas.create_agenda(ws, mid)
    ctx = UiContext(ws)
    agenda = AgendaView(ctx)
    delegations = DelegationsView(ctx)
    for v in (agenda, delegations):
        qtbot.addWidget(v)
    qtbot.waitUntil(lambda: agenda.state is not None and delegations.roster is not None, timeout=5000)
    yield ctx, agenda, delegations, mid
    ctx.wait()


def test_every_interactive_widget_has_an_accessible_name(loaded_views) -> None:  # type: ignore[no-untyped-def]
    _ctx, agenda, delegations, _ = loaded_views
    assert unnamed(agenda) == []
    assert unnamed(delegations) == []
    person = PersonDialog("es")
    act = ActDialog("es", subject="OIM")
    try:
        assert unnamed(person) == [] and unnamed(act) == []
        assert act.subject.currentData() == "OIM"
    finally:
        person.deleteLater()
        act.deleteLater()


def test_language_switch_retitles_data_driven_names(qtbot, loaded_views) -> None:  # type: ignore[no-untyped-def]
    ctx, agenda, delegations, _mid = loaded_views
    assert agenda.segment_box.itemText(0) == "Reunión Plenaria"
    ctx.lang = "en"
    for v in (agenda, delegations):
        QApplication.sendEvent(v, QEvent(QEvent.Type.LanguageChange))
    assert agenda.segment_box.itemText(0) == "Plenary"
    assert agenda.model.title(agenda.model.items()[0]) == "Report of the Pro-Tempore Presidency"
    rows = delegations.countries_model.rows()
    mx = next(i for i, r in enumerate(rows) if r["id"] == "MX")
    assert delegations.countries_model.index(mx, 1).data() == "Mexico"


def test_person_dialog_builds_the_input_and_checks_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.domain.model import Category, Role

    dialog = PersonDialog("es")
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("member_country"))
    dialog.country.setCurrentIndex(dialog.country.findData("HN"))
    dialog._accept()
    assert dialog.error.text() == "Escriba el nombre de la persona." and dialog.result() == 0
    dialog.name.setText("Marta Díaz")
    dialog.email.setText("marta.example")
    dialog._accept()
    assert dialog.error.text() == "La dirección de correo no es válida."
    dialog.email.setText("marta@migracion.hn")
    for i in range(dialog.roles.count()):
        if dialog.roles.item(i).text() == "Director(a) de Migración":
            from PySide6.QtCore import Qt

            dialog.roles.item(i).setCheckState(Qt.CheckState.Checked)
    value = dialog.value()
    assert (value.name, value.category, value.country, value.organisation) == (
        "Marta Díaz",
        Category.MEMBER_COUNTRY,
        "HN",
        None,
    )
    assert value.roles == (Role.DIRECTOR_MIGRATION,)


def test_adding_and_editing_a_person_shows_in_the_table(qtbot, loaded_views) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.app.people import PersonInput
    from crm_desktop.domain.model import Category

    _ctx, _, delegations, _ = loaded_views
    with qtbot.waitSignal(delegations.loaded, timeout=5000):
        delegations.save_person(PersonInput(name="Íñigo Peña", category=Category.MEMBER_COUNTRY, country="CR"))
    rows = delegations.people_model.rows()
    assert [r["name"] for r in rows] == ["Íñigo Peña"]
    with qtbot.waitSignal(delegations.loaded, timeout=5000):
        delegations.save_person(
            PersonInput(name="Íñigo Peña Solís", category=Category.MEMBER_COUNTRY, country="CR", title="Director"),
            rows[0]["id"],
        )
    assert delegations.people_model.index(0, 0).data() == "Íñigo Peña Solís"
    # a rank of the CRM with no grammatical gender recorded reads as the documents print it
    assert delegations.people_model.index(0, 4).data() == "Director(a)"
