"""A small PDF frame for the between-meetings reports (progress, contributions, handover).

Embedded TrueType fonts (the application's DejaVu when shipped in ``resources/fonts``, otherwise the
Bitstream Vera fonts that come with ReportLab), a header with the document's title and date, a footer
"page X of Y", document metadata and language. Kept deliberately small: the shared report base replaces
it when it is available.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

FONT, FONT_BOLD = "CRMSans", "CRMSans-Bold"
_registered = False


def _font_files() -> tuple[Path, Path]:
    shipped = resources.files("crm_desktop.resources").joinpath("fonts")
    regular, bold = shipped.joinpath("DejaVuSans.ttf"), shipped.joinpath("DejaVuSans-Bold.ttf")
    if regular.is_file() and bold.is_file():
        return Path(str(regular)), Path(str(bold))
    import reportlab

    base = Path(reportlab.__file__).parent / "fonts"
    return base / "Vera.ttf", base / "VeraBd.ttf"


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    regular, bold = _font_files()
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _registered = True


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, alignment=TA_LEFT)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=6),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=10.5, leading=14, textColor=colors.HexColor("#444444")
        ),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=FONT_BOLD, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3
        ),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=FONT_BOLD, fontSize=8, leading=10),
    }


def esc(text: object) -> str:
    s = "" if text is None else str(text)
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table(
    header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float], *, align_right: Sequence[int] = ()
) -> Table:
    """A data table with a repeated header row, wrapped cells and light zebra striping."""
    st = styles()
    right = ParagraphStyle("cell_right", parent=st["cell"], alignment=TA_RIGHT)
    right_bold = ParagraphStyle("cell_right_bold", parent=st["cell_bold"], alignment=TA_RIGHT)
    data: list[list[Any]] = [
        [Paragraph(esc(h), right_bold if i in align_right else st["cell_bold"]) for i, h in enumerate(header)]
    ]
    data += [[Paragraph(esc(c), right if i in align_right else st["cell"]) for i, c in enumerate(row)] for row in rows]
    t = Table(data, colWidths=list(widths), repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe7ef")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#2f6690")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for i in range(1, len(data)):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4f6f8")))
    for col in align_right:
        style.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    t.setStyle(TableStyle(style))
    return t


def _numbered_canvas(header: str, page_label: str, of_label: str) -> type[rl_canvas.Canvas]:
    """A canvas that knows the page count at the end, to print "page X of Y" on every page."""

    class Numbered(rl_canvas.Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(18 * mm, height - 12 * mm, header)
            self.setStrokeColor(colors.HexColor("#2f6690"))
            self.setLineWidth(0.5)
            self.line(18 * mm, height - 13.5 * mm, width - 18 * mm, height - 13.5 * mm)
            self.drawRightString(width - 18 * mm, 10 * mm, f"{page_label} {self._pageNumber} {of_label} {total}")
            self.restoreState()

    return Numbered


def build(
    path: Path,
    story: list[Flowable],
    *,
    title: str,
    subject: str,
    lang: str,
    header: str,
    when: date | None = None,
) -> None:
    """Write ``story`` to ``path`` (through a temporary file, so a failure never leaves half a PDF)."""
    register_fonts()
    day = (when or date.today()).isoformat()
    tmp = path.with_name(path.name + ".part")
    doc = SimpleDocTemplate(
        str(tmp),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="Secretaría Técnica de la CRM" if lang == "es" else "CRM Technical Secretariat",
        subject=subject,
        creator="CRM Desktop",
        lang=lang,
        initialFontName=FONT,  # otherwise a non-embedded Helvetica reference stays in the file
    )
    page, of = ("Página", "de") if lang == "es" else ("Page", "of")
    doc.build(story, canvasmaker=_numbered_canvas(f"{header} — {day}", page, of))
    tmp.replace(path)
