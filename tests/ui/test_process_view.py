"""The "Between meetings" section on the demo workspace: each tab shows the demo's data, an edit made
through the UI changes the data, and a refusal shows the rule's reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crm_desktop.app import follow_up, plan_of_action
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.views.process import ProcessView
from tests.ui.qt_helpers import settle

pytestmark = [pytest.mark.gui]


@pytest.fixture
def view(qtbot: Any, demo: Any, translations: Any) -> Any:
    ctx = UiContext(demo, lang="es")
    v = ProcessView(ctx)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    settle(qtbot, ctx)
    yield v
    ctx.wait()


def errors(view: Any) -> list[str]:
    seen: list[str] = []
    view.ctx.user_error.connect(seen.append)
    return seen


def test_section_is_registered_after_the_others() -> None:
    from crm_desktop.ui.sections import load_sections

    keys = [s.key for s in load_sections()]
    assert "process" in keys
    assert keys.index("process") > keys.index("calendar")


def test_overview_shows_what_needs_attention(view: Any) -> None:
    assert view.tabs.currentWidget() is view.overview
    assert view.overview.values["countries_in_arrears"].text() == "Nicaragua"
    assert int(view.overview.values["overdue_actions"].text()) == view.overview.data["overdue_actions"] > 0


def test_plan_shows_activities_and_indicators(view: Any) -> None:
    plan = view.plan
    titles = [plan.activities.model.index(i, 0).data() for i in range(plan.activities.model.rowCount())]
    assert "Capacitación en gestión integral de fronteras" in titles
    names = [plan.indicators.model.index(i, 0).data() for i in range(plan.indicators.model.rowCount())]
    assert "Funcionarios de frontera capacitados" in names


def test_plan_theme_filter_keeps_only_that_theme(view: Any) -> None:
    plan = view.plan
    plan.theme_box.setCurrentIndex(plan.theme_box.findData("human_rights"))
    themes = {plan.activities.proxy.source_row(i)["theme"] for i in range(plan.activities.proxy.rowCount())}
    assert themes == {"human_rights"}


def _activity(view: Any, title: str) -> dict[str, Any]:
    return next(a for a in plan_of_action.list_activities(view.ctx.ws) if a["title_es"] == title)


def test_changing_an_activity_status_through_the_ui(qtbot: Any, view: Any) -> None:
    plan = view.plan
    target = _activity(view, "Capacitación en gestión integral de fronteras")
    assert plan.select_activity(target["id"])
    plan.status_box.setCurrentIndex(plan.status_box.findData("done"))
    plan.status_button.click()
    settle(qtbot, view.ctx)
    assert _activity(view, target["title_es"])["status"] == "done"
    assert plan.activities.selected()["status"] == "done"  # the table reloaded on data_changed


def test_a_refused_funding_decision_shows_the_reason(qtbot: Any, view: Any) -> None:
    plan = view.plan
    seen = errors(view)
    done = _activity(view, "Taller sobre migración laboral y reclutamiento ético")  # not a priority, done
    assert plan.select_activity(done["id"])
    plan.funding_check.setChecked(True)
    plan.funding_button.click()
    settle(qtbot, view.ctx)
    assert len(seen) == 1 and seen[0].strip()
    assert _activity(view, done["title_es"])["needs_funding"] is False


def test_progress_report_is_written_off_the_ui_thread(qtbot: Any, view: Any, tmp_path: Path) -> None:
    out = tmp_path / "avance.pdf"
    view.plan.save_report(out)
    settle(qtbot, view.ctx)
    assert out.read_bytes().startswith(b"%PDF")


def test_follow_up_changes_status_with_history(qtbot: Any, view: Any) -> None:
    tab = view.follow_up
    view.tabs.setCurrentWidget(tab)
    action = next(a for a in follow_up.actions(view.ctx.ws, only_open=True) if a["status"] == "open")
    assert tab.table.select(action["id"])
    settle(qtbot, view.ctx)
    assert action["text"] in tab.history.toPlainText()
    tab.status_box.setCurrentIndex(tab.status_box.findData("in_progress"))
    tab.status_button.click()
    settle(qtbot, view.ctx)
    h = follow_up.history(view.ctx.ws, action["id"])
    assert h["status"] == "in_progress"
    assert "en curso" in tab.history.toPlainText()


def test_follow_up_refuses_dropping_without_a_note(qtbot: Any, view: Any) -> None:
    tab = view.follow_up
    seen = errors(view)
    action = follow_up.actions(view.ctx.ws, only_open=True)[0]
    assert tab.table.select(action["id"])
    settle(qtbot, view.ctx)
    tab.status_box.setCurrentIndex(tab.status_box.findData("dropped"))
    tab.status_button.click()
    settle(qtbot, view.ctx)
    assert len(seen) == 1 and seen[0].strip()
    assert follow_up.history(view.ctx.ws, action["id"])["status"] == action["status"]


def test_follow_up_adds_a_note(qtbot: Any, view: Any) -> None:
    tab = view.follow_up
    action = follow_up.actions(view.ctx.ws, only_open=True)[0]
    assert tab.table.select(action["id"])
    settle(qtbot, view.ctx)
    tab.note_edit.setText("Se enviara recordatorio")
    tab.note_button.click()
    settle(qtbot, view.ctx)
    assert [n["text"] for n in follow_up.history(view.ctx.ws, action["id"])["notes"]][-1] == "Se enviara recordatorio"
    assert "Se enviara recordatorio" in tab.history.toPlainText()


def test_overdue_filter(view: Any) -> None:
    tab = view.follow_up
    tab.overdue_only.setChecked(True)
    rows = [tab.table.proxy.source_row(i) for i in range(tab.table.proxy.rowCount())]
    assert rows and all(r["overdue"] for r in rows)
