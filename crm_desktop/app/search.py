"""Global search: what a user typed, matched against the full-text index, as labelled results.

Each result says where it lives (``meeting_id``, ``agenda_id``, ``person_id``) so the desktop can
open the right view on it; entities it does not know how to label are shown with their snippet.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app.workspace import Workspace
from crm_desktop.store import search as fts
from crm_desktop.store.schema import Agenda, AgendaItem, Base, Decision, Meeting, Person
from crm_desktop.store.tables.drafting import DraftDocument, DraftText


@dataclass(frozen=True, slots=True)
class SearchResult:
    entity: str  # table name: meetings, people, agenda_items, decisions, or another indexed entity
    row_id: str
    title: str
    detail: str  # a line of context: date, country, meeting title, or the matched snippet
    context: dict[str, str] = field(default_factory=dict)  # meeting_id / agenda_id / person_id


def _document_result(s: Session, hit: fts.Hit) -> SearchResult | None:
    """A negotiated document, or one of its paragraphs, opened in the context of its meeting."""
    doc_id = hit.row_id
    if hit.entity == DraftText.__tablename__:
        text_row = s.get(DraftText, hit.row_id)
        if text_row is None:
            return None
        doc_id = text_row.document_id
    doc = s.get(DraftDocument, doc_id)
    if doc is None:
        return None
    title = f"{doc.symbol} — {doc.title}" if hit.entity == DraftDocument.__tablename__ else hit.snippet
    detail = doc.title if hit.entity == DraftText.__tablename__ else doc.doc_type
    return SearchResult(hit.entity, hit.row_id, title, detail, {"meeting_id": doc.meeting_id, "document_id": doc.id})


# Records a user navigates to come before the text they contain; within a kind, the index's rank.
PRIORITY = {"meetings": 0, "people": 1, DraftDocument.__tablename__: 2, "agenda_items": 3, "decisions": 4}


def search(ws: Workspace, text: str, *, limit: int = 40) -> list[SearchResult]:
    with ws.read() as s:
        hits = sorted(fts.search(s.connection(), text, limit=limit), key=lambda h: PRIORITY.get(h.entity, 9))
        out: list[SearchResult] = []
        for hit in hits:
            result: SearchResult | None = None
            if hit.entity == "meetings":
                m = s.get(Meeting, hit.row_id)
                if m is not None:
                    when = m.start.date().isoformat()
                    place = ", ".join(p for p in (m.city, m.host_country_id) if p)
                    detail = f"{when} · {place}" if place else when
                    result = SearchResult(hit.entity, m.id, m.title, detail, {"meeting_id": m.id})
            elif hit.entity == "people":
                p = s.get(Person, hit.row_id)
                if p is not None:
                    detail = " · ".join(x for x in (p.country_id or p.organisation_id, p.institution) if x)
                    result = SearchResult(hit.entity, p.id, p.name, detail, {"person_id": p.id})
            elif hit.entity == "agenda_items":
                row = s.execute(
                    select(AgendaItem, Agenda, Meeting)
                    .join(Agenda, Agenda.id == AgendaItem.agenda_id)
                    .join(Meeting, Meeting.id == Agenda.meeting_id)
                    .where(AgendaItem.id == hit.row_id)
                ).first()
                if row is not None:
                    item, agenda, meeting = row
                    result = SearchResult(
                        hit.entity,
                        item.id,
                        item.title_es,
                        meeting.title,
                        {"meeting_id": meeting.id, "agenda_id": agenda.id},
                    )
            elif hit.entity == "decisions":
                decision_row = s.execute(
                    select(Decision, Meeting)
                    .join(Meeting, Meeting.id == Decision.meeting_id)
                    .where(Decision.id == hit.row_id)
                ).first()
                if decision_row is not None:
                    decision, meeting = decision_row
                    text_ = decision.text if len(decision.text) <= 120 else decision.text[:117] + "…"
                    result = SearchResult(hit.entity, decision.id, text_, meeting.title, {"meeting_id": meeting.id})
            elif hit.entity in (DraftDocument.__tablename__, DraftText.__tablename__):
                result = _document_result(s, hit)
            if result is None:
                result = _other(s, hit)
            out.append(result)
    return out


def _other(session: Session, hit: fts.Hit) -> SearchResult:
    """A row of an entity another subsystem indexed: its snippet, and its meeting when it has one."""
    table = Base.metadata.tables.get(hit.entity)
    context: dict[str, str] = {}
    if table is not None and "meeting_id" in table.c and "id" in table.c:
        meeting_id = session.execute(select(table.c.meeting_id).where(table.c.id == hit.row_id)).scalar()
        if meeting_id:
            context["meeting_id"] = str(meeting_id)
    plain = hit.snippet.replace("[", "").replace("]", "")
    return SearchResult(hit.entity, hit.row_id, plain, hit.entity, context)
