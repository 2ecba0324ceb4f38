"""The agenda of a meeting segment (preliminary or adopted) as the meeting's timetable: a heading
for each day with its date, times in the meeting's time zone, the opening and closing, breaks and
lunch, numbered items with their presenter (a role or a delegation) and their kind."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph

from crm_desktop.domain.bilingual import PRESENTER_ROLES
from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.symbols import document_symbol
from crm_desktop.domain.zones import utc_offset, zone_place
from crm_desktop.reports.base import (
    SHADE,
    DocumentInfo,
    build_pdf,
    p,
    styles,
    title_block,
)
from crm_desktop.reports.data import AgendaDoc, AgendaEntry
from crm_desktop.reports.labels import LABELS, format_day, label, text_lang
from crm_desktop.reports.tables import DATA_TABLE_STYLE, ContinuedTable
from crm_desktop.reports.timetable import Slot, timetable

WIDTHS = [2.4 * cm, 1.5 * cm, 6.6 * cm, 3.4 * cm, 2.5 * cm]


def agenda_info(doc: AgendaDoc, lang: str, *, on: date | None = None) -> DocumentInfo:
    m = doc.meeting
    title = label(f"agenda.{doc.status}", lang)
    if doc.segment_key != "plenary":
        title += " — " + (in_lang(doc.segment_es, doc.segment_en, lang))
        if lang == "bilingual":
            title = label(f"agenda.{doc.status}", lang) + f" — {doc.segment_es} / {doc.segment_en}"
    return DocumentInfo(
        title=title,
        symbol=document_symbol(m.body_key, m.ordinal, m.start, "agenda", segment=doc.segment_key),
        meeting=m.title_in(lang),
        date=on or m.start.date(),
        lang=lang,
        audience=doc.audience,
        subject=f"{label('agenda.' + doc.status, text_lang(lang))} — {m.title_in(lang)}",
        keywords=("CRM", m.body(text_lang(lang)), "agenda"),
    )


def _both(es: str, en: str | None, lang: str, *, bold: bool = False, indent: str = "", extra: str = "") -> Paragraph:
    """``extra``: a line of markup added under the text (an item's theme)."""
    st = styles()
    if lang == "bilingual":
        text = f"{indent}{p(es)}"
        if en and en != es:
            text += f"<br/>{indent}<font color='#6b6b6b'><i>{p(en)}</i></font>"
    else:
        text = indent + p(in_lang(es, en or es, lang))
    return Paragraph(text + extra, st["cell_bold"] if bold else st["cell"])


def _presenter(e: AgendaEntry, lang: str) -> Paragraph | str:
    if not e.presenter:
        return "—"
    return _both(e.presenter, e.presenter_en, lang)


def _time(slot: Slot) -> str:
    if slot.start is None:
        return ""
    if slot.end is None:
        return slot.start.strftime("%H:%M")
    return f"{slot.start:%H:%M}–{slot.end:%H:%M}"


_THEME_LABELS = {False: ("Tema", "Theme"), True: ("Tema de la reunión a puerta cerrada", "Closed-door topic")}


def _theme_line(e: AgendaEntry, lang: str, indent: str) -> str:
    """The item's theme (seed, intro) or closed-door topic (seed, A), in grey under its title (markup)."""
    assert e.theme is not None
    (label_es, label_en), (name_es, name_en) = _THEME_LABELS[e.closed_door_topic], e.theme
    if lang == "bilingual":
        text = f"{label_es}: {name_es} / {label_en}: {name_en}"
    else:
        text = in_lang(f"{label_es}: {name_es}", f"{label_en}: {name_en}", lang)
    return f"<br/>{indent}<font color='#6b6b6b' size='7'>{p(text)}</font>"


def _row(slot: Slot, lang: str) -> list[Any]:
    st = styles()
    e = slot.entry
    if e is None:  # opening, closing, break, lunch
        what = Paragraph(f"<i>{p(label(f'agenda.{slot.kind}', lang))}</i>", st["cell"])
        who = _both(*PRESENTER_ROLES["ppt"], lang) if slot.kind in ("opening", "closing") else ""
        return [_time(slot), "", what, who, ""]
    kind = label(f"kind.{e.kind}", lang) if f"kind.{e.kind}" in LABELS else e.kind
    indent = "&nbsp;" * 6 * e.depth
    extra = _theme_line(e, lang, indent) if e.theme is not None else ""
    title = _both(e.title_es, e.title_en, lang, bold=e.depth == 0, indent=indent, extra=extra)
    return [
        _time(slot),
        Paragraph(p(e.label), st["cell_bold"] if e.depth == 0 else st["cell"]),
        title,
        _presenter(e, lang),
        kind,
    ]


def agenda_story(doc: AgendaDoc, lang: str, *, on: date | None = None) -> tuple[DocumentInfo, list[Flowable]]:
    info = agenda_info(doc, lang, on=on)
    m = doc.meeting
    tl = text_lang(lang)
    lines = m.cover_lines(tl)
    if doc.status != "adopted":
        lines.append(label("agenda.version", lang, n=doc.version))
    offset = utc_offset(m.timezone, m.start.date())
    if m.timezone and offset:
        place = zone_place(m.timezone, tl, m.city)
        lines.append(label("agenda.times", lang, zone=place, offset=offset))
    story = title_block(info, lines)
    st = styles()
    if not doc.entries:
        story.append(Paragraph(p(label("agenda.no_items", lang)), st["body"]))
        return info, story
    header = [label(k, lang) for k in ("col.time", "col.item", "col.subject", "col.presenter", "col.kind")]
    if offset:
        header[0] += f" ({offset})"
    rows: list[list[Any]] = []
    headings: dict[int, str] = {}
    pauses: list[int] = []

    def heading_row(text: str) -> list[Any]:
        return [Paragraph(p(text), st["cell_bold"]), "", "", "", ""]

    for slot in timetable(doc.entries, m.start.date(), m.end.date(), doc.start_time):
        if slot.kind == "day":
            day = format_day(slot.day, tl)
            if lang == "bilingual":
                day = f"{format_day(slot.day, 'es')} / {format_day(slot.day, 'en')}"
            headings[len(rows)] = day
            rows.append(heading_row(day))
            continue
        if slot.entry is None:
            pauses.append(len(rows) + 1)
        rows.append(_row(slot, lang))

    def style(count: int, marks: frozenset[int]) -> list[tuple[Any, ...]]:
        commands: list[tuple[Any, ...]] = [*DATA_TABLE_STYLE]
        for index in sorted(marks):
            commands += [("SPAN", (0, index), (-1, index)), ("BACKGROUND", (0, index), (-1, index), SHADE)]
        return commands

    head = [Paragraph(p(h), st["cell_head"]) for h in header]
    body = [[c if isinstance(c, Flowable) else Paragraph(p(str(c)), st["cell"]) for c in r] for r in rows]
    story.append(
        ContinuedTable(
            head, body, WIDTHS, headings=headings, heading_row=heading_row, style=style, cont=label("cont", lang)
        )
    )
    return info, story


def render_agenda(doc: AgendaDoc, lang: str, target: object, *, on: date | None = None) -> int:
    info, story = agenda_story(doc, lang, on=on)
    return build_pdf(target, info, story)  # type: ignore[arg-type]
