"""Autosave of the agenda and drafting editors: the agenda item form, the comment on a preliminary
agenda, the paragraph text and the amendment, comment and objection forms. Typing leaves a draft an
earlier-session recovery finds, saving forgets it, showing a stored text is not typing, and the
registered restorers put what was typed back into its editor."""

from __future__ import annotations

from typing import Any

import pytest

from crm_desktop.app import agendas
from crm_desktop.app import drafting as d
from crm_desktop.app.agendas import ItemInput
from crm_desktop.app.drafting_desk import meeting_actors
from crm_desktop.app.recovery import DraftStore
from crm_desktop.domain.model import AgendaStatus
from crm_desktop.ui.agenda.state import comment_key
from crm_desktop.ui.agenda.state import draft_key as agenda_key
from crm_desktop.ui.agenda.view import AgendaView, restore_agenda_draft
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.drafting.common import draft_key as drafting_key
from crm_desktop.ui.drafting.common import form_key
from crm_desktop.ui.drafting.models import ParagraphModel
from crm_desktop.ui.drafting.view import DraftingView, restore_drafting_draft
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


def test_typing_in_an_agenda_item_form_leaves_one_draft_and_applying_clears_it(
    qtbot: Any, agenda_view: AgendaView
) -> None:
    view, ctx = agenda_view, agenda_view.ctx
    item_id = _select_agenda_item(view, "Otros asuntos")
    assert _leftovers(ctx) == {}  # showing a stored item is not typing
    assert view.editing is not None
    key = agenda_key(view.editing.agenda_id, item_id)
    assert view.item_autosave.key == key
    view.f_title_es.selectAll()
    type_text(view.f_title_es, "Asuntos varios de la región")
    type_text(view.f_title_en, "Other regional matters")
    type_text(view.f_presenter, "Presidencia Pro-Témpore")
    type_text(view.f_documents, "Nota conceptual")
    view.item_autosave.flush()

    draft = DraftStore(ctx.ws.directory).get(key)
    assert draft is not None
    assert draft.text.splitlines() == [
        "Título en español: Asuntos varios de la región",
        "Título en inglés: Other regional matters",
        "Quién presenta: Presidencia Pro-Témpore",
        "Documentos vinculados: Nota conceptual",
    ]
    fields = draft.extra["fields"]
    assert (fields["title_es"], fields["presenter"], fields["duration"]) == (
        "Asuntos varios de la región",
        "Presidencia Pro-Témpore",
        20,
    )
    view.apply_details()
    settle(qtbot, ctx, rounds=8)
    item = next(it for it in view.model.items() if it.title_es == "Asuntos varios de la región")
    assert (item.title_en, item.presenter, item.documents) == (
        "Other regional matters",
        "role:ppt",  # a role typed by its name is stored by its code
        ("Nota conceptual",),
    )
    assert _leftovers(ctx) == {}


def test_switching_items_keeps_what_was_typed_for_the_first(qtbot: Any, agenda_view: AgendaView) -> None:
    view, ctx = agenda_view, agenda_view.ctx
    agendas.add_item(ctx.ws, view.editing.agenda_id, ItemInput(title_es="Clausura", duration_min=10))  # type: ignore[union-attr]
    view.reload()
    settle(qtbot, ctx, rounds=8)
    first = _select_agenda_item(view, "Otros asuntos")
    type_text(view.f_presenter, "El GRCM")
    _select_agenda_item(view, "Clausura")
    assert view.f_presenter.text() == ""
    key = agenda_key(view.editing.agenda_id, first)  # type: ignore[union-attr]
    assert _leftovers(ctx) == {key: "Título en español: Otros asuntos\nQuién presenta: El GRCM"}


def test_an_agenda_item_draft_is_put_back_into_its_form(qtbot: Any, agenda_view: AgendaView) -> None:
    view, ctx = agenda_view, agenda_view.ctx
    item_id = _select_agenda_item(view, "Otros asuntos")
    assert view.editing is not None
    key = agenda_key(view.editing.agenda_id, item_id)
    fields = {"title_es": "Título recuperado", "title_en": "Recovered title", "presenter": "OIM", "documents": "A, B"}
    ctx.drafts.save(key, "…", extra={"fields": fields})
    draft = ctx.drafts.get(key)
    assert draft is not None
    view.select_item(next(it.id for it in view.model.items() if it.id != item_id))
    assert restore_agenda_draft(_Window(view), draft)
    settle(qtbot, ctx, rounds=8)
    assert view.current_item() is not None and view.current_item().id == item_id  # type: ignore[union-attr]
    shown = (view.f_title_es.text(), view.f_title_en.text(), view.f_presenter.text(), view.f_documents.text())
    assert shown == ("Título recuperado", "Recovered title", "OIM", "A, B")
    assert view.item_autosave.pending  # as if typed: autosaved again until applied
    assert ctx.drafts.get(key) is not None


def test_a_title_draft_of_an_earlier_version_still_comes_back(qtbot: Any, agenda_view: AgendaView) -> None:
    view, ctx = agenda_view, agenda_view.ctx
    item_id = _select_agenda_item(view, "Otros asuntos")
    assert view.editing is not None
    ctx.drafts.save(f"agenda:{view.editing.agenda_id}:{item_id}:title_es", "Título de antes")
    [draft] = ctx.drafts.drafts()
    assert restore_agenda_draft(_Window(view), draft)
    settle(qtbot, ctx, rounds=8)
    assert view.f_title_es.text() == "Título de antes"


def test_a_comment_on_a_preliminary_agenda_is_autosaved_and_restored(qtbot: Any, agenda_view: AgendaView) -> None:
    view, ctx = agenda_view, agenda_view.ctx
    assert view.editing is not None
    aid = view.editing.agenda_id
    agendas.set_agenda_status(ctx.ws, aid, AgendaStatus.PRELIMINARY)
    view.reload()
    settle(qtbot, ctx, rounds=8)
    item_id = _select_agenda_item(view, "Otros asuntos")
    view.comment_delegation.setCurrentIndex(view.comment_delegation.findData("GT"))
    type_text(view.comment_text, "Proponemos tratar este punto el segundo día.")
    view.comment_autosave.flush()
    draft = DraftStore(ctx.ws.directory).get(comment_key(aid))
    assert draft is not None and draft.text == "Texto del comentario: Proponemos tratar este punto el segundo día."
    assert draft.extra["fields"]["delegation"] == "GT" and draft.extra["context"] == {"item": item_id}

    view.comment_text.clear()
    view.comment_delegation.setCurrentIndex(0)
    assert restore_agenda_draft(_Window(view), draft)
    settle(qtbot, ctx, rounds=8)
    assert view.comment_text.toPlainText() == "Proponemos tratar este punto el segundo día."
    assert view.comment_delegation.currentData() == "GT"

    view.add_comment()
    settle(qtbot, ctx, rounds=8)
    assert [c["text"] for c in agendas.comments(ctx.ws, aid)] == ["Proponemos tratar este punto el segundo día."]
    assert view.comment_text.toPlainText() == "" and _leftovers(ctx) == {}


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


def test_an_amendment_being_typed_is_autosaved_restored_and_cleared_when_proposed(
    qtbot: Any, drafting_view: DraftingView
) -> None:
    view, ctx = drafting_view, drafting_view.ctx
    pid = _select_paragraph(view, "Agradecer al Gobierno")
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("replace"))
    type_text(view.old_edit, "Gobierno")
    type_text(view.new_edit, "pueblo y Gobierno")
    type_text(view.rationale_edit, "Reconocer a la población")
    view.form_autosave["proposal"].flush()
    key = form_key(view.document_id, "proposal")
    draft = DraftStore(ctx.ws.directory).get(key)
    assert draft is not None
    assert "Texto nuevo: pueblo y Gobierno" in draft.text.splitlines()
    assert draft.extra["fields"]["new"] == "pueblo y Gobierno" and draft.extra["context"] == {"paragraph": pid}

    for edit in (view.old_edit, view.new_edit, view.rationale_edit):
        edit.clear()
    _select_paragraph(view, "Reafirmar el compromiso")
    assert restore_drafting_draft(_Window(view), draft)
    settle(qtbot, ctx, rounds=8)
    assert view.current_paragraph_id() == pid
    assert (view.old_edit.text(), view.new_edit.text(), view.rationale_edit.text()) == (
        "Gobierno",
        "pueblo y Gobierno",
        "Reconocer a la población",
    )

    view.propose()
    settle(qtbot, ctx, rounds=8)
    assert view.new_edit.text() == "" and _leftovers(ctx) == {}
    assert any(x.new == "pueblo y Gobierno" for p in view.paragraphs.rows for x in p.proposals)


def test_a_drafting_comment_and_an_objection_are_autosaved_and_restored(
    qtbot: Any, drafting_view: DraftingView
) -> None:
    view, ctx = drafting_view, drafting_view.ctx
    pid = _select_paragraph(view, "Agradecer al Gobierno")
    type_text(view.comment_edit, "Consultar con capital")
    view.comment_private.setChecked(True)
    type_text(view.objection_edit, "Falta el enfoque de género")
    for saver in view.form_autosave.values():
        saver.flush()
    comment = DraftStore(ctx.ws.directory).get(form_key(view.document_id, "comment"))
    objection = DraftStore(ctx.ws.directory).get(form_key(view.document_id, "objection"))
    assert comment is not None and comment.extra["fields"] == {"text": "Consultar con capital", "private": True}
    assert objection is not None and objection.text == "Texto de la objeción: Falta el enfoque de género"

    view.comment_edit.clear()
    view.comment_private.setChecked(False)
    view.objection_edit.clear()
    _select_paragraph(view, "Reafirmar el compromiso")
    assert restore_drafting_draft(_Window(view), comment)
    settle(qtbot, ctx, rounds=8)
    assert view.current_paragraph_id() == pid
    assert view.comment_edit.text() == "Consultar con capital" and view.comment_private.isChecked()
    assert restore_drafting_draft(_Window(view), objection)
    settle(qtbot, ctx, rounds=8)
    assert view.objection_edit.text() == "Falta el enfoque de género"

    view.comment()
    settle(qtbot, ctx, rounds=8)
    assert view.comment_edit.text() == ""
    assert set(_leftovers(ctx)) == {form_key(view.document_id, "objection")}


def test_a_version_name_being_typed_is_autosaved_restored_and_cleared_when_named(
    qtbot: Any, drafting_view: DraftingView
) -> None:
    view, ctx = drafting_view, drafting_view.ctx
    type_text(view.version_label_edit, "Rev.2 — tras la segunda lectura")
    view.form_autosave["version"].flush()
    key = form_key(view.document_id, "version")
    draft = DraftStore(ctx.ws.directory).get(key)
    assert draft is not None and draft.text == "Nombre de la nueva versión: Rev.2 — tras la segunda lectura"

    view.version_label_edit.clear()
    view.tabs.setCurrentIndex(0)
    assert restore_drafting_draft(_Window(view), draft)
    settle(qtbot, ctx, rounds=8)
    assert view.tabs.currentIndex() == 2 and view.version_label_edit.text() == "Rev.2 — tras la segunda lectura"

    view.name_version()
    settle(qtbot, ctx, rounds=8)
    assert view.version_label_edit.text() == "" and _leftovers(ctx) == {}
    assert any(v["label"] == "Rev.2 — tras la segunda lectura" for v in d.versions(ctx.ws, view.document_id))  # type: ignore[arg-type]
