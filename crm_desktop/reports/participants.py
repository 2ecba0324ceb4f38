"""The list of participants of a meeting segment, by delegation, grouped as the CRM does:
member countries, observer countries, observer organisations, civil society, Technical Secretariat.

The closed-door segment has its own list, with its own symbol, marked confidential on every page.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from itertools import groupby

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from crm_desktop.reports.base import (
    BLUE,
    RULE,
    SHADE,
    DocumentInfo,
    Heading,
    build_pdf,
    p,
    styles,
    table_style,
    title_block,
)
from crm_desktop.reports.data import ParticipantRow, ParticipantsDoc
from crm_desktop.reports.labels import label, text_lang
from crm_desktop.reports.symbols import document_symbol

GROUP_ORDER = ("member_country", "observer_country", "observer_org", "civil_society", "secretariat", "guest")


def _sort_key(text: str) -> str:
    """Accent-insensitive alphabetical order ("Álvaro" with the As)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def participants_info(doc: ParticipantsDoc, lang: str, *, on: date | None = None) -> DocumentInfo:
    m = doc.meeting
    key = "participants.closed_door" if doc.segment_key == "closed_door" else "participants.title"
    return DocumentInfo(
        title=label(key, lang),
        symbol=document_symbol(m.body_key, m.ordinal, m.start, "participants", segment=doc.segment_key),
        meeting=m.title,
        date=on or m.start.date(),
        lang=lang,
        audience=doc.audience,
        subject=f"{label(key, text_lang(lang))} — {m.title}",
        keywords=("CRM", m.body(text_lang(lang)), "participants"),
    )


def _delegation_name(row: ParticipantRow, lang: str) -> str:
    if lang == "bilingual" and row.delegation_en != row.delegation_es:
        return f"{row.delegation_es} / {row.delegation_en}"
    return row.delegation_en if lang == "en" else row.delegation_es


def _group_table(rows: list[ParticipantRow], lang: str) -> Table:
    st = styles()
    data: list[list[Flowable | str]] = [
        [Paragraph(p(label(k, lang)), st["cell_head"]) for k in ("col.name", "col.title", "col.institution")]
    ]
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]
    ordered = sorted(rows, key=lambda r: (_sort_key(_delegation_name(r, lang)), _sort_key(r.name)))
    for name, members in groupby(ordered, key=lambda r: _delegation_name(r, lang)):
        index = len(data)
        data.append([Paragraph(p(name.upper()), st["cell_bold"]), "", ""])
        commands += [("SPAN", (0, index), (-1, index)), ("BACKGROUND", (0, index), (-1, index), SHADE)]
        commands.append(("LINEABOVE", (0, index), (-1, index), 0.6, RULE))
        for r in members:
            data.append(
                [
                    Paragraph(p(r.name), st["cell"]),
                    Paragraph(p(r.title or ""), st["cell"]),
                    Paragraph(p(r.institution or ""), st["cell"]),
                ]
            )
    table = Table(data, colWidths=[5.6 * cm, 4.4 * cm, 6.4 * cm], repeatRows=1)
    table.setStyle(table_style(commands))
    return table


TABLE_HEADING = ParagraphStyle("h1_table", parent=styles()["h1"], keepWithNext=0)


def participants_story(
    doc: ParticipantsDoc, lang: str, *, on: date | None = None
) -> tuple[DocumentInfo, list[Flowable]]:
    info = participants_info(doc, lang, on=on)
    m = doc.meeting
    tl = text_lang(lang)
    story = title_block(
        info,
        m.cover_lines(tl),
    )
    st = styles()
    if not doc.rows:
        story.append(Paragraph(p(label("participants.none", lang)), st["body"]))
        return info, story
    story.append(Paragraph(p(label("participants.count", lang, n=len(doc.rows))), st["place"]))
    story.append(Spacer(0, 6))

    def group_of(row: ParticipantRow) -> str:
        return row.category if row.category in GROUP_ORDER else "guest"

    for group in GROUP_ORDER:
        rows = [r for r in doc.rows if group_of(r) == group]
        if not rows:
            continue
        # A heading kept with a whole table would push a table that fits one page to the next page,
        # leaving most of the page blank: keep the heading with room for the first rows instead.
        story.append(CondPageBreak(4 * cm))
        story.append(Heading(label(f"group.{group}", lang), TABLE_HEADING, level=1))
        story.append(_group_table(rows, lang))
    return info, story


def render_participants(doc: ParticipantsDoc, lang: str, target: object, *, on: date | None = None) -> int:
    info, story = participants_story(doc, lang, on=on)
    return build_pdf(target, info, story)  # type: ignore[arg-type]
