"""The annual calendar of meetings: month by month, each meeting with its body's colour."""

from __future__ import annotations

from datetime import date
from itertools import groupby

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph

from crm_desktop.domain.bilingual import place_name
from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.symbols import calendar_symbol
from crm_desktop.domain.vocabulary import both, pick
from crm_desktop.reports.base import DocumentInfo, Heading, build_pdf, p, styles, title_block
from crm_desktop.reports.data import CalendarDoc, CalendarEntry
from crm_desktop.reports.labels import MONTHS_EN, MONTHS_ES, format_range, label, text_lang
from crm_desktop.reports.tables import data_table


def calendar_info(doc: CalendarDoc, lang: str, *, on: date | None = None) -> DocumentInfo:
    title = label("calendar.title", lang, year=doc.year)
    return DocumentInfo(
        title=title,
        symbol=calendar_symbol(doc.year),
        meeting=label("crm", lang),
        date=on or date(doc.year, 1, 1),
        lang=lang,
        audience="public",
        subject=label("calendar.title", text_lang(lang), year=doc.year),
        keywords=("CRM", "calendar", str(doc.year)),
    )


def _month(d: date, lang: str) -> str:
    return both(MONTHS_ES[d.month - 1].capitalize(), MONTHS_EN[d.month - 1], lang)


def _body_cell(e: CalendarEntry, lang: str) -> Flowable:
    name = in_lang(e.body_es, e.body_en, lang)
    colour = colors.HexColor(e.colour).hexval()[2:]
    return Paragraph(f"<font color='#{colour}'>■</font> {p(name)}", styles()["cell"])


def calendar_story(doc: CalendarDoc, lang: str, *, on: date | None = None) -> tuple[DocumentInfo, list[Flowable]]:
    info = calendar_info(doc, lang, on=on)
    st = styles()
    lines: list[str] = []
    if doc.ppt_es:
        lines.append(label("calendar.ppt", text_lang(lang), country=in_lang(doc.ppt_es, doc.ppt_en, lang)))
    story = title_block(info, lines)
    if not doc.entries:
        story.append(Paragraph(p(label("calendar.none", lang, year=doc.year)), st["body"]))
        return info, story
    header = [label(k, lang) for k in ("col.dates", "col.body", "col.meeting", "col.place", "col.status")]
    tl = text_lang(lang)
    entries = sorted(doc.entries, key=lambda e: (e.start, e.title))
    for _, month_entries in groupby(entries, key=lambda e: e.start.month):
        month = list(month_entries)
        story.append(Heading(_month(month[0].start.date(), lang), st["h1"], level=1))
        rows = [
            [
                format_range(e.start, e.end, tl),
                _body_cell(e, lang),
                Paragraph(p(pick(e.title, e.title_en, tl)[0]), st["cell"]),
                ", ".join(x for x in (place_name(e.city, tl), pick(e.country_es, e.country_en, tl)[0]) if x),
                label(f"status.{e.status}", lang),
            ]
            for e in month
        ]
        story.append(data_table(header, rows, [2.9 * cm, 3.2 * cm, 5.3 * cm, 2.7 * cm, 2.3 * cm]))
    return info, story


def render_calendar(doc: CalendarDoc, lang: str, target: object, *, on: date | None = None) -> int:
    info, story = calendar_story(doc, lang, on=on)
    return build_pdf(target, info, story)  # type: ignore[arg-type]
