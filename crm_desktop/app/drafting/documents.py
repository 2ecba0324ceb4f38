"""Creating a negotiated document, with its symbol and first paragraphs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crm_desktop.app.drafting.core import _now, drafter, facts
from crm_desktop.app.errors import BadInput, invalid
from crm_desktop.app.lookup import get
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Changes, Workspace, new_id
from crm_desktop.domain import drafting_rules as rules
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience, Segment
from crm_desktop.domain.symbols import document_symbol
from crm_desktop.drafting import negotiation as neg
from crm_desktop.drafting.permissions import ytext_op
from crm_desktop.drafting.replica import DocumentReplica, new_client_id
from crm_desktop.drafting.structure import (
    DOC_TYPES,
    DocType,
    ParagraphKind,
    Section,
    key_between,
)
from crm_desktop.store.schema import Meeting
from crm_desktop.store.tables.drafting import (
    DraftDocument,
    DraftParagraph,
    DraftSession,
)


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


def _symbol(meeting: Meeting, doc_type: DocType, audience: Audience) -> str:
    """The scheme every document uses (``domain.symbols``): language editions of a text share it."""
    segment = Segment.CLOSED_DOOR if audience == Audience.CLOSED_DOOR else Segment.PLENARY
    return document_symbol(meeting.body_id, meeting.ordinal, meeting.start, doc_type.value, segment=segment)


def create_document(ws: Workspace, inp: DocumentInput, *, actor: str, paragraphs: Sequence[ParagraphInput] = ()) -> str:
    """A new document for a meeting; its audience is fixed for life (deleted text survives in CRDT history)."""
    try:
        info = DOC_TYPES[DocType(inp.doc_type)]
    except ValueError:
        raise BadInput(msg("draft.unknown_type", type=inp.doc_type)) from None
    if inp.language not in ("es", "en", "fr", "pt"):
        raise invalid(msg("invalid.language", value=inp.language))
    audience = Audience(inp.audience)
    doc_id = new_id()
    with ws.change(audience) as ch:
        meeting = get(ch.session, Meeting, inp.meeting_id, "meeting")
        require(rules.may_create(info.bodies, info.label_es, meeting.body_id, audience))
        who = drafter(ch.session, actor, meeting)
        title = inp.title or f"{info.label_es} — {meeting.title}"
        row = DraftDocument(
            id=doc_id,
            meeting_id=meeting.id,
            doc_type=DocType(inp.doc_type).value,
            symbol=inp.symbol or _symbol(meeting, DocType(inp.doc_type), audience),
            title=title,
            language=inp.language,
            audience=audience.value,
            commitments=info.commitments,
            status="draft",
        )
        require(rules.may_edit(who, facts(row)))
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
