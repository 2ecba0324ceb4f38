"""Autosave of the agenda item title and the drafting paragraph editors: typing leaves a draft an
earlier-session recovery finds, saving forgets it, showing a stored text is not typing, and the
registered restorers put the text back into its editor."""

from __future__ import annotations

from typing import Any

import pytest

from crm_desktop.app import agendas
from crm_desktop.app import drafting as d
from crm_desktop.app.agendas import ItemInput
from crm_desktop.app.drafting_desk import meeting_actors
from crm_desktop.app.recovery import DraftStore
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.models.drafting import ParagraphModel
from crm_desktop.ui.views.agenda import AgendaView, restore_agenda_draft
from crm_desktop.ui.views.agenda import draft_key as agenda_key
from crm_desktop.ui.views.drafting import DraftingView, restore_drafting_draft
from crm_desktop.ui.views.drafting import draft_key as drafting_key
from tests.helpers import meeting
from tests.ui.qt_helpers import settle, type_text

pytestmark = pytest.mark.gui


def _leftovers(ctx: UiContext) -> dict[str, str]:
    """What the next session would be offered (a new store is a new session)."""
    return {draft.key: draft.text for draft in DraftStore(ctx.ws.directory).leftovers()}


class _Window:
    """The one thing a restorer asks of the main window: show a section and return its view."""

    def __init__(self, view: Any) -> None:
        self.view = view

    def show_section(self, _key: str) -> Any:
        return self.view


@pytest.fixture
def agenda_view(qtbot: Any, ws: Any) -> Any:
    mid = meeting(ws, "viceministers", start="2027-05-10")
    aid = agendas.create_agenda(ws, mid)
    agendas.add_item(ws, aid, ItemInput(title_es="Otros asuntos", duration_min=20))
    ctx = UiContext(ws)
    view = AgendaView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.state is not None and view.state.agenda is not None, timeout=5000)
    settle(qtbot, ctx)
    yield view
    settle(qtbot, ctx)


def _select_agenda_item(view: AgendaView, title: str) -> str:
    item = next(it for it in view.model.items() if it.title_es == title)
    view.select_item(item.id)
    return item.id


def test_typing_an_agenda_title_leaves_a_draft_and_applying_clears_it(qtbot: Any, agenda_view: AgendaView) -> None:
    view, ctx = agenda_view, agenda_view.ctx
    item_id = _select_agenda_item(view, "Otros asuntos")
    assert _leftovers(ctx) == {}  # showing a stored title is not typing
    key = agenda_key(view.editing.agenda_id if view.editing else None, item_id)
    assert view.title_autosave.key == key
    view.f_title_es.selectAll()
    type_text(view.f_title_es, "Asuntos varios de la región")
    view.title_autosave.flush()
    assert _leftovers(ctx) == {key: "Asuntos varios de la región"}
    view.apply_details()
    settle(qtbot, ctx, rounds=8)
    assert any(it.title_es == "Asuntos varios de la región" for it in view.model.items())
    assert _leftovers(ctx) == {}


def test_an_agenda_title_draft_is_put_back_into_its_item(qtbot: Any, agenda_view: AgendaView) -> None:
    view, ctx = agenda_view, agenda_view.ctx
    item_id = _select_agenda_item(view, "Otros asuntos")
    assert view.editing is not None
    key = agenda_key(view.editing.agenda_id, item_id)
    ctx.drafts.save(key, "Título recuperado")
    draft = ctx.drafts.get(key)
    assert draft is not None
    view.select_item(next(it.id for it in view.model.items() if it.id != item_id))
    assert restore_agenda_draft(_Window(view), draft)
    settle(qtbot, ctx, rounds=8)
    assert view.current_item() is not None and view.current_item().id == item_id  # type: ignore[union-attr]
    assert view.f_title_es.text() == "Título recuperado"
    assert ctx.drafts.get(key) is not None  # kept until applied


@pytest.fixture
def drafting_view(qtbot: Any, demo: Any, translations: Any) -> Any:
    ctx = UiContext(demo, lang="es")
    view = DraftingView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    settle(qtbot, ctx)
    doc = next(x for x in d.list_documents(demo) if x["title"].startswith("Declaración de San José"))
    view.open_document(doc["id"])
    settle(qtbot, ctx, rounds=8)
    actor = next(a for a in meeting_actors(demo, view.loaded.view.meeting_id) if a.delegation == "CR")
    view.set_actor(actor.person_id)
    settle(qtbot, ctx, rounds=8)
    yield view
    settle(qtbot, ctx, rounds=8)


def _select_paragraph(view: DraftingView, starts: str) -> str:
    row = next(i for i, p in enumerate(view.paragraphs.rows) if p.text.startswith(starts))
    view.paragraph_table.setCurrentIndex(view.paragraphs.index(row, ParagraphModel.TEXT))
    return view.paragraphs.rows[row].id


def test_typing_a_paragraph_leaves_a_draft_and_saving_clears_it(qtbot: Any, drafting_view: DraftingView) -> None:
    view, ctx = drafting_view, drafting_view.ctx
    pid = _select_paragraph(view, "Agradecer al Gobierno")
    assert _leftovers(ctx) == {}
    key = drafting_key(view.document_id, pid)
    assert view.text_autosave.key == key
    view.focus_text()
    view.text_edit.selectAll()
    type_text(view.text_edit, "Agradecer a Costa Rica por su hospitalidad.")
    view.text_autosave.flush()
    assert _leftovers(ctx) == {key: "Agradecer a Costa Rica por su hospitalidad."}
    view.save_text()
    settle(qtbot, ctx, rounds=8)
    assert any(p.text == "Agradecer a Costa Rica por su hospitalidad." for p in view.paragraphs.rows)
    assert _leftovers(ctx) == {}


def test_a_paragraph_draft_is_put_back_into_the_editor(qtbot: Any, drafting_view: DraftingView) -> None:
    view, ctx = drafting_view, drafting_view.ctx
    pid = _select_paragraph(view, "Agradecer al Gobierno")
    assert view.document_id is not None
    key = drafting_key(view.document_id, pid)
    ctx.drafts.save(key, "Texto recuperado del párrafo")
    draft = ctx.drafts.get(key)
    assert draft is not None
    _select_paragraph(view, "Reafirmar el compromiso")
    assert restore_drafting_draft(_Window(view), draft)
    settle(qtbot, ctx, rounds=8)
    assert view.current_paragraph_id() == pid
    assert view.text_edit.toPlainText() == "Texto recuperado del párrafo"
    assert view.text_edit.document().isModified()  # unsaved: leaving the paragraph or Save stores it
