"""What an editor shows: the document view, the list of documents."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app.bilingual import shown_title
from crm_desktop.app.drafting.core import _labels, _last_version, _objections, _paragraph_rows, _texts
from crm_desktop.app.drafting.titles import titles_in
from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.translations import other_language
from crm_desktop.drafting import negotiation as neg
from crm_desktop.drafting.structure import (
    Section,
    display_label,
)
from crm_desktop.store.schema import Meeting
from crm_desktop.store.tables.drafting import (
    DraftDocument,
    DraftPosition,
    DraftProposal,
)


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
    meeting_title_en: str = ""  # the meeting's English title (typed, else the default one)

    title_translated: str = ""  # the title in the other language (``app.drafting.titles``)

    def meeting_title_in(self, lang: str) -> str:
        return in_lang(self.meeting_title, self.meeting_title_en or self.meeting_title, lang)

    def title_in(self, lang: str) -> str:
        """The title as the window shows it in ``lang``."""
        return self.title if lang == self.language else self.title_translated or self.title


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
        stances = positions.get(p.id, [])
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
                tuple(sorted(x.delegation for x in stances if x.stance == neg.Stance.SUPPORT.value)),
                tuple(sorted(x.delegation for x in stances if x.stance == neg.Stance.OPPOSE.value)),
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
            shown_title(ws.config, meeting, "en"),
            titles_in(s, [doc], other_language(doc.language))[doc.id],
        )


def list_documents(ws: Workspace, *, meeting_id: str | None = None, lang: str = "es") -> list[dict[str, Any]]:
    """The documents (of one meeting), with ``shown_title`` and ``meeting_shown_title`` in ``lang``."""
    with ws.read() as s:
        q = select(DraftDocument, Meeting).join(Meeting, Meeting.id == DraftDocument.meeting_id)
        if meeting_id:
            q = q.where(DraftDocument.meeting_id == get(s, Meeting, meeting_id, "meeting").id)
        found = s.execute(q.order_by(Meeting.start, DraftDocument.symbol)).all()
        shown = titles_in(s, (doc for doc, _ in found), lang)
        out = []
        for doc, meeting in found:
            last = _last_version(s, doc.id)
            out.append(
                {
                    "id": doc.id,
                    "title": doc.title,
                    "shown_title": shown[doc.id],
                    "type": doc.doc_type,
                    "meeting": meeting.id,
                    "meeting_title": meeting.title,
                    "meeting_shown_title": shown_title(ws.config, meeting, lang),
                    "symbol": doc.symbol,
                    "audience": doc.audience,
                    "status": doc.status,
                    "version": last.label if last else None,
                }
            )
        return out
