"""Autosave of whole forms (``ui.form_autosave``): one draft per form with a readable text and every
field's value; what the program fills is not typing; Cancel discards typed text only once confirmed;
and the person, act and "Between meetings" dialogs reopen from their drafts with the fields filled."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
)

from crm_desktop.app import follow_up, logistics, people, plan_of_action, work_plans
from crm_desktop.app.accreditation import acts_for
from crm_desktop.app.recovery import DraftStore
from crm_desktop.domain.model import Role
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.delegations.act_dialog import ActDialog
from crm_desktop.ui.delegations.person_dialog import PersonDialog
from crm_desktop.ui.delegations.view import DelegationsView, restore_delegations_draft
from crm_desktop.ui.form_autosave import AutosavedDialog, FormAutosaver, confirm_discard
from crm_desktop.ui.process.view import restore_process_draft
from tests.helpers import meeting, person
from tests.ui.qt_helpers import settle, type_text
from tests.ui.test_process_view import view  # noqa: F401  (the fixture)

pytestmark = pytest.mark.gui


class _Window:
    """What a restorer asks of the main window: show a section and return its view."""

    def __init__(self, section: Any) -> None:
        self.section = section

    def show_section(self, _key: str) -> Any:
        return self.section


class _Form(AutosavedDialog):
    """One field of every kind a form may hold."""

    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit(self)
        self.name.setAccessibleName("Nombre")
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName("Notas")
        self.choice = QComboBox(self)
        self.choice.addItem("Uno", "one")
        self.choice.addItem("Dos", "two")
        self.free = QComboBox(self)
        self.free.setEditable(True)
        self.free.addItem("Red A")
        self.free.setAccessibleName("Red")
        self.flag = QCheckBox(self)
        self.day = QDateEdit(QDate(2027, 1, 1), self)
        self.count = QSpinBox(self)
        self.checks = QListWidget(self)
        for key in ("a", "b"):
            item = QListWidgetItem(key, self.checks)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(Qt.CheckState.Unchecked)

    def autosave(self, store: DraftStore, key: str = "test:form") -> FormAutosaver:
        fields = {n: getattr(self, n) for n in ("name", "notes", "choice", "free", "flag", "day", "count", "checks")}
        self.saver = FormAutosaver(store, key, fields, title="Formulario", context=lambda: {"row": "7"}, parent=self)
        return self.saver


def _fill_by_hand(form: _Form) -> None:
    type_text(form.name, "Ana Pérez")
    form.notes.setPlainText("Primera línea\nsegunda línea")
    form.choice.setCurrentIndex(1)
    form.free.setEditText("Red de protección consular")
    form.flag.setChecked(True)
    form.day.setDate(QDate(2027, 5, 10))
    form.count.setValue(12)
    form.checks.item(1).setCheckState(Qt.CheckState.Checked)


def test_a_form_is_saved_as_one_readable_draft_with_every_field(qtbot: Any, tmp_path: Any) -> None:
    store = DraftStore(tmp_path)
    form = _Form()
    qtbot.addWidget(form)
    saver = form.autosave(store)
    _fill_by_hand(form)
    assert saver.pending
    saver.flush()

    draft = DraftStore(tmp_path).get("test:form")
    assert draft is not None and draft.title == "Formulario"
    assert draft.text == "Nombre: Ana Pérez\nNotas:\nPrimera línea\nsegunda línea\nRed: Red de protección consular"
    assert draft.extra == {
        "fields": {
            "name": "Ana Pérez",
            "notes": "Primera línea\nsegunda línea",
            "choice": "two",
            "free": "Red de protección consular",
            "flag": True,
            "day": "2027-05-10",
            "count": 12,
            "checks": ["b"],
        },
        "context": {"row": "7"},
    }

    other = _Form()
    qtbot.addWidget(other)
    other_saver = other.autosave(store, "test:other")
    other_saver.fill(draft.extra["fields"])
    assert other_saver.values() == draft.extra["fields"]
    assert other_saver.pending and other_saver.typed()  # restored text is unsaved: autosaved again


def test_filling_by_the_program_is_not_typing_and_undoing_by_hand_forgets_the_draft(qtbot: Any, tmp_path: Any) -> None:
    store = DraftStore(tmp_path)
    form = _Form()
    qtbot.addWidget(form)
    saver = form.autosave(store)
    with saver.loading("test:row-1"):  # a stored row shown in the form
        form.name.setText("Nombre guardado")
    assert not saver.pending and not saver.typed() and saver.key == "test:row-1"

    type_text(form.name, " y algo más")
    saver.flush()
    assert store.get("test:row-1") is not None
    form.name.setText("Nombre guardado")  # the user deletes what they typed
    saver.flush()
    assert store.get("test:row-1") is None

    form.flag.setChecked(True)  # a ticked box alone is no draft
    saver.flush()
    assert store.drafts() == []


@pytest.mark.parametrize(
    ("typed", "answer", "closes"), [(False, None, True), (True, "Cancel", False), (True, "Discard", True)]
)
def test_cancel_discards_typed_text_only_once_confirmed(
    qtbot: Any, tmp_path: Any, monkeypatch: Any, typed: bool, answer: str | None, closes: bool
) -> None:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer or "Cancel")

    monkeypatch.setattr(QMessageBox, "question", question)
    store = DraftStore(tmp_path)
    form = _Form()
    qtbot.addWidget(form)
    saver = form.autosave(store)
    form.show()
    if typed:
        type_text(form.name, "Texto largo")
        saver.flush()
    form.reject()

    assert bool(asked) == typed
    assert form.isVisible() != closes
    assert (store.get("test:form") is None) == closes
    assert confirm_discard(form, saver) == closes  # asked again: the same answer


# --- the "Between meetings" dialogs ---------------------------------------------------------------------


def test_a_new_activity_is_autosaved_and_forgotten_once_created(qtbot: Any, view: Any) -> None:  # noqa: F811
    dialog = view.plan.new_activity()
    type_text(dialog.title_es, "Taller sobre niñez migrante")
    type_text(dialog.title_en, "Workshop on migrant children")
    dialog.saver.flush()
    draft = view.ctx.drafts.get("process:plan:new_activity")
    assert draft is not None and draft.title == "Nueva actividad"
    assert draft.text.splitlines() == [
        "Título (español): Taller sobre niñez migrante",
        "Título (inglés): Workshop on migrant children",
    ]
    assert draft.extra["fields"]["responsible"] == dialog.responsible.currentData()  # a choice: kept by its key

    dialog.accept()
    settle(qtbot, view.ctx, rounds=8)
    assert any(a["title_es"] == "Taller sobre niñez migrante" for a in plan_of_action.list_activities(view.ctx.ws))
    assert view.ctx.drafts.get("process:plan:new_activity") is None


def test_a_lost_new_activity_reopens_with_its_fields(qtbot: Any, view: Any) -> None:  # noqa: F811
    fields = {"theme": "human_rights", "title_es": "Seminario recuperado", "priority": True, "responsible": "MX"}
    DraftStore(view.ctx.ws.directory).save("process:plan:new_activity", "…", extra={"fields": fields})
    [draft] = DraftStore(view.ctx.ws.directory).leftovers()

    assert restore_process_draft(_Window(view), draft)

    dialog = view.plan.dialog
    assert view.tabs.currentWidget() is view.plan and dialog.isVisible()
    assert (dialog.title_es.text(), dialog.theme.currentData(), dialog.priority.isChecked()) == (
        "Seminario recuperado",
        "human_rights",
        True,
    )
    assert dialog.responsible.currentText() == dialog.responsible.itemText(dialog.responsible.findData("MX"))
    assert dialog.saver.pending  # autosaved again until OK
    dialog.saver.committed()
    dialog.done(QDialog.DialogCode.Rejected)


def test_a_lost_action_reopens_on_its_work_plan(qtbot: Any, view: Any) -> None:  # noqa: F811
    plans = work_plans.list_plans(view.ctx.ws)
    target = plans[-1]
    DraftStore(view.ctx.ws.directory).save(
        "process:work_plans:new_action",
        "…",
        extra={"fields": {"title": "Mapear albergues"}, "context": {"plan": target["id"]}},
    )
    [draft] = DraftStore(view.ctx.ws.directory).leftovers()

    assert restore_process_draft(_Window(view), draft)

    assert view.work_plans.plans.selected_id() == target["id"]
    dialog = view.work_plans.dialog
    assert dialog.title.text() == "Mapear albergues" and target["title"] in dialog.windowTitle()
    dialog.saver.committed()
    dialog.done(QDialog.DialogCode.Rejected)


def test_unknown_process_drafts_are_not_restored(view: Any) -> None:  # noqa: F811
    store = DraftStore(view.ctx.ws.directory)
    for key in ("process:plan:reload", "process:nothing:new_plan", "process:budget:new_scale"):
        store.save(key, "x")
    assert not any(restore_process_draft(_Window(view), d) for d in DraftStore(view.ctx.ws.directory).leftovers())


# --- the person and act dialogs -----------------------------------------------------------------------


@pytest.fixture
def delegations(qtbot: Any, ws: Any, translations: Any) -> Any:
    net = meeting(ws, "network_consular", start="2027-03-15")
    someone = person(ws, "Tomás Herrera", country="GT", role=Role.LIAISON_CONSULAR)
    ctx = UiContext(ws)
    v = DelegationsView(ctx)
    qtbot.addWidget(v)
    qtbot.waitUntil(lambda: v.data is not None, timeout=5000)
    with qtbot.waitSignal(v.roster_loaded, timeout=5000):
        v.open_meeting(net)
    yield v, net, someone
    ctx.wait()


def test_a_new_person_is_autosaved_and_forgotten_once_saved(qtbot: Any, delegations: Any) -> None:
    dv, _, _ = delegations
    dialog = dv.add_person()
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()  # not blocking: a restorer can fill it
    type_text(dialog.name, "Lucía Gómez")
    type_text(dialog.email, "lucia@example.org")
    dialog.saver.flush()
    draft = dv.ctx.drafts.get("person:new")
    assert draft is not None and draft.title == "Nueva persona: Lucía Gómez"
    assert draft.text == "Nombre: Lucía Gómez\nCorreo electrónico: lucia@example.org"

    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(qtbot, dv.ctx, rounds=8)
    assert any(p["name"] == "Lucía Gómez" for p in people.list_people(dv.ctx.ws))
    assert dv.ctx.drafts.get("person:new") is None


def test_lost_person_forms_reopen_new_and_edited(qtbot: Any, delegations: Any) -> None:
    dv, _, someone = delegations
    store = DraftStore(dv.ctx.ws.directory)
    store.save("person:new", "…", extra={"fields": {"name": "Lucía Gómez", "category": "guest", "roles": []}})
    store.save(f"person:{someone}", "…", extra={"fields": {"name": "Tomás Herrera", "phone": "+502 5555 0000"}})
    drafts = {d.key: d for d in DraftStore(dv.ctx.ws.directory).leftovers()}

    assert restore_delegations_draft(_Window(dv), drafts["person:new"])
    new = dv._person_dialog
    assert new.name.text() == "Lucía Gómez" and new.category.currentData() == "guest" and new.person is None
    new.saver.committed()
    new.done(QDialog.DialogCode.Rejected)

    assert restore_delegations_draft(_Window(dv), drafts[f"person:{someone}"])
    edited = dv._person_dialog
    assert edited.person is not None and edited.person["id"] == someone
    assert edited.phone.text() == "+502 5555 0000" and edited.saver.key == f"person:{someone}"
    edited.saver.committed()
    edited.done(QDialog.DialogCode.Rejected)


def test_an_act_being_recorded_is_autosaved_and_reopens_for_its_meeting(qtbot: Any, delegations: Any) -> None:
    dv, net, _ = delegations
    dialog = dv.record_act()
    assert isinstance(dialog, ActDialog)
    dialog.subject.setCurrentIndex(dialog.subject.findData("OIM"))
    type_text(dialog.granted_by, "Presidencia Pro-Témpore")
    type_text(dialog.note, "Invitada al taller de la red")
    dialog.saver.flush()
    draft = DraftStore(dv.ctx.ws.directory).get(f"act:{net}")
    assert draft is not None and draft.extra["fields"]["subject"] == "OIM"
    assert draft.text == "Otorgado por: Presidencia Pro-Témpore\nNota: Invitada al taller de la red"
    dialog.saver.committed()
    dialog.done(QDialog.DialogCode.Rejected)

    DraftStore(dv.ctx.ws.directory).save(f"act:{net}", draft.text, extra=draft.extra)
    [left] = DraftStore(dv.ctx.ws.directory).leftovers()
    assert restore_delegations_draft(_Window(dv), left)
    again = dv._act_dialog
    assert again.subject.currentData() == "OIM" and again.note.text() == "Invitada al taller de la red"
    again.buttons.button(again.buttons.StandardButton.Ok).click()
    settle(qtbot, dv.ctx, rounds=8)
    assert DraftStore(dv.ctx.ws.directory).drafts() == []
    with dv.ctx.ws.read() as session:
        assert [a.subject for a in acts_for(session, net)] == ["OIM"]


def test_a_follow_up_note_is_autosaved_and_reopens_on_its_action(qtbot: Any, view: Any) -> None:  # noqa: F811
    tab = view.follow_up
    first, second = follow_up.actions(view.ctx.ws, only_open=True)[:2]
    assert tab.table.select(first["id"])
    type_text(tab.note_edit, "Se pidió informe a la Secretaría Técnica")
    tab.note_autosave.flush()
    draft = DraftStore(view.ctx.ws.directory).get("process:follow_up:note")
    assert draft is not None and draft.extra["context"] == {"action": first["id"]}
    assert draft.text == "Nota: Se pidió informe a la Secretaría Técnica"

    tab.note_edit.clear()
    tab.table.select(second["id"])
    assert restore_process_draft(_Window(view), draft)
    assert view.tabs.currentWidget() is tab and tab.table.selected_id() == first["id"]
    assert tab.note_edit.text() == "Se pidió informe a la Secretaría Técnica"

    tab.add_note()
    settle(qtbot, view.ctx, rounds=8)
    assert (
        follow_up.history(view.ctx.ws, first["id"])["notes"][-1]["text"] == "Se pidió informe a la Secretaría Técnica"
    )
    assert tab.note_edit.text() == "" and DraftStore(view.ctx.ws.directory).drafts() == []


def test_a_logistics_service_form_is_autosaved_per_service_and_reopens_on_it(
    qtbot: Any,
    view: Any,  # noqa: F811
) -> None:
    tab = view.logistics
    first, second = [r for r in tab.table.model.rows() if r["status"] == "pending"][:2]
    assert tab.select_item(first["id"])
    assert DraftStore(view.ctx.ws.directory).drafts() == []  # a stored service shown is not typing
    tab.supplier.setText("Transportes del Valle")
    tab.cost.setValue(1500)
    assert tab.select_item(second["id"])  # moving on keeps what was typed for the first
    draft = DraftStore(view.ctx.ws.directory).get(f"process:logistics:item:{first['id']}")
    assert draft is not None and draft.text == "Proveedor: Transportes del Valle"
    assert draft.extra["fields"]["cost"] == 1500.0 and draft.extra["context"]["item"] == first["id"]
    assert tab.supplier.text() == (second["supplier"] or "")

    meeting = tab.meeting_box.currentData()
    tab.meeting_box.setCurrentIndex(
        next(i for i in range(tab.meeting_box.count()) if tab.meeting_box.itemData(i) != meeting)
    )
    tab.reload()
    settle(qtbot, view.ctx, rounds=8)
    assert restore_process_draft(_Window(view), draft)  # back to the draft's meeting, then its service
    settle(qtbot, view.ctx, rounds=8)
    assert view.tabs.currentWidget() is tab and tab.meeting_box.currentData() == meeting
    assert tab.table.selected_id() == first["id"]
    assert (tab.supplier.text(), tab.cost.value()) == ("Transportes del Valle", 1500)

    tab.save_button.click()
    settle(qtbot, view.ctx, rounds=8)
    saved = next(
        r for r in logistics.checklist(view.ctx.ws, tab.meeting_box.currentData())["items"] if r["id"] == first["id"]
    )
    assert (saved["supplier"], saved["cost_cents"]) == ("Transportes del Valle", 150_000)
    assert DraftStore(view.ctx.ws.directory).drafts() == []
