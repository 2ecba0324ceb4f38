"""Tables of the series: a blue header repeated on every page, group headings repeated with
"(cont.)" across page breaks, and breaks chosen so that no heading or lone row is left behind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, PageBreak, Paragraph, Table

from crm_desktop.reports.base import BLUE, RULE, SHADE, p, styles, table_style


def data_table(
    header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float], *, zebra: bool = True
) -> Table:
    """A table in the series' style: blue header row repeated on every page, light banding."""
    st = styles()
    head = [Paragraph(p(h), st["cell_head"]) for h in header]
    body = [[c if isinstance(c, Flowable) else Paragraph(p(str(c)), st["cell"]) for c in r] for r in rows]

    def style(count: int, _headings: frozenset[int]) -> list[tuple[Any, ...]]:
        commands: list[tuple[Any, ...]] = [*DATA_TABLE_STYLE]
        if zebra:
            commands += [("BACKGROUND", (0, i), (-1, i), SHADE) for i in range(2, count + 1, 2)]
        return commands

    return ContinuedTable(head, body, widths, style=style)


DATA_TABLE_STYLE: list[tuple[Any, ...]] = [
    ("BACKGROUND", (0, 0), (-1, 0), BLUE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
]


StyleFn = Callable[[int, frozenset[int]], list[tuple[Any, ...]]]


class ContinuedTable(Table):  # type: ignore[misc]
    """A table with a repeated header row and group heading rows ("HONDURAS", "Martes 17 de marzo")
    that splits across pages as an official document does: a group heading is never the last row
    of a page, a group cut by the page break starts the next page with "HONDURAS (cont.)", and the
    break is moved up one row rather than leave a page holding only the table's last row.

    ``rows`` are the body rows; ``headings`` maps the index of a heading row among them to its
    text; ``style`` returns the table's commands for a number of body rows and the heading rows'
    indexes (data row numbers: the header is row 0).
    """

    def __init__(
        self,
        header: list[Any],
        rows: list[list[Any]],
        widths: Sequence[float],
        *,
        headings: dict[int, str] | None = None,
        heading_row: Callable[[str], list[Any]] | None = None,
        style: StyleFn,
        cont: str = "(cont.)",
    ) -> None:
        self._crm = (header, rows, list(widths), headings or {}, heading_row, style, cont)
        super().__init__([header, *rows], colWidths=list(widths), repeatRows=1)
        marks = frozenset(i + 1 for i in (headings or {}))
        self.setStyle(table_style(style(len(rows), marks)))

    def _part(self, rows: list[list[Any]], headings: dict[int, str]) -> ContinuedTable:
        header, _, widths, _, heading_row, style, cont = self._crm
        return ContinuedTable(header, rows, widths, headings=headings, heading_row=heading_row, style=style, cont=cont)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        if self._width > availWidth:
            return []
        _, rows, _, headings, heading_row, _, cont = self._crm
        n = self._getFirstPossibleSplitRowPosition(availHeight) - 1  # body rows the page takes
        if n >= len(rows):
            return [self]
        if len(rows) - n == 1 and n >= 3:
            n -= 1  # never a page with only the last row
        while n > 0 and (n - 1) in headings:
            n -= 1  # never a group heading at the foot of a page
        opened = [i for i in headings if i < n]
        if opened and n not in headings:
            start = max(opened)
            end = min([i for i in headings if i > start] + [len(rows)])
            if min(n - start - 1, end - n) < 2 and start > 0:
                n = start  # a group cut leaving a single row on either page moves whole to the next
        if n <= 0:
            return []
        first = self._part(rows[:n], {i: t for i, t in headings.items() if i < n})
        rest = rows[n:]
        rest_headings = {i - n: t for i, t in headings.items() if i >= n}
        open_group = [i for i in headings if i < n]
        if heading_row is not None and n not in headings and open_group:
            name = headings[max(open_group)]
            rest = [heading_row(f"{name} {cont}"), *rest]
            rest_headings = {0: name, **{i + 1: t for i, t in rest_headings.items()}}
        # the break was chosen here: the rest starts a new page even when a row moved back would fit
        return [first, PageBreak(), self._part(rest, rest_headings)]
