"""One glance at the process between meetings: what needs attention today, for a dashboard view.

Each figure comes from the area's own service, so the overview never disagrees with the detailed views.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select

from crm_desktop.app import contributions, follow_up, plan_of_action, work_plans
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.plan_of_action import Semester
from crm_desktop.store.schema import Meeting
from crm_desktop.store.tables.process import LogisticsItem


def overview(ws: Workspace, *, as_of: date | None = None) -> dict[str, Any]:
    day = as_of or date.today()
    actions = follow_up.actions(ws, as_of=day, only_open=True)
    activities = plan_of_action.list_activities(ws, as_of=day)
    plans = work_plans.list_plans(ws, as_of=day)
    money = contributions.status(ws, as_of=day)
    with ws.read() as s:
        start_of_day = datetime.combine(day, time())
        upcoming = set(s.scalars(select(Meeting.id).where(Meeting.start >= start_of_day)))  # not yet started
        items = [i for i in s.scalars(select(LogisticsItem)) if i.meeting_id in upcoming]
    return {
        "as_of": day.isoformat(),
        "semester": str(Semester.of(day)),
        "open_actions": len(actions),
        "overdue_actions": sum(1 for a in actions if a["overdue"]),
        "activities_delayed": sum(1 for a in activities if a["standing"] == "delayed"),
        "activities_pending": sum(1 for a in activities if a["standing"] == "pending"),
        "funding_candidates": len(plan_of_action.funding_candidates(ws)),
        "work_plans_awaiting_approval": sum(1 for p in plans if p["status"] == "submitted"),
        "work_plan_actions_overdue": sum(p["overdue"] for p in plans),
        "countries_in_arrears": sorted(money["arrears"]),
        "logistics_pending": sum(1 for i in items if i.status == "pending"),
        "logistics_awaiting_quality_check": sum(
            1 for i in items if i.status in ("contracted", "delivered") and i.quality is None
        ),
    }
