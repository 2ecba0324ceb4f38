"""Follow-up of decisions: notes, the history of status changes, overdue actions.

Extends :mod:`crm_desktop.app.decisions` (the ``decisions`` table: owner, due, status) without changing
it: a status change through here also records who changed what, when and why.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from crm_desktop.app.bilingual import shown_title
from crm_desktop.app.errors import invalid
from crm_desktop.app.lookup import get
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Changes, Workspace, new_id
from crm_desktop.domain import follow_up as rules
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience
from crm_desktop.store.row_clocks import unpack
from crm_desktop.store.schema import Changeset, Decision, Meeting, RowClock
from crm_desktop.store.tables.process import DecisionNote, DecisionStatusChange


def decision_audience(ws: Workspace, decision_id: str) -> str:
    """The audience the decision itself was recorded for (the changeset that wrote its text), so that its
    follow-up (status, notes) never travels further than the decision: a closed-door decision's notes stay
    behind closed doors. Public when the log does not say (a decision from before the log)."""
    with ws.read() as s:
        d = get(s, Decision, decision_id, "decision")
        clock = s.get(RowClock, ("decisions", d.id))
        # Field clocks are [hlc, device, seq] lists (the column's annotation is looser).
        stamp: Any = unpack(clock.fields).get("text") if clock is not None else None
        if not stamp:
            return Audience.PUBLIC.value
        _hlc, device, seq = stamp
        audience = s.scalar(select(Changeset.audience).where(Changeset.device_id == device, Changeset.seq == seq))
        return audience or Audience.PUBLIC.value


def record_status(
    ch: Changes, decision: Decision, status: str, *, note: str | None = None, on: date | None = None
) -> None:
    """Set a decision's status and append the change to its history (inside the caller's changeset)."""
    require(rules.status_change(decision.status, status, note))
    ch.put(Decision, decision.id, status=status)
    ch.put(
        DecisionStatusChange,
        new_id(),
        decision_id=decision.id,
        changed_on=on or date.today(),
        from_status=decision.status,
        to_status=status,
        note=note.strip() if note else None,
    )


def set_status(
    ws: Workspace, decision_id: str, status: str, *, note: str | None = None, on: date | None = None
) -> None:
    with ws.change(decision_audience(ws, decision_id)) as ch:
        record_status(ch, get(ch.session, Decision, decision_id, "decision"), status, note=note, on=on)


def add_note(ws: Workspace, decision_id: str, text: str, *, on: date | None = None) -> str:
    if not text.strip():
        raise invalid(msg("followup.empty_note"))
    with ws.change(decision_audience(ws, decision_id)) as ch:
        d = get(ch.session, Decision, decision_id, "decision")
        return ch.put(
            DecisionNote, new_id(), decision_id=d.id, written_on=on or date.today(), author=ws.author, text=text.strip()
        )


def set_owner_due(ws: Workspace, decision_id: str, *, owner: str | None = None, due: date | None = None) -> None:
    with ws.change(decision_audience(ws, decision_id)) as ch:
        d = get(ch.session, Decision, decision_id, "decision")
        fields: dict[str, Any] = {}
        if owner is not None:
            fields["owner"] = owner
        if due is not None:
            fields["due"] = due
        if fields:
            ch.put(Decision, d.id, **fields)


def history(ws: Workspace, decision_id: str) -> dict[str, Any]:
    """A decision with its notes and status changes, oldest first."""
    with ws.read() as s:
        d = get(s, Decision, decision_id, "decision")
        notes = s.scalars(
            select(DecisionNote).where(DecisionNote.decision_id == d.id).order_by(DecisionNote.written_on)
        ).all()
        changes = s.scalars(
            select(DecisionStatusChange)
            .where(DecisionStatusChange.decision_id == d.id)
            .order_by(DecisionStatusChange.changed_on)
        ).all()
        return {
            "id": d.id,
            "text": d.text,
            "status": d.status,
            "owner": d.owner,
            "due": d.due.isoformat() if d.due else None,
            "notes": [{"on": n.written_on.isoformat(), "author": n.author, "text": n.text} for n in notes],
            "changes": [
                {"on": c.changed_on.isoformat(), "from": c.from_status, "to": c.to_status, "note": c.note}
                for c in changes
            ],
        }


def actions(
    ws: Workspace,
    *,
    as_of: date | None = None,
    only_open: bool = False,
    only_overdue: bool = False,
    owner: str | None = None,
    lang: str = "es",
) -> list[dict[str, Any]]:
    """Every decision, recommendation and conclusion as a tracked action, oldest meeting first (the
    meeting by its title in ``lang``)."""
    day = as_of or date.today()
    with ws.read() as s:
        note_counts: dict[str, int] = {}
        for did in s.scalars(select(DecisionNote.decision_id)):
            note_counts[did] = note_counts.get(did, 0) + 1
        q = (
            select(Decision, Meeting)
            .join(Meeting, Meeting.id == Decision.meeting_id)
            .order_by(Meeting.start, Decision.kind, Decision.number)
        )
        if owner:
            q = q.where(Decision.owner == owner)
        out = []
        for d, m in s.execute(q):
            facts = rules.ActionFacts(d.status, d.due)
            if only_open and not rules.is_open(d.status):
                continue
            if only_overdue and not rules.overdue(facts, day):
                continue
            out.append(
                {
                    "id": d.id,
                    "meeting_id": m.id,
                    "meeting": shown_title(ws.config, m, lang),
                    "body": m.body_id,
                    "kind": d.kind,
                    "number": d.number,
                    "text": d.text,
                    "owner": d.owner,
                    "due": d.due.isoformat() if d.due else None,
                    "status": d.status,
                    "overdue": rules.overdue(facts, day),
                    "days_overdue": rules.days_overdue(facts, day),
                    "notes": note_counts.get(d.id, 0),
                }
            )
        return out
