"""Amendments accepted into a document's text since its last named version: what the editor marks
(which paragraph, whose amendment, when it was accepted and by whom) until the next version is named.

The time is that of the change that recorded the acceptance in the log (UTC, as every stored time).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import String, cast, select

from crm_desktop.app.workspace import Workspace
from crm_desktop.drafting import negotiation as neg
from crm_desktop.store.schema import Changeset, Person
from crm_desktop.store.tables.drafting import DraftProposal, DraftVersion


@dataclass(frozen=True, slots=True)
class AcceptedMark:
    paragraph_id: str
    proposal_id: str
    kind: str
    old: str
    new: str
    delegation: str
    accepted_at: datetime  # UTC
    accepted_by: str | None  # the chair's name


def accepted_since_version(ws: Workspace, document_id: str) -> list[AcceptedMark]:
    """The accepted amendments of ``document_id`` decided after its last named version, oldest first."""
    accepted = neg.ProposalStatus.ACCEPTED.value
    with ws.read() as s:
        props = s.scalars(
            select(DraftProposal).where(
                DraftProposal.document_id == document_id,
                DraftProposal.status == accepted,
                DraftProposal.paragraph_id.is_not(None),
            )
        ).all()
        if not props:
            return []
        ids = {p.id for p in props}
        # In the log's order: an acceptance counts until a version of the document is named after it.
        when: dict[str, datetime] = {}
        logged = s.scalars(
            select(Changeset)
            .where(
                cast(Changeset.ops, String).like(f"%{accepted}%")
                | cast(Changeset.ops, String).like(f"%{DraftVersion.__tablename__}%")
            )
            .order_by(Changeset.hlc)
        )
        for cs in logged:
            for op in cs.ops:
                fields = op.get("f")
                if op.get("op") != "put" or not isinstance(fields, dict):
                    continue
                if op.get("e") == DraftVersion.__tablename__ and fields.get("document_id") == document_id:
                    when.clear()
                elif (
                    op.get("e") == DraftProposal.__tablename__
                    and op.get("id") in ids
                    and fields.get("status") == accepted
                ):
                    when[str(op["id"])] = cs.recorded_at
        chairs = {p.decided_by for p in props if p.decided_by}
        names = dict(s.execute(select(Person.id, Person.name).where(Person.id.in_(chairs))).all()) if chairs else {}
        marks = [
            AcceptedMark(
                str(p.paragraph_id),
                p.id,
                p.kind,
                p.old_text,
                p.new_text,
                p.delegation,
                when[p.id],
                names.get(p.decided_by) if p.decided_by else None,
            )
            for p in props
            if p.id in when
        ]
    return sorted(marks, key=lambda m: m.accepted_at)
