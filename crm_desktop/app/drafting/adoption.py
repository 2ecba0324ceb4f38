"""Chairing and adoption: objections, silence procedure, adoption by consensus."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from crm_desktop.app.drafting.core import DraftChange, _change, _labels, _now, _objections, _paragraph_rows, _texts
from crm_desktop.app.drafting.versions import _name_version
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import drafting_rules as rules
from crm_desktop.drafting import negotiation as neg
from crm_desktop.store.tables.drafting import (
    DraftDocument,
    DraftObjection,
    DraftProposal,
)


def object_to(ws: Workspace, document_id: str, text: str, *, actor: str, when: datetime | None = None) -> str:
    """A member delegation's written objection to adopting the document (breaks a silence procedure)."""
    require(rules.objection_text(text))
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
    require(rules.silence_deadline(deadline, opened))
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
            dc.require(rules.silence_adoption(silence, _objections(dc.s, dc.doc.id), moment))
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
