"""The typography of the CRM's documents: the shipped fonts (registered once, embedded in every PDF),
the palette, and the paragraph styles of the series. :mod:`crm_desktop.reports.base` re-exports them."""

from functools import cache
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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
        # before a long table: keepWithNext would carry the whole table to the next page, leaving
        # most of this one blank; a CondPageBreak before the heading keeps it with the first rows
        "h1_table": ParagraphStyle(
            "h1_table",
            fontName=SANS_BOLD,
            fontSize=12,
            leading=15,
            textColor=BLUE,
            spaceBefore=12,
            spaceAfter=6,
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
        "verb": ParagraphStyle(
            "verb", parent=body, fontName=SERIF_BOLD, alignment=TA_LEFT, spaceBefore=4, keepWithNext=1
        ),
        "adoption": ParagraphStyle("adoption", parent=body, fontName=SERIF_ITALIC, alignment=TA_LEFT, spaceBefore=8),
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
