"""Proposals and positions: amendments, support or opposition, the chair's decision, comments."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from crm_desktop.app.drafting.core import _change, _now, _paragraph, drafter
from crm_desktop.app.drafting.paragraphs import _place
from crm_desktop.app.errors import invalid
from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace, new_id
from crm_desktop.domain import drafting_rules as rules
from crm_desktop.domain.kinds import CHAIR_DECISIONS
from crm_desktop.domain.messages import msg
from crm_desktop.drafting import negotiation as neg
from crm_desktop.drafting.structure import (
    ParagraphKind,
    Section,
)
from crm_desktop.store.schema import Meeting
from crm_desktop.store.tables.drafting import (
    DraftComment,
    DraftDocument,
    DraftParagraph,
    DraftPosition,
    DraftProposal,
)


def propose(
    ws: Workspace,
    document_id: str,
    kind: neg.ProposalKind,
    *,
    actor: str,
    paragraph_id: str | None = None,
    old: str = "",
    new: str = "",
    anchor: str | None = None,
    occurrence: int = 1,
    section: Section | None = None,
    after: str | None = None,
    rationale: str | None = None,
) -> str:
    """A delegation's amendment to a paragraph, or a new paragraph, or a move."""
    kind = neg.ProposalKind(kind)
    amendment = neg.Amendment(kind, old, new, anchor, occurrence)
    with _change(ws, document_id, actor) as dc:
        dc.require(rules.may_propose(dc.drafter, dc.facts, dc.acts))
        dc.require(amendment.well_formed())
        if kind != neg.ProposalKind.NEW_PARAGRAPH:
            if not paragraph_id:
                raise invalid(msg("invalid.proposal_needs_paragraph"))
            paragraph_id = _paragraph(dc, paragraph_id).id
        if kind in neg.TEXT_KINDS:
            assert paragraph_id is not None
            neg.span(dc.text_of(paragraph_id), amendment)  # the quoted words must be there now
        if after:
            after = _paragraph(dc, after).id
        return dc.ch.put(
            DraftProposal,
            new_id(),
            document_id=dc.doc.id,
            paragraph_id=paragraph_id,
            kind=kind.value,
            old_text=old,
            new_text=new,
            anchor=anchor,
            occurrence=occurrence,
            section=Section(section).value if section else None,
            after_id=after,
            rationale=rationale,
            delegation=dc.drafter.delegation,
            person_id=dc.drafter.who.person_id,
            status=neg.ProposalStatus.OPEN.value,
            created=_now(),
        )


def _proposal_doc(ws: Workspace, proposal_id: str) -> tuple[str, str]:
    with ws.read() as s:
        p = get(s, DraftProposal, proposal_id, "proposal")
        return p.document_id, p.id


def take_position(ws: Workspace, proposal_id: str, stance: neg.Stance, *, actor: str, note: str | None = None) -> str:
    """Support or oppose a proposal; one position per delegation (a later one replaces it)."""
    doc_id, prop_id = _proposal_doc(ws, proposal_id)
    with _change(ws, doc_id, actor) as dc:
        dc.require(rules.may_take_position(dc.drafter, dc.facts, dc.acts))
        return dc.ch.put(
            DraftPosition,
            f"{prop_id}:{dc.drafter.delegation}",
            proposal_id=prop_id,
            delegation=dc.drafter.delegation,
            person_id=dc.drafter.who.person_id,
            stance=neg.Stance(stance).value,
            note=note,
        )


def _amendment(p: DraftProposal) -> neg.Amendment:
    return neg.Amendment(neg.ProposalKind(p.kind), p.old_text, p.new_text, p.anchor, p.occurrence)


def decide(ws: Workspace, proposal_id: str, decision: str, *, actor: str) -> None:
    """The chair accepts a proposal into the text, rejects it, or writes it in as bracketed alternatives."""
    if decision not in CHAIR_DECISIONS:
        raise invalid(msg("invalid.decision"))
    doc_id, prop_id = _proposal_doc(ws, proposal_id)
    with _change(ws, doc_id, actor) as dc:
        dc.require(rules.may_chair(dc.drafter, dc.facts))
        p = get(dc.s, DraftProposal, prop_id, "proposal")
        dc.require(neg.proposal_open(p.status))
        a = _amendment(p)
        status = {"accept": neg.ProposalStatus.ACCEPTED, "reject": neg.ProposalStatus.REJECTED}.get(
            decision, neg.ProposalStatus.BRACKETED
        )
        if decision == "reject":
            pass
        elif a.kind in neg.TEXT_KINDS:
            assert p.paragraph_id is not None
            text = dc.text_of(p.paragraph_id)
            edit = neg.accepting(text, a) if decision == "accept" else neg.bracketing(text, a)
            dc.splice(p.paragraph_id, edit)
            if decision == "bracket":
                dc.ch.put(DraftParagraph, p.paragraph_id, status=neg.ParagraphStatus.BRACKETED.value)
        elif a.kind == neg.ProposalKind.NEW_PARAGRAPH:
            pid = new_id()
            section = Section(p.section or Section.OPERATIVE.value)
            status_p = neg.ParagraphStatus.BRACKETED if decision == "bracket" else neg.ParagraphStatus.PROPOSED
            _place(dc, pid, section, p.after_id, None, kind=ParagraphKind.TEXT, status=status_p)
            dc.set_text(pid, a.new if decision == "accept" else f"[{a.new}]")
        elif a.kind == neg.ProposalKind.MOVE:
            assert p.paragraph_id is not None
            if decision == "bracket":
                raise invalid(msg("invalid.move_bracketed"))
            moving = _paragraph(dc, p.paragraph_id)
            target = Section(p.section or moving.section)
            _place(dc, moving.id, target, p.after_id, None, at_start=p.after_id is None)
        dc.ch.put(DraftProposal, prop_id, status=status.value, decided_by=dc.drafter.who.person_id)


def withdraw_proposal(ws: Workspace, proposal_id: str, *, actor: str) -> None:
    doc_id, prop_id = _proposal_doc(ws, proposal_id)
    with _change(ws, doc_id, actor) as dc:
        p = get(dc.s, DraftProposal, prop_id, "proposal")
        dc.require(neg.may_withdraw(p.delegation, p.status, dc.drafter.delegation))
        dc.ch.put(DraftProposal, prop_id, status=neg.ProposalStatus.WITHDRAWN.value)


# --- comments -----------------------------------------------------------------------------------


def add_comment(
    ws: Workspace,
    document_id: str,
    text: str,
    *,
    actor: str,
    paragraph_id: str | None = None,
    visibility: str = rules.CommentVisibility.ALL,
) -> str:
    if visibility not in (rules.CommentVisibility.ALL, rules.CommentVisibility.DELEGATION):
        raise invalid(msg("invalid.visibility"))
    if not text.strip():
        raise invalid(msg("invalid.comment_empty"))
    with _change(ws, document_id, actor) as dc:
        dc.require(rules.may_comment(dc.drafter, dc.facts))
        if paragraph_id:
            paragraph_id = _paragraph(dc, paragraph_id).id
        return dc.ch.put(
            DraftComment,
            new_id(),
            document_id=dc.doc.id,
            paragraph_id=paragraph_id,
            delegation=dc.drafter.delegation,
            person_id=dc.drafter.who.person_id,
            visibility=visibility,
            text=text.strip(),
            written=_now(),
        )


def comments_for(ws: Workspace, document_id: str, viewer: str) -> list[dict[str, Any]]:
    """The comments ``viewer`` may read: those for all, and their own delegation's."""
    with ws.read() as s:
        doc = get(s, DraftDocument, document_id, "draft")
        meeting = get(s, Meeting, doc.meeting_id, "meeting")
        who = drafter(s, viewer, meeting)
        rows = s.scalars(
            select(DraftComment).where(DraftComment.document_id == doc.id).order_by(DraftComment.written)
        ).all()
        return [
            {
                "id": c.id,
                "paragraph_id": c.paragraph_id,
                "delegation": c.delegation,
                "visibility": c.visibility,
                "text": c.text,
                "written": c.written.isoformat(),
            }
            for c in rows
            if rules.comment_visible(c.visibility, c.delegation, who.delegation)
        ]
