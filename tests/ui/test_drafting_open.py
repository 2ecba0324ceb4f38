"""Opening a long document in the drafting editor: the paragraphs in sight are sized first, the others
just after, each row exactly as tall as its wrapped text plus the air between paragraphs; the chosen
paragraph stays in sight when the document is read again; the compilation text and the translations
wait for their tabs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from benchmarks.drafting_view import PARAGRAPHS, make_document
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.drafting.common import COMPILATION_TAB
from crm_desktop.ui.drafting.editor_tab import PARAGRAPH_AIR
from crm_desktop.ui.drafting.models import ParagraphModel
from crm_desktop.ui.drafting.translation_tab import TRANSLATION_TAB
from tests.ui.qt_helpers import settle

pytestmark = [pytest.mark.gui]


@pytest.fixture
def opened(qtbot: Any, demo: Any) -> Any:
    from crm_desktop.ui.drafting.view import DraftingView

    doc_id, _texts = make_document(demo)
    ctx = UiContext(demo, lang="es")
    view = DraftingView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    settle(qtbot, ctx)
    view.open_document(doc_id)
    yield view
    settle(qtbot, ctx, rounds=8)


def until(predicate: Any, view: Any) -> None:
    for _ in range(500):
        if predicate():
            return
        view.ctx.wait()
        QApplication.processEvents()
    raise AssertionError("never happened")


def expected_height(view: Any, row: int) -> int:
    table = view.paragraph_table
    return int(max(table.sizeHintForRow(row), table.verticalHeader().sectionSizeHint(row)) + PARAGRAPH_AIR)


def test_rows_in_sight_first_then_all_exactly_sized(qtbot: Any, opened: Any) -> None:
    view, table = opened, opened.paragraph_table
    until(lambda: view.paragraphs.rowCount() == PARAGRAPHS and not view._fit_timer.isActive(), view)
    assert not view.rows_sized()  # the rows out of sight wait for the next turns of the event loop
    in_sight = [r for r in range(PARAGRAPHS) if table.rowViewportPosition(r) < table.viewport().height()]
    assert 1 < len(in_sight) < PARAGRAPHS
    assert [table.rowHeight(r) for r in in_sight] == [expected_height(view, r) for r in in_sight]
    until(view.rows_sized, view)
    assert [table.rowHeight(r) for r in range(PARAGRAPHS)] == [expected_height(view, r) for r in range(PARAGRAPHS)]
    assert table.rowHeight(PARAGRAPHS - 1) > 2 * table.fontMetrics().height()  # wrapped over several lines


def test_the_chosen_paragraph_stays_in_sight_when_read_again(qtbot: Any, opened: Any) -> None:
    view, table = opened, opened.paragraph_table
    until(lambda: view.loaded is not None and view.rows_sized(), view)
    table.setCurrentIndex(view.paragraphs.index(PARAGRAPHS - 5, ParagraphModel.TEXT))
    view.reload_document()
    settle(qtbot, view.ctx, rounds=8)
    until(view.rows_sized, view)
    current = table.currentIndex()
    assert current.row() == PARAGRAPHS - 5
    assert table.visualRect(current).intersects(table.viewport().rect())


def test_compilation_text_is_written_when_its_tab_is_shown(qtbot: Any, opened: Any) -> None:
    view = opened
    until(lambda: view.loaded is not None, view)
    assert not view.compilation.toPlainText()
    view.tabs.setCurrentIndex(COMPILATION_TAB)
    first = next(p.text for p in view.loaded.view.paragraphs if p.kind != "heading")
    assert first.split()[0] in view.compilation.toPlainText()


def test_translations_are_read_when_their_tab_is_shown(qtbot: Any, opened: Any) -> None:
    view = opened
    until(lambda: view.loaded is not None and view.rows_sized(), view)
    settle(qtbot, view.ctx)
    assert not view.translation_counts.text()  # not read while the editor opens
    view.tabs.setCurrentIndex(TRANSLATION_TAB)
    until(lambda: bool(view.translation_counts.text()), view)
