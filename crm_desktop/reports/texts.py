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

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from crm_desktop.domain.grammar import in_lang, of_the
from crm_desktop.domain.symbols import document_symbol
from crm_desktop.reports import text_forms
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
    table_heading,
    title_block,
)
from crm_desktop.reports.data import MeetingHeader, NegotiatedDoc, Segment, TextParagraph, TextSection
from crm_desktop.reports.labels import format_date, label, text_lang
from crm_desktop.reports.tables import ContinuedTable

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
    adopted_on: date | None = None,
) -> NegotiatedDoc:
    """A document of ``kind`` with its usual title; the Declaration carries the Decisions as an
    annex, Conclusions and Recommendations are operative paragraphs (the opening paragraph, the
    verb and the adoption line are written when printing: :mod:`crm_desktop.reports.text_forms`)."""
    es, en = TITLES[kind]
    if kind == "network-report":
        es = f"Informe {of_the(meeting.body_es, 'es')} al GRCM"
        en = f"Report {of_the(meeting.body_en, 'en')} to the GRCM"
    if kind == "declaration":
        sections = tuple(
            TextSection("Anexo: Decisiones", "Annex: Decisions", s.paragraphs, role="annex") for s in sections
        )
    elif kind in ("conclusions", "recommendations"):
        sections = tuple(TextSection("", "", s.paragraphs, role="operative") for s in sections)
    return NegotiatedDoc(
        kind=kind,
        meeting=meeting,
        title_es=es,
        title_en=en,
        sections=sections,
        audience=audience,
        revision=revision,
        revised_on=revised_on,
        adopted_on=adopted_on,
    )


def is_empty(doc: NegotiatedDoc) -> bool:
    """Nothing to print: no paragraph in any section (an opening paragraph alone says nothing)."""
    return not any(s.paragraphs for s in doc.sections)


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


SHOWN_STATUSES = ("bracketed", "agreed_ad_referendum", "agreed")


def _status_tag(par: TextParagraph, compilation: bool, lang: str) -> str:
    """In a compilation text, a paragraph's status when it says something (bracketed, agreed ad
    referendum, agreed); a proposed paragraph is the ordinary case and carries no tag."""
    if not compilation or par.status not in SHOWN_STATUSES:
        return ""
    key = f"text.status.{par.status}"
    return f"&nbsp;<font name='{SANS}' size='7' color='#6b6b6b'>({p(label(key, lang))})</font>"


def _number(par: TextParagraph, depth: int) -> str:
    """ "1." and "2 bis." for numbered paragraphs, "a)" for sub-items; "PP1", "D2" as they are."""
    if not par.number:
        return ""
    if depth:
        return f"{par.number})"
    return f"{par.number}{'.' if par.number[0].isdigit() else ''}"


def _markup(par: TextParagraph, lang: str, role: str) -> str:
    """The paragraph's text; a preambular paragraph's opening words in italics."""
    segments = par.text(lang) or par.segments
    if role == "preamble":
        words, segments = text_forms.split_opening(segments)
        if words:
            return f"<i>{p(words)}</i>" + segments_markup(segments, lang)
    return segments_markup(segments, lang)


def _para_style(par: TextParagraph, depth: int, role: str, *, left: bool = False) -> ParagraphStyle:
    """A true hanging indent: the number is drawn as the paragraph's bullet, every line of the
    text starts at the same indent; preambular paragraphs are set apart by a first-line indent."""
    st = styles()
    base = st["body_left"] if left else st["body"]
    if par.status == "heading":
        return st["h2"]
    if depth:
        return _hanging(base, 1.4 * cm, 2.1 * cm)
    if par.number:
        return _hanging(base, 0, 1.4 * cm)
    if role == "preamble":
        return ParagraphStyle(f"{base.name}_pp", parent=base, firstLineIndent=1.0 * cm)
    return base


@cache
def _hanging_cached(base: ParagraphStyle, bullet: float, text: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"{base.name}_hang_{bullet}_{text}",
        parent=base,
        leftIndent=text,
        firstLineIndent=0,
        bulletIndent=bullet,
        bulletFontName=base.fontName,
        bulletFontSize=base.fontSize,
    )


def _hanging(base: ParagraphStyle, bullet: float, text: float) -> ParagraphStyle:
    return _hanging_cached(base, bullet, text)


def _pending(lang: str) -> str:
    """An untranslated paragraph, said in the language of the edition (never the other language's text)."""
    return f"<font color='#6b6b6b'><i>{p(label('text.translation_pending', lang))}</i></font>"


def _outdated(par: TextParagraph, lang: str) -> str:
    if par.outdated_lang != lang or not par.text(lang):
        return ""
    return f"&nbsp;<font name='{SANS}' size='7' color='#a33'>({p(label('text.translation_outdated', lang))})</font>"


def _body(par: TextParagraph, lang: str, role: str, compilation: bool) -> str:
    """The paragraph in ``lang`` with its marks, or "Translation pending" in that language."""
    if not par.text(lang):
        return _pending(lang)
    return _markup(par, lang, role) + _status_tag(par, compilation, lang) + _outdated(par, lang)


def _para_flowables(
    par: TextParagraph, lang: str, *, numbered_lines: bool, role: str = "", depth: int = 0
) -> list[Flowable]:
    st = styles()
    cls = LineNumberedParagraph if numbered_lines else Paragraph
    body = _body(par, lang, role, numbered_lines)
    if par.status == "heading":
        return [Paragraph(body, st["h2"]), Spacer(0, 2)]
    style = _para_style(par, depth, role)
    number = _number(par, depth)
    out: list[Flowable] = [cls(body, style, bulletText=number or None)]
    for note in par.notes:
        out.append(Paragraph(p(note), st["small"]))
    out.append(Spacer(0, 5))
    for item in par.items:
        out += _para_flowables(item, lang, numbered_lines=numbered_lines, role=role, depth=depth + 1)
    return out


def _bilingual_rows(section: TextSection, compilation: bool) -> list[list[Flowable]]:
    st = styles()
    rows: list[list[Flowable]] = []
    if section.preamble_es or section.preamble_en:
        rows.append(
            [Paragraph(p(section.preamble_es), st["body_left"]), Paragraph(p(section.preamble_en), st["body_left"])]
        )

    def add(par: TextParagraph, depth: int) -> None:
        number = _number(par, depth) or None
        style = _para_style(par, depth, section.role, left=True)
        es, en = _body(par, "es", section.role, compilation), _body(par, "en", section.role, compilation)
        # the compilation's line numbers run down the Spanish column (the negotiating text)
        cls = LineNumberedParagraph if compilation else Paragraph
        rows.append([cls(es, style, bulletText=number), Paragraph(en, style, bulletText=number)])
        for item in par.items:
            add(item, depth + 1)

    for par in section.paragraphs:
        add(par, 0)
    return rows


def _pair_rows(es: str, en: str, style: ParagraphStyle) -> list[list[Flowable]]:
    return [[Paragraph(p(es), style), Paragraph(p(en), style)]] if es or en else []


def _bilingual_table(rows: list[list[Flowable]]) -> Table:
    """Spanish | English, row by row; split between rows, its header repeated on each page."""
    st = styles()
    head = [
        Paragraph(p(label("lang.es", "es")), st["cell_head"]),
        Paragraph(p(label("lang.en", "en")), st["cell_head"]),
    ]
    return ContinuedTable(head, rows, [8.2 * cm, 8.2 * cm], style=_bilingual_style)


def _bilingual_style(_count: int, _headings: frozenset[int]) -> list[tuple[object, ...]]:
    return [
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEAFTER", (0, 0), (0, -1), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]


def text_info(doc: NegotiatedDoc, lang: str, *, on: date | None = None) -> DocumentInfo:
    m = doc.meeting
    title = doc.title(lang)
    if lang == "bilingual":
        title = doc.title_es if doc.title_es == doc.title_en else f"{doc.title_es} / {doc.title_en}"
    return DocumentInfo(
        title=title,
        symbol=doc.symbol or document_symbol(m.body_key, m.ordinal, m.start, doc.kind, revision=doc.revision),
        meeting=m.title_in(lang),
        date=on or doc.adopted_on or doc.revised_on or m.end.date(),  # the document's own date
        lang=lang,
        original=doc.original_lang or "es",
        audience=doc.audience,
        subject=f"{doc.title(text_lang(lang))} — {m.title_in(lang)}",
        keywords=("CRM", m.body(text_lang(lang)), doc.kind),
    )


def text_story(doc: NegotiatedDoc, lang: str, *, on: date | None = None) -> tuple[DocumentInfo, list[Flowable]]:
    """The document as it is written: title, place and date; the opening paragraph; preambular
    paragraphs; the operative verb; numbered operative paragraphs; the adoption line; the annex."""
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
    if is_empty(doc):
        story.append(Paragraph(p(label("text.empty", lang)), st["body"]))
        return info, story
    forms = not compilation
    roles = {s.role for s in doc.sections if s.paragraphs}
    operative = next((s.paragraphs[0] for s in doc.sections if s.role == "operative" and s.paragraphs), None)
    pending = {
        "opening": forms and "preamble" not in roles,
        "verb": forms and operative is not None,
        "adoption": forms,
    }

    def words(part: str) -> tuple[str, str]:
        if part == "opening":
            op = "operative" in roles
            return text_forms.opening(doc, "es", operative=op), text_forms.opening(doc, "en", operative=op)
        if part == "verb":
            return text_forms.operative_verb(doc, operative, "es"), text_forms.operative_verb(doc, operative, "en")
        return text_forms.adoption_line(doc, "es"), text_forms.adoption_line(doc, "en")

    part_styles = {"opening": st["body"], "verb": st["verb"], "adoption": st["adoption"]}

    def emit(part: str, rows: list[list[Flowable]] | None = None) -> None:
        if not pending[part]:
            return
        pending[part] = False
        es, en = words(part)
        if lang == "bilingual":
            if rows is not None:
                rows += _pair_rows(es, en, part_styles[part])
            elif es or en:
                story.append(_bilingual_table(_pair_rows(es, en, part_styles[part])))
            return
        text = in_lang(es, en, lang)
        if text:
            story.extend([Paragraph(p(text), part_styles[part]), Spacer(0, 6)])

    for section in doc.sections:
        if section.role == "annex":
            emit("opening")
            emit("adoption")
        heading = in_lang(section.title_es, section.title_en, lang)
        if lang == "bilingual" and section.title_en != section.title_es:
            heading = f"{section.title_es} / {section.title_en}"
        if heading and lang == "bilingual":
            story += table_heading(heading)
        elif heading:
            story.append(Heading(heading, st["h1"], level=1))
        if lang == "bilingual":
            rows: list[list[Flowable]] = []
            if section.role != "annex":
                emit("opening", rows)
            if section.role == "operative":
                emit("verb", rows)
            rows += _bilingual_rows(section, compilation)
            if rows:
                story.append(_bilingual_table(rows))
            continue
        if section.role != "annex":
            emit("opening")
        if section.role == "operative":
            emit("verb")
        preamble = in_lang(section.preamble_es, section.preamble_en, lang)
        if preamble:
            cls = LineNumberedParagraph if compilation else Paragraph
            story += [cls(p(preamble), st["body"]), Spacer(0, 6)]
        for par in section.paragraphs:
            story += _para_flowables(par, lang, numbered_lines=compilation, role=section.role)
    emit("adoption")
    return info, story


def render_text(doc: NegotiatedDoc, lang: str, target: object, *, on: date | None = None) -> int:
    info, story = text_story(doc, lang, on=on)
    return build_pdf(target, info, story)  # type: ignore[arg-type]
