"""Network work plans: drafted by a network, examined with the ST, approved by the GRCM; their actions
monitored."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select

from crm_desktop.app.bilingual import shown_title
from crm_desktop.app.errors import invalid
from crm_desktop.app.lookup import get
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Workspace, new_id
from crm_desktop.domain import follow_up
from crm_desktop.domain import work_plans as rules
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience
from crm_desktop.store.schema import Meeting
from crm_desktop.store.tables.process import WorkPlan, WorkPlanAction


def create_plan(ws: Workspace, network: str, period: str, title: str) -> str:
    require(rules.plan_owner(ws.config, network))
    if not title.strip() or not period.strip():
        raise invalid(msg("invalid.title_period"))
    with ws.change(Audience.MEMBERS) as ch:
        return ch.put(WorkPlan, new_id(), network=network, period=period.strip(), title=title.strip(), status="draft")


def add_action(
    ws: Workspace, plan_id: str, title: str, *, responsible: str | None = None, due: date | None = None
) -> str:
    if not title.strip():
        raise invalid(msg("invalid.title_empty"))
    with ws.change(Audience.MEMBERS) as ch:
        plan = get(ch.session, WorkPlan, plan_id, "work plan")
        require(rules.action_editable(rules.PlanStatus(plan.status), adding=True))
        position = (
            ch.session.scalar(select(func.max(WorkPlanAction.position)).where(WorkPlanAction.work_plan_id == plan.id))
            or 0
        ) + 1
        return ch.put(
            WorkPlanAction,
            new_id(),
            work_plan_id=plan.id,
            position=position,
            title=title.strip(),
            responsible=responsible,
            due=due,
            status="planned",
        )


def set_action_status(ws: Workspace, action_id: str, status: str, *, note: str | None = None) -> None:
    require(rules.action_status(status))
    with ws.change(Audience.MEMBERS) as ch:
        action = get(ch.session, WorkPlanAction, action_id, "work plan action")
        fields: dict[str, Any] = {"status": status}
        if note is not None:
            fields["note"] = note
        ch.put(WorkPlanAction, action.id, **fields)


def submit(ws: Workspace, plan_id: str, *, st_note: str | None = None, on: date | None = None) -> None:
    """The network's draft, examined with the ST, goes to the GRCM."""
    with ws.change(Audience.MEMBERS) as ch:
        plan = get(ch.session, WorkPlan, plan_id, "work plan")
        require(rules.transition(rules.PlanStatus(plan.status), rules.PlanStatus.SUBMITTED))
        ch.put(WorkPlan, plan.id, status="submitted", submitted_on=on or date.today(), st_review_note=st_note)


def return_to_draft(ws: Workspace, plan_id: str) -> None:
    with ws.change(Audience.MEMBERS) as ch:
        plan = get(ch.session, WorkPlan, plan_id, "work plan")
        require(rules.transition(rules.PlanStatus(plan.status), rules.PlanStatus.DRAFT))
        ch.put(WorkPlan, plan.id, status="draft")


def approve(ws: Workspace, plan_id: str, meeting_id: str, *, on: date | None = None) -> None:
    """Approval by the GRCM, recorded with the approving meeting."""
    with ws.change(Audience.MEMBERS) as ch:
        plan = get(ch.session, WorkPlan, plan_id, "work plan")
        meeting = get(ch.session, Meeting, meeting_id, "meeting")
        require(rules.approval(rules.PlanStatus(plan.status), meeting.body_id, meeting.status))
        ch.put(
            WorkPlan,
            plan.id,
            status="approved",
            approved_on=on or meeting.end.date(),
            approved_at_meeting_id=meeting.id,
        )


def _summary(actions: list[WorkPlanAction], as_of: date) -> dict[str, int]:
    done = sum(1 for a in actions if a.status == "done")
    late = sum(
        1
        for a in actions
        if a.status in ("planned", "in_progress") and follow_up.overdue(follow_up.ActionFacts("open", a.due), as_of)
    )
    return {"actions": len(actions), "done": done, "overdue": late}


def list_plans(
    ws: Workspace, *, network: str | None = None, as_of: date | None = None, lang: str = "es"
) -> list[dict[str, Any]]:
    """The networks' work plans (the meeting that approved each by its title in ``lang``)."""
    day = as_of or date.today()
    with ws.read() as s:
        q = select(WorkPlan).order_by(WorkPlan.period, WorkPlan.network)
        if network:
            q = q.where(WorkPlan.network == network)
        plans = s.scalars(q).all()
        by_plan: dict[str, list[WorkPlanAction]] = {}
        for a in s.scalars(select(WorkPlanAction).order_by(WorkPlanAction.position)):
            by_plan.setdefault(a.work_plan_id, []).append(a)
        grcm = s.scalars(select(Meeting).where(Meeting.body_id == "grcm"))
        meetings = {m.id: shown_title(ws.config, m, lang) for m in grcm}
        return [
            {
                "id": p.id,
                "network": p.network,
                "period": p.period,
                "title": p.title,
                "status": p.status,
                "submitted_on": p.submitted_on.isoformat() if p.submitted_on else None,
                "approved_on": p.approved_on.isoformat() if p.approved_on else None,
                "approved_at": meetings.get(p.approved_at_meeting_id or ""),
                "approved_at_meeting_id": p.approved_at_meeting_id,
                **_summary(by_plan.get(p.id, []), day),
            }
            for p in plans
        ]


def plan_actions(ws: Workspace, plan_id: str, *, as_of: date | None = None) -> list[dict[str, Any]]:
    day = as_of or date.today()
    with ws.read() as s:
        plan = get(s, WorkPlan, plan_id, "work plan")
        return [
            {
                "id": a.id,
                "position": a.position,
                "title": a.title,
                "responsible": a.responsible,
                "due": a.due.isoformat() if a.due else None,
                "status": a.status,
                "note": a.note,
                "overdue": a.status in ("planned", "in_progress")
                and follow_up.overdue(follow_up.ActionFacts("open", a.due), day),
            }
            for a in s.scalars(
                select(WorkPlanAction).where(WorkPlanAction.work_plan_id == plan.id).order_by(WorkPlanAction.position)
            )
        ]
