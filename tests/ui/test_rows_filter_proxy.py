"""The filter proxy as a table shows it: the same rows as a plain filter whatever is typed (narrowing,
widening, replaced rows, a category), the selection following its row through filtering and sorting,
column widths kept while typing, and a source whose ``data`` adds roles (colours) still asked for them."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from crm_desktop.ui.models.rows import KEY_ROLE, Column, Index, RowFilterProxy, RowsTableModel, fold

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]

NAMES = ["Álvarez", "Alvarado", "Zúñiga", "Pía", "Núñez", "Ríos", "Ana", "José", "Perú", "Mora"]
COLUMNS = [
    Column("name", lambda: "Nombre"),
    Column("country", lambda: "País"),
    Column("people", lambda: "N", align_right=True),
]


def rows_of(n: int) -> list[dict[str, Any]]:
    rows = []
    for i in range(n):
        name = f"{NAMES[i % 10]} {NAMES[i * 7 % 10]} {i}"
        rows.append({"id": str(i), "name": name, "country": "GT" if i % 3 == 0 else "MX", "people": i})
    return rows


def make(rows: list[dict[str, Any]]) -> tuple[RowsTableModel, RowFilterProxy]:
    model = RowsTableModel(COLUMNS)
    model.set_rows(rows)
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def shown_ids(proxy: RowFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())]


def expected_ids(model: RowsTableModel, text: str, country: str | None = None) -> list[str]:
    terms = fold(text).split()
    return [
        model.row(i)["id"]
        for i in range(model.rowCount())
        if all(t in model.search_text(i) for t in terms) and (country is None or model.row(i)["country"] == country)
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    typed=st.lists(st.text(alphabet="aáeioúnñrz MX", max_size=6), min_size=1, max_size=8),
    country=st.sampled_from([None, "MX", "GT"]),
)
def test_same_rows_as_a_plain_filter_whatever_is_typed(qtbot, typed: list[str], country: str | None) -> None:  # type: ignore[no-untyped-def]
    model, proxy = make(rows_of(40))
    proxy.set_field("country", country)
    for text in typed:  # each text replaces the last: narrower, wider or unrelated
        proxy.set_text(text)
        assert shown_ids(proxy) == expected_ids(model, text, country)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert shown_ids(proxy) == expected_ids(model, typed[-1], country)
    model.set_rows(rows_of(25))
    assert shown_ids(proxy) == expected_ids(model, typed[-1], country)


def test_model_checks_hold_while_filtering_and_sorting(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model, proxy = make(rows_of(30))
    qtmodeltester.check(proxy)
    for text in ("a", "al", "alv", "al", "", "zu ni", "x"):
        proxy.set_text(text)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    proxy.set_field("country", "GT")
    model.set_rows(rows_of(12))
    model.refresh_texts()


def test_selection_follows_its_row_through_filter_and_sort(qtbot) -> None:  # type: ignore[no-untyped-def]
    model, proxy = make(rows_of(30))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    target = next(r for r in range(proxy.rowCount()) if proxy.source_row(r)["name"] == "Zúñiga Núñez 12")
    view.selectRow(target)

    def selected() -> str | None:
        rows = view.selectionModel().selectedRows()
        return proxy.source_row(rows[0].row())["name"] if rows else None

    proxy.set_text("zun")
    assert selected() == "Zúñiga Núñez 12" and view.currentIndex().row() < target
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert selected() == "Zúñiga Núñez 12"
    assert proxy.mapToSource(view.currentIndex()).row() == next(
        i for i in range(model.rowCount()) if model.row(i)["name"] == "Zúñiga Núñez 12"
    )
    proxy.set_text("")
    assert selected() == "Zúñiga Núñez 12"
    proxy.set_text("peru")  # filtered out: nothing selected
    assert selected() is None and not view.currentIndex().isValid()


def test_typing_keeps_column_widths_and_maps_both_ways(qtbot) -> None:  # type: ignore[no-untyped-def]
    model, proxy = make(rows_of(30))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setColumnWidth(1, 173)
    for text in ("a", "an", "ana", ""):
        proxy.set_text(text)
        assert view.columnWidth(1) == 173
    proxy.set_text("ana")
    for r in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(r, 2))
        assert source.column() == 2 and "Ana" in model.row(source.row())["name"]
        assert proxy.mapFromSource(source).row() == r
    hidden = next(i for i in range(model.rowCount()) if "Ana" not in model.row(i)["name"])
    assert not proxy.mapFromSource(model.index(hidden, 0)).isValid()
    assert proxy.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert proxy.headerData(0, Qt.Orientation.Horizontal) == "Nombre"


def test_new_texts_after_a_language_switch_are_searched(qtbot) -> None:  # type: ignore[no-untyped-def]
    lang = ["es"]
    model = RowsTableModel([Column("country", lambda: "", lambda r: r["es" if lang[0] == "es" else "en"])])
    model.set_rows([{"id": "1", "es": "México", "en": "Mexico"}, {"id": "2", "es": "Perú", "en": "Peru"}])
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("mexico")
    assert shown_ids(proxy) == ["1"]
    model.set_rows([{"id": "3", "es": "Alemania", "en": "Germany"}])
    lang[0] = "en"
    model.refresh_texts()
    proxy.set_text("germ")
    assert shown_ids(proxy) == ["3"]


class Tinted(RowsTableModel):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole and self.row(index.row())["people"] > 20:
            return QBrush(QColor("#fde2e1"))
        return super().data(index, role)


def test_a_source_adding_roles_is_asked_for_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = Tinted(COLUMNS)
    model.set_rows(rows_of(30))
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("mx")
    tinted = [proxy.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is not None for r in range(proxy.rowCount())]
    assert tinted == [proxy.source_row(r)["people"] > 20 for r in range(proxy.rowCount())]
    assert proxy.index(0, 0).data() == proxy.source_row(0)["name"]
    assert proxy.data(QModelIndex()) is None
