"""Large tables without a stall: the Delegations tables' texts are computed on the worker thread,
rows already shown keep their texts, and narrowing a search gives what a fresh search gives."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from crm_desktop.ui.context import UiContext
from crm_desktop.ui.delegations.view import DelegationsView
from crm_desktop.ui.models import rows as rows_module
from crm_desktop.ui.models.rows import Column, RowFilterProxy, RowsTableModel, fold
from tests.helpers import person

pytestmark = pytest.mark.gui


def test_delegations_texts_are_prepared_on_the_worker(qtbot, ws, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for name in ("Ángela Ríos", "Tomás Herrera", "Zoe Pérez"):
        person(ws, name, country="MX")
    threads: list[bool] = []
    original = rows_module.prepare_cells

    def spy(columns: Any, rows: Any) -> Any:
        if rows:
            threads.append(threading.current_thread() is threading.main_thread())
        return original(columns, rows)

    monkeypatch.setattr(rows_module, "prepare_cells", spy)
    view = DelegationsView(UiContext(ws))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        pass
    assert threads and not any(threads), "table texts computed on the UI thread"
    assert view.people_model.rowCount() == 3
    names = [view.people_model.data(view.people_model.index(r, 0)) for r in range(3)]
    assert names == ["Ángela Ríos", "Tomás Herrera", "Zoe Pérez"]  # sorted, as before


def _model(rows: list[dict[str, Any]]) -> RowsTableModel:
    model = RowsTableModel([Column("name", lambda: "Nombre"), Column("city", lambda: "Ciudad")])
    model.set_rows(rows)
    return model


def test_a_subset_of_rows_keeps_texts_and_sorted_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [{"name": n, "city": c} for n, c in (("Óscar", "Lima"), ("ana", "Quito"), ("Bruno", "Perú"))]
    model = _model(rows)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_rows([rows[0], rows[2]])  # the same dicts, in another order
    assert [model.row(i)["name"] for i in range(model.rowCount())] == ["Bruno", "Óscar"]
    assert model.search_texts() == ["bruno peru", "oscar lima"]
    fresh = {"name": "Ana", "city": "Ávila"}
    model.set_rows([rows[2], fresh])  # one row not shown before: computed, and sorted again
    assert [model.row(i)["name"] for i in range(model.rowCount())] == ["Ana", "Bruno"]
    assert model.search_texts() == ["ana avila", "bruno peru"]


def test_prepared_rows_from_another_language_are_computed_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _model([])
    prepared = model.prepare([{"name": "Ana", "city": "Lima"}], lang="en")
    model.set_rows(prepared, "es")
    assert model.search_texts() == ["ana lima"]


WORDS = ["ana", "lopez", "perú", "peru", "gonzalez", "gt", "ñandú"]


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join), max_size=25),
    typed=st.text(alphabet="anloperuúgtz ñ", max_size=10),
)
def test_narrowing_a_search_matches_a_fresh_search(qapp, texts: list[str], typed: str) -> None:  # type: ignore[no-untyped-def]
    model = _model([{"name": t, "city": ""} for t in texts])
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    for i in range(1, len(typed) + 1):  # typed one letter at a time, as a user narrows a search
        proxy.set_text(typed[:i])
    terms = fold(typed).split()
    expected = [t for t in model.search_texts() if all(x in t for x in terms)]
    shown = [model.search_text(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount())]
    assert shown == expected
