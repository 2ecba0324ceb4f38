"""Decisions of the Vice-Ministers and recommendations/conclusions of the GRCM, with follow-up."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import bindparam, func, select

from crm_desktop.app.errors import invalid
from crm_desktop.app.follow_up import decision_audience
from crm_desktop.app.lookup import get, get_row
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Workspace, new_id
from crm_desktop.domain.capabilities import recorded_by
from crm_desktop.domain.kinds import DECISION_KINDS
from crm_desktop.domain.model import Audience
from crm_desktop.store.schema import Decision, Meeting
from crm_desktop.store.tables.process import DecisionStatusChange

KINDS = DECISION_KINDS
# Built once (building a statement costs several times running it).
_LAST_NUMBER = select(func.max(Decision.number)).where(
    Decision.meeting_id == bindparam("meeting"), Decision.kind == bindparam("kind")
)
STATUSES = ("open", "in_progress", "done", "dropped")


def add_decision(
    ws: Workspace,
    meeting_id: str,
    text: str,
    *,
    kind: str = "decision",
    owner: str | None = None,
    due: date | None = None,
    audience: Audience = Audience.PUBLIC,
) -> str:
    return add_decisions(ws, meeting_id, [text], kind=kind, owner=owner, due=due, audience=audience)[0]


def add_decisions(
    ws: Workspace,
    meeting_id: str,
    texts: list[str],
    *,
    kind: str = "decision",
    owner: str | None = None,
    due: date | None = None,
    audience: Audience = Audience.PUBLIC,
) -> list[str]:
    """Record a meeting's decisions in the order given, numbered after its last one, in one changeset.

    The adopted list of a meeting is entered at once (typed or pasted from the final report): all of
    it or, if one text is empty, none of it. Decisions are the VM's, conclusions and recommendations
    the GRCM's (domain.capabilities.recorded_by).
    """
    if kind not in KINDS:
        raise invalid(f"kind must be one of {KINDS}")
    if any(not text.strip() for text in texts):
        raise invalid("text is empty")
    with ws.change(audience) as ch:
        meeting_id, body_id = get_row(ch.session, Meeting, meeting_id, "meeting", "body_id")
        require(recorded_by(ws.config.body(body_id), kind))
        last = ch.session.connection().execute(_LAST_NUMBER, {"meeting": meeting_id, "kind": kind}).scalar() or 0
        return [
            ch.put(
                Decision,
                new_id(),
                meeting_id=meeting_id,
                number=last + n,
                kind=kind,
                text=text.strip(),
                owner=owner,
                due=due,
                status="open",
            )
            for n, text in enumerate(texts, start=1)
        ]


def set_decision_status(ws: Workspace, decision_id: str, status: str) -> None:
    if status not in STATUSES:
        raise invalid(f"status must be one of {STATUSES}")
    # A closed-door decision's status travels no further than the decision itself.
    with ws.change(decision_audience(ws, decision_id)) as ch:
        d = get(ch.session, Decision, decision_id, "decision")
        if d.status != status:
            # Keep the follow-up history complete whichever service changed the status.
            ch.put(
                DecisionStatusChange,
                new_id(),
                decision_id=d.id,
                changed_on=date.today(),
                from_status=d.status,
                to_status=status,
                note=None,
            )
        ch.put(Decision, d.id, status=status)


def decisions_of(ws: Workspace, meeting_id: str) -> list[dict[str, Any]]:
    with ws.read() as s:
        return [
            {
                "id": d.id,
                "number": d.number,
                "kind": d.kind,
                "text": d.text,
                "owner": d.owner,
                "due": d.due.isoformat() if d.due else None,
                "status": d.status,
            }
            for d in s.scalars(
                select(Decision).where(Decision.meeting_id == meeting_id).order_by(Decision.kind, Decision.number)
            )
        ]
