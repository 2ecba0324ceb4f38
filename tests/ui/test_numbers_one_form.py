"""The table and the editor of the same amount write it the same way, in Spanish and in English."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from crm_desktop.ui.context import UiContext
from crm_desktop.ui.process.view import ProcessView
from tests.ui.qt_helpers import settle

pytestmark = [pytest.mark.gui]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_payment_reads_the_same_in_the_table_and_the_editor(
    qtbot: Any, demo: Any, translations: Any, lang: str
) -> None:
    translations.apply(lang)
    ctx = UiContext(demo, lang=lang)
    view = ProcessView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.build_all()  # the tabs after the first are built one a turn otherwise
    settle(qtbot, ctx)
    model = view.budget.table.model
    row = next(i for i, r in enumerate(model.rows()) if r["country"] == "CA")
    column = next(c for c in range(model.columnCount()) if model.columns[c].key == "expected")
    cell = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
    assert cell == "84,000.00"
    view.budget.amount.setValue(model.rows()[row]["expected_cents"] / 100)
    assert view.budget.amount.text() == cell  # "84,000.00", never "84.000,00"
    view.plan.funding_amount.setValue(12500.5)
    assert view.plan.funding_amount.text() == "12,500.50"
    ctx.wait()
