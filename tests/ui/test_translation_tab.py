"""The drafting view's Translation tab: the original beside its translation, outdated ones with the
words changed since, and a translation saved in the acting person's name."""

from __future__ import annotations

from typing import Any

import pytest

from crm_desktop.app import drafting as d
from crm_desktop.app.drafting import translations as t
from crm_desktop.app.drafting_desk import meeting_actors
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.drafting.translation_tab import TRANSLATION_TAB
from tests.ui.qt_helpers import settle


@pytest.fixture
def view(qtbot: Any, demo: Any, translations: Any) -> Any:
    from crm_desktop.ui.drafting.view import DraftingView

    ctx = UiContext(demo, lang="es")  # the English .qm is regenerated after merging
    v = DraftingView(ctx)
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    settle(qtbot, ctx)
    yield v
    settle(qtbot, ctx, rounds=8)


def _open(qtbot: Any, view: Any, title: str) -> str:
    doc = next(x for x in d.list_documents(view.ctx.ws) if x["title"].startswith(title))
    view.open_document(doc["id"])
    view.tabs.setCurrentIndex(TRANSLATION_TAB)
    settle(qtbot, view.ctx, rounds=8)
    return str(doc["id"])


def _choose(view: Any, starts: str) -> None:
    model = view.translation_model
    row = next(r for r in range(model.rowCount()) if starts in model.item(r).text())
    view.translation_list.setCurrentIndex(model.index(row, 0))


def test_the_outdated_translation_shows_the_words_changed_and_is_corrected(
    qtbot: Any, view: Any, tmp_path: Any
) -> None:
    doc = _open(qtbot, view, "Declaración de San José")
    assert view.tabs.tabText(TRANSLATION_TAB).replace("&", "") == "Traducción"
    counts = view.translation_counts.text()
    assert counts.startswith("traducción al inglés: ") and "1 desactualizado," in counts
    _choose(view, "Reconociendo la importancia")
    assert view.original_text.toPlainText().startswith(
        "Reconociendo la importancia del diálogo regional y de la cooperación internacional"
    )
    assert view.changes_text.isVisible() and "internacional" in view.changes_text.toPlainText()
    assert view.translation_edit.toPlainText().startswith("Recognising the importance of regional dialogue")
    view.grab().save(str(tmp_path / "translation-tab.png"))

    st = next(a for a in meeting_actors(view.ctx.ws, view.loaded.view.meeting_id) if a.delegation == "CR")
    view.set_actor(st.person_id)  # the Presidency's drafting representative
    settle(qtbot, view.ctx, rounds=8)
    _choose(view, "Reconociendo la importancia")
    view.translation_edit.setPlainText(
        "Recognising the importance of regional dialogue and of international cooperation,"
    )
    view.save_translation()
    settle(qtbot, view.ctx, rounds=12)
    pid = next(p.id for p in d.document_view(view.ctx.ws, doc).paragraphs if p.text.startswith("Reconociendo"))
    saved = t.translations(view.ctx.ws, doc)[pid]["en"]
    assert not saved.outdated and saved.text.startswith(
        "Recognising the importance of regional dialogue and of international"
    )
    assert "0 desactualizados" in view.translation_counts.text()
    assert not view.changes_text.isVisible() and view.refusal() == ""
