"""The agenda of a meeting segment (preliminary or adopted): numbered items, times, presenters, kinds."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph

from crm_desktop.reports.base import DocumentInfo, build_pdf, data_table, p, styles, title_block
from crm_desktop.reports.data import AgendaDoc, AgendaEntry
from crm_desktop.reports.labels import LABELS, label, text_lang
from crm_desktop.reports.symbols import document_symbol


def agenda_info(doc: AgendaDoc, lang: str, *, on: date | None = None) -> DocumentInfo:
    m = doc.meeting
    title = label(f"agenda.{doc.status}", lang)
    if doc.segment_key != "plenary":
        title += " — " + (doc.segment_en if lang == "en" else doc.segment_es)
        if lang == "bilingual":
            title = label(f"agenda.{doc.status}", lang) + f" — {doc.segment_es} / {doc.segment_en}"
    return DocumentInfo(
        title=title,
        symbol=document_symbol(m.body_key, m.ordinal, m.start, "agenda", segment=doc.segment_key),
        meeting=m.title,
        date=on or m.start.date(),
        lang=lang,
        audience=doc.audience,
        subject=f"{label('agenda.' + doc.status, text_lang(lang))} — {m.title}",
        keywords=("CRM", m.body(text_lang(lang)), "agenda"),
    )


def _subject_cell(e: AgendaEntry, lang: str) -> Flowable:
    st = styles()
    indent = "&nbsp;" * 6 * e.depth
    if lang == "bilingual":
        text = f"{indent}{p(e.title_es)}"
        if e.title_en and e.title_en != e.title_es:
            text += f"<br/>{indent}<font color='#6b6b6b'><i>{p(e.title_en)}</i></font>"
    else:
        text = indent + p(e.title(lang))
    return Paragraph(text, st["cell_bold"] if e.depth == 0 else st["cell"])


def agenda_story(doc: AgendaDoc, lang: str, *, on: date | None = None) -> tuple[DocumentInfo, list[Flowable]]:
    info = agenda_info(doc, lang, on=on)
    m = doc.meeting
    tl = text_lang(lang)
    lines = m.cover_lines(tl)
    if doc.status != "adopted":
        lines.append(label("agenda.version", lang, n=doc.version))
    story = title_block(info, lines)
    st = styles()
    if not doc.entries:
        story.append(Paragraph(p(label("agenda.no_items", lang)), st["body"]))
        return info, story
    header = [label(k, lang) for k in ("col.time", "col.item", "col.subject", "col.presenter", "col.kind")]
    rows = [
        [
            e.starts,
            Paragraph(p(e.label), st["cell_bold"] if e.depth == 0 else st["cell"]),
            _subject_cell(e, lang),
            e.presenter or "—",
            label(f"kind.{e.kind}", lang) if f"kind.{e.kind}" in LABELS else e.kind,
        ]
        for e in doc.entries
    ]
    story.append(data_table(header, rows, [1.3 * cm, 1.5 * cm, 7.3 * cm, 3.6 * cm, 2.7 * cm]))
    return info, story


def render_agenda(doc: AgendaDoc, lang: str, target: object, *, on: date | None = None) -> int:
    info, story = agenda_story(doc, lang, on=on)
    return build_pdf(target, info, story)  # type: ignore[arg-type]
