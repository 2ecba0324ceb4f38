"""The demo workspace shows a year of the process end to end."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from crm_desktop.app import agendas, contributions, follow_up, handover, logistics, work_plans
from crm_desktop.app import plan_of_action as poa
from crm_desktop.app.progress_report import assemble
from crm_desktop.app.workspace import Workspace
from crm_desktop.store.schema import Meeting

AS_OF = date(2026, 11, 27)


def _meeting(ws: Workspace, body: str, year: int) -> list[Meeting]:
    with ws.read() as s:
        rows = s.scalars(select(Meeting).where(Meeting.body_id == body).order_by(Meeting.start)).all()
        return [m for m in rows if m.start.year == year]


def test_activities_with_indicators_and_funding(demo: Workspace) -> None:
    acts = poa.list_activities(demo, as_of=AS_OF)
    assert len(acts) == 6 and {a["theme"] for a in acts} == {
        "policy_management",
        "human_rights",
        "migration_development",
    }
    assert {a["standing"] for a in acts} >= {"done", "delayed", "pending"}
    assert sum(a["needs_funding"] for a in acts) == 2
    table = poa.indicator_table(demo, "2026-2")
    assert len(table) == 5 and all(r["value"] is not None for r in table)


def test_semester_report_in_both_languages(demo: Workspace) -> None:
    es, en = assemble(demo, "2026-1", lang="es"), assemble(demo, "2026-1", lang="en")
    assert es.presidency == "Costa Rica" and es.sections[0].name == "Políticas migratorias y gestión"
    assert en.sections[0].name == "Migration policy and management"
    assert es.totals == en.totals and es.totals["done"] == 3 and es.totals["indicators"] == 5
    assert len(es.grcm_meetings) == 1


def test_two_work_plans_approved_at_the_first_grcm(demo: Workspace) -> None:
    first_grcm = _meeting(demo, "grcm", 2026)[0]
    plans = work_plans.list_plans(demo)
    assert {p["network"] for p in plans} == {"network_trafficking", "network_consular"}
    assert all(p["status"] == "approved" and p["approved_at_meeting_id"] == first_grcm.id for p in plans)


def test_decisions_followed_up_and_carried_into_the_next_agenda(demo: Workspace) -> None:
    vm_2026 = _meeting(demo, "viceministers", 2026)[0]
    actions = follow_up.actions(demo, as_of=AS_OF)
    vm_prev = [a for a in actions if a["body"] == "viceministers"]
    assert {a["status"] for a in vm_prev} == {"open", "in_progress", "done"}
    assert any(a["overdue"] for a in vm_prev)
    offered = agendas.pending_follow_ups(demo, vm_2026.id)
    assert {p["id"] for p in offered if p["body"] == "viceministers"} == {
        a["id"] for a in vm_prev if a["status"] in ("open", "in_progress")
    }
    # Seed, C: the year's GRCM Conclusions and Recommendations go to the Vice-Ministers for consideration.
    grcm_2026 = {m.title for m in _meeting(demo, "grcm", 2026)}
    from_grcm = [p for p in offered if p["body"] == "grcm"]
    assert from_grcm and all(p["meeting"] in grcm_2026 and p["kind"] == "recommendation" for p in from_grcm)
    # The first GRCM of the year carried two of the Vice-Ministers' decisions into its agenda.
    first_grcm = _meeting(demo, "grcm", 2026)[0]
    agenda = agendas.agendas_of(demo, first_grcm.id)[0]["id"]
    carried = {i.follow_up_of for i in agendas.planned_items(demo, agenda) if i.follow_up_of}
    assert len(carried) == 2 and carried <= {a["id"] for a in vm_prev}


def test_contributions_with_one_country_in_arrears(demo: Workspace) -> None:
    status = contributions.status(demo, as_of=AS_OF)
    assert list(status["arrears"]) == ["NI"]
    assert status["years"][0]["budget_cents"] == sum(r["expected_cents"] for r in status["rows"])


def test_logistics_checklist_of_the_xxxi_vice_ministers_meeting(demo: Workspace) -> None:
    vm = _meeting(demo, "viceministers", 2026)[0]
    assert vm.ordinal == "XXXI"
    data = logistics.checklist(demo, vm.id)
    assert len(data["items"]) == 13 and data["totals"]["ppt"] > 0 and data["totals"]["st"] > 0
    assert {i["quality"] for i in data["items"]} == {None, "ok", "deficient"}


def test_handover_to_the_next_presidency(demo: Workspace) -> None:
    pack = handover.handover_pack(demo, 2026, as_of=AS_OF)
    assert (pack["troika"]["previous"], pack["troika"]["current"], pack["troika"]["next"]) == ("HN", "CR", "GT")
    assert pack["open_actions"] and pack["pending_activities"] and pack["open_work_plan_actions"]
    assert [m["host_country"] for m in pack["upcoming_meetings"]] == ["GT"]


def test_overview_of_what_needs_attention(demo: Workspace) -> None:
    from crm_desktop.app.process_overview import overview

    before_vm = overview(demo, as_of=date(2026, 11, 1))
    assert before_vm["semester"] == "2026-2" and before_vm["countries_in_arrears"] == ["NI"]
    assert before_vm["overdue_actions"] >= 1 and before_vm["activities_delayed"] >= 1
    assert before_vm["logistics_pending"] == 5 and before_vm["logistics_awaiting_quality_check"] == 5
    assert before_vm["work_plans_awaiting_approval"] == 0
    after_vm = overview(demo, as_of=AS_OF)
    assert after_vm["logistics_pending"] == 0  # the XXXI meeting has started: no longer upcoming
