"""Columns shown in people's words still sort by their value: dates in words by the date, grouped
amounts ("12,500.00") and percentages by the number."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from crm_desktop.domain.contributions import format_money
from crm_desktop.ui.models.rows import Column, date_column, sort_prepared


def _sorted(column: Column, rows: list[dict[str, Any]]) -> list[str]:
    cells = [[column.text(r)] for r in rows]
    _rows, cells, _ = sort_prepared([column], (rows, cells, ["" for _ in rows]), 0, Qt.SortOrder.AscendingOrder)
    return [c[0] for c in cells]


def test_dates_in_words_sort_by_the_date(qapp: Any) -> None:
    rows = [{"due": "2026-02-01"}, {"due": "2026-11-18"}, {"due": "2026-08-05"}, {"due": None}]
    column = date_column("due", lambda: "Due")
    shown = _sorted(column, rows)
    assert shown == [column.text(rows[i]) for i in (3, 0, 2, 1)]
    assert shown[1].startswith("1 ") and shown[1].endswith(" 2026") and "-" not in "".join(shown)


def test_grouped_amounts_sort_by_their_value(qapp: Any) -> None:
    column = Column("cents", lambda: "Amount", lambda r: format_money(r["cents"]), align_right=True)
    rows = [{"cents": 1_250_000}, {"cents": 90_000}, {"cents": 10_500_000}]
    assert _sorted(column, rows) == ["900.00", "12,500.00", "105,000.00"]
    share = Column("share", lambda: "Scale", lambda r: r["share"], align_right=True)
    assert _sorted(share, [{"share": "20.0%"}, {"share": "3.5%"}]) == ["3.5%", "20.0%"]
