"""The shared base of every PDF the CRM prints: fonts, page furniture, metadata, bookmarks.

Every document of the CRM (agendas, participant lists, the Declaration, a progress report with
charts...) is built the same way, so they look like one series of official documents:

* **Fonts** — DejaVu Serif (running text) and DejaVu Sans (headings, tables, page furniture) ship in
  ``crm_desktop/resources/fonts`` with their licence; they are registered once and embedded
  (subset) in every file. The canvas starts on the embedded font, so no reference to a built-in
  PDF font (Helvetica) remains, and text extracts with its accents intact.
* **Page furniture** — a header with the CRM, the meeting, the document symbol and date; a footer
  with "Página X de Y" / "Page X of Y" (bilingual documents print both); a red confidentiality mark
  on every page when the audience is ``closed_door`` or ``secretariat``.
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
from functools import cache, partial
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from crm_desktop.reports.labels import format_date, label, text_lang

SERIF = "CRMSerif"
SERIF_BOLD = "CRMSerif-Bold"
SERIF_ITALIC = "CRMSerif-Italic"
SERIF_BOLD_ITALIC = "CRMSerif-BoldItalic"
SANS = "CRMSans"
SANS_BOLD = "CRMSans-Bold"
SANS_ITALIC = "CRMSans-Oblique"
SANS_BOLD_ITALIC = "CRMSans-BoldOblique"

_FONT_FILES = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "DejaVuSerif-BoldItalic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

# The palette of the series: a deep institutional blue, a neutral grey, and red reserved for
# confidentiality so that it is never mistaken for decoration.
INK = colors.HexColor("#1d1d1b")
BLUE = colors.HexColor("#1f3d6d")
GREY = colors.HexColor("#6b6b6b")
RULE = colors.HexColor("#9aa5b8")
SHADE = colors.HexColor("#e9edf4")
RED = colors.HexColor("#b3261e")

CONFIDENTIAL_AUDIENCES = frozenset({"closed_door", "secretariat"})
MARGIN_X = 2.3 * cm
MARGIN_TOP = 3.1 * cm
MARGIN_BOTTOM = 2.4 * cm


def font_dir() -> Path:
    """The folder of the shipped font files and their licence."""
    return Path(str(resources.files("crm_desktop.resources").joinpath("fonts")))


@cache
def register_fonts() -> None:
    """Register the shipped fonts with ReportLab (once per process), with bold/italic families."""
    directory = font_dir()
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(directory / filename)))
    pdfmetrics.registerFontFamily(
        SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD_ITALIC
    )
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC)


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

    @property
    def pdf_lang(self) -> str:
        return "en" if self.lang == "en" else "es"

    @property
    def confidential(self) -> bool:
        return is_confidential(self.audience)


def p(text: str) -> str:
    """Escape plain text for a Paragraph (which reads a small XML markup)."""
    return escape(text)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the series, by name."""
    register_fonts()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=10.5, leading=14.5, textColor=INK, alignment=TA_JUSTIFY)
    sans = ParagraphStyle("sans", fontName=SANS, fontSize=9, leading=11.5, textColor=INK)
    return {
        "body": body,
        "body_left": ParagraphStyle("body_left", parent=body, alignment=TA_LEFT),
        "numbered": ParagraphStyle("numbered", parent=body, leftIndent=1.0 * cm, firstLineIndent=-1.0 * cm),
        "numbered_left": ParagraphStyle(
            "numbered_left", parent=body, alignment=TA_LEFT, leftIndent=0.8 * cm, firstLineIndent=-0.8 * cm
        ),
        "subitem_left": ParagraphStyle(
            "subitem_left", parent=body, alignment=TA_LEFT, leftIndent=1.5 * cm, firstLineIndent=-0.7 * cm
        ),
        "subitem": ParagraphStyle("subitem", parent=body, leftIndent=2.0 * cm, firstLineIndent=-0.8 * cm),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=GREY),
        "sans": sans,
        "cell": ParagraphStyle("cell", parent=sans, fontSize=8.8, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", parent=sans, fontName=SANS_BOLD, fontSize=8.8, leading=11),
        "cell_head": ParagraphStyle(
            "cell_head", parent=sans, fontName=SANS_BOLD, fontSize=8, leading=10, textColor=colors.white
        ),
        "kicker": ParagraphStyle(
            "kicker", parent=sans, fontName=SANS_BOLD, fontSize=9, leading=12, textColor=BLUE, alignment=TA_CENTER
        ),
        "title": ParagraphStyle(
            "title",
            fontName=SERIF_BOLD,
            fontSize=17,
            leading=21,
            textColor=INK,
            alignment=TA_CENTER,
            spaceBefore=4,
            spaceAfter=4,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=11, leading=14, alignment=TA_CENTER, textColor=INK
        ),
        "title_en": ParagraphStyle(
            "title_en",
            fontName=SERIF_ITALIC,
            fontSize=14,
            leading=18,
            textColor=GREY,
            alignment=TA_CENTER,
            spaceAfter=4,
        ),
        "place": ParagraphStyle("place", parent=sans, fontSize=9.5, leading=12, alignment=TA_CENTER, textColor=GREY),
        "h1": ParagraphStyle(
            "h1",
            fontName=SANS_BOLD,
            fontSize=12,
            leading=15,
            textColor=BLUE,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,  # never a heading alone at the foot of a page
        ),
        "h2": ParagraphStyle(
            "h2",
            fontName=SANS_BOLD,
            fontSize=10,
            leading=13,
            textColor=INK,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "toc0": ParagraphStyle("toc0", parent=body, fontName=SERIF_BOLD, leftIndent=0, firstLineIndent=0, leading=16),
        "toc1": ParagraphStyle("toc1", parent=body, leftIndent=0.8 * cm, firstLineIndent=0, leading=14),
        "confidential": ParagraphStyle(
            "confidential",
            parent=sans,
            fontName=SANS_BOLD,
            fontSize=9,
            leading=12,
            textColor=RED,
            alignment=TA_CENTER,
        ),
    }


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
    """Holds the pages back until the end so the footer can say "page X of Y"."""

    def __init__(self, *args: Any, footer_lang: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._crm_lang = footer_lang
        self._crm_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._crm_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._crm_pages)
        for number, state in enumerate(self._crm_pages, start=1):
            self.__dict__.update(state)
            self.saveState()
            self.setFont(SANS, 8)
            self.setFillColor(GREY)
            width = self._pagesize[0]
            self.drawCentredString(width / 2, 1.25 * cm, label("page", self._crm_lang, n=number, total=total))
            self.restoreState()
            Canvas.showPage(self)
        Canvas.save(self)


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
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_text, key, level=flowable.outline_level, closed=False)
            if flowable.in_toc:
                self.notify("TOCEntry", (flowable.outline_level, flowable.outline_text, self.page, key))

    def _furniture(self, canv: Canvas, doc: OfficialDocTemplate) -> None:
        """Header, rule and confidentiality mark of the finished page (its number comes at the end)."""
        info = self.section
        lang = self.info.lang
        width, height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        top = height - 1.35 * cm
        canv.saveState()
        canv.setFillColor(BLUE)
        canv.setFont(SANS_BOLD, 7.5)
        canv.drawString(left, top, label("crm", text_lang(lang)).upper())
        canv.setFillColor(GREY)
        canv.setFont(SANS, 7.5)
        canv.drawString(left, top - 10, _fit(info.meeting, SANS, 7.5, (right - left) * 0.62))
        canv.setFillColor(INK)
        canv.setFont(SANS_BOLD, 9)
        canv.drawRightString(right, top, info.symbol)
        canv.setFont(SANS, 7.5)
        canv.setFillColor(GREY)
        canv.drawRightString(right, top - 10, format_date(info.date, "en" if lang == "en" else "es"))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(left, top - 16, right, top - 16)
        canv.line(left, 1.75 * cm, right, 1.75 * cm)
        canv.setFont(SANS, 7)
        canv.drawString(left, 1.25 * cm, info.symbol)
        if info.confidential:
            mark = label("confidential", lang)
            canv.setFillColor(RED)
            canv.setStrokeColor(RED)
            canv.setFont(SANS_BOLD, 8.5)
            text_w = pdfmetrics.stringWidth(mark, SANS_BOLD, 8.5)
            box_w = text_w + 14
            canv.setLineWidth(1)
            canv.rect(width / 2 - box_w / 2, top - 4, box_w, 14, stroke=1, fill=0)
            canv.drawCentredString(width / 2, top, mark)
            canv.setFont(SANS_BOLD, 6.8)
            canv.drawCentredString(width / 2, 1.9 * cm, restriction_line(info.audience, lang))
        canv.restoreState()

    def build_story(self, story: list[Flowable], *, passes: int = 1) -> int:
        """Build with "page X of Y" footers; ``passes`` > 1 for a table of contents. Returns the page count."""
        maker = partial(_NumberedCanvas, footer_lang=self.info.lang)
        if passes > 1 or any(isinstance(f, TableOfContents) for f in story):
            self.multiBuild(story, canvasmaker=maker, maxPasses=max(passes, 4))
        else:
            self.build(story, canvasmaker=maker)
        return int(self.page)


def restriction_line(audience: str, lang: str) -> str:
    key = "restricted.secretariat" if audience == "secretariat" else "restricted.closed_door"
    return label(key, lang)


def _fit(text: str, font: str, size: float, width: float) -> str:
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
    if info.confidential:
        out += [Spacer(0, 6), Paragraph(p(restriction_line(info.audience, info.lang)), st["confidential"])]
    out.append(Spacer(0, 14))
    return out


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle that starts on the embedded font: a Table sets its cell font even for flowable
    cells, and ReportLab's default (Helvetica) would otherwise leave a non-embedded font in the file."""
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8.8), *commands])


def data_table(
    header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float], *, zebra: bool = True
) -> Table:
    """A table in the series' style: blue header row repeated on every page, light banding."""
    st = styles()
    head = [Paragraph(p(h), st["cell_head"]) for h in header]
    body = [[c if isinstance(c, Flowable) else Paragraph(p(str(c)), st["cell"]) for c in r] for r in rows]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        for i in range(2, len(rows) + 1, 2):
            commands.append(("BACKGROUND", (0, i), (-1, i), SHADE))
    table.setStyle(table_style(commands))
    return table


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
