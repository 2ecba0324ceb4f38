"""Negotiated documents: Declaration and Decisions, Conclusions, Recommendations, network reports,
and the compilation text used while the drafting group negotiates.

All are printed from a :class:`~crm_desktop.reports.data.NegotiatedDoc`: numbered paragraphs with
sub-items, in Spanish, in English, or side by side (Spanish | English, aligned by paragraph). The
compilation text also shows what is still open: bracketed text, each proposal with the delegation
that made it (additions underlined, deletions struck through), the revision and its date, and line
numbers in the margin so that delegations can refer to "line 42" in the room.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from crm_desktop.reports.base import (
    BLUE,
    GREY,
    RULE,
    SANS,
    DocumentInfo,
    Heading,
    build_pdf,
    p,
    styles,
    table_style,
    title_block,
)
from crm_desktop.reports.data import MeetingHeader, NegotiatedDoc, Segment, TextParagraph, TextSection
from crm_desktop.reports.labels import LABELS, format_date, format_range, label, text_lang
from crm_desktop.reports.symbols import document_symbol

TITLES = {
    "declaration": ("Declaración y Decisiones", "Declaration and Decisions"),
    "conclusions": ("Conclusiones", "Conclusions"),
    "recommendations": ("Recomendaciones a los Viceministros(as)", "Recommendations to the Vice-Ministers"),
    "network-report": ("Informe de la Red al GRCM", "Report of the Network to the GRCM"),
    "compilation": ("Texto de compilación", "Compilation text"),
}


def standard_document(
    kind: str,
    meeting: MeetingHeader,
    sections: tuple[TextSection, ...],
    *,
    audience: str = "public",
    revision: int = 0,
    revised_on: date | None = None,
) -> NegotiatedDoc:
    """A document of ``kind`` with its usual title; the Declaration gets its opening paragraph and
    carries the Decisions as an annex."""
    es, en = TITLES[kind]
    if kind == "network-report":
        es, en = f"Informe de la {meeting.body_es} al GRCM", f"Report of the {meeting.body_en} to the GRCM"
    if kind == "declaration":
        place_es = ", ".join(x for x in (meeting.city, meeting.country_es) if x)
        place_en = ", ".join(x for x in (meeting.city, meeting.country_en) if x)
        opening = TextSection(
            "Declaración",
            "Declaration",
            (),
            preamble_es=(
                "Los Viceministros(as) y Subsecretarios(as) de los Países Miembros de la Conferencia Regional "
                f"sobre Migración, reunidos en {place_es} {_on_days_es(meeting)} "
                f"con ocasión de la {meeting.title}, adoptan las Decisiones que figuran en el anexo."
            ),
            preamble_en=(
                "The Vice-Ministers and Under-Secretaries of the member countries of the Regional Conference "
                f"on Migration, meeting in {place_en} on {format_range(meeting.start, meeting.end, 'en')} on the "
                f"occasion of the {meeting.title}, adopt the Decisions set out in the annex."
            ),
        )
        annex = tuple(TextSection("Anexo: Decisiones", "Annex: Decisions", s.paragraphs) for s in sections)
        sections = (opening, *annex)
    return NegotiatedDoc(
        kind=kind,
        meeting=meeting,
        title_es=es,
        title_en=en,
        sections=sections,
        audience=audience,
        revision=revision,
        revised_on=revised_on,
    )


def _on_days_es(meeting: MeetingHeader) -> str:
    days = format_range(meeting.start, meeting.end, "es")
    return f"el {days}" if meeting.start.date() == meeting.end.date() else f"los días {days}"


def segments_markup(segments: tuple[Segment, ...], lang: str) -> str:
    """Paragraph markup: brackets in bold, underlined additions, struck deletions, "(MX)" attributions.

    Runs are concatenated as they are (they carry their own spaces), so the printed text is exactly
    the negotiated text; square brackets written in the text itself are set in bold too.
    """
    out = []
    previous = ""
    for seg in segments:
        text = p(seg.text).replace("[", "<b>[</b>").replace("]", "<b>]</b>")
        if previous == "delete" and seg.change == "add":
            out.append("&nbsp;")  # a replacement: the struck words, then the proposed ones
        previous = seg.change
        if seg.change == "add":
            text = f"<u>{text}</u>"
        elif seg.change == "delete":
            text = f"<strike>{text}</strike>"
        if seg.by:
            text += f"&nbsp;<font name='{SANS}' size='7' color='#1f3d6d'>({p(seg.by)})</font>"
        if seg.bracketed:
            text = f"<b>[</b>{text}<b>]</b>"
        out.append(text)
    return "".join(out)


_LINE_NUMBER_SIZE = 6.5


@cache
def _digit_width() -> float:
    return float(pdfmetrics.stringWidth("0", SANS, _LINE_NUMBER_SIZE))


class LineNumberedParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph that prints a running line number beside each of its lines, in the left margin.

    The counter lives on the canvas, so it runs through the whole document in reading order and
    survives paragraphs split across pages (a split makes two paragraphs of this class).
    """

    def draw(self) -> None:
        super().draw()
        canv = self.canv
        count = len(getattr(self.blPara, "lines", []))
        first = getattr(canv, "_crm_line", 0)
        style = self.style
        # One text object for all the numbers, right-aligned by arithmetic: DejaVu's digits share
        # one width, which spares a width measurement per line.
        text = canv.beginText()
        text.setFont(SANS, _LINE_NUMBER_SIZE)
        text.setFillColor(GREY)
        y = self.height - style.fontSize
        for i in range(count):
            number = str(first + i + 1)
            text.setTextOrigin(-0.45 * cm - len(number) * _digit_width(), y - i * style.leading)
            text.textOut(number)
        canv.drawText(text)
        canv._crm_line = first + count


def _status_tag(par: TextParagraph, compilation: bool, lang: str) -> str:
    """In a compilation text, a paragraph not yet agreed says so after its text."""
    key = f"text.status.{par.status}"
    if not compilation or key not in LABELS:
        return ""
    return f"&nbsp;<font name='{SANS}' size='7' color='#6b6b6b'>({p(label(key, lang))})</font>"


def _number(par: TextParagraph) -> str:
    """ "1." and "2 bis." for numbered paragraphs; "PP1", "D2" as they are; nothing when unnumbered."""
    if not par.number:
        return ""
    return f"{p(par.number)}{'.' if par.number[0].isdigit() else ''}&nbsp;&nbsp;"


def _para_flowables(par: TextParagraph, lang: str, *, numbered_lines: bool, depth: int = 0) -> list[Flowable]:
    st = styles()
    style = st["numbered"] if depth == 0 else st["subitem"]
    cls = LineNumberedParagraph if numbered_lines else Paragraph
    segments = par.text(lang) or par.segments
    body = segments_markup(segments, lang)
    if not par.text(lang) and lang == "en" and par.segments:
        body = f"<i>{p(label('text.translation_pending', 'en'))}</i> " + body
    if par.status == "heading":
        return [Paragraph(body, st["h2"]), Spacer(0, 2)]
    if depth:
        number = f"{p(par.number)})&nbsp;"
    else:
        number = _number(par)
        if not number:
            style = st["body"]
    out: list[Flowable] = [cls(number + body + _status_tag(par, numbered_lines, lang), style)]
    for note in par.notes:
        out.append(Paragraph(p(note), st["small"]))
    out.append(Spacer(0, 5))
    for item in par.items:
        out += _para_flowables(item, lang, numbered_lines=numbered_lines, depth=depth + 1)
    return out


def _bilingual_section(section: TextSection) -> Table:
    st = styles()
    head = [
        Paragraph(p(label("lang.es", "es")), st["cell_head"]),
        Paragraph(p(label("lang.en", "en")), st["cell_head"]),
    ]
    rows: list[list[Flowable]] = [head]
    if section.preamble_es or section.preamble_en:
        rows.append(
            [Paragraph(p(section.preamble_es), st["body_left"]), Paragraph(p(section.preamble_en), st["body_left"])]
        )

    def add(par: TextParagraph, depth: int) -> None:
        prefix = _number(par) if depth == 0 else f"{p(par.number)})&nbsp;"
        style = st["numbered_left"] if depth == 0 and par.number else st["subitem_left"] if depth else st["body_left"]
        if par.status == "heading":
            style = st["h2"]
        es = prefix + segments_markup(par.segments, "es")
        if par.segments_en:
            en = prefix + segments_markup(par.segments_en, "en")
        else:
            en = f"{prefix}<font color='#6b6b6b'><i>{p(label('text.translation_pending', 'en'))}</i></font>"
        rows.append([Paragraph(es, style), Paragraph(en, style)])
        for item in par.items:
            add(item, depth + 1)

    for par in section.paragraphs:
        add(par, 0)
    if len(rows) == 1:
        rows.append([Paragraph(p(label("text.empty", code)), st["small"]) for code in ("es", "en")])
    table = Table(rows, colWidths=[8.2 * cm, 8.2 * cm], repeatRows=1, splitInRow=1)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), BLUE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEAFTER", (0, 0), (0, -1), 0.6, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def text_info(doc: NegotiatedDoc, lang: str, *, on: date | None = None) -> DocumentInfo:
    m = doc.meeting
    title = doc.title(lang)
    if lang == "bilingual":
        title = doc.title_es if doc.title_es == doc.title_en else f"{doc.title_es} / {doc.title_en}"
    return DocumentInfo(
        title=title,
        symbol=doc.symbol or document_symbol(m.body_key, m.ordinal, m.start, doc.kind, revision=doc.revision),
        meeting=m.title,
        date=on or doc.revised_on or m.end.date(),
        lang=lang,
        audience=doc.audience,
        subject=f"{doc.title(text_lang(lang))} — {m.title}",
        keywords=("CRM", m.body(text_lang(lang)), doc.kind),
    )


def text_story(doc: NegotiatedDoc, lang: str, *, on: date | None = None) -> tuple[DocumentInfo, list[Flowable]]:
    info = text_info(doc, lang, on=on)
    m = doc.meeting
    tl = text_lang(lang)
    lines = m.cover_lines(tl)
    compilation = doc.kind == "compilation"
    if compilation:
        revised = format_date(doc.revised_on or info.date, tl)
        lines.append(f"{label('text.revision', lang, n=doc.revision)} — {revised}")
    kicker = f"{label('text.draft', lang)} — {label('crm', tl)}" if doc.draft else None
    story = title_block(info, lines, kicker=kicker)
    st = styles()
    if compilation:
        story += [Paragraph(p(label("text.legend", lang)), st["small"]), Spacer(0, 8)]
    if not any(s.paragraphs or s.preamble_es for s in doc.sections):
        story.append(Paragraph(p(label("text.empty", lang)), st["body"]))
        return info, story
    for section in doc.sections:
        heading = section.title_en if lang == "en" else section.title_es
        if lang == "bilingual" and section.title_en != section.title_es:
            heading = f"{section.title_es} / {section.title_en}"
        if heading:
            story.append(Heading(heading, st["h1"], level=1))
        if lang == "bilingual":
            story.append(_bilingual_section(section))
            continue
        preamble = section.preamble_en if lang == "en" else section.preamble_es
        if preamble:
            cls = LineNumberedParagraph if compilation else Paragraph
            story += [cls(p(preamble), st["body"]), Spacer(0, 6)]
        for par in section.paragraphs:
            story += _para_flowables(par, lang, numbered_lines=compilation)
        if not section.paragraphs and not preamble:
            story.append(Paragraph(p(label("text.empty", lang)), st["small"]))
    return info, story


def render_text(doc: NegotiatedDoc, lang: str, target: object, *, on: date | None = None) -> int:
    info, story = text_story(doc, lang, on=on)
    return build_pdf(target, info, story)  # type: ignore[arg-type]
