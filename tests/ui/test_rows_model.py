"""The table model and its filter proxy: accent-insensitive words, field conditions, sorting by
folded text, and a filter that follows the rows when they are replaced or re-sorted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crm_desktop.ui.models.rows import Column, RowFilterProxy, RowsTableModel, fold

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]

ROWS = [
    {"id": "1", "name": "Álvarez, José", "country": "MX", "people": 3},
    {"id": "2", "name": "Alvarado, Ana", "country": "GT", "people": 12},
    {"id": "3", "name": "Zúñiga, Pía", "country": "MX", "people": 1},
]


def make(qtbot):  # type: ignore[no-untyped-def]
    model = RowsTableModel(
        [
            Column("name", lambda: "Nombre"),
            Column("country", lambda: "País"),
            Column("people", lambda: "N", align_right=True),
        ]
    )
    model.set_rows(ROWS)
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def names(proxy: RowFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_fold_removes_accents_and_case() -> None:
    assert fold("ÁLVAREZ Zúñiga") == "alvarez zuniga"


def test_filter_words_fields_and_sorting(qtbot) -> None:  # type: ignore[no-untyped-def]
    model, proxy = make(qtbot)
    proxy.set_text("alvar")
    assert names(proxy) == ["Álvarez, José", "Alvarado, Ana"]
    proxy.set_text("alvar mx")  # every word, in any column
    assert names(proxy) == ["Álvarez, José"]
    proxy.set_text("")
    proxy.set_field("country", "MX")
    assert names(proxy) == ["Álvarez, José", "Zúñiga, Pía"]
    proxy.set_field("country", None)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)  # "Alvarado" < "Álvarez" < "Zúñiga" once folded
    assert names(proxy) == ["Alvarado, Ana", "Álvarez, José", "Zúñiga, Pía"]
    proxy.sort(2, Qt.SortOrder.DescendingOrder)  # numbers as numbers: 12 > 3 > 1
    assert names(proxy) == ["Alvarado, Ana", "Álvarez, José", "Zúñiga, Pía"]
    proxy.set_text("pia")
    model.set_rows([*ROWS, {"id": "4", "name": "Pía Castro", "country": "CR", "people": 2}])
    assert sorted(names(proxy)) == ["Pía Castro", "Zúñiga, Pía"]
    assert proxy.source_row(0)["id"] in {"3", "4"}
