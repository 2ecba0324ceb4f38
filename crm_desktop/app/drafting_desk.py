"""What the drafting view asks before it offers a button: who may act, and whether adoption is possible.

The services in :mod:`crm_desktop.app.drafting` refuse a forbidden action when it is attempted;
these read-only questions let a view show the same verdict *before* the click (an Adopt button
disabled with the reason beside it), computed by the same rules so the two can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from crm_desktop.app import drafting as d
from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import drafting_rules as rules
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.rule_citations import cited
from crm_desktop.domain.rules import ALLOWED, Verdict
from crm_desktop.drafting import negotiation as neg
from crm_desktop.store.schema import Accreditation, DraftingSeat, Meeting, Person, PresidencyTerm
from crm_desktop.store.tables.drafting import DraftDocument, DraftProposal


@dataclass(frozen=True, slots=True)
class Actor:
    """A person accredited to a meeting, as the "acting as" choice of the drafting view."""

    person_id: str
    name: str
    delegation: str
    drafting_seat: bool
    chair: bool  # of the Pro-Tempore Presidency's delegation


def meeting_actors(ws: Workspace, meeting_id: str) -> list[Actor]:
    """Everyone accredited to the meeting (any segment): the chair, the drafting group, then the others."""
    with ws.read() as s:
        meeting = get(s, Meeting, meeting_id, "meeting")
        seats = set(s.scalars(select(DraftingSeat.person_id).where(DraftingSeat.meeting_id == meeting.id)))
        ppt = s.scalar(select(PresidencyTerm.country_id).where(PresidencyTerm.year == meeting.start.year))
        rows = s.execute(
            select(Person.id, Person.name, Accreditation.delegation)
            .join(Accreditation, Accreditation.person_id == Person.id)
            .where(Accreditation.meeting_id == meeting.id)
            .order_by(Accreditation.delegation, Person.name)
        ).all()
    seen: dict[str, Actor] = {}
    for pid, name, delegation in rows:
        seen.setdefault(pid, Actor(pid, name, delegation, pid in seats, pid in seats and delegation == ppt))
    # The chair first (the usual hand on the keyboard), then the drafting group, then everyone else.
    return sorted(seen.values(), key=lambda a: (not a.chair, not a.drafting_seat, a.delegation, a.name))


@dataclass(frozen=True, slots=True)
class AdoptionState:
    """Everything the adoption panel shows, and whether ``actor`` may adopt now (else why not)."""

    allowed: bool
    reason: Message | None
    bracketed: tuple[str, ...]  # paragraph labels that still carry brackets
    open_proposals: int
    objections: tuple[rules.Objection, ...]
    status: str
    silence_deadline: datetime | None
    silence_outcome: str | None  # "running", "broken", "elapsed" or None (no silence procedure)


def adoption_state(
    ws: Workspace,
    document_id: str,
    actor: str | None,
    *,
    now: datetime | None = None,
    view: d.DocumentView | None = None,
) -> AdoptionState:
    """The verdict :func:`crm_desktop.app.drafting.adopt` would give, without writing anything.

    ``view``: the document as just read by the caller, so it is not read twice.
    """
    moment = now or datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    view = view if view is not None and view.id == document_id else d.document_view(ws, document_id)
    # Labelled as adopt() labels them, so the reason shown beforehand is word for word the refusal.
    bracketed = tuple(p.label or p.id[:6] for p in view.paragraphs if not neg.scan_brackets(p.text).clean)
    with ws.read() as s:
        doc = get(s, DraftDocument, document_id, "draft")
        open_count = s.scalar(
            select(func.count(DraftProposal.id)).where(
                DraftProposal.document_id == doc.id, DraftProposal.status == neg.ProposalStatus.OPEN.value
            )
        )
        objections = tuple(d._objections(s, doc.id))
        meeting = get(s, Meeting, doc.meeting_id, "meeting")
        who = d.drafter(s, actor, meeting) if actor else None
        facts = d.facts(doc)
        silence = (
            rules.Silence(doc.silence_opened, doc.silence_deadline)
            if doc.status == "silence" and doc.silence_opened and doc.silence_deadline
            else None
        )
        status, deadline = doc.status, doc.silence_deadline
    outcome = rules.silence_outcome(silence, objections, moment) if silence else None
    pending = rules.silence_adoption(silence, objections, moment) if silence else ALLOWED
    verdict = _verdict(who, facts, bracketed, open_count or 0, objections, pending)
    reason = cited(verdict.reason) if verdict.reason is not None else None  # as the refusal shows it
    return AdoptionState(verdict.allowed, reason, bracketed, open_count or 0, objections, status, deadline, outcome)


def _verdict(
    who: rules.Drafter | None,
    facts: rules.DocumentFacts,
    bracketed: tuple[str, ...],
    open_count: int,
    objections: tuple[rules.Objection, ...],
    silence: Verdict,
) -> Verdict:
    if who is None:
        return Verdict(False, msg("draft.no_actor"))
    chair = rules.may_chair(who, facts)
    if not chair.allowed:
        return chair
    if not silence.allowed:  # the same rule adopt() asks: running, or broken by an objection
        return silence
    return rules.adoption(bracketed_paragraphs=bracketed, open_proposals=open_count, objections=objections)
