"""Negotiated texts for printing: the drafting group's documents, else the meeting's recorded decisions.

A drafting document (:mod:`crm_desktop.app.drafting`) becomes a
:class:`~crm_desktop.reports.data.NegotiatedDoc`: its sections and numbering as the drafting group
sees them, sub-items under their paragraph, the counterpart in the other language (same meeting,
type and audience) for the bilingual edition, and, in the compilation form, every open proposal
written into the text where it applies (additions underlined, deletions struck through, each with
its delegation). A meeting without drafting documents prints its recorded decisions,
recommendations and conclusions instead.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from crm_desktop.app import decisions
from crm_desktop.app import drafting as d
from crm_desktop.app.drafting.translations import Translation, translations
from crm_desktop.app.errors import NotFound, invalid
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.grammar import in_lang, quoted
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience
from crm_desktop.domain.rules import RuleViolation
from crm_desktop.domain.vocabulary import text_lang
from crm_desktop.drafting import negotiation as neg
from crm_desktop.drafting.structure import SECTION_LABELS, Section
from crm_desktop.reports import texts
from crm_desktop.reports.data import MeetingHeader, NegotiatedDoc, Segment, TextParagraph, TextSection
from crm_desktop.reports.labels import LABELS, label
from crm_desktop.store.tables.drafting import DraftDocument

# report kind → drafting document type
DOC_TYPES = {
    "declaration": "declaration",
    "conclusions": "conclusions",
    "recommendations": "recommendations",
    "network-report": "network_report",
}
# the kind a drafting document prints as, by its type
KIND_OF = {
    "declaration": "declaration",
    "conclusions": "conclusions",
    "recommendations": "recommendations",
    "network_report": "network-report",
    "work_plan": "network-report",
}
COMPILATION_PREFERENCE = ("declaration", "recommendations", "conclusions", "network_report", "work_plan")
CONFIDENTIAL = (Audience.CLOSED_DOOR.value, Audience.SECRETARIAT.value)

_DECISION_KINDS = {
    "declaration": ("decision",),
    "conclusions": ("conclusion",),
    "recommendations": ("recommendation",),
    "network-report": ("conclusion", "recommendation", "decision"),
    "compilation": ("decision", "recommendation", "conclusion"),
}
TEXT_AUDIENCE = {
    "declaration": Audience.PUBLIC.value,
    "conclusions": Audience.MEMBERS.value,
    "recommendations": Audience.MEMBERS.value,
    "network-report": Audience.MEMBERS.value,
    "compilation": Audience.MEMBERS.value,
}
_SECTION_TITLES = {
    "decision": ("Decisiones", "Decisions"),
    "conclusion": ("Conclusiones", "Conclusions"),
    "recommendation": ("Recomendaciones", "Recommendations"),
}


# --- choosing the document ----------------------------------------------------------------------


def _documents(ws: Workspace, meeting_id: str) -> list[DraftDocument]:
    with ws.read() as s:
        return list(s.scalars(select(DraftDocument).where(DraftDocument.meeting_id == meeting_id)))


def find_document(ws: Workspace, meeting_id: str, kind: str, *, lang: str, segment: str) -> str | None:
    """The drafting document a report of ``kind`` prints for the meeting (None: there is none).

    The closed-door segment picks the confidential document; the plenary, the one everybody may
    see. Among several languages, the one asked for comes first, then Spanish.
    """
    confidential = segment == "closed_door"
    candidates = [doc for doc in _documents(ws, meeting_id) if (doc.audience in CONFIDENTIAL) == confidential]
    if kind == "compilation":
        open_ = [doc for doc in candidates if doc.status != "adopted"] or candidates
        candidates = sorted(
            open_,
            key=lambda doc: (
                COMPILATION_PREFERENCE.index(doc.doc_type)
                if doc.doc_type in COMPILATION_PREFERENCE
                else len(COMPILATION_PREFERENCE)
            ),
        )
    else:
        candidates = [doc for doc in candidates if doc.doc_type == DOC_TYPES.get(kind)]
    if not candidates:
        return None
    preferred = text_lang(lang)
    candidates.sort(key=lambda doc: (doc.language != preferred, doc.language != "es"))
    if kind == "compilation":  # keep the type preference first, language second
        first_type = candidates[0].doc_type
        candidates = [doc for doc in candidates if doc.doc_type == first_type]
    return candidates[0].id


def _counterpart(ws: Workspace, view: d.DocumentView) -> d.DocumentView | None:
    """The same document in the other language, when the drafting group keeps one."""
    for doc in _documents(ws, view.meeting_id):
        if (
            doc.id != view.id
            and doc.doc_type == view.doc_type
            and doc.audience == view.audience
            and doc.language != view.language
        ):
            return d.document_view(ws, doc.id)
    return None


# --- converting ---------------------------------------------------------------------------------


def _proposal_text(pr: d.ProposalRow, lang: str) -> str:
    if pr.kind == neg.ProposalKind.REPLACE.value:
        return f"{quoted(pr.old, lang)} → {quoted(pr.new, lang)}"
    if pr.kind == neg.ProposalKind.DELETE.value:
        return f"− {quoted(pr.old, lang)}"
    return f"+ {quoted(pr.new, lang)}"


def paragraph_segments(
    text: str, proposals: tuple[d.ProposalRow, ...], *, lang: str = "es"
) -> tuple[tuple[Segment, ...], tuple[str, ...]]:
    """The paragraph's text with its open text proposals written in; proposals that cannot be
    placed (their quote is gone, or they overlap another) come back as notes."""
    placed: list[tuple[int, int, d.ProposalRow]] = []
    notes: list[str] = []
    for pr in proposals:
        if pr.kind not in {k.value for k in neg.TEXT_KINDS}:
            continue
        try:
            start, end = neg.span(text, neg.Amendment(neg.ProposalKind(pr.kind), pr.old, pr.new, pr.anchor))
        except (RuleViolation, ValueError):
            notes.append(_note(pr, lang))
            continue
        if any((start < e and s < end) or start == end == s == e for s, e, _ in placed):
            notes.append(_note(pr, lang))
            continue
        placed.append((start, end, pr))
    placed.sort(key=lambda x: (x[0], x[1]))
    segments: list[Segment] = []
    pos = 0
    for start, end, pr in placed:
        if start > pos:
            segments.append(Segment(text[pos:start]))
        if pr.kind in (neg.ProposalKind.REPLACE.value, neg.ProposalKind.DELETE.value):
            by = pr.delegation if pr.kind == neg.ProposalKind.DELETE.value else None
            segments.append(Segment(text[start:end], change="delete", by=by))
        if pr.kind in (neg.ProposalKind.REPLACE.value, neg.ProposalKind.INSERT.value):
            segments.append(Segment(pr.new, change="add", by=pr.delegation))
        pos = end
    if pos < len(text) or not segments:
        segments.append(Segment(text[pos:]))
    return tuple(segments), tuple(notes)


def _note(pr: d.ProposalRow, lang: str) -> str:
    return label("text.unplaced", text_lang(lang), by=pr.delegation, what=_proposal_text(pr, lang))


def _number(row: d.ParagraphRow, *, compilation: bool) -> str:
    section = Section(row.section)
    if row.parent_id is not None:
        return row.label
    if section == Section.PREAMBLE:
        return f"PP{row.label}" if compilation and row.label else ""
    if section == Section.ANNEX and compilation and row.label:
        return f"D{row.label}"
    return row.label


def from_drafting(
    view: d.DocumentView,
    meeting: MeetingHeader,
    *,
    compilation: bool,
    counterpart: d.DocumentView | None = None,
    revised_on: date | None = None,
    adopted_on: date | None = None,
    translated: dict[str, Translation] | None = None,
) -> NegotiatedDoc:
    """A drafting document as printable data (``compilation``: with brackets, statuses and proposals).

    The other language's text comes from the ``counterpart`` document the drafting group keeps in
    that language, else from the paragraphs' ``translated`` text (marked when it is outdated)."""
    lang = text_lang(view.language)
    other = {(p.section, p.label, p.parent_id is not None): p for p in counterpart.paragraphs} if counterpart else {}
    translated = translated or {}

    def convert(row: d.ParagraphRow, children: list[d.ParagraphRow]) -> TextParagraph:
        if compilation:
            segments, notes = paragraph_segments(row.text, row.proposals, lang=lang)
        else:
            segments, notes = (Segment(row.text),), ()
        twin = other.get((row.section, row.label, row.parent_id is not None))
        version = translated.get(row.id)
        outdated = ""
        if twin is not None:
            twin_segments: tuple[Segment, ...] = (Segment(twin.text),)
        elif version is not None and version.text:
            twin_segments = (Segment(version.text),)
            outdated = version.lang if version.outdated else ""
        else:
            twin_segments = ()
        es, en = (segments, twin_segments) if lang == "es" else (twin_segments, segments)
        status = "heading" if row.kind == "heading" else (row.status if compilation else "adopted")
        return TextParagraph(
            number=_number(row, compilation=compilation),
            segments=es,
            segments_en=en,
            status=status,
            items=tuple(convert(c, []) for c in children),
            notes=notes,
            outdated_lang=outdated,
        )

    sections = []
    for section in (Section.PREAMBLE, Section.OPERATIVE, Section.ANNEX):
        rows = [p for p in view.paragraphs if p.section == section.value]
        top = [p for p in rows if p.parent_id is None]
        paragraphs = tuple(convert(p, [c for c in rows if c.parent_id == p.id]) for p in top)
        if not paragraphs:
            continue
        es_title, en_title = SECTION_LABELS[section]
        if not compilation and section != Section.ANNEX:
            es_title = en_title = ""  # a final text does not head its preamble and operative part
        sections.append(TextSection(es_title, en_title, paragraphs, role=section.value))
    if compilation and view.new_paragraph_proposals:
        es_title, en_title = LABELS["text.new_paragraphs"]
        proposed = tuple(
            TextParagraph(
                number="",
                segments=(Segment(pr.new, change="add", by=pr.delegation),),
                segments_en=(),
                status="proposed",
            )
            for pr in view.new_paragraph_proposals
        )
        sections.append(TextSection(es_title, en_title, proposed))
    kind = "compilation" if compilation else KIND_OF.get(view.doc_type, "declaration")
    revision = int(view.version[4:]) if view.version and view.version.startswith("Rev.") else 0
    symbol = view.symbol
    if compilation and view.version:
        symbol += f"/{view.version}"
    # without a counterpart the other language's edition carries the kind's standard title, never
    # the title in the language it was written in
    standard_es, standard_en = texts.TITLES[KIND_OF.get(view.doc_type, "declaration")]
    # a translated title heading that repeats the document's title is the title's translation
    heading = next((p for p in view.paragraphs if p.section == Section.TITLE.value and p.text == view.title), None)
    title_version = translated.get(heading.id) if heading is not None else None
    if counterpart is None and title_version is not None and title_version.text:
        standard_es = standard_en = title_version.text
    title_en = in_lang(counterpart.title if counterpart is not None else standard_en, view.title, lang)
    title_es = in_lang(view.title, counterpart.title if counterpart is not None else standard_es, lang)
    return NegotiatedDoc(
        kind=kind,
        meeting=meeting,
        title_es=title_es,
        title_en=title_en,
        sections=tuple(sections),
        audience=view.audience,
        revision=revision,
        revised_on=revised_on,
        symbol=symbol,
        draft=view.status != "adopted",
        original_lang=lang,
        adopted_on=adopted_on if view.status == "adopted" and not compilation else None,
    )


def _from_decisions(ws: Workspace, meeting: MeetingHeader, kind: str) -> NegotiatedDoc:
    """A document from the meeting's recorded decisions: one numbered paragraph per recorded item
    (recorded in Spanish; the English column of a bilingual edition says the translation is pending)."""
    rows = decisions.decisions_of(ws, meeting.id)
    sections = []
    for dkind in _DECISION_KINDS[kind]:
        mine = [r for r in rows if r["kind"] == dkind]
        if not mine and len(_DECISION_KINDS[kind]) > 1:
            continue
        paragraphs = tuple(
            TextParagraph.plain(str(r["number"]), r["text"])  # recorded decisions: adopted, nothing to flag
            for r in sorted(mine, key=lambda r: r["number"])
        )
        es, en = _SECTION_TITLES[dkind]
        sections.append(TextSection(es, en, paragraphs))
    # recorded decisions were adopted at the meeting: its last day is their date
    adopted = meeting.end.date() if kind != "compilation" else None
    return texts.standard_document(kind, meeting, tuple(sections), audience=TEXT_AUDIENCE[kind], adopted_on=adopted)


def negotiated_doc(
    ws: Workspace,
    meeting: MeetingHeader,
    kind: str,
    *,
    lang: str = "es",
    segment: str = "plenary",
    document_id: str | None = None,
) -> NegotiatedDoc:
    """The document a text report prints: a named drafting document, the meeting's own, or its decisions."""
    if document_id is None:
        document_id = find_document(ws, meeting.id, kind, lang=lang, segment=segment)
        if document_id is None:
            if segment == "closed_door":
                raise NotFound("document", f"{meeting.title} ({segment})")
            return _from_decisions(ws, meeting, kind)
    view = d.document_view(ws, document_id)
    if view.meeting_id != meeting.id:
        raise invalid(msg("invalid.other_meeting_document", symbol=view.symbol))
    versions = d.versions(ws, view.id)
    revised_on = datetime.fromisoformat(versions[-1]["named"]).date() if versions else None
    counterpart = _counterpart(ws, view) if lang == "bilingual" or view.language != lang else None
    if counterpart is not None and lang in ("es", "en") and counterpart.language == lang:
        view, counterpart = counterpart, view  # print the document written in the language asked for
    with ws.read() as s:
        stored = s.get(DraftDocument, view.id)
        adopted_on = stored.adopted_on if stored is not None else None
    translated = {pid: t for pid, per in translations(ws, view.id).items() for t in per.values()}
    return from_drafting(
        view,
        meeting,
        compilation=kind == "compilation",
        counterpart=counterpart,
        revised_on=revised_on,
        adopted_on=adopted_on,
        translated=translated,
    )


def meeting_of_document(ws: Workspace, document_id: str) -> str:
    return d.document_view(ws, document_id).meeting_id


def drafting_documents(ws: Workspace, meeting_id: str) -> list[dict[str, str]]:
    """The meeting's drafting documents (for the Reports view's document choice and the dossier)."""
    return [
        {
            "id": doc.id,
            "type": doc.doc_type,
            "title": doc.title,
            "symbol": doc.symbol,
            "language": doc.language,
            "audience": doc.audience,
            "status": doc.status,
            "kind": KIND_OF.get(doc.doc_type, "declaration"),
        }
        for doc in sorted(
            _documents(ws, meeting_id),
            key=lambda doc: (
                COMPILATION_PREFERENCE.index(doc.doc_type) if doc.doc_type in COMPILATION_PREFERENCE else 99,
                doc.symbol,
                doc.language,  # language editions share a symbol
            ),
        )
    ]
