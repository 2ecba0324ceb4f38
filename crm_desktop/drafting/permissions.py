"""Was the author of a drafting operation allowed to make it? (for changes arriving from other laptops)

Local changes are checked by the services before they are written. A changeset imported from
another laptop was checked there, but a laptop must not trust that: the sync layer calls
:func:`may_apply` for each drafting operation of an incoming changeset, with the author it has
authenticated (signature → roster → person) and the facts of the document, and refuses the
changeset when any operation is not allowed.

Usage from the sync layer::

    from crm_desktop.drafting.permissions import is_drafting_op, may_apply
    for op in changeset.ops:
        if is_drafting_op(op):
            verdict = may_apply(op, author, doc, acts=acts, sessions=sessions)
            if not verdict.allowed: ...  # reject the changeset, show verdict.reason

where ``author`` is a :class:`~crm_desktop.domain.drafting_rules.Drafter`, ``doc`` the
:class:`~crm_desktop.domain.drafting_rules.DocumentFacts` of the document the op touches (see
:func:`document_of`), ``acts`` the recorded invitations/PPT authorisations, and ``sessions`` the
editing sessions known so far ({client id: person id}, plus those created in the same changeset).
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from typing import Any

from crm_desktop.domain import drafting_rules as rules
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Act, Audience
from crm_desktop.domain.rules import ALLOWED, Verdict
from crm_desktop.domain.translations import may_translate
from crm_desktop.drafting.negotiation import ParagraphStatus, ProposalStatus
from crm_desktop.drafting.text import insertions_only_from

# Table names: the store defines its tables with these, the permission check recognises them.
DOCUMENTS = "drafting_documents"
PARAGRAPHS = "drafting_paragraphs"
PROPOSALS = "drafting_proposals"
POSITIONS = "drafting_positions"
OBJECTIONS = "drafting_objections"
COMMENTS = "drafting_comments"
VERSIONS = "drafting_versions"
SESSIONS = "drafting_sessions"
TEXTS = "drafting_texts"
TRANSLATIONS = "drafting_translations"
ENTITIES = (
    DOCUMENTS,
    PARAGRAPHS,
    PROPOSALS,
    POSITIONS,
    OBJECTIONS,
    COMMENTS,
    VERSIONS,
    SESSIONS,
    TRANSLATIONS,
)
YTEXT = "ytext"

CHAIR_PROPOSAL_STATUSES = {ProposalStatus.ACCEPTED, ProposalStatus.REJECTED, ProposalStatus.BRACKETED}
CHAIR_PARAGRAPH_STATUSES = {ParagraphStatus.AGREED, ParagraphStatus.AGREED_AD_REFERENDUM}
CHAIR_DOCUMENT_STATUSES = {"adopted", "silence"}


def encode_update(update: bytes) -> str:
    return base64.b64encode(update).decode("ascii")


def decode_update(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def ytext_op(document_id: str, client_id: int, update: bytes, paragraphs: Sequence[str]) -> dict[str, Any]:
    """The change-log operation carrying one Yjs update of a document's text."""
    return {"op": YTEXT, "doc": document_id, "client": client_id, "p": sorted(paragraphs), "u": encode_update(update)}


def is_drafting_op(op: Mapping[str, Any]) -> bool:
    return op.get("op") == YTEXT or op.get("e") in (*ENTITIES, TEXTS)


def document_of(op: Mapping[str, Any], rows: Mapping[str, Mapping[str, Any]]) -> str | None:
    """The document an op touches: ``rows`` maps a row id to its known fields (document_id...)."""
    if op.get("op") == YTEXT:
        return str(op["doc"])
    if op.get("e") == DOCUMENTS:
        return str(op["id"])
    fields = op.get("f") or {}
    if "document_id" in fields:
        return str(fields["document_id"])
    known = rows.get(str(op.get("id")))
    return str(known["document_id"]) if known and "document_id" in known else None


def _own(author: rules.Drafter, delegation: Any) -> Verdict:
    if delegation is not None and delegation != author.delegation:
        return Verdict(False, msg("draft.not_own_delegation", delegation=delegation))
    return ALLOWED


def _all(*verdicts: Verdict) -> Verdict:
    for v in verdicts:
        if not v.allowed:
            return v
    return ALLOWED


def may_apply(
    op: Mapping[str, Any],
    author: rules.Drafter,
    doc: rules.DocumentFacts,
    *,
    acts: Sequence[Act] = (),
    sessions: Mapping[int, str] | None = None,
) -> Verdict:
    """May ``author`` make drafting operation ``op`` on ``doc``? Pure: no database, no clock."""
    sessions = sessions or {}
    if op.get("op") == YTEXT:
        own = {c for c, person in sessions.items() if person == author.who.person_id}
        try:
            clean = insertions_only_from(decode_update(str(op["u"])), own)
        except (ValueError, KeyError):
            return Verdict(False, msg("error.invalid", detail="text update"))
        if not clean or int(op.get("client", 0)) not in own:
            return Verdict(False, msg("draft.foreign_session"))
        return rules.may_edit(author, doc)
    entity = op.get("e")
    if entity == TEXTS:  # derived from the text updates by the applier; nobody writes it directly
        return Verdict(False, msg("error.invalid", detail=f"{TEXTS} is derived, not written"))
    if op.get("op") == "del":
        if entity == COMMENTS:
            return rules.may_comment(author, doc)
        return rules.may_edit(author, doc)
    fields: Mapping[str, Any] = op.get("f") or {}
    if entity == SESSIONS:
        if fields.get("person_id") not in (None, author.who.person_id):
            return Verdict(False, msg("draft.foreign_session"))
        return rules.may_see(author, doc)
    if entity == DOCUMENTS:
        checks = [rules.may_edit(author, doc) if set(fields) - {"status", "silence_deadline"} else ALLOWED]
        if "audience" in fields and fields["audience"] != doc.audience.value and "meeting_id" not in fields:
            checks.append(rules.audience_fixed(doc.audience, Audience(fields["audience"])))
        status = fields.get("status")
        if (
            status in CHAIR_DOCUMENT_STATUSES
            or (status is not None and status != doc.status)
            or fields.get("silence_deadline")
        ):
            checks.append(rules.may_chair(author, doc))
        return _all(*checks)
    if entity == PARAGRAPHS:
        if fields.get("status") in CHAIR_PARAGRAPH_STATUSES:
            return rules.may_chair(author, doc)
        return rules.may_edit(author, doc)
    if entity == PROPOSALS:
        status = fields.get("status")
        if status in CHAIR_PROPOSAL_STATUSES:
            return rules.may_chair(author, doc)
        if status == ProposalStatus.WITHDRAWN:
            return _own(author, fields.get("delegation"))
        return _all(_own(author, fields.get("delegation")), rules.may_propose(author, doc, acts))
    if entity == POSITIONS:
        # one row per proposal and delegation: the id names the delegation too
        return _all(
            _own(author, fields.get("delegation")),
            _own(author, str(op.get("id", "")).rpartition(":")[2]),
            rules.may_take_position(author, doc, acts),
        )
    if entity == OBJECTIONS:
        return _all(
            _own(author, fields.get("delegation")),
            _own(author, str(op.get("id", "")).rpartition(":")[2]),
            rules.may_object(author, doc),
        )
    if entity == COMMENTS:
        return _all(_own(author, fields.get("delegation")), rules.may_comment(author, doc))
    if entity == VERSIONS:
        return rules.may_name_version(author, doc)
    if entity == TRANSLATIONS:
        return _all(_own(author, fields.get("delegation")), may_translate(author, doc))
    return Verdict(False, msg("error.invalid", detail=f"not a drafting operation: {entity}"))
