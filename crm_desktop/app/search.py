"""Global search: what a user typed, matched against the full-text index, as labelled results.

Each result says where it lives (``meeting_id``, ``agenda_id``, ``person_id``) so the desktop can
open the right view on it, and what it is in people's words, in the language asked for ("Declaración" /
"Declaration", "Reunión" / "Meeting"), never a table name; dates are short dates in words, countries
their names. Entities it does not know how to label are shown with their snippet.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app.bilingual import shown_title
from crm_desktop.app.drafting.titles import titles_in
from crm_desktop.app.errors import invalid
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.bilingual import record_in
from crm_desktop.domain.dates import short_date
from crm_desktop.domain.messages import CATALOGUE, Bilingual, msg
from crm_desktop.domain.reference import ProcessConfig, delegation_name
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
    kind: str = ""  # what the record is, in the language asked for: "Reunión", "Declaration"…


def kind_name(kind: str, lang: str) -> str:
    """The name of a kind of record ("meetings", "declaration", "decision"…) in ``lang``."""
    code = f"search.kind.{kind}"
    return msg(code if code in CATALOGUE else "search.kind.other").render(lang)


def _document_result(s: Session, config: ProcessConfig, hit: fts.Hit, lang: str) -> SearchResult | None:
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
    meeting = s.get(Meeting, doc.meeting_id)
    context = {"meeting_id": doc.meeting_id, "document_id": doc.id}
    title = titles_in(s, [doc], lang)[doc.id]
    if hit.entity == DraftText.__tablename__:
        detail = f"{kind_name(doc.doc_type, lang)} · {title}"
        kind = kind_name(hit.entity, lang)
        return SearchResult(hit.entity, hit.row_id, _plain(hit.snippet), detail, context, kind)
    detail = " · ".join(x for x in (doc.symbol, shown_title(config, meeting, lang) if meeting else "") if x)
    return SearchResult(hit.entity, hit.row_id, title, detail, context, kind_name(doc.doc_type, lang))


# Records a user navigates to come before the text they contain; within a kind, the index's rank.
PRIORITY = {"meetings": 0, "people": 1, DraftDocument.__tablename__: 2, "agenda_items": 3, "decisions": 4}


# What a person types in a search box; a longer text is refused rather than run against the index.
MAX_QUERY = 200


def search(ws: Workspace, text: str, *, limit: int = 40, lang: str = "es") -> list[SearchResult]:
    if len(text) > MAX_QUERY:
        raise invalid(msg("invalid.search_too_long", length=len(text), limit=MAX_QUERY))
    with ws.read() as s:
        hits = sorted(fts.search(s.connection(), text, limit=limit), key=lambda h: PRIORITY.get(h.entity, 9))
        out: list[SearchResult] = []
        for hit in hits:
            result: SearchResult | None = None
            if hit.entity == "meetings":
                m = s.get(Meeting, hit.row_id)
                if m is not None:
                    when = short_date(m.start, lang)
                    place = ", ".join(p for p in (m.city, delegation_name(m.host_country_id, lang)) if p)
                    detail = f"{when} · {place}" if place else when
                    kind = kind_name(hit.entity, lang)
                    result = SearchResult(
                        hit.entity, m.id, shown_title(ws.config, m, lang), detail, {"meeting_id": m.id}, kind
                    )
            elif hit.entity == "people":
                p = s.get(Person, hit.row_id)
                if p is not None:
                    where = delegation_name(p.country_id or p.organisation_id, lang)
                    detail = " · ".join(x for x in (where, record_in(p.institution, p.institution_en, lang)) if x)
                    kind = kind_name(hit.entity, lang)
                    result = SearchResult(hit.entity, p.id, p.name, detail, {"person_id": p.id}, kind)
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
                        Bilingual(item.title_es, item.title_en or item.title_es).render(lang),
                        shown_title(ws.config, meeting, lang),
                        {"meeting_id": meeting.id, "agenda_id": agenda.id},
                        kind_name(hit.entity, lang),
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
                    context = {"meeting_id": meeting.id}
                    kind = kind_name(decision.kind, lang)
                    result = SearchResult(
                        hit.entity, decision.id, text_, shown_title(ws.config, meeting, lang), context, kind
                    )
            elif hit.entity in (DraftDocument.__tablename__, DraftText.__tablename__):
                result = _document_result(s, ws.config, hit, lang)
            if result is None:
                result = _other(s, ws.config, hit, lang)
            out.append(result)
    return out


def _plain(snippet: str) -> str:
    """The index's snippet without the brackets marking the matched words."""
    return snippet.replace("[", "").replace("]", "")


def _other(session: Session, config: ProcessConfig, hit: fts.Hit, lang: str) -> SearchResult:
    """A row of an entity another subsystem indexed: its snippet, and its meeting when it has one."""
    table = Base.metadata.tables.get(hit.entity)
    context: dict[str, str] = {}
    if table is not None and "meeting_id" in table.c and "id" in table.c:
        meeting_id = session.execute(select(table.c.meeting_id).where(table.c.id == hit.row_id)).scalar()
        if meeting_id:
            context["meeting_id"] = str(meeting_id)
    meeting = session.get(Meeting, context["meeting_id"]) if "meeting_id" in context else None
    detail = shown_title(config, meeting, lang) if meeting is not None else ""
    return SearchResult(hit.entity, hit.row_id, _plain(hit.snippet), detail, context, kind_name(hit.entity, lang))
