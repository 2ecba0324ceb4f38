"""Creating records from the "Between meetings" section: each dialog, filled and accepted, creates the
record through the services; a refused creation shows the rule's reason and creates nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QFormLayout

from crm_desktop.app import contributions, plan_of_action, work_plans
from crm_desktop.domain.reference import member_codes
from tests.ui.qt_helpers import settle
from tests.ui.test_process_view import errors, view  # noqa: F401  (the fixture)

pytestmark = [pytest.mark.gui]


def accept(qtbot: Any, v: Any, dialog: Any) -> None:
    dialog.accept()
    settle(qtbot, v.ctx)


def test_every_input_of_every_dialog_has_an_accessible_name(view: Any) -> None:  # noqa: F811
    dialogs = [
        view.plan.new_activity(),
        view.plan.new_indicator(),
        view.plan.new_value(),
        view.work_plans.new_plan(),
        view.work_plans.new_action(),
        view.budget.new_budget(),
        view.budget.new_scale(),
    ]
    for d in dialogs:
        fields = [d.form.itemAt(r, QFormLayout.ItemRole.FieldRole) for r in range(d.form.rowCount())]
        widgets = [f.widget() for f in fields if f is not None]
        assert len(widgets) >= 3
        for w in widgets:
            assert w.accessibleName(), (type(d).__name__, w)
        d.reject()


def test_new_activity_is_created(qtbot: Any, view: Any) -> None:  # noqa: F811
    d = view.plan.new_activity()
    d.theme.setCurrentIndex(d.theme.findData("human_rights"))
    d.title_es.setText("Seminario regional de prueba")
    d.title_en.setText("Regional test seminar")
    d.kind.setCurrentIndex(d.kind.findData("seminar"))
    d.responsible.setCurrentIndex(d.responsible.findData("MX"))
    d.has_start.setChecked(True)
    d.start.setDate(date(2026, 3, 1))
    d.has_end.setChecked(True)
    d.end.setDate(date(2026, 6, 30))
    d.priority.setChecked(True)
    accept(qtbot, view, d)
    made = [a for a in plan_of_action.list_activities(view.ctx.ws) if a["title_es"] == "Seminario regional de prueba"]
    assert len(made) == 1
    a = made[0]
    assert (a["theme"], a["kind"], a["responsible"], a["priority"]) == ("human_rights", "seminar", "MX", True)
    assert str(a["start"]) == "2026-03-01" and str(a["end"]) == "2026-06-30"
    assert a["title_en"] == "Regional test seminar"
    titles = [view.plan.activities.model.index(i, 0).data() for i in range(view.plan.activities.model.rowCount())]
    assert "Seminario regional de prueba" in titles  # the table reloaded


def test_an_activity_ending_before_it_starts_is_refused_with_a_reason(qtbot: Any, view: Any) -> None:  # noqa: F811
    seen = errors(view)
    before = len(plan_of_action.list_activities(view.ctx.ws))
    d = view.plan.new_activity()
    d.title_es.setText("Actividad al revés")
    d.has_start.setChecked(True)
    d.start.setDate(date(2026, 6, 30))
    d.has_end.setChecked(True)
    d.end.setDate(date(2026, 3, 1))
    accept(qtbot, view, d)
    assert len(seen) == 1 and seen[0].strip()
    assert len(plan_of_action.list_activities(view.ctx.ws)) == before


def test_a_refused_dialog_stays_open_with_the_reason_and_the_typing_kept(qtbot: Any, view: Any) -> None:  # noqa: F811
    seen = errors(view)
    d = view.plan.new_activity()
    qtbot.waitUntil(d.isVisible)
    d.title_es.setText("Taller sobre retorno asistido")
    d.title_en.setText("Workshop on assisted return")
    d.has_start.setChecked(True)
    d.start.setDate(date(2026, 6, 30))
    d.has_end.setChecked(True)
    d.end.setDate(date(2026, 3, 1))
    assert d.error.isHidden()
    d.ok_button.click()
    settle(qtbot, view.ctx)
    assert d.isVisible() and not d.error.isHidden()  # still open: the delegate corrects and retries
    assert d.error.text() == seen[-1] and d.error.text().strip()
    assert d.ok_button.isEnabled()
    assert (d.title_es.text(), d.title_en.text()) == ("Taller sobre retorno asistido", "Workshop on assisted return")
    d.end.setDate(date(2026, 9, 30))
    d.ok_button.click()
    settle(qtbot, view.ctx)
    qtbot.waitUntil(lambda: not shiboken6.isValid(d) or not d.isVisible())  # closed (and deleted)
    made = [a for a in plan_of_action.list_activities(view.ctx.ws) if a["title_es"] == "Taller sobre retorno asistido"]
    assert len(made) == 1 and str(made[0]["end"]) == "2026-09-30"


def test_new_indicator_for_the_selected_activity(qtbot: Any, view: Any) -> None:  # noqa: F811
    plan = view.plan
    act = plan_of_action.list_activities(view.ctx.ws)[0]
    assert plan.select_activity(act["id"])
    d = plan.new_indicator()
    assert d.activity.currentData() == act["id"] and d.theme.currentData() == act["theme"]
    d.name_es.setText("Personas atendidas de prueba")
    d.unit.setText("personas")
    d.baseline.setValue(10)
    d.target.setValue(50)
    accept(qtbot, view, d)
    rows = plan_of_action.indicator_table(view.ctx.ws, plan.semester)
    made = [r for r in rows if r["name_es"] == "Personas atendidas de prueba"]
    assert len(made) == 1
    assert (made[0]["baseline"], made[0]["target"], made[0]["unit"], made[0]["theme"]) == (
        10,
        50,
        "personas",
        act["theme"],
    )


def test_recording_an_indicator_value(qtbot: Any, view: Any) -> None:  # noqa: F811
    plan = view.plan
    ind = plan_of_action.indicator_table(view.ctx.ws, plan.semester)[0]
    d = plan.new_value()
    d.indicator.setCurrentIndex(d.indicator.findData(ind["id"]))
    d.value.setValue(42)
    accept(qtbot, view, d)
    row = next(r for r in plan_of_action.indicator_table(view.ctx.ws, plan.semester) if r["id"] == ind["id"])
    assert (plan.semester, 42) in [(when, value) for when, value in row["series"]]


def test_new_work_plan_and_action(qtbot: Any, view: Any) -> None:  # noqa: F811
    tab = view.work_plans
    d = tab.new_plan()
    assert d.network.count() > 0
    network = d.network.itemData(0)
    d.period.setText("2027-2028")
    d.title.setText("Plan de prueba")
    accept(qtbot, view, d)
    made = [p for p in work_plans.list_plans(view.ctx.ws) if p["title"] == "Plan de prueba"]
    assert len(made) == 1 and made[0]["network"] == network and made[0]["status"] == "draft"

    assert tab.select_plan(made[0]["id"])
    settle(qtbot, view.ctx)
    a = tab.new_action()
    a.title.setText("Primera acción de prueba")
    a.responsible.setCurrentIndex(a.responsible.findData("GT"))
    a.has_due.setChecked(True)
    a.due.setDate(date(2027, 5, 31))
    accept(qtbot, view, a)
    actions = work_plans.plan_actions(view.ctx.ws, made[0]["id"])
    assert [(x["title"], x["responsible"], str(x["due"])) for x in actions] == [
        ("Primera acción de prueba", "GT", "2027-05-31")
    ]


def test_a_work_plan_for_a_body_that_is_not_a_network_is_refused(qtbot: Any, view: Any) -> None:  # noqa: F811
    seen = errors(view)
    d = view.work_plans.new_plan()
    d.network.setEditText("viceministers")
    d.period.setText("2027")
    d.title.setText("Plan indebido")
    accept(qtbot, view, d)
    assert len(seen) == 1 and seen[0].strip()
    assert not [p for p in work_plans.list_plans(view.ctx.ws) if p["title"] == "Plan indebido"]


def test_approving_a_budget(qtbot: Any, view: Any) -> None:  # noqa: F811
    d = view.budget.new_budget()
    assert d.meeting.count() > 0
    d.year.setValue(2031)
    d.amount.setValue(250000.5)
    accept(qtbot, view, d)
    assert contributions.budgets(view.ctx.ws)[2031] == 25_000_050


def test_a_scale_is_set_and_one_off_100_percent_is_refused(qtbot: Any, view: Any) -> None:  # noqa: F811
    seen = errors(view)
    members = member_codes()
    d = view.budget.new_scale()
    d.from_year.setValue(2031)
    for box in d.shares.values():
        box.setValue(0)
    d.shares[members[0]].setValue(60)
    d.shares[members[1]].setValue(40)
    assert "100.00" in d.total.text()
    accept(qtbot, view, d)
    assert not seen
    scale = next(s for s in contributions.scales(view.ctx.ws) if s.from_year == 2031)
    assert dict(scale.shares)[members[0]] == 6000 and dict(scale.shares)[members[1]] == 4000

    d = view.budget.new_scale()
    d.from_year.setValue(2032)
    for box in d.shares.values():
        box.setValue(0)
    d.shares[members[0]].setValue(90)
    assert "90.00" in d.total.text()
    accept(qtbot, view, d)
    assert len(seen) == 1 and "90.00" in seen[0]
    assert all(s.from_year != 2032 for s in contributions.scales(view.ctx.ws))


def test_dialogs_follow_the_language(view: Any, translations: Any) -> None:  # noqa: F811
    translations.apply("en")
    d = view.plan.new_activity()
    assert d.windowTitle() == "New activity"
    assert not d.start.isEnabled()  # no start date until the box says there is one
    d.has_start.setChecked(True)
    assert d.start.isEnabled()
    d.reject()
    s = view.budget.new_scale()
    assert s.total.text().startswith("Sum: ")
    s.reject()
