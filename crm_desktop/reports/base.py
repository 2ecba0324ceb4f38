"""The shared base of every PDF the CRM prints: fonts, page furniture, metadata, bookmarks.

Every document of the CRM (agendas, participant lists, the Declaration, a progress report with
charts...) is built the same way, so they look like one series of official documents:

* **Fonts** — DejaVu Serif (running text) and DejaVu Sans (headings, tables, page furniture) ship in
  ``crm_desktop/resources/fonts`` with their licence; they are registered once and embedded
  (subset) in every file. The canvas starts on the embedded font, so no reference to a built-in
  PDF font (Helvetica) remains, and text extracts with its accents intact.
* **Page furniture** — a header with the CRM and the meeting at the left, and the symbol, the
  distribution ("Distr.: General / Restringida / Reservada"), the date of issue (the document's own
  date) and "Original: español" at the right, measured so that they never collide; a red
  confidentiality band under it on every page when the audience is ``closed_door`` or
  ``secretariat``; a footer with the symbol and "Página X de Y" / "Page X of Y". See
  ``docs/documents.md``; tables that repeat their group headings are in :mod:`.tables`.
* **Metadata** — title, author, subject, keywords and the document language (``/Lang``); the reader
  shows the title rather than the file name.
* **Bookmarks** — every :class:`Heading` becomes an outline entry (and a table-of-contents entry
  when the story contains a :class:`~reportlab.platypus.tableofcontents.TableOfContents`).

Reusing it in another report::

    from crm_desktop.reports.base import DocumentInfo, Heading, build_pdf, styles, title_block

    info = DocumentInfo(title="Informe de avance", symbol="CRM/ST/2026/INF.1", meeting="GRCM 2026",
                        date=date(2026, 9, 15), lang="es", audience="members")
    st = styles()
    story = [*title_block(info, ["San José, Costa Rica"]), Heading("1. Avance", st["h1"], level=0),
             Paragraph("Texto…", st["body"]), my_chart_drawing]
    pages = build_pdf("informe.pdf", info, story)

Any Platypus flowable (tables, ``reportlab.graphics`` drawings for charts, images) can go in the
story. A story that changes document midway (the session dossier) inserts :class:`SectionStart`
so the header follows the section's own symbol and confidentiality.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from crm_desktop.reports.labels import format_date, label, text_lang
from crm_desktop.reports.typography import (
    BLUE,
    GREY,
    INK,
    RED,
    RULE,
    SANS,
    SANS_BOLD,
    SANS_BOLD_ITALIC,
    SANS_ITALIC,
    SERIF,
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    SERIF_ITALIC,
    SHADE,
    font_dir,
    p,
    register_fonts,
    styles,
)

# The typography (fonts, palette, styles) lives in :mod:`.typography`; reports import it from here too.
__all__ = [
    "AUDIENCE_ORDER",
    "BAND_HEIGHT",
    "BLUE",
    "CONFIDENTIAL_AUDIENCES",
    "DISTRIBUTION",
    "FOOTER_RULE_Y",
    "FOOTER_Y",
    "GREY",
    "HEADER_GAP",
    "HEADER_TOP",
    "INK",
    "MARGIN_BOTTOM",
    "MARGIN_TOP",
    "MARGIN_X",
    "RED",
    "RULE",
    "SANS",
    "SANS_BOLD",
    "SANS_BOLD_ITALIC",
    "SANS_ITALIC",
    "SERIF",
    "SERIF_BOLD",
    "SERIF_BOLD_ITALIC",
    "SERIF_ITALIC",
    "SHADE",
    "DocumentInfo",
    "Heading",
    "OfficialDocTemplate",
    "SectionStart",
    "build_pdf",
    "content_fingerprint",
    "draw_band",
    "draw_footer",
    "fit_lines",
    "fit_text",
    "font_dir",
    "header_marks",
    "is_confidential",
    "p",
    "register_fonts",
    "restriction_line",
    "stricter",
    "styles",
    "table_heading",
    "table_style",
    "title_block",
    "with_audience",
]


CONFIDENTIAL_AUDIENCES = frozenset({"closed_door", "secretariat"})
MARGIN_X = 2.3 * cm
MARGIN_TOP = 4.0 * cm  # the header (up to six lines) and the confidentiality band
MARGIN_BOTTOM = 2.4 * cm


AUDIENCE_ORDER = ("public", "members", "closed_door", "secretariat")  # from the widest to the narrowest


def stricter(a: str, b: str) -> str:
    rank = {x: i for i, x in enumerate(AUDIENCE_ORDER)}
    return a if rank.get(a, 0) >= rank.get(b, 0) else b


def is_confidential(audience: str) -> bool:
    return audience in CONFIDENTIAL_AUDIENCES


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the page furniture and the metadata say about a document.

    ``lang`` is "es", "en" or "bilingual"; ``audience`` is an :class:`~crm_desktop.domain.model.Audience`
    value and decides the confidentiality mark.
    """

    title: str
    symbol: str
    meeting: str
    date: date
    lang: str = "es"
    audience: str = "public"
    subject: str = ""
    author: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)
    original: str = "es"  # the language the document was written in ("Original: español")

    @property
    def pdf_lang(self) -> str:
        return text_lang(self.lang)

    @property
    def confidential(self) -> bool:
        return is_confidential(self.audience)


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that becomes a PDF bookmark (outline entry) and a table-of-contents entry.

    ``level`` 0 is a top-level bookmark; levels may deepen one step at a time.
    """

    def __init__(
        self, text: str, style: ParagraphStyle, *, level: int = 0, plain: str | None = None, toc: bool = True
    ) -> None:
        super().__init__(p(text), style)
        self.outline_level = level
        self.outline_text = plain or text
        self.in_toc = toc


class SectionStart(Flowable):  # type: ignore[misc]
    """Invisible marker: from this page on, the header shows ``info``'s symbol and confidentiality.

    Put it right after a page break (the header is drawn when a page is finished).
    """

    def __init__(self, info: DocumentInfo) -> None:
        super().__init__()
        self.info = info
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        doc = getattr(self.canv, "_crm_doc", None)
        if doc is not None:
            doc.section = self.info


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages back until the end so the footer can say "page X of Y".

    A bookmark names the page it is made on; as the pages are only emitted at the end, the
    bookmarks are recorded with their page and defined when that page is emitted (else every one
    would point at the first page).
    """

    def __init__(self, *args: Any, footer_lang: str, symbol: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._crm_lang = footer_lang
        self._crm_symbol = symbol
        self._crm_pages: list[dict[str, Any]] = []
        self._crm_marks: dict[int, list[tuple[str, float]]] = {}

    def bookmarkPage(self, key: str, fit: str = "XYZ", top: float | None = None, **kw: Any) -> None:
        self._crm_marks.setdefault(len(self._crm_pages), []).append((key, top or 0.0))

    def showPage(self) -> None:
        self._crm_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._crm_pages)
        marks = self._crm_marks
        for index, state in enumerate(self._crm_pages):
            self.__dict__.update(state)
            for key, top in marks.get(index, []):
                Canvas.bookmarkPage(self, key, fit="XYZ", left=0, top=top)
            self.saveState()
            draw_footer(self, label("page", self._crm_lang, n=index + 1, total=total), self._crm_symbol)
            self.restoreState()
            Canvas.showPage(self)
        Canvas.save(self)


def fit_lines(
    text: str, font: str, size: float, width: float, *, smallest: float, lines: int = 2
) -> tuple[float, list[str]]:
    """``text`` at the largest size from ``size`` down to ``smallest`` that fits ``width`` on one
    line, else broken (after "/" or a space) into at most ``lines`` lines; measured, never guessed.
    What still does not fit is shortened with an ellipsis on its last line."""
    current = size
    while current >= smallest:
        if pdfmetrics.stringWidth(text, font, current) <= width:
            return current, [text]
        current -= 0.5
    out: list[str] = []
    rest = text
    while rest and len(out) < lines - 1:
        cut = _break_at(rest, font, smallest, width)
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        out.append(fit_text(rest, font, smallest, width))
    return smallest, out


def _break_at(text: str, font: str, size: float, width: float) -> int:
    """The longest prefix of ``text`` that fits, ending after a "/" or before a space when possible."""
    fits = 0
    for i in range(1, len(text) + 1):
        if pdfmetrics.stringWidth(text[:i], font, size) > width:
            break
        fits = i
    if fits >= len(text):
        return len(text)
    soft = max(text.rfind("/", 0, fits) + 1, text.rfind(" ", 0, fits))
    return soft if soft > 0 else max(fits, 1)


FOOTER_Y = 1.25 * cm
FOOTER_RULE_Y = 1.75 * cm


def draw_footer(canv: Canvas, page_label: str, symbol: str) -> None:
    """Rule, the symbol at the left and "page X of Y" at the right: the symbol gets what the page
    number leaves (shrunk, then on two lines), so the two never meet."""
    width = canv._pagesize[0]
    left, right = MARGIN_X, width - MARGIN_X
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    canv.line(left, FOOTER_RULE_Y, right, FOOTER_RULE_Y)
    canv.setFillColor(GREY)
    canv.setFont(SANS, 8)
    canv.drawRightString(right, FOOTER_Y, page_label)
    room = right - left - pdfmetrics.stringWidth(page_label, SANS, 8) - 18
    size, lines = fit_lines(symbol, SANS, 7, room, smallest=5.5)
    for i, line in enumerate(lines):
        canv.setFont(SANS, size)
        canv.drawString(left, FOOTER_Y - i * (size + 1.5), line)


HEADER_TOP = 1.15 * cm  # from the top edge to the first baseline
HEADER_GAP = 14  # points between the left and the right column


class OfficialDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 document template with the series' header, footer, bookmarks and metadata."""

    def __init__(self, target: Any, info: DocumentInfo, *, wide: bool = False) -> None:
        register_fonts()
        pagesize = landscape(A4) if wide else A4
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title,
            author=info.author or label("crm", info.lang),
            subject=info.subject or info.meeting,
            keywords=list(info.keywords) or [info.symbol],
            creator="CRM Desktop",
            producer="CRM Desktop (ReportLab)",
            lang=info.pdf_lang,
            initialFontName=SERIF,
            displayDocTitle=True,
        )
        self.info = info
        self.section = info
        self._bookmarks = 0
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", leftPadding=0, rightPadding=0
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._furniture)])

    def handle_documentBegin(self) -> None:
        self.section = self.info
        self._bookmarks = 0
        self.canv._crm_doc = self
        self.canv.showOutline()
        super().handle_documentBegin()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self._bookmarks += 1
            key = f"h{self._bookmarks}"
            # the heading's top on its page: the frame's cursor is below it now
            top = self.frame._y + flowable.height + getattr(flowable.style, "spaceBefore", 0) + 4
            self.canv.bookmarkPage(key, top=min(top, self.pagesize[1]))
            self.canv.addOutlineEntry(flowable.outline_text, key, level=flowable.outline_level, closed=False)
            if flowable.in_toc:
                self.notify("TOCEntry", (flowable.outline_level, flowable.outline_text, self.page, key))

    def _furniture(self, canv: Canvas, doc: OfficialDocTemplate) -> None:
        """Header, rule and confidentiality band of the finished page (the footer comes at the end).

        Left: the CRM and the meeting. Right: the symbol, the distribution, the date of issue and
        the original language, each on its own line. The right column takes the width its lines
        need (at most half the page); the left column the rest; text that still does not fit
        shrinks, then wraps, so the columns never overlap.
        """
        # a part of a dossier carries its own symbol and date, and the whole's distribution when
        # the whole is more restricted (a public text inside a members-only dossier is restricted)
        info = replace(self.section, audience=stricter(self.section.audience, self.info.audience))
        lang = self.info.lang
        width, height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        usable = right - left
        top = height - HEADER_TOP
        right_lines = header_marks(info, lang)
        right_w = min(
            usable * 0.5,
            max(
                pdfmetrics.stringWidth(info.symbol, SANS_BOLD, 9),
                *(pdfmetrics.stringWidth(t, SANS, 7.5) for t in right_lines),
            ),
        )
        left_w = usable - right_w - HEADER_GAP
        canv.saveState()
        y = top
        crm_size, crm_lines = fit_lines(label("crm", text_lang(lang)).upper(), SANS_BOLD, 7.5, left_w, smallest=6)
        canv.setFillColor(BLUE)
        for line in crm_lines:
            canv.setFont(SANS_BOLD, crm_size)
            canv.drawString(left, y, line)
            y -= crm_size + 2.5
        meeting_size, meeting_lines = fit_lines(info.meeting, SANS, 7.5, left_w, smallest=6)
        canv.setFillColor(GREY)
        for line in meeting_lines:
            canv.setFont(SANS, meeting_size)
            canv.drawString(left, y, line)
            y -= meeting_size + 2.5
        left_bottom = y
        y = top
        symbol_size, symbol_lines = fit_lines(info.symbol, SANS_BOLD, 9, right_w, smallest=6.5)
        canv.setFillColor(INK)
        for line in symbol_lines:
            canv.setFont(SANS_BOLD, symbol_size)
            canv.drawRightString(right, y, line)
            y -= symbol_size + 2
        canv.setFillColor(GREY)
        for line in right_lines:
            size, parts = fit_lines(line, SANS, 7.5, right_w, smallest=6)
            for part in parts:
                canv.setFont(SANS, size)
                canv.drawRightString(right, y, part)
                y -= size + 2.5
        rule_y = min(y, left_bottom) + 4
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(left, rule_y, right, rule_y)
        if is_confidential(info.audience):
            draw_band(canv, left, right, rule_y - 4, info.audience, lang)
        canv.restoreState()

    def build_story(self, story: list[Flowable], *, passes: int = 1) -> int:
        """Build with "page X of Y" footers; ``passes`` > 1 for a table of contents. Returns the page count."""
        maker = partial(_NumberedCanvas, footer_lang=self.info.lang, symbol=self.info.symbol)
        if passes > 1 or any(isinstance(f, TableOfContents) for f in story):
            self.multiBuild(story, canvasmaker=maker, maxPasses=max(passes, 4))
        else:
            self.build(story, canvasmaker=maker)
        return int(self.page)


BAND_HEIGHT = 24


def draw_band(canv: Canvas, left: float, right: float, top: float, audience: str, lang: str) -> None:
    """The confidentiality band under the header: "CONFIDENTIAL" and who may read, in red, in a
    frame of its own between the header and the text (never over the symbol)."""
    text = f"{label('confidential', lang)} — {restriction_line(audience, lang)}"
    size, lines = fit_lines(text, SANS_BOLD, 7.5, right - left - 12, smallest=5.5)
    canv.setStrokeColor(RED)
    canv.setFillColor(RED)
    canv.setLineWidth(0.9)
    canv.rect(left, top - BAND_HEIGHT, right - left, BAND_HEIGHT, stroke=1, fill=0)
    block = len(lines) * (size + 1.5)
    y = top - (BAND_HEIGHT - block) / 2 - size + 1
    for line in lines:
        canv.setFont(SANS_BOLD, size)
        canv.drawCentredString((left + right) / 2, y, line)
        y -= size + 1.5


DISTRIBUTION = {"public": "distr.general", "members": "distr.restricted"}


def header_marks(info: DocumentInfo, lang: str) -> list[str]:
    """The header's right-hand lines under the symbol: distribution, date of issue, original language."""
    distr = _mark(DISTRIBUTION.get(info.audience, "distr.confidential"), lang)
    return [distr, format_date(info.date, text_lang(lang)), _mark(f"original.{info.original}", lang)]


def _mark(key: str, lang: str) -> str:
    """A label; in a bilingual document "Distr.: Restringida / Restricted" (the shared prefix once)."""
    if lang != "bilingual":
        return label(key, lang)
    es, en = label(key, "es"), label(key, "en")
    prefix, sep, rest = en.partition(": ")
    if sep and es.startswith(prefix + sep):
        return es if es == en else f"{es} / {rest}"
    return label(key, lang)


def restriction_line(audience: str, lang: str) -> str:
    key = "restricted.secretariat" if audience == "secretariat" else "restricted.closed_door"
    return label(key, lang)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def title_block(
    info: DocumentInfo, lines: Sequence[str], *, kicker: str | None = None, toc: bool = True
) -> list[Flowable]:
    """The first-page block: the CRM, the document's title, the meeting, place and dates.

    ``toc`` False keeps the title out of a table of contents (the dossier's own title).
    """
    st = styles()
    out: list[Flowable] = [Paragraph(p((kicker or label("crm", info.lang)).upper()), st["kicker"]), Spacer(0, 6)]
    if info.lang == "bilingual" and " / " in info.title:
        # A bilingual title on two lines: Spanish, then English in a lighter italic.
        es, en = info.title.split(" / ", 1)
        out += [Heading(es, st["title"], level=0, plain=info.title, toc=toc), Paragraph(p(en), st["title_en"])]
    else:
        out.append(Heading(info.title, st["title"], level=0, toc=toc))
    for line in lines:
        if line:
            out.append(Paragraph(p(line), st["place"]))
    out.append(Spacer(0, 14))
    return out


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle that starts on the embedded font: a Table sets its cell font even for flowable
    cells, and ReportLab's default (Helvetica) would otherwise leave a non-embedded font in the file."""
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8.8), *commands])


def table_heading(text: str, *, level: int = 1, room: float = 4 * cm) -> list[Flowable]:
    """A heading over a table that may run across pages: kept with room for the table's first rows."""
    return [CondPageBreak(room), Heading(text, styles()["h1_table"], level=level)]


def build_pdf(target: str | Path | io.BytesIO, info: DocumentInfo, story: list[Flowable], *, wide: bool = False) -> int:
    """Build ``story`` into ``target`` with the series' furniture; returns the number of pages."""
    dest = str(target) if isinstance(target, Path) else target
    return OfficialDocTemplate(dest, info, wide=wide).build_story(story)


def with_audience(info: DocumentInfo, audience: str) -> DocumentInfo:
    return replace(info, audience=audience)


_VOLATILE = re.compile(rb"/(?:CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[<[0-9a-fA-F]+>\s*<[0-9a-fA-F]+>\]")


def content_fingerprint(pdf: bytes) -> str:
    """A digest of a PDF that ignores its creation time and file id: the same document rendered
    twice has the same fingerprint (the outbox uses it so a re-run does not send it again)."""
    return hashlib.sha256(_VOLATILE.sub(b"", pdf)).hexdigest()
