"""The session dossier: one PDF joining the agenda, the participants and the meeting's documents,
with a table of contents, bookmarks, and each part's own symbol and confidentiality in the header."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from crm_desktop.domain.symbols import document_symbol
from crm_desktop.reports.base import (
    DocumentInfo,
    OfficialDocTemplate,
    SectionStart,
    is_confidential,
    p,
    styles,
    table_style,
    title_block,
)
from crm_desktop.reports.data import AgendaDoc, MeetingHeader, NegotiatedDoc, ParticipantsDoc
from crm_desktop.reports.labels import label, text_lang

_NO_PADDING = [(side, (0, 0), (-1, -1), 0) for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]


@dataclass(frozen=True, slots=True)
class DossierPart:
    """One document of the dossier: its metadata and its story, as the renderers return them."""

    info: DocumentInfo
    story: list[Flowable]


@dataclass(frozen=True, slots=True)
class DossierDoc:
    """What a dossier is printed from: its meeting and the data of each document it joins, in order
    (:mod:`crm_desktop.reports.documents` gives its metadata and its story)."""

    meeting: MeetingHeader
    parts: tuple[AgendaDoc | ParticipantsDoc | NegotiatedDoc, ...]


def dossier_info(meeting: MeetingHeader, lang: str, *, audience: str, on: date | None = None) -> DocumentInfo:
    return DocumentInfo(
        title=label("dossier.title", lang),
        # the dossier that joins the closed-door documents is another document: its own symbol
        symbol=document_symbol(
            meeting.body_key,
            meeting.ordinal,
            meeting.start,
            "dossier",
            segment="closed_door" if is_confidential(audience) else "plenary",
        ),
        meeting=meeting.title_in(lang),
        date=on or meeting.start.date(),
        lang=lang,
        audience=audience,
        subject=f"{label('dossier.title', text_lang(lang))} — {meeting.title_in(lang)}",
        keywords=("CRM", meeting.body(text_lang(lang)), "dossier"),
    )


def dossier_story(
    meeting: MeetingHeader, parts: list[DossierPart], lang: str, *, audience: str, on: date | None = None
) -> tuple[DocumentInfo, list[Flowable]]:
    info = dossier_info(meeting, lang, audience=audience, on=on)
    st = styles()
    tl = text_lang(lang)
    story = title_block(info, meeting.cover_lines(tl), toc=False)
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [st["toc0"], st["toc1"]]
    toc.tableStyle = table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), *_NO_PADDING])
    story += [Paragraph(p(label("dossier.contents", lang)), st["h1"]), Spacer(0, 4), toc]
    for part in parts:
        story += [PageBreak(), SectionStart(part.info), *part.story]
    return info, story


def render_dossier(meeting: MeetingHeader, parts: list[DossierPart], lang: str, target: str, *, audience: str) -> int:
    info, story = dossier_story(meeting, parts, lang, audience=audience)
    return OfficialDocTemplate(target, info).build_story(story, passes=2)
