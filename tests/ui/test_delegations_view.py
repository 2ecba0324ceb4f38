"""The Delegations section as a user sees it: filterable people, accreditation refused with the
rule's reason, an invitation that opens the exception, the drafting group, and a CSV preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from crm_desktop.domain.model import ActKind, Role
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.delegations.participants_import import ParticipantsImportDialog
from crm_desktop.ui.delegations.view import DelegationsView
from tests.helpers import meeting, person

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


def listen(ctx) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Notices as the main window's message bar receives them: ("error" | "info", text)."""
    heard: list[tuple[str, str]] = []
    ctx.user_error.connect(lambda text: heard.append(("error", text)))
    ctx.notice.connect(lambda text: heard.append(("info", text)))
    return heard


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def setup(qtbot, ws):  # type: ignore[no-untyped-def]
    net = meeting(ws, "network_consular", start="2027-03-15")
    people = {
        "vm": person(ws, "Ángela Ríos", country="MX", role=Role.VICE_MINISTER),
        "liaison": person(ws, "Tomás Herrera", country="GT", role=Role.LIAISON_CONSULAR),
        "observer": person(ws, "Observadora Perú", country="PE", role=Role.OBSERVER_DELEGATE),
    }
    ctx = UiContext(ws)
    view = DelegationsView(ctx)
    view.heard = listen(ctx)  # type: ignore[attr-defined]
    qtbot.addWidget(view)
    view.resize(1200, 700)
    qtbot.waitUntil(lambda: view.data is not None, timeout=5000)
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        view.open_meeting(net)
    yield view, net, people
    ctx.wait()


def visible_names(view: DelegationsView) -> list[str]:
    proxy = view.people_proxy
    return sorted(proxy.source_row(r)["name"] for r in range(proxy.rowCount()))


def test_people_table_filters_without_accents_and_by_category(setup) -> None:  # type: ignore[no-untyped-def]
    view, _, _ = setup
    assert visible_names(view) == ["Observadora Perú", "Tomás Herrera", "Ángela Ríos"]
    type_text(view.people_filter, "angela")
    assert visible_names(view) == ["Ángela Ríos"]
    view.people_filter.clear()
    type_text(view.people_filter, "Perú")  # the country's name is searchable too
    assert visible_names(view) == ["Observadora Perú"]
    view.people_filter.clear()
    view.people_category.setCurrentIndex(view.people_category.findData("member_country"))
    assert visible_names(view) == ["Tomás Herrera", "Ángela Ríos"]
    assert view.people_count.text() == "2 de 3 personas"
    headers = [view.people_model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Nombre", "Delegación", "Categoría"]


def test_refused_accreditation_shows_the_rule_then_an_invitation_opens_it(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    view, _net, people = setup
    with qtbot.waitSignal(view.ctx.user_error, timeout=5000):
        view.accredit(people["observer"])
    assert view.heard == [
        (
            "error",
            "Observadora Perú no puede asistir a «Sesión de la Red» de la Red de Funcionarios de Enlace de "
            "Protección Consular: en estas reuniones no participan los países observadores ni los organismos "
            "internacionales, a menos que se les invite explícitamente (no hay invitación registrada) (Sección D: "
            "«En sus reuniones no participan los países observadores ni los organismos internacionales, a menos que "
            "se les invite explícitamente.»)",
        )
    ]
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        view.save_act(ActKind.INVITATION, "PE", granted_by="PPT")
    assert "Invitación: Perú" in view.acts_label.text()
    assert "ST en nombre de la Presidencia Pro-Témpore)" in view.acts_label.text()  # who granted it, by its code
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        view.accredit(people["observer"])
    assert view.heard[-1] == ("info", "Observadora Perú quedó acreditado(a) a «Sesión de la Red».")
    rows = [view.acc_proxy.source_row(r) for r in range(view.acc_proxy.rowCount())]
    assert [(r["name"], r["exception"]) for r in rows] == [("Observadora Perú", True)]
    assert view.acc_model.index(0, 3).data() == "invitación / autorización"


def test_drafting_group_shows_missing_countries_and_names_one(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    view, _net, people = setup
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        view.accredit(people["liaison"])
    assert "Faltan por nombrar: Guatemala" in view.drafting_label.text()
    view.acc_table.setCurrentIndex(view.acc_proxy.index(0, 0))
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        view.name_drafting_button.click()
    assert "nombrados: Guatemala: Tomás Herrera" in view.drafting_label.text()
    assert "Faltan" not in view.drafting_label.text()


def test_csv_import_preview_shows_per_row_errors(qtbot, setup, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view, net, _ = setup
    path = tmp_path / "lista.csv"
    path.write_text(
        "name,country,organisation,roles,segment\n"
        "Carla Méndez,HN,,liaison_consular,plenary\n"
        "Sin País,ZZ,,delegate,plenary\n"
        "Oficial OIM,,OIM,observer_delegate,plenary\n",
        encoding="utf-8",
    )
    dialog = ParticipantsImportDialog(view.ctx, net, path, view)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.rows), timeout=5000)
    shown = [[dialog.model.index(r, c).data() for c in (0, 1, 4)] for r in range(dialog.model.rowCount())]
    assert shown == [["2", "Carla Méndez", "Nueva persona"], ["3", "Sin País", "Error"], ["4", "Oficial OIM", "Error"]]
    assert dialog.model.index(1, 5).data() == "país desconocido «ZZ»"
    assert "a menos que se les invite explícitamente" in dialog.model.index(2, 5).data()
    assert dialog.summary.text() == "3 filas: 1 por acreditar, 2 con errores, 0 ya acreditadas."
    assert not dialog.import_button.isEnabled() and dialog.import_valid_button.isEnabled()
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        dialog.import_valid_button.click()
    assert [view.acc_proxy.source_row(r)["name"] for r in range(view.acc_proxy.rowCount())] == ["Carla Méndez"]


def test_keyboard_only_accreditation(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    view, _net, _ = setup
    type_text(view.cand_filter, "tomás")
    assert view.cand_proxy.rowCount() == 1
    view.cand_table.setFocus()
    qtbot.keyClick(view.cand_table, Qt.Key.Key_Down)  # onto the only match
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        qtbot.keyClick(view.cand_table, Qt.Key.Key_Return)
    assert view.heard[-1] == ("info", "Tomás Herrera quedó acreditado(a) a «Sesión de la Red».")
    assert view.cand_proxy.rowCount() == 0  # no longer offered for this segment


def test_focal_point_dialog_and_table(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.ui.delegations.focal_point import FocalPointDialog

    view, _net, people = setup
    dialog = FocalPointDialog("es", view.data.people, view)
    qtbot.addWidget(dialog)
    # Only member-country people are offered; the observer from Peru is not.
    offered = [dialog.person.itemText(i) for i in range(dialog.person.count())]
    assert offered == ["Guatemala — Tomás Herrera", "México — Ángela Ríos"]
    dialog.person.setCurrentIndex(0)
    dialog.institution.setText("Dirección General de Migración")
    assert dialog.chosen() == (people["liaison"], "GT", "Dirección General de Migración")
    assert not view.focal_empty.isHidden()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.save_focal_point(*dialog.chosen())
    assert [view.focal_model.index(0, c).data() for c in range(3)] == [
        "Guatemala",
        "Tomás Herrera",
        "Dirección General de Migración",
    ]
    assert view.focal_empty.isHidden()


def test_opened_on_a_person_or_a_meeting_from_the_main_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.app import meetings, people

    ws = window.ctx.ws
    person = next(p for p in people.list_people(ws) if p["name"].startswith("Ana"))
    window.navigate("delegations", {"person_id": person["id"]})
    view = window.section_widget("delegations")
    assert isinstance(view, DelegationsView)
    qtbot.waitUntil(lambda: view.people_table.currentIndex().isValid(), timeout=5000)
    assert view.people_proxy.source_row(view.people_table.currentIndex().row())["id"] == person["id"]
    assert view.tabs.currentIndex() == 0
    vm = meetings.list_meetings(ws, body="viceministers")[-1]
    window.navigate("delegations", {"meeting_id": vm["id"]})
    qtbot.waitUntil(lambda: view.roster is not None and view.roster.meeting_id == vm["id"], timeout=5000)
    assert view.tabs.currentIndex() == 4
    assert view.meeting_box.currentData() == vm["id"]


def test_the_main_window_shows_the_rule_that_refused(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.app import meetings

    ws = window.ctx.ws
    vm = meetings.list_meetings(ws, body="viceministers")[-1]
    window.navigate("delegations", {"meeting_id": vm["id"]})
    view = window.section_widget("delegations")
    qtbot.waitUntil(lambda: view.roster is not None and view.data is not None, timeout=5000)
    view.segment_box.setCurrentIndex(view.segment_box.findData("closed_door"))
    observer = next(p for p in view.data.people if p["category"] == "observer_country")
    with qtbot.waitSignal(window.ctx.user_error, timeout=5000):
        view.accredit(observer["id"])
    assert window.message_bar.level == "error"
    assert window.message_bar.text == (
        f"{observer['name']} no puede asistir a «Reunión a puerta cerrada» de la Reunión de Viceministros(as): "
        "a la reunión a puerta cerrada asisten únicamente los(as) Viceministros(as) / Subsecretarios(as) de los "
        "Países Miembros, acompañados cada uno de un funcionario de alto nivel (Sección A: «Reunión a “puerta "
        "cerrada” a la que asisten únicamente los(as) Viceministros(as) / Subsecretarios(as), acompañados, cada uno "
        "de ellos, de un funcionario de alto nivel según estimen pertinente.»)"
    )


def test_accreditation_and_withdrawal_are_undoable(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    view, _net, people = setup
    stack = view.ctx.undo_stack

    def accredited() -> list[str]:
        return [view.acc_proxy.source_row(r)["name"] for r in range(view.acc_proxy.rowCount())]

    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        view.accredit(people["liaison"])
    assert accredited() == ["Tomás Herrera"] and stack.undoText() == "Acreditar a Tomás Herrera"
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        stack.undo()
    assert accredited() == []
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        stack.redo()
    assert accredited() == ["Tomás Herrera"]
    view.acc_table.setCurrentIndex(view.acc_proxy.index(0, 0))
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        view.withdraw_button.click()
    assert accredited() == []
    with qtbot.waitSignal(view.roster_loaded, timeout=5000):
        stack.undo()
    assert accredited() == ["Tomás Herrera"]
    # A refused accreditation never reaches the stack.
    count = stack.count()
    with qtbot.waitSignal(view.ctx.user_error, timeout=5000):
        view.accredit(people["observer"])
    assert stack.count() == count


def test_focal_point_dialog_offers_observer_organisations_contacts(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The preliminary agenda is shared with the observer organisations too (seed, A), so they have a contact;
    observer countries and civil society do not."""
    from crm_desktop.ui.delegations.focal_point import FocalPointDialog

    def row(pid: str, name: str, category: str, country: str | None, org: str | None) -> dict[str, object]:
        return {"id": pid, "name": name, "category": category, "country": country, "organisation": org}

    people = [
        row("p1", "Lucía Mora", "member_country", "CR", None),
        row("p2", "Jorge García", "observer_org", None, "OIM"),
        row("p3", "Ana Peña", "civil_society", None, "RROCM"),
        row("p4", "Carlos Castillo", "observer_country", "CO", None),
    ]
    dialog = FocalPointDialog("es", people)
    qtbot.addWidget(dialog)
    offered = [dialog.person.itemText(i) for i in range(dialog.person.count())]
    assert offered == ["Costa Rica — Lucía Mora", "OIM — Jorge García"]
    dialog.person.setCurrentIndex(1)
    dialog.institution.setText("Oficina regional")
    assert dialog.chosen() == ("p2", "OIM", "Oficina regional")
