"""Drafting permissions for changes that arrive from an observer's laptop.

The drafting layer's pure rule (:func:`crm_desktop.drafting.permissions.may_apply`) decides whether
an author may make a drafting operation. A bundle identifies the author's *device*, not the person
at the keyboard, and an ST, PPT or member laptop legitimately records other delegations' proposals
(the ST keeps the record of a session). An observer's laptop speaks only for its own observer
country or organisation, so its drafting operations are checked against the rules for that
delegation: "no intervienen ... en la elaboración de documentos que contengan recomendaciones o
compromisos, a menos que cuenten con previa autorización de la Presidencia Pro-Témpore".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Connection, select

from crm_desktop.domain import drafting_rules as rules
from crm_desktop.domain.messages import Message
from crm_desktop.domain.model import Category, Participant
from crm_desktop.domain.reference import member_codes
from crm_desktop.domain.sync_policy import DeviceRole
from crm_desktop.drafting import permissions as dp
from crm_desktop.store import facts
from crm_desktop.store.schema import Base
from crm_desktop.sync import roster
from crm_desktop.sync.permissions import Author, register_permission_check


class _EveryClient(Mapping[int, str]):
    """Editing sessions all attributed to the observer device's delegation (its only voice)."""

    def __init__(self, person: str) -> None:
        self.person = person

    def __getitem__(self, key: int) -> str:
        return self.person

    def __iter__(self) -> Iterator[int]:
        return iter(())

    def __len__(self) -> int:
        return 0


def _document(conn: Connection, op: Mapping[str, Any]) -> rules.DocumentFacts | None:
    tables = Base.metadata.tables
    fields = op.get("f") if isinstance(op.get("f"), dict) else {}
    assert isinstance(fields, dict)
    rows: dict[str, dict[str, Any]] = {}
    entity = op.get("e")
    if isinstance(entity, str) and entity in tables and entity != dp.DOCUMENTS and "document_id" in tables[entity].c:
        t = tables[entity]
        found = conn.execute(select(t.c.document_id).where(t.c.id == str(op.get("id")))).first()
        if found:
            rows[str(op.get("id"))] = {"document_id": found[0]}
    doc_id = dp.document_of(op, rows)
    if doc_id is None:
        return None
    t = tables[dp.DOCUMENTS]
    row = conn.execute(select(t).where(t.c.id == doc_id)).mappings().first()
    known: dict[str, Any] = dict(row) if row else {}
    if entity == dp.DOCUMENTS:
        known = {**known, **{k: v for k, v in fields.items() if k in t.c}}
    if "meeting_id" not in known:
        return None
    return facts.document_facts({**known, "id": doc_id})


def observer_drafting_check(author: Author, op: Mapping[str, Any]) -> Message | None:
    if author.role != DeviceRole.OBSERVER or not dp.is_drafting_op(op):
        return None
    device = roster.device(author.conn, author.device_id)
    if device is None:
        return None
    doc = _document(author.conn, op)
    if doc is None:
        return None  # not enough known to judge: the operation cannot touch a known document
    category = Category.OBSERVER_COUNTRY if device.country_id else Category.OBSERVER_ORG
    if device.organisation == "RROCM":
        category = Category.CIVIL_SOCIETY
    who = Participant(f"device:{device.id}", category, device.country_id, device.organisation)
    acts = facts.meeting_acts(author.conn, doc.meeting_id)
    # The same question as the window's, read the same way (store.facts).
    attending = facts.attends_meeting(author.conn, who, doc.meeting_id, acts)
    verdict = dp.may_apply(
        op, rules.Drafter(who, attends=attending), doc, acts=acts, sessions=_EveryClient(who.person_id)
    )
    return None if verdict.allowed else verdict.reason


def objection_accredited_check(author: Author, op: Mapping[str, Any]) -> Message | None:
    """Whoever's laptop records it, an objection is a member delegation's accredited to the meeting.

    Seed, A: decisions "adoptadas por consenso" by the member countries taking part; the window
    asks ``drafting_rules.may_object`` with the delegation's accreditation, and so does the import.
    """
    fields = op.get("f") if isinstance(op.get("f"), dict) else None
    if op.get("op") != "put" or not fields or "delegation" not in fields:
        return None
    doc = _document(author.conn, op)
    if doc is None:
        return None
    delegation = str(fields["delegation"])
    accredited = facts.delegation_accredited(author.conn, doc.meeting_id, delegation)
    category = Category.MEMBER_COUNTRY if delegation in member_codes() else Category.OBSERVER_COUNTRY
    who = Participant(f"delegation:{delegation}", category, delegation)
    verdict = rules.may_object(rules.Drafter(who, accredited=accredited), doc)
    return None if verdict.allowed else verdict.reason


register_permission_check(dp.YTEXT, observer_drafting_check)
for _entity in dp.ENTITIES:
    register_permission_check(f"table:{_entity}", observer_drafting_check)
register_permission_check(f"table:{dp.OBJECTIONS}", objection_accredited_check)
