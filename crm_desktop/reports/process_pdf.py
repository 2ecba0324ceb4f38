"""The between-meetings reports (progress, contributions, handover) on the shared PDF base.

A thin layer over :mod:`crm_desktop.reports.base`: the series' fonts, title block, header, "page X of
Y" footer, confidentiality mark and metadata, plus two helpers these reports share (a data table with
right-aligned figure columns, and writing through a temporary file so a failure never leaves half a
PDF behind).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table

from crm_desktop.reports.base import (
    MARGIN_X,
    SANS,
    DocumentInfo,
    build_pdf,
    p,
    title_block,
)
from crm_desktop.reports.base import styles as base_styles
from crm_desktop.reports.tables import data_table

FONT = SANS  # charts and tables use the series' sans-serif
USABLE_WIDTH = A4[0] - 2 * MARGIN_X


def styles() -> dict[str, ParagraphStyle]:
    return base_styles()


def esc(text: object) -> str:
    return p("" if text is None else str(text))


def _right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_right", parent=style, alignment=TA_RIGHT)


def table(
    header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float], *, align_right: Sequence[int] = ()
) -> Table:
    """A data table in the series' style; ``widths`` are scaled down to the page when they exceed it, and
    the ``align_right`` columns (figures) are right-aligned."""
    st = styles()
    total = sum(widths)
    scale = min(1.0, USABLE_WIDTH / total) if total else 1.0
    cell, right = st["cell"], _right(st["cell"])
    body: list[list[Any]] = [
        [Paragraph(esc(c), right if i in align_right else cell) for i, c in enumerate(row)] for row in rows
    ]
    return data_table(list(header), body, [w * scale for w in widths])


def build(
    path: Path,
    story: list[Flowable],
    *,
    title: str,
    symbol: str,
    lang: str,
    meeting: str,
    audience: str = "public",
    subject: str = "",
    lines: Sequence[str] = (),
    when: date | None = None,
) -> int:
    """Write the document: the series' title block, then ``story``. Returns the page count."""
    info = DocumentInfo(
        title=title,
        symbol=symbol,
        meeting=meeting,
        date=when or date.today(),
        lang=lang,
        audience=audience,
        subject=subject,
    )
    tmp = path.with_name(path.name + ".part")
    try:
        pages = build_pdf(tmp, info, [*title_block(info, list(lines)), *story])
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)
    return pages
