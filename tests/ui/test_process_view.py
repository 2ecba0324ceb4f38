"""The "Between meetings" section on the demo workspace: each tab shows the demo's data, an edit made
through the UI changes the data, and a refusal shows the rule's reason."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from crm_desktop.app import contributions, follow_up, logistics, plan_of_action, work_plans
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.process.view import ProcessView
from tests.ui.qt_helpers import settle

pytestmark = [pytest.mark.gui]


@pytest.fixture
def view(qtbot: Any, demo: Any, translations: Any) -> Any:
    ctx = UiContext(demo, lang="es")
    v = ProcessView(ctx)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    v.build_all()  # the tabs after the first are built one a turn otherwise
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
    assert ">Nicaragua</a>" in view.overview.values["countries_in_arrears"].text()
    overdue = view.overview.data["overdue_actions"]
    assert overdue > 0 and f">{overdue}</a>" in view.overview.values["overdue_actions"].text()


def test_an_overview_figure_opens_the_tab_that_details_it(view: Any) -> None:
    view.overview.values["countries_in_arrears"].linkActivated.emit("budget")
    assert view.tabs.currentWidget() is view.budget


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
    assert len(seen) == 1 and "hay que anotar el motivo" in seen[0]
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


# --- work plans -------------------------------------------------------------------------------------


def test_work_plans_show_both_plans_approved_at_the_first_grcm(view: Any) -> None:
    rows = view.work_plans.plans.model.rows()
    assert len(rows) == 2
    assert {r["status"] for r in rows} == {"approved"}
    assert all("1.ª de 2026" in r["approved_at"] for r in rows)
    assert view.work_plans.action_table.model.rowCount() > 0  # the first plan's actions


def test_approving_an_approved_plan_is_refused_with_the_reason(qtbot: Any, view: Any) -> None:
    tab = view.work_plans
    seen = errors(view)
    tab.submit_button.click()  # an approved plan cannot go back to the GRCM
    settle(qtbot, view.ctx)
    assert len(seen) == 1 and "no puede pasar de" in seen[0]
    assert {r["status"] for r in work_plans.list_plans(view.ctx.ws)} == {"approved"}


def test_changing_a_work_plan_action_status(qtbot: Any, view: Any) -> None:
    tab = view.work_plans
    action = next(a for a in tab.action_table.model.rows() if a["status"] != "done")
    assert tab.action_table.select(action["id"])
    tab.action_status.setCurrentIndex(tab.action_status.findData("done"))
    tab.action_button.click()
    settle(qtbot, view.ctx)
    plan_id = tab.plans.selected_id()
    assert next(a for a in work_plans.plan_actions(view.ctx.ws, plan_id) if a["id"] == action["id"])["status"] == "done"


# --- budget and contributions -------------------------------------------------------------------------


def test_budget_highlights_nicaragua_in_arrears(view: Any) -> None:
    from PySide6.QtCore import Qt

    model = view.budget.table.model
    row = next(i for i, r in enumerate(model.rows()) if r["country"] == "NI")
    assert model.rows()[row]["in_arrears"]
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    other = next(i for i, r in enumerate(model.rows()) if r["country"] == "MX")
    assert model.index(other, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Nicaragua" in view.budget.summary.text()


def test_recording_nicaraguas_payment_clears_its_arrears(qtbot: Any, view: Any) -> None:
    tab = view.budget
    owed = next(r for r in tab.table.model.rows() if r["country"] == "NI")
    tab.country_box.setCurrentIndex(tab.country_box.findData("NI"))
    tab.pay_year.setValue(owed["year"])
    tab.amount.setValue(owed["balance_cents"] / 100)
    tab.pay_button.click()
    settle(qtbot, view.ctx)
    assert "NI" not in contributions.status(view.ctx.ws)["arrears"]
    assert not next(r for r in tab.table.model.rows() if r["country"] == "NI")["in_arrears"]


def test_a_payment_without_amount_is_refused(qtbot: Any, view: Any) -> None:
    seen = errors(view)
    view.budget.amount.setValue(0)
    view.budget.pay_button.click()
    settle(qtbot, view.ctx)
    assert len(seen) == 1 and "monto no válido" in seen[0]


def test_contributions_export_csv_and_pdf(qtbot: Any, view: Any, tmp_path: Path) -> None:
    view.budget.export(tmp_path / "aportes.csv", "csv")
    view.budget.export(tmp_path / "aportes.pdf", "pdf")
    settle(qtbot, view.ctx)
    assert "Nicaragua" in (tmp_path / "aportes.csv").read_text(encoding="utf-8")
    assert (tmp_path / "aportes.pdf").read_bytes().startswith(b"%PDF")


# --- logistics -----------------------------------------------------------------------------------------


def test_logistics_shows_the_xxxi_meetings_checklist(view: Any) -> None:
    tab = view.logistics
    assert "XXXI Reunión Viceministerial" in tab.meeting_box.currentText()
    rows = tab.table.model.rows()
    assert {r["bearer"] for r in rows} == {"ppt", "st"}
    assert any(r["supplier"] == "Hotel Real Intercontinental San José" for r in rows)


def test_contracting_a_logistics_item(qtbot: Any, view: Any) -> None:
    tab = view.logistics
    item = next(r for r in tab.table.model.rows() if r["status"] == "pending")
    assert tab.select_item(item["id"])
    tab.supplier.setText("Proveedora Central")
    tab.status_box.setCurrentIndex(tab.status_box.findData("contracted"))
    tab.save_button.click()
    settle(qtbot, view.ctx)
    row = next(
        r for r in logistics.checklist(view.ctx.ws, tab.meeting_box.currentData())["items"] if r["id"] == item["id"]
    )
    assert (row["supplier"], row["status"]) == ("Proveedora Central", "contracted")


def test_a_deficient_check_without_note_is_refused(qtbot: Any, view: Any) -> None:
    tab = view.logistics
    seen = errors(view)
    item = next(r for r in tab.table.model.rows() if r["status"] == "contracted" and r["quality"] is None)
    assert tab.select_item(item["id"])
    tab.quality_box.setCurrentIndex(tab.quality_box.findData("deficient"))
    tab.quality_button.click()
    settle(qtbot, view.ctx)
    assert len(seen) == 1 and "qué falló" in seen[0]


# --- presidency handover -------------------------------------------------------------------------------


def test_handover_shows_troika_and_rotation(view: Any) -> None:
    tab = view.handover
    tab.year.setValue(2026)
    settle_view(view)
    assert "Honduras" in tab.troika.text() and "Costa Rica" in tab.troika.text() and "Guatemala" in tab.troika.text()
    assert {r["year"]: r["planned"] for r in tab.table.model.rows()}[2028] == "MX"


def settle_view(view: Any) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(4):
        view.ctx.wait()
        QApplication.processEvents()


def test_planning_a_presidency_and_exporting_the_pack(qtbot: Any, view: Any, tmp_path: Path) -> None:
    tab = view.handover
    tab.plan_year.setValue(2030)
    tab.plan_country.setCurrentIndex(tab.plan_country.findData("BZ"))
    tab.plan_button.click()
    settle(qtbot, view.ctx)
    assert {r["year"]: r["planned"] for r in tab.table.model.rows()}[2030] == "BZ"
    tab.export(tmp_path / "traspaso.json", "json")
    tab.export(tmp_path / "traspaso.pdf", "pdf")
    settle(qtbot, view.ctx)
    assert json.loads((tmp_path / "traspaso.json").read_text(encoding="utf-8"))["troika"]
    assert (tmp_path / "traspaso.pdf").read_bytes().startswith(b"%PDF")


def test_tabs_follow_a_language_switch(qtbot: Any, view: Any, translations: Any) -> None:
    view.ctx.lang = "en"
    translations.apply("en")
    settle(qtbot, view.ctx)
    assert view.tabs.tabText(0) == "Overview"
    assert view.budget.table.model.headerData(0, Qt.Orientation.Horizontal) == "Country"
    assert "in arrears" in view.overview.captions["countries_in_arrears"].text()
    ni = next(r for r in view.budget.table.model.rows() if r["country"] == "NI")
    assert ni["country_name"] == "Nicaragua"


def test_every_control_has_an_accessible_name(view: Any) -> None:
    from tests.ui.test_views_accessibility import unnamed

    assert unnamed(view) == []


def test_the_tabs_after_the_overview_are_built_a_turn_at_a_time(qtbot: Any, demo: Any, translations: Any) -> None:
    from crm_desktop.ui.process.budget import BudgetTab

    ctx = UiContext(demo, lang="es")
    v = ProcessView(ctx)
    qtbot.addWidget(v)
    assert [type(t).__name__ for t in v._built.values()] == ["OverviewTab"]  # only the first with the section
    assert v.tabs.count() == 7 and v.tabs.tabText(4) == "Presupuesto y aportes"
    qtbot.waitUntil(lambda: len(v._built) == 7, timeout=10000)  # the others by themselves
    assert isinstance(v.tabs.widget(4), BudgetTab) and v.tabs.currentIndex() == 0
    settle(qtbot, ctx)
    assert v.budget.table.model.rowCount() > 0
    ctx.wait()


def test_a_tab_used_before_its_turn_is_built_at_once(qtbot: Any, demo: Any, translations: Any) -> None:
    ctx = UiContext(demo, lang="es")
    v = ProcessView(ctx)
    qtbot.addWidget(v)
    v.open_tab("handover")
    assert v.tabs.currentWidget() is v.handover and len(v._built) == 2
    v.tabs.setCurrentIndex(5)  # a click on a placeholder's tab builds it and keeps it current
    assert v.tabs.currentWidget() is v.logistics and v.tabs.currentIndex() == 5
    settle(qtbot, ctx)
    ctx.wait()
