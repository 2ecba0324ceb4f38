"""Paragraphs and their text: add, edit, move, remove, status, brackets."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from crm_desktop.app.drafting.core import DraftChange, _change, _open_count, _paragraph, _paragraph_doc
from crm_desktop.app.errors import BadInput, invalid
from crm_desktop.app.workspace import Workspace, new_id
from crm_desktop.domain import drafting_rules as rules
from crm_desktop.domain.messages import msg
from crm_desktop.drafting import negotiation as neg
from crm_desktop.drafting.structure import (
    ParagraphKind,
    Section,
    key_between,
)
from crm_desktop.store.tables.drafting import (
    DraftParagraph,
)


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
            raise invalid(msg("invalid.not_in_section"))
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
