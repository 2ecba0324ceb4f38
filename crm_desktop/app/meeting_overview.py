"""Everything the meeting page shows, gathered in one read: segments, venue, host, PPT, delegations,
agendas, decisions, negotiated documents, rule warnings and the status changes the rules allow next."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from crm_desktop.app import decisions, drafting, meetings
from crm_desktop.app.bilingual import shown_title
from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import rules
from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.messages import Bilingual, Message
from crm_desktop.domain.model import MEETING_STATUS_ORDER, MeetingStatus
from crm_desktop.domain.reference import countries, organisations
from crm_desktop.store.schema import Accreditation, Agenda, AgendaItem, Meeting, PresidencyTerm


@dataclass(frozen=True, slots=True)
class SegmentSummary:
    key: str
    name: Bilingual
    closed_door: bool
    people: int
    delegations: int


@dataclass(frozen=True, slots=True)
class DelegationSummary:
    key: str  # country code or organisation key
    name: Bilingual
    people: int


@dataclass(frozen=True, slots=True)
class AgendaSummary:
    id: str
    segment: str
    segment_name: Bilingual
    status: str
    version: int
    items: int
    minutes: int


@dataclass(frozen=True, slots=True)
class DecisionSummary:
    id: str
    number: int
    kind: str
    text: str
    status: str


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    id: str
    symbol: str
    title: str  # in the language the overview was read in
    status: str  # draft | silence | adopted
    version: str | None


@dataclass(frozen=True, slots=True)
class MeetingOverview:
    id: str
    title: str
    ordinal: str | None
    body: str
    body_name: Bilingual
    colour: str
    start: datetime
    end: datetime
    timezone: str
    host_country: str | None
    host_name: Bilingual | None
    city: str | None
    venue: str | None
    notes: str | None
    status: str
    ppt: str | None
    ppt_name: Bilingual | None
    segments: tuple[SegmentSummary, ...]
    delegations: tuple[DelegationSummary, ...]
    agendas: tuple[AgendaSummary, ...]
    decisions: tuple[DecisionSummary, ...]
    documents: tuple[DocumentSummary, ...]
    warnings: tuple[Message, ...]
    next_statuses: tuple[str, ...]
    title_en: str = ""  # the English title (typed, else the default one)

    def title_in(self, lang: str) -> str:
        """The title the window shows in ``lang``."""
        return in_lang(self.title, self.title_en or self.title, lang)


def _names() -> dict[str, Bilingual]:
    names = {c.code: Bilingual(c.name_es, c.name_en) for c in countries()}
    names.update({o.key: Bilingual(o.acronym, o.acronym) for o in organisations()})
    return names


def overview(ws: Workspace, meeting_id: str, lang: str = "es") -> MeetingOverview:
    """A meeting's page (its documents' titles in ``lang``)."""
    names = _names()
    with ws.read() as s:
        m = get(s, Meeting, meeting_id, "meeting")
        body = ws.config.body(m.body_id)
        ppt = s.scalar(select(PresidencyTerm.country_id).where(PresidencyTerm.year == m.start.year))
        acc = s.execute(
            select(Accreditation.segment, Accreditation.delegation, Accreditation.person_id).where(
                Accreditation.meeting_id == m.id
            )
        ).all()
        agenda_rows = s.execute(
            select(Agenda, func.count(AgendaItem.id), func.coalesce(func.sum(AgendaItem.duration_min), 0))
            .outerjoin(AgendaItem, AgendaItem.agenda_id == Agenda.id)
            .where(Agenda.meeting_id == m.id)
            .group_by(Agenda.id)
            .order_by(Agenda.segment)
        ).all()
    segments = []
    for seg in body.segments:
        rows = [a for a in acc if a.segment == seg.key]
        segments.append(
            SegmentSummary(
                seg.key, seg.label, seg.closed_door, len({r.person_id for r in rows}), len({r.delegation for r in rows})
            )
        )
    per_delegation = Counter(delegation for delegation, _ in {(a.delegation, a.person_id) for a in acc})
    delegation_rows = tuple(
        DelegationSummary(key, names.get(key, Bilingual(key, key)), count)
        for key, count in sorted(per_delegation.items(), key=lambda kv: names.get(kv[0], Bilingual(kv[0], "")).es)
    )
    agendas = []
    for agenda, count, minutes in agenda_rows:
        seg_cfg = body.segment(agenda.segment)
        agendas.append(
            AgendaSummary(
                agenda.id,
                agenda.segment,
                seg_cfg.label if seg_cfg else Bilingual(agenda.segment, agenda.segment),
                agenda.status,
                agenda.version,
                int(count),
                int(minutes),
            )
        )
    decision_rows = tuple(
        DecisionSummary(d["id"], d["number"], d["kind"], d["text"], d["status"])
        for d in decisions.decisions_of(ws, m.id)
    )
    documents = tuple(
        DocumentSummary(d["id"], d["symbol"], d["shown_title"], d["status"], d["version"])
        for d in drafting.list_documents(ws, meeting_id=m.id, lang=lang)
    )
    warnings = meetings.warnings(ws, m.id).get(m.id, [])
    status = MeetingStatus(m.status)
    next_statuses = tuple(s.value for s in MEETING_STATUS_ORDER if s in rules.MEETING_TRANSITIONS[status])
    return MeetingOverview(
        id=m.id,
        title=m.title,
        ordinal=m.ordinal,
        body=body.key,
        body_name=body.label,
        colour=body.colour,
        start=m.start,
        end=m.end,
        timezone=m.timezone,
        host_country=m.host_country_id,
        host_name=names.get(m.host_country_id) if m.host_country_id else None,
        city=m.city,
        venue=m.venue,
        notes=m.notes,
        status=m.status,
        ppt=ppt,
        ppt_name=names.get(ppt) if ppt else None,
        segments=tuple(segments),
        delegations=delegation_rows,
        agendas=tuple(agendas),
        decisions=decision_rows,
        documents=documents,
        warnings=tuple(warnings),
        next_statuses=next_statuses,
        title_en=shown_title(ws.config, m, "en"),
    )
