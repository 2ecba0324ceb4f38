"""Drafting in the room: a laptop's screen, a new document, accepted amendments marked until the next
version, the projector for the chair, and the "acting as" picker."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from crm_desktop.app import drafting as d
from crm_desktop.ui.drafting.models import ParagraphModel
from tests.ui.qt_helpers import settle


def _doc(ws: Any, title: str) -> dict[str, Any]:
    return next(x for x in d.list_documents(ws) if x["title"].startswith(title))


@pytest.fixture
def laptop(qtbot: Any, demo: Any, translations: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The main window at 1366×768 on a laptop's screen, on the Declaration under negotiation."""
    from crm_desktop.ui.context import UiContext
    from crm_desktop.ui.drafting import room
    from crm_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(room, "wide_screen", lambda: False)  # whatever screen the tests run on

    ctx = UiContext(demo, lang="es")
    w = MainWindow(ctx, initial_section="calendar")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    doc = _doc(demo, "Declaración de San José")
    w.navigate("drafting", {"document_id": doc["id"]})
    settle(qtbot, ctx, rounds=8)
    yield w
    settle(qtbot, ctx, rounds=8)


def _text_share(view: Any) -> float:
    return view.paragraph_table.columnWidth(ParagraphModel.TEXT) / view.width()


def test_at_a_laptop_size_the_text_takes_the_width_once_the_panels_fold(qtbot: Any, laptop: Any) -> None:
    view = laptop.section_widget("drafting")
    assert view.title.text() == "Declaración de San José"
    assert not view.document_list.isVisible()  # a laptop's screen: the list starts folded, the title is above
    assert view.editor_side.isVisible()
    with_side = _text_share(view)
    view.side_toggle.button.click()
    settle(qtbot, view.ctx)
    qtbot.wait(5)
    assert not view.editor_side.isVisible()
    assert _text_share(view) >= 0.6 > with_side
    view.side_toggle.action.trigger()  # the shortcut's action brings it back
    qtbot.wait(5)
    assert view.editor_side.isVisible()
    view.documents_toggle.button.click()
    qtbot.wait(5)
    assert view.document_list.isVisible()
    assert QSettings().value("drafting/panels/documents") in (True, "true")


def test_the_folded_panel_is_remembered_and_has_a_shortcut(qtbot: Any, laptop: Any) -> None:
    from crm_desktop.ui.drafting.view import DraftingView

    view = laptop.section_widget("drafting")
    native = QKeySequence("Ctrl+Shift+E").toString(QKeySequence.SequenceFormat.NativeText)
    assert native in view.side_toggle.action.toolTip()
    view.side_toggle.set_shown(False)
    other = DraftingView(laptop.ctx)
    qtbot.addWidget(other)
    assert not other.side_toggle.shown()
    settle(qtbot, laptop.ctx, rounds=6)


def test_document_titles_are_whole_in_the_list(qtbot: Any, laptop: Any) -> None:
    view = laptop.section_widget("drafting")
    view.documents_toggle.set_shown(True)
    qtbot.wait(5)
    row = view.documents.row_of(_doc(laptop.ctx.ws, "Recomendaciones")["id"])
    index = view.proxy.mapFromSource(view.documents.index(row, 0))
    assert view.document_list.wordWrap()
    assert view.document_list.textElideMode() == Qt.TextElideMode.ElideNone
    assert view.document_list.rowHeight(index.row()) > view.document_list.fontMetrics().height() * 1.5  # wrapped
    assert "Recomendaciones" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_new_document_offers_only_the_kinds_of_the_meetings_body(qtbot: Any, laptop: Any) -> None:
    from crm_desktop.app import calendar
    from crm_desktop.ui.drafting.new_document import NewDocumentDialog

    entries = calendar.load(laptop.ctx.ws).entries
    grcm = next(e for e in entries if e.body == "grcm")
    vm = next(e for e in entries if e.body == "viceministers")
    dialog = NewDocumentDialog(list(entries), grcm.id, "es", None)
    qtbot.addWidget(dialog)
    kinds = [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())]
    assert kinds == ["conclusions", "recommendations"]  # never the Declaration: the GRCM does not adopt it
    assert dialog.audience_combo.count() == 1  # only the Vice-Ministers meet behind closed doors
    dialog.meeting_combo.setCurrentIndex(dialog.meeting_combo.findData(vm.id))
    assert [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())] == ["declaration"]
    assert dialog.audience_combo.count() == 2
    assert all(e.body in ("viceministers", "grcm") or e.body.startswith("network") for e in dialog.entries)


def test_a_new_document_is_created_from_the_window_and_opened(qtbot: Any, laptop: Any) -> None:
    from crm_desktop.domain.model import Audience
    from crm_desktop.drafting.structure import DocType
    from crm_desktop.ui.drafting.new_document import NewDocument

    view = laptop.section_widget("drafting")
    meeting_id = view.loaded.view.meeting_id
    asked: list[str | None] = []

    def ask(_entries: Any, chosen_meeting: str | None) -> NewDocument:
        asked.append(chosen_meeting)
        return NewDocument(meeting_id, DocType.DECLARATION, Audience.PUBLIC, "Declaración de prueba")

    view.ask_new_document = ask
    before = len(d.list_documents(laptop.ctx.ws))
    view.new_button.click()
    settle(qtbot, view.ctx, rounds=10)
    assert asked == [meeting_id]  # offered for the meeting being worked on
    assert len(d.list_documents(laptop.ctx.ws)) == before + 1
    assert view.title.text() == "Declaración de prueba"


def _select(view: Any, starts: str) -> None:
    row = next(i for i, p in enumerate(view.paragraphs.rows) if p.text.startswith(starts))
    view.paragraph_table.setCurrentIndex(view.paragraphs.index(row, ParagraphModel.TEXT))


def _act_as(qtbot: Any, view: Any, delegation: str) -> Any:
    from crm_desktop.app.drafting_desk import meeting_actors

    actor = next(a for a in meeting_actors(view.ctx.ws, view.loaded.view.meeting_id) if a.delegation == delegation)
    view.set_actor(actor.person_id)
    settle(qtbot, view.ctx, rounds=8)
    return actor


def test_an_accepted_amendment_is_marked_in_the_editor_until_the_next_version(qtbot: Any, laptop: Any) -> None:
    view = laptop.section_widget("drafting")
    chair = _act_as(qtbot, view, "CR")
    _select(view, "Reafirmar el compromiso")
    row = view.paragraph_table.currentIndex().row()
    assert "✓" not in view.paragraphs.index(row, ParagraphModel.PROPOSALS).data()
    view.accept_button.click()
    settle(qtbot, view.ctx, rounds=8)
    row = view.paragraphs.row_of(view.current_paragraph().id)
    marked = view.paragraphs.index(row, ParagraphModel.PROPOSALS)
    assert marked.data() == "✓"
    tip = view.paragraphs.index(row, ParagraphModel.TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "Enmienda de MX aceptada a las " in tip and f"por {chair.name}" in tip
    assert view.paragraphs.index(row, ParagraphModel.NUMBER).data(Qt.ItemDataRole.DecorationRole) is not None
    others = [view.paragraphs.index(r, ParagraphModel.PROPOSALS).data() for r in range(view.paragraphs.rowCount())]
    assert sum("✓" in x for x in others) == 1  # only the paragraph the amendment changed
    view.name_version()  # Rev.2: what was accepted is now the printed text
    settle(qtbot, view.ctx, rounds=8)
    assert not any(
        "✓" in view.paragraphs.index(r, ParagraphModel.PROPOSALS).data() for r in range(view.paragraphs.rowCount())
    )


def test_the_comparison_opens_on_the_last_version_against_the_current_text(qtbot: Any, laptop: Any) -> None:
    view = laptop.section_widget("drafting")
    _act_as(qtbot, view, "CR")
    view.tabs.setCurrentIndex(2)
    settle(qtbot, view.ctx)
    unversioned = next(x for x in d.list_documents(view.ctx.ws) if not d.versions(view.ctx.ws, x["id"]))
    view.open_document(unversioned["id"])  # no named version: nothing to compare, and said so
    settle(qtbot, view.ctx, rounds=8)
    assert "no tiene aún versiones" in view.old_text.toPlainText()
    view.open_document(_doc(view.ctx.ws, "Declaración de San José")["id"])
    settle(qtbot, view.ctx, rounds=8)
    assert (view.old_combo.currentData(), view.new_combo.currentData()) == ("Rev.1", "current")
    view.name_version()
    settle(qtbot, view.ctx, rounds=8)
    assert (view.old_combo.currentData(), view.new_combo.currentData()) == ("Rev.2", "current")


def test_the_projector_shows_the_selected_paragraph_follows_it_and_hides_comments(qtbot: Any, laptop: Any) -> None:
    view = laptop.section_widget("drafting")
    _act_as(qtbot, view, "CR")
    _select(view, "Reafirmar el compromiso")
    view.comment_edit.setText("Nota reservada de la delegación")
    view.comment_private.setChecked(True)
    view.comment_button.click()
    settle(qtbot, view.ctx, rounds=8)
    assert any(
        "Nota reservada" in str(view.comment_model.index(r, 0).data()) for r in range(view.comment_model.rowCount())
    )
    chosen: list[Any] = []
    view.ask_screen = lambda choices, default: chosen.append(default) or default
    view.project_action.trigger()
    qtbot.waitUntil(lambda: view.projector is not None and view.projector.isVisible())
    projector = view.projector
    assert projector.isFullScreen()
    shown = projector.shown_text()
    assert "Reafirmar el compromiso" in shown and "1." in shown
    assert "Nota reservada" not in shown and "MX" not in shown  # no comments, no names of proposers
    assert projector.text.font().pixelSize() >= 2 * view.paragraph_table.font().pointSize()
    _select(view, "Instar a las Redes")  # the chair moves on: the room follows
    assert "Instar a las Redes" in projector.shown_text() and "Reafirmar" not in projector.shown_text()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.projector is None)
    assert not projector.isVisible()


def test_acting_as_is_grouped_by_delegation_and_found_by_typing(qtbot: Any, laptop: Any) -> None:
    from tests.ui.qt_helpers import type_text

    view = laptop.section_widget("drafting")
    combo = view.actor_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    headings = [t for i, t in enumerate(texts) if not combo.itemData(i)]
    assert [h for h in headings if h != "Últimas elecciones"] == [
        "Países Miembros",
        "Países Observadores",
        "Organizaciones",
        "Secretaría Técnica",
    ]
    heading_row = texts.index("Países Miembros")
    assert not combo.model().item(heading_row).isEnabled()  # a heading is never chosen
    assert any(t.startswith("Costa Rica — ") for t in texts)  # the delegation's name, not only its code
    line = combo.lineEdit()
    line.selectAll()
    line.setFocus()
    type_text(line, "Cos")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    settle(qtbot, view.ctx, rounds=8)
    costa_rica = {a.person_id for a in view.loaded.actors if a.delegation == "CR"}
    assert view.actor() in costa_rica
    assert combo.currentText().startswith("Costa Rica — ")


def test_the_last_choice_is_listed_first(qtbot: Any, laptop: Any) -> None:
    view = laptop.section_widget("drafting")
    guatemala = _act_as(qtbot, view, "GT")
    combo = view.actor_combo
    assert combo.itemText(0) == "Últimas elecciones"
    assert combo.itemData(1) == guatemala.person_id
    assert combo.itemText(1).startswith("Guatemala — ")
