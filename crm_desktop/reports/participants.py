"""The list of participants of a meeting segment, in protocol order.

Delegations: member countries (alphabetical in the document's language), observer countries,
observer organisations, civil society (RROCM), the Technical Secretariat. Inside a delegation the
head of delegation first, then by rank (Vice-Minister, alternate, directors, advisers, focal point),
each with their honorific and a title in the grammatical gender recorded for them.

The closed-door segment has its own list, with its own symbol, marked confidential on every page.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from itertools import groupby
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.messages import msg
from crm_desktop.domain.protocol import head_title, honorific, rank_order
from crm_desktop.domain.symbols import document_symbol
from crm_desktop.reports.base import (
    BLUE,
    RULE,
    SHADE,
    DocumentInfo,
    build_pdf,
    p,
    styles,
    table_heading,
    title_block,
)
from crm_desktop.reports.data import ParticipantRow, ParticipantsDoc
from crm_desktop.reports.labels import label, text_lang
from crm_desktop.reports.tables import ContinuedTable

GROUP_ORDER = ("member_country", "observer_country", "observer_org", "civil_society", "secretariat", "guest")
# a name, a title or an institution longer than this is cut: a list of participants is not the
# place for a paragraph, and a cell taller than a page cannot be laid out
MAX_FIELD = 300


def _sort_key(text: str) -> str:
    """Accent-insensitive alphabetical order ("Álvaro" with the As)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def participants_info(doc: ParticipantsDoc, lang: str, *, on: date | None = None) -> DocumentInfo:
    m = doc.meeting
    key = "participants.closed_door" if doc.segment_key == "closed_door" else "participants.title"
    return DocumentInfo(
        title=label(key, lang),
        symbol=document_symbol(m.body_key, m.ordinal, m.start, "participants", segment=doc.segment_key),
        meeting=m.title_in(lang),
        date=on or m.start.date(),
        lang=lang,
        audience=doc.audience,
        subject=f"{label(key, text_lang(lang))} — {m.title_in(lang)}",
        keywords=("CRM", m.body(text_lang(lang)), "participants"),
    )


def _delegation_name(row: ParticipantRow, lang: str) -> str:
    if lang == "bilingual" and row.delegation_en != row.delegation_es:
        return f"{row.delegation_es} / {row.delegation_en}"
    return in_lang(row.delegation_es, row.delegation_en, lang)


def _short(text: str | None) -> str:
    text = text or ""
    return text if len(text) <= MAX_FIELD else text[: MAX_FIELD - 1].rstrip() + "…"


def protocol_order(rows: list[ParticipantRow], lang: str) -> list[tuple[str, list[ParticipantRow]]]:
    """The delegations of one group, alphabetical in ``lang``, each in protocol order; the head of
    delegation is the one recorded, else the highest rank."""
    ordered = sorted(rows, key=lambda r: _sort_key(_delegation_name(r, "es" if lang == "bilingual" else lang)))
    out = []
    for name, members in groupby(ordered, key=lambda r: _delegation_name(r, lang)):
        people = sorted(members, key=lambda r: (not r.head, rank_order(r.rank), _sort_key(r.name)))
        out.append((name, people))
    return out


def _person_cells(r: ParticipantRow, head: bool, lang: str, contacts: bool) -> list[Flowable]:
    st = styles()
    form = honorific(r.honorific, r.gender, lang)
    name = p(_short(f"{form} {r.name}" if form else r.name))
    title = p(_short(r.position(lang)[0]))
    if head:
        name = f"<b>{name}</b>"
        title += f"<br/><i>{p(head_title(r.gender, lang))}</i>"
    institution = p(_short(r.institution_in(lang)[0]))
    cells = [Paragraph(name, st["cell"]), Paragraph(title, st["cell"]), Paragraph(institution, st["cell"])]
    if contacts:
        contact = "<br/>".join(p(_short(x)) for x in (r.email, r.phone) if x)
        cells.append(Paragraph(contact, st["cell"]))
    return cells


def _group_table(rows: list[ParticipantRow], lang: str, contacts: bool) -> ContinuedTable:
    st = styles()
    keys = ["col.name", "col.title", "col.institution"] + (["col.contact"] if contacts else [])
    header = [Paragraph(p(label(k, lang)), st["cell_head"]) for k in keys]
    widths = [4.6 * cm, 3.8 * cm, 4.2 * cm, 3.8 * cm] if contacts else [5.6 * cm, 4.4 * cm, 6.4 * cm]
    data: list[list[Any]] = []
    headings: dict[int, str] = {}

    def heading_row(text: str) -> list[Any]:
        return [Paragraph(p(text), st["cell_bold"])] + [""] * (len(keys) - 1)

    for name, people in protocol_order(rows, lang):
        headings[len(data)] = name.upper()
        data.append(heading_row(name.upper()))
        for i, r in enumerate(people):
            data.append(_person_cells(r, i == 0, lang, contacts))

    return ContinuedTable(
        header, data, widths, headings=headings, heading_row=heading_row, style=_style, cont=label("cont", lang)
    )


def _style(count: int, headings: frozenset[int]) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]
    for index in sorted(headings):
        commands += [
            ("SPAN", (0, index), (-1, index)),
            ("BACKGROUND", (0, index), (-1, index), SHADE),
            ("LINEABOVE", (0, index), (-1, index), 0.6, RULE),
        ]
    return commands


def participants_story(
    doc: ParticipantsDoc, lang: str, *, on: date | None = None
) -> tuple[DocumentInfo, list[Flowable]]:
    info = participants_info(doc, lang, on=on)
    m = doc.meeting
    story = title_block(info, m.cover_lines(text_lang(lang)))
    st = styles()
    if not doc.rows:
        story.append(Paragraph(p(label("participants.none", lang)), st["body"]))
        return info, story
    story.append(Paragraph(p(label("participants.count", lang, n=len(doc.rows))), st["place"]))
    if any(r.position(lang)[1] or r.institution_in(lang)[1] for r in doc.rows):
        story.append(Paragraph(p(msg("doc.english_missing").render(text_lang(lang))), st["place"]))
    story.append(Spacer(0, 6))
    for group in GROUP_ORDER:
        rows = [r for r in doc.rows if (r.category if r.category in GROUP_ORDER else "guest") == group]
        if not rows:
            continue
        story += table_heading(label(f"group.{group}", lang))
        story.append(_group_table(rows, lang, doc.contacts))
    return info, story


def render_participants(doc: ParticipantsDoc, lang: str, target: object, *, on: date | None = None) -> int:
    info, story = participants_story(doc, lang, on=on)
    return build_pdf(target, info, story)  # type: ignore[arg-type]
