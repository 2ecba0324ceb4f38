"""Word from the drafting view: import shows what will not be kept before anything is written (a
refusal writes nothing, a confirmation creates the document), and the open document goes to Word."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document

from crm_desktop.app import drafting as d
from crm_desktop.app.drafting_desk import meeting_actors
from crm_desktop.ui.context import UiContext
from tests.app.test_docx_import_losses import _word_draft
from tests.ui.qt_helpers import settle


@pytest.fixture
def view(qtbot: Any, demo: Any, translations: Any) -> Any:
    from crm_desktop.ui.drafting.view import DraftingView

    ctx = UiContext(demo, lang="es")
    v = DraftingView(ctx)
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.show()
    settle(qtbot, ctx)
    yield v
    settle(qtbot, ctx, rounds=8)


def _choose_grcm(qtbot: Any, view: Any) -> str:
    """The first GRCM meeting of the demo year in the list, and a person of Costa Rica acting."""
    box = view.meeting_filter
    index = next(i for i in range(1, box.count()) if "GRCM" in box.itemText(i) or "Grupo" in box.itemText(i))
    box.setCurrentIndex(index)
    meeting_id = str(box.currentData())
    actor = next(a for a in meeting_actors(view.ctx.ws, meeting_id) if a.delegation == "ST")
    view.actor_combo.addItem(actor.name, actor.person_id)
    view.actor_combo.setCurrentIndex(view.actor_combo.count() - 1)
    return meeting_id


def test_import_lists_the_losses_first_and_writes_nothing_when_declined(qtbot: Any, view: Any, tmp_path: Path) -> None:
    meeting_id = _choose_grcm(qtbot, view)
    before = len(d.list_documents(view.ctx.ws))
    path = _word_draft(tmp_path / "borrador.docx")
    asked: list[str] = []
    view.ask_word_file = lambda: path
    view.ask_doc_type = lambda choices: choices[0][1]
    view.confirm_word_import = lambda text: asked.append(text) or False
    view.import_word()
    settle(qtbot, view.ctx, rounds=8)
    assert asked and "párrafos que se importarán: 7" in asked[0]
    assert "1 nota al pie" in asked[0] and "No se conservará" in asked[0]
    assert len(d.list_documents(view.ctx.ws)) == before  # declined: nothing written

    view.confirm_word_import = lambda text: True
    view.import_word()
    settle(qtbot, view.ctx, rounds=8)
    docs = d.list_documents(view.ctx.ws)
    assert len(docs) == before + 1
    new = next(x for x in docs if x["title"] == "Declaración de prueba")
    assert d.document_view(view.ctx.ws, new["id"]).meeting_id == meeting_id
    assert view.document_id == new["id"]


def test_import_without_a_meeting_chosen_says_what_to_do(qtbot: Any, view: Any) -> None:
    errors: list[str] = []
    view.ctx.user_error.connect(errors.append)
    view.meeting_filter.setCurrentIndex(0)  # all meetings
    view.ask_word_file = lambda: pytest.fail("no file is asked for before a meeting is chosen")
    view.import_word()
    assert errors and "Elija primero la reunión" in errors[-1]


def test_export_writes_the_open_document(qtbot: Any, view: Any, tmp_path: Path) -> None:
    doc = next(x for x in d.list_documents(view.ctx.ws) if x["title"].startswith("Declaración de San José"))
    view.open_document(doc["id"])
    settle(qtbot, view.ctx, rounds=8)
    target = tmp_path / "declaracion.docx"
    view.ask_word_target = lambda suggested: target
    view.export_word()
    settle(qtbot, view.ctx, rounds=8)
    assert target.exists()
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Reafirmar el compromiso" in text
