"""Negotiated documents: create, edit, propose, support, object, accept, version, compare, adopt.

Every action is taken by a person (``actor``), attributed to their delegation, and checked
against ``domain.drafting_rules`` before anything is written. Every write is one changeset with
the document's audience (a closed-door draft never travels in a shared changeset). Text edits
are Yjs updates made by an editing session with its own, fresh client id, recorded with the
session's author so every character can be traced to a delegation and a person.

A desktop view is a thin layer over these functions: :func:`document_view` gives everything an
editor shows (numbered paragraphs, effective status, proposals with positions, the comments the
viewer may see), and every button maps to one function here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from crm_desktop.app.accreditation import acts_for
from crm_desktop.app.errors import BadInput, Refused, invalid
from crm_desktop.app.lookup import get
from crm_desktop.app.people import participant
from crm_desktop.app.workspace import Changes, Workspace, config_in, new_id
from crm_desktop.domain import drafting_rules as rules
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Act, Audience
from crm_desktop.domain.rules import Verdict, attends
from crm_desktop.drafting import compare as cmp
from crm_desktop.drafting import negotiation as neg
from crm_desktop.drafting.permissions import decode_update, ytext_op
from crm_desktop.drafting.replica import Capture, DocumentReplica, new_client_id
from crm_desktop.drafting.structure import (
    DOC_TYPES,
    DocType,
    ParagraphKind,
    ParagraphRef,
    Section,
    display_label,
    key_between,
    number,
    ordered,
)
from crm_desktop.drafting.text import Splice
from crm_desktop.store.schema import Accreditation, Changeset, DraftingSeat, Meeting, Person, PresidencyTerm
from crm_desktop.store.tables.drafting import (
    DraftComment,
    DraftDocument,
    DraftObjection,
    DraftParagraph,
    DraftPosition,
    DraftProposal,
    DraftSession,
    DraftText,
    DraftVersion,
    document_state,
)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _check(verdict: Verdict) -> None:
    if not verdict.allowed:
        assert verdict.reason is not None
        raise Refused(verdict.reason)


# --- who is acting ------------------------------------------------------------------------------


def drafter(session: Session, person_id: str | None, meeting: Meeting) -> rules.Drafter:
    """The acting person's standing in ``meeting``: drafting seat, Presidency, closed-door accreditation."""
    if not person_id:
        raise BadInput(msg("draft.no_actor"))
    person = get(session, Person, person_id, "person")
    seat = session.scalar(
        select(DraftingSeat.id).where(DraftingSeat.meeting_id == meeting.id, DraftingSeat.person_id == person.id)
    )
    ppt = session.scalar(select(PresidencyTerm.country_id).where(PresidencyTerm.year == meeting.start.year))
    closed = session.scalar(
        select(Accreditation.id).where(
            Accreditation.meeting_id == meeting.id,
            Accreditation.person_id == person.id,
            Accreditation.segment == "closed_door",
        )
    )
    who = participant(session, person)
    delegation_accredited = session.scalar(
        select(Accreditation.id).where(
            Accreditation.meeting_id == meeting.id, Accreditation.delegation == who.delegation
        )
    )
    return rules.Drafter(
        who,
        seat is not None,
        ppt,
        closed is not None,
        attends=attends(
            config_in(session).body(meeting.body_id), who, meeting_id=meeting.id, acts=acts_for(session, meeting.id)
        ),
        accredited=delegation_accredited is not None,
    )


def facts(doc: DraftDocument) -> rules.DocumentFacts:
    return rules.DocumentFacts(doc.id, doc.meeting_id, doc.commitments, Audience(doc.audience), doc.status)


@dataclass
class DraftChange:
    """One changeset on one document, with the acting drafter and a text replica for edits."""

    ch: Changes
    doc: DraftDocument
    meeting: Meeting
    drafter: rules.Drafter
    acts: list[Act]
    client_id: int
    session_known: bool
    device_id: str
    replica: DocumentReplica | None = None
    touched: set[str] = field(default_factory=set)
    _capture: Capture | None = None

    @property
    def facts(self) -> rules.DocumentFacts:
        return facts(self.doc)

    @property
    def s(self) -> Session:
        return self.ch.session

    def require(self, verdict: Verdict) -> None:
        _check(verdict)

    def text_of(self, paragraph_id: str) -> str:
        return self._replica().read(paragraph_id)

    def _replica(self) -> DocumentReplica:
        if self.replica is None:
            state = document_state(self.s.connection(), self.doc.id)
            self.replica = DocumentReplica(state, client_id=self.client_id)
            self.replica.settle()
            self._capture = self.replica.capture()
        return self.replica

    def set_text(self, paragraph_id: str, text: str) -> None:
        self.require(rules.may_edit(self.drafter, self.facts))
        self._replica().set_text(paragraph_id, text)
        self.touched.add(paragraph_id)

    def splice(self, paragraph_id: str, edit: Splice) -> None:
        self.require(rules.may_edit(self.drafter, self.facts))
        self._replica().splice(paragraph_id, edit)
        self.touched.add(paragraph_id)

    def finish(self) -> None:
        """Emit the text update made in this change (if any), with the session that made it."""
        if self._capture is None:
            return
        update, self._capture = self._capture.stop(), None
        if update is None or not self.touched:
            return
        if not self.session_known:
            self.ch.put(
                DraftSession,
                str(self.client_id),
                document_id=self.doc.id,
                person_id=self.drafter.who.person_id,
                delegation=self.drafter.delegation,
                device_id=self.device_id,
                started=_now(),
            )
            self.session_known = True
        self.ch.ops.append(ytext_op(self.doc.id, self.client_id, update, sorted(self.touched)))
        self.touched = set()


class EditingSession:
    """A person editing one document: one fresh Yjs client id for all their edits until closed.

    A view opens one when the editor opens and drops it when it closes; a CLI call is a session.
    """

    def __init__(self, ws: Workspace, document_id: str, actor: str) -> None:
        self.ws = ws
        self.actor = actor
        with ws.read() as s:
            doc = get(s, DraftDocument, document_id, "draft")
            taken = {int(x) for x in s.scalars(select(DraftSession.id).where(DraftSession.document_id == doc.id))}
        self.document_id = doc.id
        self.client_id = new_client_id(taken)
        self._known = False

    @contextmanager
    def change(self) -> Iterator[DraftChange]:
        with _change(self.ws, self.document_id, self.actor, client_id=self.client_id, known=self._known) as dc:
            yield dc
        self._known = self._known or dc.session_known

    def set_text(self, paragraph_id: str, text: str) -> None:
        with self.change() as dc:
            _paragraph(dc, paragraph_id)
            dc.set_text(paragraph_id, text)


@contextmanager
def _change(
    ws: Workspace, document_id: str, actor: str | None, *, client_id: int | None = None, known: bool = False
) -> Iterator[DraftChange]:
    with ws.read() as s:
        audience = get(s, DraftDocument, document_id, "draft").audience
    with ws.change(audience) as ch:
        doc = get(ch.session, DraftDocument, document_id, "draft")
        meeting = get(ch.session, Meeting, doc.meeting_id, "meeting")
        who = drafter(ch.session, actor, meeting)
        if client_id is None:
            taken = {
                int(x) for x in ch.session.scalars(select(DraftSession.id).where(DraftSession.document_id == doc.id))
            }
            client_id = new_client_id(taken)
        dc = DraftChange(ch, doc, meeting, who, acts_for(ch.session, meeting.id), client_id, known, ws.device_id)
        yield dc
        dc.finish()


# --- documents ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentInput:
    meeting_id: str
    doc_type: DocType
    title: str | None = None
    symbol: str | None = None
    language: str = "es"
    audience: Audience = Audience.PUBLIC


@dataclass(frozen=True, slots=True)
class ParagraphInput:
    section: Section
    text: str
    kind: ParagraphKind = ParagraphKind.TEXT
    sub_item: bool = False  # a sub-item of the previous non-sub-item paragraph of its section


def _symbol(meeting: Meeting, doc_type: DocType, language: str, audience: Audience) -> str:
    parts = ["CRM", meeting.body_id.upper().replace("_", "-"), meeting.ordinal or meeting.start.strftime("%Y-%m")]
    parts.append(doc_type.value.upper().replace("_", "-"))
    if audience == Audience.CLOSED_DOOR:
        parts.append("CONF")
    return "/".join(parts) + f"/{language.upper()}"


def create_document(ws: Workspace, inp: DocumentInput, *, actor: str, paragraphs: Sequence[ParagraphInput] = ()) -> str:
    """A new document for a meeting; its audience is fixed for life (deleted text survives in CRDT history)."""
    try:
        info = DOC_TYPES[DocType(inp.doc_type)]
    except ValueError:
        raise BadInput(msg("draft.unknown_type", type=inp.doc_type)) from None
    if inp.language not in ("es", "en", "fr", "pt"):
        raise invalid(f"language {inp.language!r}")
    audience = Audience(inp.audience)
    doc_id = new_id()
    with ws.change(audience) as ch:
        meeting = get(ch.session, Meeting, inp.meeting_id, "meeting")
        if meeting.body_id not in info.bodies:
            raise Refused(msg("draft.wrong_body", type=info.label_es, bodies=", ".join(info.bodies)))
        if audience == Audience.CLOSED_DOOR and meeting.body_id != "viceministers":
            raise Refused(msg("draft.closed_door_only"))
        who = drafter(ch.session, actor, meeting)
        title = inp.title or f"{info.label_es} — {meeting.title}"
        row = DraftDocument(
            id=doc_id,
            meeting_id=meeting.id,
            doc_type=DocType(inp.doc_type).value,
            symbol=inp.symbol or _symbol(meeting, DocType(inp.doc_type), inp.language, audience),
            title=title,
            language=inp.language,
            audience=audience.value,
            commitments=info.commitments,
            status="draft",
        )
        _check(rules.may_edit(who, facts(row)))
        ch.put(
            DraftDocument,
            doc_id,
            meeting_id=row.meeting_id,
            doc_type=row.doc_type,
            symbol=row.symbol,
            title=row.title,
            language=row.language,
            audience=row.audience,
            commitments=row.commitments,
            status="draft",
            created_by=who.who.person_id,
        )
        if paragraphs:
            client = new_client_id()
            replica = DocumentReplica(client_id=client)
            with replica.recording() as rec:
                _put_paragraphs(ch, doc_id, paragraphs, replica)
            if rec.update is not None:
                ch.put(
                    DraftSession,
                    str(client),
                    document_id=doc_id,
                    person_id=who.who.person_id,
                    delegation=who.delegation,
                    device_id=ws.device_id,
                    started=_now(),
                )
                ch.ops.append(ytext_op(doc_id, client, rec.update, sorted(rec.paragraphs)))
    return doc_id


def _put_paragraphs(ch: Changes, doc_id: str, paragraphs: Sequence[ParagraphInput], replica: DocumentReplica) -> None:
    last_key: dict[tuple[str, str | None], str | None] = {}
    last_parent: dict[str, str] = {}
    for p in paragraphs:
        pid = new_id()
        parent = last_parent.get(p.section.value) if p.sub_item else None
        scope = (p.section.value, parent)
        key = key_between(last_key.get(scope), None)
        last_key[scope] = key
        if not p.sub_item:
            last_parent[p.section.value] = pid
        ch.put(
            DraftParagraph,
            pid,
            document_id=doc_id,
            section=p.section.value,
            position=key,
            parent_id=parent,
            kind=p.kind.value,
            status=neg.ParagraphStatus.PROPOSED.value,
            removed=False,
        )
        replica.set_text(pid, p.text)


def _paragraph(dc: DraftChange, paragraph_id: str) -> DraftParagraph:
    p = get(dc.s, DraftParagraph, paragraph_id, "paragraph")
    if p.document_id != dc.doc.id:
        raise invalid("the paragraph belongs to another document")
    return p


def _paragraph_doc(ws: Workspace, paragraph_id: str) -> tuple[str, str]:
    with ws.read() as s:
        p = get(s, DraftParagraph, paragraph_id, "paragraph")
        return p.document_id, p.id


def add_paragraph(
    ws: Workspace,
    document_id: str,
    text: str,
    *,
    actor: str,
    section: Section = Section.OPERATIVE,
    after: str | None = None,
    parent_id: str | None = None,
    kind: ParagraphKind = ParagraphKind.TEXT,
) -> str:
    """Add a paragraph (drafting group, PPT, ST); ``after`` a paragraph id, else at the end of its section."""
    with _change(ws, document_id, actor) as dc:
        dc.require(rules.may_edit(dc.drafter, dc.facts))
        pid = new_id()
        _place(dc, pid, Section(section), after, parent_id, kind=kind, status=neg.ParagraphStatus.PROPOSED)
        dc.set_text(pid, text)
        return pid


def _siblings(dc: DraftChange, section: Section, parent_id: str | None) -> list[DraftParagraph]:
    q = select(DraftParagraph).where(
        DraftParagraph.document_id == dc.doc.id,
        DraftParagraph.section == section.value,
        DraftParagraph.removed.is_(False),
    )
    q = q.where(DraftParagraph.parent_id == parent_id) if parent_id else q.where(DraftParagraph.parent_id.is_(None))
    return sorted(dc.s.scalars(q), key=lambda p: (p.position, p.id))


def _place(
    dc: DraftChange,
    pid: str,
    section: Section,
    after: str | None,
    parent_id: str | None,
    *,
    kind: ParagraphKind | None = None,
    status: neg.ParagraphStatus | None = None,
    at_start: bool = False,
) -> None:
    if parent_id:
        parent_id = _paragraph(dc, parent_id).id
    siblings = [p for p in _siblings(dc, section, parent_id) if p.id != pid]
    if after:
        after = _paragraph(dc, after).id
        if after == pid:
            raise BadInput(msg("draft.same_paragraph"))
        idx = next((i for i, p in enumerate(siblings) if p.id == after), None)
        if idx is None:
            raise invalid("the paragraph to follow is not in that section")
        lo, hi = siblings[idx].position, siblings[idx + 1].position if idx + 1 < len(siblings) else None
    elif at_start:
        lo, hi = None, siblings[0].position if siblings else None
    else:
        lo, hi = (siblings[-1].position if siblings else None), None
    fields: dict[str, Any] = {"section": section.value, "position": key_between(lo, hi), "parent_id": parent_id}
    if kind is not None:
        fields.update(document_id=dc.doc.id, kind=kind.value, removed=False)
    if status is not None:
        fields["status"] = status.value
    dc.ch.put(DraftParagraph, pid, **fields)


def edit_paragraph(ws: Workspace, paragraph_id: str, text: str, *, actor: str) -> None:
    """Replace a paragraph's text (as the smallest edit, so concurrent edits elsewhere survive)."""
    doc_id, pid = _paragraph_doc(ws, paragraph_id)
    with _change(ws, doc_id, actor) as dc:
        _paragraph(dc, pid)
        dc.set_text(pid, text)


def move_paragraph(
    ws: Workspace,
    paragraph_id: str,
    *,
    actor: str,
    after: str | None = None,
    section: Section | None = None,
    at_start: bool = False,
) -> None:
    doc_id, pid = _paragraph_doc(ws, paragraph_id)
    with _change(ws, doc_id, actor) as dc:
        dc.require(rules.may_edit(dc.drafter, dc.facts))
        p = _paragraph(dc, pid)
        target = Section(section) if section else Section(p.section)
        _place(dc, pid, target, after, p.parent_id if target.value == p.section else None, at_start=at_start)


def remove_paragraph(ws: Workspace, paragraph_id: str, *, actor: str) -> None:
    """Mark a paragraph removed (its text and history stay; a named version can bring it back)."""
    doc_id, pid = _paragraph_doc(ws, paragraph_id)
    with _change(ws, doc_id, actor) as dc:
        dc.require(rules.may_edit(dc.drafter, dc.facts))
        _paragraph(dc, pid)
        dc.ch.put(DraftParagraph, pid, removed=True)


def set_paragraph_status(ws: Workspace, paragraph_id: str, status: neg.ParagraphStatus, *, actor: str) -> None:
    """Bracketed is any drafter's call; agreement (ad referendum or final) is the chair's."""
    doc_id, pid = _paragraph_doc(ws, paragraph_id)
    target = neg.ParagraphStatus(status)
    with _change(ws, doc_id, actor) as dc:
        p = _paragraph(dc, pid)
        if target in (neg.ParagraphStatus.AGREED, neg.ParagraphStatus.AGREED_AD_REFERENDUM):
            dc.require(rules.may_chair(dc.drafter, dc.facts))
        else:
            dc.require(rules.may_edit(dc.drafter, dc.facts))
        text = dc.text_of(pid)
        current = neg.effective_status(neg.ParagraphStatus(p.status), text)
        dc.require(neg.status_change(current, target, text, _open_count(dc.s, pid)))
        dc.ch.put(DraftParagraph, pid, status=target.value)


def resolve_bracket(ws: Workspace, paragraph_id: str, group: int, choice: int | None, *, actor: str) -> None:
    """Keep option ``choice`` (0-based; None drops the bracketed words) of bracket ``group`` (0-based)."""
    doc_id, pid = _paragraph_doc(ws, paragraph_id)
    with _change(ws, doc_id, actor) as dc:
        _paragraph(dc, pid)
        dc.splice(pid, neg.resolving(dc.text_of(pid), group, choice))


def _open_count(s: Session, paragraph_id: str) -> int:
    return len(
        s.scalars(
            select(DraftProposal.id).where(
                DraftProposal.paragraph_id == paragraph_id, DraftProposal.status == neg.ProposalStatus.OPEN.value
            )
        ).all()
    )


# --- proposals ----------------------------------------------------------------------------------


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
        amendment.validate()
        if kind != neg.ProposalKind.NEW_PARAGRAPH:
            if not paragraph_id:
                raise invalid("the proposal needs a paragraph")
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
    if decision not in ("accept", "reject", "bracket"):
        raise invalid("decision must be accept, reject or bracket")
    doc_id, prop_id = _proposal_doc(ws, proposal_id)
    with _change(ws, doc_id, actor) as dc:
        dc.require(rules.may_chair(dc.drafter, dc.facts))
        p = get(dc.s, DraftProposal, prop_id, "proposal")
        if p.status != neg.ProposalStatus.OPEN.value:
            raise Refused(msg("draft.proposal_closed", status=p.status))
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
                raise invalid("a move cannot be bracketed; accept or reject it")
            moving = _paragraph(dc, p.paragraph_id)
            target = Section(p.section or moving.section)
            _place(dc, moving.id, target, p.after_id, None, at_start=p.after_id is None)
        dc.ch.put(DraftProposal, prop_id, status=status.value, decided_by=dc.drafter.who.person_id)


def withdraw_proposal(ws: Workspace, proposal_id: str, *, actor: str) -> None:
    doc_id, prop_id = _proposal_doc(ws, proposal_id)
    with _change(ws, doc_id, actor) as dc:
        p = get(dc.s, DraftProposal, prop_id, "proposal")
        if p.delegation != dc.drafter.delegation:
            raise Refused(msg("draft.not_own_delegation", delegation=p.delegation))
        if p.status != neg.ProposalStatus.OPEN.value:
            raise Refused(msg("draft.proposal_closed", status=p.status))
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
        raise invalid("visibility must be 'all' or 'delegation'")
    if not text.strip():
        raise invalid("the comment is empty")
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


# --- adoption -----------------------------------------------------------------------------------


def _objections(s: Session, document_id: str) -> list[rules.Objection]:
    rows = s.scalars(
        select(DraftObjection).where(DraftObjection.document_id == document_id, DraftObjection.withdrawn.is_(False))
    )
    return [rules.Objection(o.delegation, o.text, o.lodged) for o in rows]


def object_to(ws: Workspace, document_id: str, text: str, *, actor: str, when: datetime | None = None) -> str:
    """A member delegation's written objection to adopting the document (breaks a silence procedure)."""
    if not text.strip():
        raise Refused(msg("draft.objection_needs_text"))
    with _change(ws, document_id, actor) as dc:
        dc.require(rules.may_object(dc.drafter, dc.facts))
        return dc.ch.put(
            DraftObjection,
            f"{dc.doc.id}:{dc.drafter.delegation}",
            document_id=dc.doc.id,
            delegation=dc.drafter.delegation,
            person_id=dc.drafter.who.person_id,
            text=text.strip(),
            withdrawn=False,
            lodged=when or _now(),
        )


def withdraw_objection(ws: Workspace, document_id: str, *, actor: str) -> None:
    with _change(ws, document_id, actor) as dc:
        dc.require(rules.may_object(dc.drafter, dc.facts))
        oid = f"{dc.doc.id}:{dc.drafter.delegation}"
        if dc.s.get(DraftObjection, oid) is not None:
            dc.ch.put(DraftObjection, oid, withdrawn=True)


def open_silence(
    ws: Workspace, document_id: str, deadline: datetime, *, actor: str, now: datetime | None = None
) -> None:
    """Circulate the text under a silence procedure: adopted at the deadline unless a member objects in writing."""
    opened = now or _now()
    if deadline <= opened:
        raise Refused(msg("draft.silence_deadline_past"))
    with _change(ws, document_id, actor) as dc:
        dc.require(rules.may_chair(dc.drafter, dc.facts))
        _adoptable(dc, ignore_objections_before=opened)
        dc.ch.put(DraftDocument, dc.doc.id, status="silence", silence_opened=opened, silence_deadline=deadline)


def _bracketed_labels(dc: DraftChange) -> list[str]:
    view = _paragraph_rows(dc.s, dc.doc.id)
    labels = _labels(dc.s, dc.doc.id, view)
    texts = _texts(dc.s, dc.doc.id)
    return [labels.get(p.id) or p.id[:6] for p in view if not neg.scan_brackets(texts.get(p.id, "")).clean]


def _adoptable(
    dc: DraftChange, *, ignore_objections_before: datetime | None = None, objections_until: datetime | None = None
) -> None:
    open_count = len(
        dc.s.scalars(
            select(DraftProposal.id).where(
                DraftProposal.document_id == dc.doc.id, DraftProposal.status == neg.ProposalStatus.OPEN.value
            )
        ).all()
    )
    objections = _objections(dc.s, dc.doc.id)
    if ignore_objections_before is not None:
        objections = [o for o in objections if o.lodged is None or o.lodged >= ignore_objections_before]
    if objections_until is not None:  # once a silence has elapsed, a late objection no longer breaks it
        objections = [o for o in objections if o.lodged is None or o.lodged <= objections_until]
    dc.require(
        rules.adoption(bracketed_paragraphs=_bracketed_labels(dc), open_proposals=open_count, objections=objections)
    )


def adopt(ws: Workspace, document_id: str, *, actor: str, now: datetime | None = None) -> str:
    """Record adoption by consensus (the chair): no bracket, no open proposal, no member objecting.

    Under a silence procedure, adoption is recorded only once the deadline has passed unbroken.
    Adoption names a final version, whose id is returned.
    """
    moment = now or _now()
    with _change(ws, document_id, actor) as dc:
        dc.require(rules.may_chair(dc.drafter, dc.facts))
        until = None
        if dc.doc.status == "silence" and dc.doc.silence_deadline and dc.doc.silence_opened:
            until = dc.doc.silence_deadline
            silence = rules.Silence(dc.doc.silence_opened, dc.doc.silence_deadline)
            outcome = rules.silence_outcome(silence, _objections(dc.s, dc.doc.id), moment)
            if outcome == "running":
                raise Refused(msg("draft.silence_running", deadline=silence.deadline.isoformat(timespec="minutes")))
            if outcome == "broken":
                objecting = sorted({o.delegation for o in _objections(dc.s, dc.doc.id)})
                raise Refused(msg("draft.silence_broken", countries=", ".join(objecting)))
        _adoptable(dc, objections_until=until)
        version_id = _name_version(dc, label=None, final=True)
        dc.ch.put(
            DraftDocument,
            dc.doc.id,
            status="adopted",
            adopted_on=moment.date(),
            adopted_by=dc.drafter.who.person_id,
            adopted_version=version_id,
        )
        return version_id


# --- reading ------------------------------------------------------------------------------------


def _paragraph_rows(s: Session, document_id: str) -> list[DraftParagraph]:
    rows = s.scalars(
        select(DraftParagraph).where(DraftParagraph.document_id == document_id, DraftParagraph.removed.is_(False))
    ).all()
    by_id = {p.id: p for p in rows}
    refs = ordered(_ref(p) for p in rows)
    return [by_id[r.id] for r in refs]


def _ref(p: DraftParagraph) -> ParagraphRef:
    return ParagraphRef(p.id, Section(p.section), p.position, ParagraphKind(p.kind), p.parent_id)


def _texts(s: Session, document_id: str) -> dict[str, str]:
    return dict(s.execute(select(DraftText.id, DraftText.text).where(DraftText.document_id == document_id)).all())


def _last_version(s: Session, document_id: str) -> DraftVersion | None:
    return s.scalars(
        select(DraftVersion).where(DraftVersion.document_id == document_id).order_by(DraftVersion.number.desc())
    ).first()


def _labels(s: Session, document_id: str, rows: list[DraftParagraph]) -> dict[str, str]:
    last = _last_version(s, document_id)
    frozen = {p["id"]: p["label"] for p in last.paragraphs} if last else None
    return number([_ref(p) for p in rows], frozen)


@dataclass(frozen=True, slots=True)
class ProposalRow:
    id: str
    paragraph_id: str | None
    kind: str
    old: str
    new: str
    anchor: str | None
    delegation: str
    rationale: str | None
    status: str
    support: tuple[str, ...]
    oppose: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ParagraphRow:
    id: str
    section: str
    kind: str
    parent_id: str | None
    label: str
    display: str
    text: str
    status: str  # effective status (brackets in the text make it "bracketed")
    brackets: int
    proposals: tuple[ProposalRow, ...]


@dataclass(frozen=True, slots=True)
class DocumentView:
    id: str
    meeting_id: str
    meeting_title: str
    doc_type: str
    symbol: str
    title: str
    language: str
    audience: str
    status: str
    version: str | None
    silence_deadline: str | None
    paragraphs: tuple[ParagraphRow, ...]
    new_paragraph_proposals: tuple[ProposalRow, ...]
    objections: tuple[dict[str, Any], ...]


def _proposal_rows(s: Session, document_id: str, *, pending_only: bool = True) -> list[ProposalRow]:
    q = select(DraftProposal).where(DraftProposal.document_id == document_id).order_by(DraftProposal.created)
    if pending_only:
        q = q.where(DraftProposal.status == neg.ProposalStatus.OPEN.value)
    props = s.scalars(q).all()
    positions: dict[str, list[DraftPosition]] = {}
    if props:
        for pos in s.scalars(select(DraftPosition).where(DraftPosition.proposal_id.in_([p.id for p in props]))):
            positions.setdefault(pos.proposal_id, []).append(pos)
    out = []
    for p in props:
        pos = positions.get(p.id, [])
        out.append(
            ProposalRow(
                p.id,
                p.paragraph_id,
                p.kind,
                p.old_text,
                p.new_text,
                p.anchor,
                p.delegation,
                p.rationale,
                p.status,
                tuple(sorted(x.delegation for x in pos if x.stance == neg.Stance.SUPPORT.value)),
                tuple(sorted(x.delegation for x in pos if x.stance == neg.Stance.OPPOSE.value)),
            )
        )
    return out


def document_view(ws: Workspace, document_id: str) -> DocumentView:
    with ws.read() as s:
        doc = get(s, DraftDocument, document_id, "draft")
        meeting = get(s, Meeting, doc.meeting_id, "meeting")
        rows = _paragraph_rows(s, doc.id)
        labels = _labels(s, doc.id, rows)
        texts = _texts(s, doc.id)
        proposals = _proposal_rows(s, doc.id)
        last = _last_version(s, doc.id)
        paragraphs = []
        for p in rows:
            text = texts.get(p.id, "")
            label = labels.get(p.id, "")
            paragraphs.append(
                ParagraphRow(
                    p.id,
                    p.section,
                    p.kind,
                    p.parent_id,
                    label,
                    display_label(Section(p.section), label, sub_item=p.parent_id is not None),
                    text,
                    neg.effective_status(neg.ParagraphStatus(p.status), text).value,
                    len(neg.scan_brackets(text).groups),
                    tuple(x for x in proposals if x.paragraph_id == p.id),
                )
            )
        objections = tuple(
            {"delegation": o.delegation, "text": o.text, "lodged": o.lodged.isoformat() if o.lodged else None}
            for o in _objections(s, doc.id)
        )
        return DocumentView(
            doc.id,
            meeting.id,
            meeting.title,
            doc.doc_type,
            doc.symbol,
            doc.title,
            doc.language,
            doc.audience,
            doc.status,
            last.label if last else None,
            doc.silence_deadline.isoformat(timespec="minutes") if doc.silence_deadline else None,
            tuple(paragraphs),
            tuple(x for x in proposals if x.kind == neg.ProposalKind.NEW_PARAGRAPH.value),
            objections,
        )


def list_documents(ws: Workspace, *, meeting_id: str | None = None) -> list[dict[str, Any]]:
    with ws.read() as s:
        q = select(DraftDocument, Meeting).join(Meeting, Meeting.id == DraftDocument.meeting_id)
        if meeting_id:
            q = q.where(DraftDocument.meeting_id == get(s, Meeting, meeting_id, "meeting").id)
        out = []
        for doc, meeting in s.execute(q.order_by(Meeting.start, DraftDocument.symbol)):
            last = _last_version(s, doc.id)
            out.append(
                {
                    "id": doc.id,
                    "title": doc.title,
                    "type": doc.doc_type,
                    "meeting": meeting.id,
                    "meeting_title": meeting.title,
                    "symbol": doc.symbol,
                    "audience": doc.audience,
                    "status": doc.status,
                    "version": last.label if last else None,
                }
            )
        return out


# --- versions -----------------------------------------------------------------------------------


def _name_version(dc: DraftChange, *, label: str | None, final: bool = False) -> str:
    rows = _paragraph_rows(dc.s, dc.doc.id)
    texts = _texts(dc.s, dc.doc.id)
    # Text edited in this same change is not in drafting_texts yet: read it from the replica.
    texts.update({pid: dc.text_of(pid) for pid in dc.touched})
    labels = number([_ref(p) for p in rows])  # a named version renumbers from 1
    last = _last_version(dc.s, dc.doc.id)
    n = (last.number if last else 0) + 1
    label = label or ("Final" if final else f"Rev.{n}")
    taken = set(dc.s.scalars(select(DraftVersion.label).where(DraftVersion.document_id == dc.doc.id)))
    if label in taken:
        raise Refused(msg("draft.version_label_taken", label=label))
    snapshot = [
        {
            "id": p.id,
            "section": p.section,
            "kind": p.kind,
            "parent_id": p.parent_id,
            "position": p.position,
            "label": labels.get(p.id, ""),
            "status": p.status,
            "text": texts.get(p.id, ""),
        }
        for p in rows
    ]
    return dc.ch.put(
        DraftVersion,
        new_id(),
        document_id=dc.doc.id,
        number=n,
        label=label,
        paragraphs=snapshot,
        named_by=dc.drafter.who.person_id,
        named=_now(),
    )


def name_version(ws: Workspace, document_id: str, *, actor: str, label: str | None = None) -> str:
    """Issue "Rev.N": the text as it stands, numbered from 1, frozen until the next version."""
    with _change(ws, document_id, actor) as dc:
        dc.require(rules.may_name_version(dc.drafter, dc.facts))
        return _name_version(dc, label=label)


def versions(ws: Workspace, document_id: str) -> list[dict[str, Any]]:
    with ws.read() as s:
        doc = get(s, DraftDocument, document_id, "draft")
        return [
            {"id": v.id, "number": v.number, "label": v.label, "named": v.named.isoformat(), "named_by": v.named_by}
            for v in s.scalars(
                select(DraftVersion).where(DraftVersion.document_id == doc.id).order_by(DraftVersion.number)
            )
        ]


def _version_paragraphs(ws: Workspace, document_id: str, which: str) -> list[cmp.ParagraphVersion]:
    if which in ("current", "", "now"):
        view = document_view(ws, document_id)
        return [cmp.ParagraphVersion(p.id, p.display, p.text) for p in view.paragraphs]
    with ws.read() as s:
        doc = get(s, DraftDocument, document_id, "draft")
        v = s.scalars(
            select(DraftVersion).where(
                DraftVersion.document_id == doc.id, (DraftVersion.label == which) | (DraftVersion.id == which)
            )
        ).first()
        if v is None:
            raise BadInput(msg("error.not_found", what=msg("noun.version"), key=which))
        return [
            cmp.ParagraphVersion(
                p["id"],
                display_label(Section(p["section"]), p["label"], sub_item=p.get("parent_id") is not None),
                p["text"],
            )
            for p in v.paragraphs
        ]


def compare_versions(ws: Workspace, document_id: str, old: str, new: str = "current") -> list[cmp.ParagraphDiff]:
    """Word-level comparison of two named versions (labels or ids), or of a version and the current text."""
    return cmp.compare(_version_paragraphs(ws, document_id, old), _version_paragraphs(ws, document_id, new))


def restore_version(ws: Workspace, document_id: str, which: str, *, actor: str) -> None:
    """Bring back an old version's text and order as a new change (history is never rewritten)."""
    with ws.read() as s:
        doc = get(s, DraftDocument, document_id, "draft")
        v = s.scalars(
            select(DraftVersion).where(
                DraftVersion.document_id == doc.id, (DraftVersion.label == which) | (DraftVersion.id == which)
            )
        ).first()
        if v is None:
            raise BadInput(msg("error.not_found", what=msg("noun.version"), key=which))
        snapshot = list(v.paragraphs)
    with _change(ws, document_id, actor) as dc:
        dc.require(rules.may_edit(dc.drafter, dc.facts))
        wanted = {p["id"] for p in snapshot}
        for p in dc.s.scalars(select(DraftParagraph).where(DraftParagraph.document_id == dc.doc.id)):
            if p.id not in wanted and not p.removed:
                dc.ch.put(DraftParagraph, p.id, removed=True)
        for p in snapshot:
            dc.ch.put(
                DraftParagraph,
                p["id"],
                document_id=dc.doc.id,
                section=p["section"],
                kind=p["kind"],
                parent_id=p["parent_id"],
                position=p["position"],
                status=p["status"],
                removed=False,
            )
            if dc.text_of(p["id"]) != p["text"]:
                dc.set_text(p["id"], p["text"])


# --- history ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    hlc: str
    recorded: str
    person_id: str | None
    person: str | None
    delegation: str | None
    before: str
    after: str


def paragraph_history(ws: Workspace, paragraph_id: str) -> list[HistoryEntry]:
    """Every change to a paragraph's text, oldest first, with the person and delegation that made it.

    Rebuilt from the change log (replaying the document's text updates in clock order), so it
    cannot disagree with the text.
    """
    with ws.read() as s:
        para = get(s, DraftParagraph, paragraph_id, "paragraph")
        doc_id, pid = para.document_id, para.id
        sessions = {
            int(x.id): (x.person_id, x.delegation)
            for x in s.scalars(select(DraftSession).where(DraftSession.document_id == doc_id))
        }
        names = dict(s.execute(select(Person.id, Person.name)).all())
        changesets = s.scalars(
            select(Changeset).where(cast(Changeset.ops, String).like(f"%{doc_id}%")).order_by(Changeset.hlc)
        ).all()
    replica = DocumentReplica()
    out: list[HistoryEntry] = []
    for cs in changesets:
        for op in cs.ops:
            if op.get("op") != "ytext" or op.get("doc") != doc_id:
                continue
            before = replica.read(pid)
            replica.apply(decode_update(str(op["u"])))
            after = replica.read(pid)
            if before == after:
                continue
            person_id, delegation = sessions.get(int(op.get("client", 0)), (None, None))
            out.append(
                HistoryEntry(
                    cs.hlc,
                    cs.recorded_at.isoformat(timespec="seconds"),
                    person_id,
                    names.get(person_id) if person_id else None,
                    delegation,
                    before,
                    after,
                )
            )
    return out


def authors(ws: Workspace, document_id: str) -> dict[int, dict[str, Any]]:
    """The client id → author map of a document (who each editing session belongs to)."""
    with ws.read() as s:
        return {
            int(x.id): {"person_id": x.person_id, "delegation": x.delegation, "device": x.device_id}
            for x in s.scalars(select(DraftSession).where(DraftSession.document_id == document_id))
        }


def export_json(ws: Workspace, document_id: str) -> dict[str, Any]:
    """The document as data: metadata, numbered paragraphs, open proposals, versions."""
    view = document_view(ws, document_id)
    data = json.loads(json.dumps(view, default=_plain))
    data["versions"] = versions(ws, document_id)
    return data


def _plain(obj: Any) -> Any:
    if hasattr(obj, "__dataclass_fields__"):
        return {k: getattr(obj, k) for k in obj.__dataclass_fields__}
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    raise TypeError(type(obj).__name__)
