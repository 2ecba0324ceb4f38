"""Producing the CRM's documents from a workspace: gathers the data, picks the audience, renders.

The Reports view and the CLI both call :func:`render_report`; :func:`report_audience` tells the
mail service who may receive a document; :func:`report_info` and :func:`choices` give a document's
title and audience without building its story. The renderers themselves (:mod:`crm_desktop.reports`)
know nothing of the database.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from reportlab.platypus.doctemplate import LayoutError
from sqlalchemy import select

from crm_desktop.app import agendas, report_texts
from crm_desktop.app.accreditation import list_accreditations
from crm_desktop.app.bilingual import delegation_names, meeting_title_en
from crm_desktop.app.errors import BadInput, NotFound, Refused, invalid
from crm_desktop.app.lookup import get
from crm_desktop.app.meetings import list_meetings, ppt_by_year
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import protocol, rules
from crm_desktop.domain.audiences import cleared_for
from crm_desktop.domain.bilingual import presenter_name
from crm_desktop.domain.kinds import REPORT_KINDS, REPORT_LANGS
from crm_desktop.domain.messages import Bilingual, msg
from crm_desktop.domain.model import AgendaStatus, Audience
from crm_desktop.reports import texts
from crm_desktop.reports.base import DocumentInfo, OfficialDocTemplate
from crm_desktop.reports.data import (
    AgendaDoc,
    AgendaEntry,
    CalendarDoc,
    CalendarEntry,
    MeetingHeader,
    NegotiatedDoc,
    ParticipantRow,
    ParticipantsDoc,
)
from crm_desktop.reports.documents import Printable, document_info, document_story, dossier_audience, is_blank
from crm_desktop.reports.dossier import DossierDoc
from crm_desktop.store.schema import Agenda, Country, Meeting, Organisation

KINDS = REPORT_KINDS
LANGS = REPORT_LANGS
TEXT_KINDS = ("declaration", "conclusions", "recommendations", "network-report", "compilation")


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """Which document to produce. ``year`` is for the calendar, ``meeting_id`` for everything else."""

    kind: str
    lang: str = "es"
    meeting_id: str | None = None
    year: int | None = None
    segment: str = "plenary"
    document_id: str | None = None
    closed_door: bool = False  # the dossier: include the closed-door agenda and list

    def validate(self) -> ReportRequest:
        if self.kind not in KINDS:
            raise invalid(msg("invalid.report_kind", value=self.kind, choices=", ".join(KINDS)))
        if self.lang not in LANGS:
            raise invalid(msg("invalid.report_lang", value=self.lang))
        if self.kind == "calendar":
            if self.year is None:
                raise invalid(msg("invalid.calendar_year"))
        elif not self.meeting_id and not self.document_id:
            raise invalid(msg("invalid.needs_meeting", kind=self.kind))
        if self.document_id is not None and self.kind not in TEXT_KINDS:
            raise invalid(msg("invalid.document_option", choices=", ".join(TEXT_KINDS), kind=self.kind))
        segment = self.segment.replace("-", "_")
        if segment not in ("plenary", "closed_door"):
            raise invalid(msg("invalid.segment", value=self.segment))
        return replace(self, segment=segment)


@dataclass(frozen=True, slots=True)
class RenderedReport:
    path: Path
    kind: str
    lang: str
    title: str
    symbol: str
    audience: str
    pages: int


# --- gathering ----------------------------------------------------------------------------------


def meeting_header(ws: Workspace, meeting_id: str) -> MeetingHeader:
    with ws.read() as s:
        m = get(s, Meeting, meeting_id, "meeting")
        country = s.get(Country, m.host_country_id) if m.host_country_id else None
        body = ws.config.body(m.body_id)
        return MeetingHeader(
            id=m.id,
            body_key=m.body_id,
            body_es=body.name_es,
            body_en=body.name_en,
            title=m.title,
            title_en=meeting_title_en(ws.config, m.body_id, m.title_en, m.ordinal, m.city),
            start=m.start,
            end=m.end,
            ordinal=m.ordinal,
            city=m.city,
            country_es=country.name_es if country else None,
            country_en=country.name_en if country else None,
            venue=m.venue,
            timezone=m.timezone,
        )


def _segment_audience(ws: Workspace, body_key: str, segment: str) -> str:
    seg = ws.config.body(body_key).segment(segment)
    return seg.audience if seg else Audience.PUBLIC.value


def agenda_doc(ws: Workspace, meeting_id: str, segment: str = "plenary") -> AgendaDoc:
    header = meeting_header(ws, meeting_id)
    with ws.read() as s:
        agenda = s.scalar(select(Agenda).where(Agenda.meeting_id == header.id, Agenda.segment == segment))
        if agenda is None:
            raise NotFound("agenda", f"{header.title} ({segment})")
        status, version, agenda_id = agenda.status, agenda.version, agenda.id
        start_time = agenda.start_time or "09:00"
        names = delegation_names(s)
    seg = ws.config.body(header.body_key).segment(segment)
    audience = _segment_audience(ws, header.body_key, segment)
    if audience == Audience.PUBLIC.value and status != "adopted":
        audience = Audience.MEMBERS.value  # a draft or preliminary agenda circulates among participants only
    item_theme_names = theme_names(ws)
    entries = tuple(
        AgendaEntry(
            label=i.label,
            depth=i.depth,
            title_es=i.title_es,
            title_en=i.title_en,
            kind=i.kind,
            starts=i.starts,
            duration_min=i.duration_min,
            presenter=presenter_name(i.presenter, names, "es") or None,
            presenter_en=presenter_name(i.presenter, names, "en") or None,
            theme=item_theme_names.get(i.topic or i.theme or ""),
            closed_door_topic=i.topic is not None,
        )
        for i in agendas.planned_items(ws, agenda_id)
    )
    return AgendaDoc(
        meeting=header,
        segment_key=segment,
        segment_es=seg.name_es if seg else segment,
        segment_en=seg.name_en if seg else segment,
        status=status,
        version=version,
        audience=audience,
        entries=entries,
        start_time=start_time,
    )


def theme_names(ws: Workspace) -> dict[str, tuple[str, str]]:
    """Spanish and English names of the agenda's themes (the Plan of Action's) and closed-door topics."""
    from crm_desktop.app.plan_of_action import themes
    from crm_desktop.domain.agenda_topics import CLOSED_DOOR_TOPICS

    names = {t.key: (t.name_es, t.name_en) for t in themes(ws)}
    return names | {k: (v.es, v.en) for k, v in CLOSED_DOOR_TOPICS.items()}


def participants_doc(ws: Workspace, meeting_id: str, segment: str = "plenary") -> ParticipantsDoc:
    header = meeting_header(ws, meeting_id)
    with ws.read() as s:
        countries = {c.id: (c.name_es, c.name_en) for c in s.scalars(select(Country))}
        orgs = {o.id: (o.name_es, o.name_en) for o in s.scalars(select(Organisation))}
    names = {**orgs, **countries}
    rows = tuple(
        ParticipantRow(
            name=a["name"],
            category=a["category"],
            delegation=a["delegation"],
            delegation_es=names.get(a["delegation"], (a["delegation"], a["delegation"]))[0],
            delegation_en=names.get(a["delegation"], (a["delegation"], a["delegation"]))[1],
            title=a["title"],
            institution=a["institution"],
            title_en=a["title_en"],
            institution_en=a["institution_en"],
            rank=a["rank"] or protocol.rank_from_roles(a["roles"]),
            head=a["head"],
            gender=a["gender"],
            honorific=a["honorific"],
            email=a["email"],
            phone=a["phone"],
        )
        for a in list_accreditations(ws, header.id)
        if a["segment"] == segment
    )
    audience = _segment_audience(ws, header.body_key, segment)
    if audience == Audience.PUBLIC.value:
        audience = Audience.MEMBERS.value  # names and institutions of delegates are not published
    return ParticipantsDoc(meeting=header, segment_key=segment, audience=audience, rows=rows)


def calendar_doc(ws: Workspace, year: int) -> CalendarDoc:
    with ws.read() as s:
        countries = {c.id: (c.name_es, c.name_en) for c in s.scalars(select(Country))}
    entries = []
    for r in list_meetings(ws, year=year):
        body = ws.config.body(r["body"])
        host = countries.get(r["host_country"] or "", (None, None))
        entries.append(
            CalendarEntry(
                start=datetime.fromisoformat(r["start"]),
                end=datetime.fromisoformat(r["end"]),
                body_es=body.short_es,
                body_en=body.short_en,
                title=r["title"],
                title_en=meeting_title_en(ws.config, r["body"], r["title_en"], r["ordinal"], r["city"]),
                status=r["status"],
                colour=body.colour,
                city=r["city"],
                country_es=host[0],
                country_en=host[1],
            )
        )
    ppt = ppt_by_year(ws).get(year)
    ppt_names = countries.get(ppt or "", (None, None))
    return CalendarDoc(year=year, entries=tuple(entries), ppt_es=ppt_names[0], ppt_en=ppt_names[1])


class Gathered:
    """The data documents gathered for one request or one list of them, each gathered once:
    :func:`choices` asks every document in two languages (an agenda or a list of participants does
    not depend on the language) and the dossier joins the documents listed before it."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._headers: dict[str, MeetingHeader] = {}
        self._agendas: dict[tuple[str, str], AgendaDoc] = {}
        self._lists: dict[tuple[str, str], ParticipantsDoc] = {}
        self._texts: dict[tuple[str, str, str, str, str | None], NegotiatedDoc] = {}

    def header(self, meeting_id: str) -> MeetingHeader:
        if meeting_id not in self._headers:
            self._headers[meeting_id] = meeting_header(self.ws, meeting_id)
        return self._headers[meeting_id]

    def agenda(self, meeting_id: str, segment: str) -> AgendaDoc:
        if (meeting_id, segment) not in self._agendas:
            self._agendas[meeting_id, segment] = agenda_doc(self.ws, meeting_id, segment)
        return self._agendas[meeting_id, segment]

    def participants(self, meeting_id: str, segment: str) -> ParticipantsDoc:
        if (meeting_id, segment) not in self._lists:
            self._lists[meeting_id, segment] = participants_doc(self.ws, meeting_id, segment)
        return self._lists[meeting_id, segment]

    def text(
        self, header: MeetingHeader, kind: str, *, lang: str, segment: str = "plenary", document_id: str | None = None
    ) -> NegotiatedDoc:
        key = (header.id, kind, lang, segment, document_id)
        if key not in self._texts:
            self._texts[key] = report_texts.negotiated_doc(
                self.ws, header, kind, lang=lang, segment=segment, document_id=document_id
            )
        return self._texts[key]


# --- rendering ----------------------------------------------------------------------------------


def _part_docs(got: Gathered, req: ReportRequest) -> list[AgendaDoc | ParticipantsDoc | NegotiatedDoc]:
    """The data of the documents a session dossier joins, in order (each with something to print)."""
    assert req.meeting_id is not None
    ws = got.ws
    header = got.header(req.meeting_id)
    segments = ["plenary", "closed_door"] if req.closed_door else ["plenary"]
    parts: list[AgendaDoc | ParticipantsDoc | NegotiatedDoc] = []
    for segment in segments:
        try:
            agenda = got.agenda(header.id, segment)
        except NotFound:
            continue
        if agenda.entries:
            parts.append(agenda)
    for segment in segments:
        if ws.config.body(header.body_key).segment(segment) is not None:
            people = got.participants(header.id, segment)
            if people.rows:  # an empty part is left out, as an empty document is not printed
                parts.append(people)
    drafts = [
        doc
        for doc in report_texts.drafting_documents(ws, header.id)
        if req.closed_door or doc["audience"] not in report_texts.CONFIDENTIAL
    ]
    if drafts:
        lang = req.lang if req.lang in ("es", "en") else "es"
        seen: set[tuple[str, str]] = set()
        for doc in drafts:  # one per type and audience: the bilingual counterpart joins its original
            if (doc["type"], doc["audience"]) in seen:
                continue
            seen.add((doc["type"], doc["audience"]))
            kind = report_texts.KIND_OF.get(doc["type"], "declaration")
            segment = "closed_door" if doc["audience"] in report_texts.CONFIDENTIAL else "plenary"
            chosen = report_texts.find_document(ws, header.id, kind, lang=lang, segment=segment) or doc["id"]
            text = got.text(header, kind, lang=req.lang, document_id=chosen)
            if not texts.is_empty(text):
                parts.append(text)
        return parts
    for kind in _dossier_text_kinds(ws.config.body(header.body_key).documents):
        text = got.text(header, kind, lang=req.lang)
        if not texts.is_empty(text):
            parts.append(text)
    return parts


def _dossier_text_kinds(body_documents: tuple[str, ...]) -> list[str]:
    mapping = {
        "declaration": "declaration",
        "conclusions": "conclusions",
        "recommendations": "recommendations",
        "network_report": "network-report",
    }
    return [mapping[d] for d in body_documents if d in mapping]


def report_doc(ws: Workspace, req: ReportRequest, *, gathered: Gathered | None = None) -> Printable:
    """The data the document is printed from (taken from ``gathered`` when gathered before).

    A document the meeting's body does not produce, or one with nothing to print, is refused
    rather than printed as an official-looking empty page.
    """
    req = req.validate()
    got = gathered or Gathered(ws)
    doc: Printable
    if req.kind == "calendar":
        assert req.year is not None
        doc = calendar_doc(ws, req.year)
    elif req.kind == "agenda":
        assert req.meeting_id is not None
        doc = got.agenda(req.meeting_id, req.segment)
    elif req.kind == "participants":
        assert req.meeting_id is not None
        doc = got.participants(req.meeting_id, req.segment)
    elif req.kind == "dossier":
        assert req.meeting_id is not None
        doc = DossierDoc(got.header(req.meeting_id), tuple(_part_docs(got, req)))
    else:
        doc = _text(got, req)
    _require(not is_blank(doc), req.kind, str(doc.year) if isinstance(doc, CalendarDoc) else doc.meeting.title)
    return doc


def report_story(ws: Workspace, req: ReportRequest) -> tuple[DocumentInfo, list[object]]:
    """The document's metadata and Platypus story (the view can preview it before saving); refused
    as :func:`report_doc` refuses."""
    info, story = document_story(report_doc(ws, req), req.lang)
    return info, list(story)


def report_info(ws: Workspace, req: ReportRequest, *, gathered: Gathered | None = None) -> DocumentInfo:
    """The document's metadata (title, symbol, audience) without building its story; refused as
    :func:`report_doc` refuses, so a document offered is one that prints."""
    return document_info(report_doc(ws, req, gathered=gathered), req.lang)


def _require(content: bool, kind: str, what: str) -> None:
    if not content:
        raise BadInput(msg("report.empty", kind=kind_name(kind), meeting=what))


def kind_name(kind: str) -> Bilingual:
    es, en = texts.TITLES.get(kind) or KIND_NAMES[kind]
    return Bilingual(es, en)


KIND_NAMES = {
    "agenda": ("Agenda", "Agenda"),
    "participants": ("Lista de participantes", "List of participants"),
    "calendar": ("Calendario anual de reuniones", "Annual calendar of meetings"),
    "dossier": ("Expediente de la reunión", "Meeting dossier"),
}


def _text(got: Gathered, req: ReportRequest) -> NegotiatedDoc:
    ws = got.ws
    meeting_id = req.meeting_id or report_texts.meeting_of_document(ws, req.document_id or "")
    header = got.header(meeting_id)
    if req.document_id is None and req.kind != "compilation":
        body = ws.config.body(header.body_key)
        produced = _dossier_text_kinds(body.documents)
        drafted = {doc["kind"] for doc in report_texts.drafting_documents(ws, header.id)}
        if req.kind not in produced and req.kind not in drafted:
            names = ", ".join(kind_name(k).es for k in produced) or "—"
            names_en = ", ".join(kind_name(k).en for k in produced) or "—"
            raise Refused(
                msg(
                    "report.not_produced",
                    body=Bilingual(body.name_es, body.name_en),
                    kind=kind_name(req.kind),
                    produced=Bilingual(names, names_en),
                )
            )
    return got.text(header, req.kind, lang=req.lang, segment=req.segment, document_id=req.document_id)


def report_audience(ws: Workspace, req: ReportRequest) -> str:
    """Who may see the document (an :class:`Audience` value), without rendering it."""
    req = req.validate()
    if req.kind == "calendar":
        return Audience.PUBLIC.value
    assert req.meeting_id is not None
    if req.kind == "agenda":
        return agenda_doc(ws, req.meeting_id, req.segment).audience
    if req.kind == "participants":
        return participants_doc(ws, req.meeting_id, req.segment).audience
    if req.kind == "dossier":
        got = Gathered(ws)
        return dossier_audience(DossierDoc(got.header(req.meeting_id), tuple(_part_docs(got, req))), req.lang)
    return _text(Gathered(ws), req).audience


def report_readers(ws: Workspace, req: ReportRequest, audience: str) -> frozenset[str]:
    """The categories of person who may receive the document (values of :class:`Category`).

    Those cleared for its ``audience``, and for a preliminary agenda the delegations consulted on it.
    Seed, A: "Una versión preliminar de la Agenda se comparte con todos los países miembros y los
    organismos internacionales observadores con el fin de obtener aportes que la enriquezcan." A draft
    agenda stays among the members; the preliminary one also reaches the observer organisations where
    the segment admits them (:func:`rules.preliminary_agenda_consulted`), never an observer country.
    """
    readers = cleared_for(audience)
    req = req.validate()
    if req.kind == "agenda" and req.meeting_id is not None:
        doc = agenda_doc(ws, req.meeting_id, req.segment)
        if doc.status == AgendaStatus.PRELIMINARY.value:
            consulted = rules.preliminary_agenda_consulted(ws.config.body(doc.meeting.body_key), req.segment)
            readers |= {c.value for c in consulted}
    return readers


def render_report(ws: Workspace, req: ReportRequest, out: Path) -> RenderedReport:
    """Render the document into ``out`` (written to a temporary name, then renamed: never half a file)."""
    req = req.validate()
    info, story = report_story(ws, req)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        pages = _build(OfficialDocTemplate(str(tmp), info), story)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return RenderedReport(
        path=out,
        kind=req.kind,
        lang=req.lang,
        title=info.title,
        symbol=info.symbol,
        audience=info.audience,
        pages=pages,
    )


def _build(doc: OfficialDocTemplate, story: list[object]) -> int:
    """Lay the story out; a hostile or absurd input (a 100,000-character name) that cannot be laid
    out is refused as bad input rather than ending in a traceback."""
    try:
        return doc.build_story(story)
    except LayoutError:
        raise BadInput(msg("report.too_large")) from None


def render_bytes(ws: Workspace, req: ReportRequest) -> tuple[RenderedReport, bytes]:
    """Render in memory (a preview before saving); the returned path is empty."""
    req = req.validate()
    info, story = report_story(ws, req)
    buffer = io.BytesIO()
    pages = _build(OfficialDocTemplate(buffer, info), story)
    meta = RenderedReport(Path(), req.kind, req.lang, info.title, info.symbol, info.audience, pages)
    return meta, buffer.getvalue()


@dataclass(frozen=True, slots=True)
class ReportChoice:
    """One document the Reports view offers for a meeting."""

    request: ReportRequest
    title_es: str
    title_en: str
    audience: str


def choices(ws: Workspace, meeting_id: str) -> list[ReportChoice]:
    """Everything that can be printed for a meeting, in the order a dossier joins them."""
    got = Gathered(ws)
    header = got.header(meeting_id)
    requests: list[ReportRequest] = []
    body = ws.config.body(header.body_key)
    with ws.read() as s:
        segments = set(s.scalars(select(Agenda.segment).where(Agenda.meeting_id == header.id)))
    for seg in body.segments:
        if seg.key in segments:
            requests.append(ReportRequest("agenda", meeting_id=header.id, segment=seg.key))
    requests += [ReportRequest("participants", meeting_id=header.id, segment=seg.key) for seg in body.segments]
    drafts = report_texts.drafting_documents(ws, header.id)
    for doc in drafts:
        segment = "closed_door" if doc["audience"] in report_texts.CONFIDENTIAL else "plenary"
        kinds = [doc["kind"]] + (["compilation"] if doc["status"] != "adopted" else [])
        requests += [ReportRequest(k, meeting_id=header.id, segment=segment, document_id=doc["id"]) for k in kinds]
    if not drafts:
        requests += [ReportRequest(k, meeting_id=header.id) for k in _dossier_text_kinds(body.documents)]
    requests.append(ReportRequest("dossier", meeting_id=header.id))
    out = []
    for req in requests:
        try:
            titles = {code: report_info(ws, replace(req, lang=code), gathered=got) for code in ("es", "en")}
        except (BadInput, Refused):
            continue  # nothing to print (yet): not offered
        out.append(ReportChoice(req, titles["es"].title, titles["en"].title, titles["es"].audience))
    return out
