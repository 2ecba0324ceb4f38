"""The Drafting section as a delegate uses it: numbered paragraphs with their status, editing with
accents, amendments refused or accepted by the rules, the compilation text, and adoption."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor

from crm_desktop.app import drafting as d
from crm_desktop.app.drafting_desk import meeting_actors
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.drafting.common import COMPILATION_TAB
from crm_desktop.ui.drafting.models import ParagraphModel
from tests.ui.qt_helpers import settle, type_text


def _doc(ws: Any, title: str) -> dict[str, Any]:
    return next(x for x in d.list_documents(ws) if x["title"].startswith(title))


@pytest.fixture
def view(qtbot: Any, demo: Any, translations: Any) -> Any:
    from crm_desktop.ui.drafting.view import DraftingView

    ctx = UiContext(demo, lang="es")
    v = DraftingView(ctx)
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    settle(qtbot, ctx)
    yield v
    settle(qtbot, ctx, rounds=8)  # deliver late results while the view still exists


def _open(qtbot: Any, view: Any, title: str) -> dict[str, Any]:
    doc = _doc(view.ctx.ws, title)
    view.open_document(doc["id"])
    settle(qtbot, view.ctx, rounds=8)
    return doc


def _act_as(qtbot: Any, view: Any, delegation: str) -> str:
    actor = next(a for a in meeting_actors(view.ctx.ws, view.loaded.view.meeting_id) if a.delegation == delegation)
    view.set_actor(actor.person_id)
    settle(qtbot, view.ctx, rounds=8)
    return actor.person_id


def _cells(view: Any) -> list[tuple[str, str, str]]:
    m = view.paragraphs
    return [
        (
            m.index(r, ParagraphModel.NUMBER).data().strip(),
            m.index(r, ParagraphModel.TEXT).data(),
            m.index(r, ParagraphModel.STATUS).data(),
        )
        for r in range(m.rowCount())
    ]


def _select(view: Any, starts: str) -> None:
    row = next(i for i, p in enumerate(view.paragraphs.rows) if p.text.startswith(starts))
    view.paragraph_table.setCurrentIndex(view.paragraphs.index(row, ParagraphModel.TEXT))


def test_paragraphs_show_numbers_and_statuses(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Declaración de San José")
    cells = _cells(view)
    numbers = [n for n, _t, _s in cells if n]
    assert numbers[:3] == ["PP1", "PP2", "PP3"]
    assert "1." in numbers and "2 bis." in numbers and "a)" in numbers
    status = {t[:20]: s for _n, t, s in cells}
    assert status["Los Países Miembros "] == "Entre corchetes"
    assert status["Reafirmar el comprom"] == "Propuesto"
    assert view.title.text() == "Declaración de San José"
    assert "Rev.1" in view.subtitle.text()


def test_document_list_filters_by_meeting_and_words(qtbot: Any, view: Any) -> None:
    doc = _doc(view.ctx.ws, "Conclusiones del GRCM")
    view.open_meeting(doc["meeting"])
    settle(qtbot, view.ctx, rounds=8)
    shown = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    assert shown == {"Conclusiones del GRCM", "Recomendaciones a los Viceministros(as)"}
    assert view.document_id in {x["id"] for x in d.list_documents(view.ctx.ws, meeting_id=doc["meeting"])}
    view.meeting_filter.setCurrentIndex(0)
    view.search.setText("declaracion")  # without the accent
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == ["Declaración de San José"]


def test_edit_with_accented_text_through_the_keyboard(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Declaración de San José")
    _select(view, "Agradecer al Gobierno")
    view.focus_text()
    cursor = view.text_edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    view.text_edit.setTextCursor(cursor)
    type_text(view.text_edit, " Señalan además la gestión migratoria de niñez.")
    qtbot.keyClick(view.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, view.ctx, rounds=8)
    texts = [t for _n, t, _s in _cells(view)]
    assert any(t.endswith("Viceministerial. Señalan además la gestión migratoria de niñez.") for t in texts)
    assert view.ctx.undo_stack.count() == 1
    assert "Editar el párrafo" in view.ctx.undo_stack.undoText()


def test_an_unauthorised_observer_is_refused_with_the_reason(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Declaración de San José")
    _act_as(qtbot, view, "CO")
    _select(view, "Reafirmar el compromiso")
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("insert"))
    view.old_edit.setText("migrantes")
    type_text(view.new_edit, " y en tránsito")
    view.propose_button.click()
    settle(qtbot, view.ctx, rounds=8)
    assert view.banner.isVisible()
    assert "observador" in view.refusal().lower()
    assert not [x for x in view.current_paragraph().proposals if x.delegation == "CO"]


def test_the_chair_accepts_an_amendment_into_the_text(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Declaración de San José")
    _act_as(qtbot, view, "CR")
    _select(view, "Reafirmar el compromiso")
    assert view.proposal_model.rowCount() == 1
    assert view.proposal_model.index(0, 0).data().startswith("MX: sustituir «independientemente")
    assert "Se oponen: GT" in view.proposal_model.index(0, 0).data()
    view.accept_button.click()
    settle(qtbot, view.ctx, rounds=8)
    assert not view.banner.isVisible()
    text = view.current_paragraph().text
    assert text.endswith("con independencia de su situación migratoria.")
    assert view.current_paragraph().proposals == ()


def test_a_delegate_cannot_accept_only_the_chair(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Declaración de San José")
    _act_as(qtbot, view, "US")
    _select(view, "Reafirmar el compromiso")
    view.accept_button.click()
    settle(qtbot, view.ctx, rounds=8)
    assert view.refusal()
    assert len(view.current_paragraph().proposals) == 1


def test_compilation_underlines_additions_strikes_deletions_and_names_delegations(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Declaración de San José")
    assert view.tabs.currentIndex() != COMPILATION_TAB and not view.compilation.toPlainText()
    view.tabs.setCurrentIndex(COMPILATION_TAB)  # written when its tab is shown, not while the editor opens
    doc = view.compilation.document()
    plain = doc.toPlainText()
    assert "[deberán][procurarán]" in plain
    assert "(MX)" in plain and "(OIM)" in plain
    underlined, struck = [], []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().fontUnderline():
                underlined.append(frag.text())
            if frag.charFormat().fontStrikeOut():
                struck.append(frag.text())
            it += 1
        block = block.next()
    assert "con independencia de su situación migratoria" in underlined
    assert "independientemente de su condición migratoria" in struck


def test_adoption_is_enabled_only_once_no_bracket_remains(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Recomendaciones a los Viceministros")
    _act_as(qtbot, view, "CR")
    assert not view.adopt_button.isEnabled()
    assert "corchetes" in view.adopt_reason.text()
    assert view.brackets_model.rowCount() == 1
    _select(view, "Encomendar a la Red")
    view.text_edit.setPlainText(
        "Encomendar a la Red de Protección Consular un protocolo regional de atención a niñez migrante."
    )
    view.save_button.click()
    settle(qtbot, view.ctx, rounds=8)
    assert view.adopt_button.isEnabled()
    assert view.adopt_reason.text() == ""
    view.adopt_button.click()
    settle(qtbot, view.ctx, rounds=8)
    assert view.loaded.view.status == "adopted"
    assert not view.adopt_button.isEnabled()


def test_a_delegate_cannot_adopt_and_is_told_why(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Informe de la Red")  # adopted already
    assert not view.adopt_button.isEnabled()
    assert view.adopt_reason.text()


def test_comparison_and_naming_a_version(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Declaración de San José")
    _act_as(qtbot, view, "CR")
    view.tabs.setCurrentIndex(2)
    assert view.old_combo.currentData() == "Rev.1"
    assert view.new_combo.currentData() == "current"
    settle(qtbot, view.ctx)
    assert "Instar a las Redes" in view.new_text.toPlainText()
    view.name_version()
    settle(qtbot, view.ctx, rounds=8)
    assert [view.old_combo.itemData(i) for i in range(view.old_combo.count())] == ["Rev.1", "Rev.2", "current"]


def test_the_actor_is_remembered_per_meeting(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Declaración de San José")
    chosen = _act_as(qtbot, view, "MX")
    view.open_document(_doc(view.ctx.ws, "Conclusiones del GRCM")["id"])
    settle(qtbot, view.ctx, rounds=8)
    view.open_document(_doc(view.ctx.ws, "Declaración de San José")["id"])
    settle(qtbot, view.ctx, rounds=8)
    assert view.actor() == chosen


def test_search_results_open_the_document(qtbot: Any, window: Any) -> None:
    from crm_desktop.app.search import SearchResult

    doc = _doc(window.ctx.ws, "Declaración de San José")
    result = SearchResult(
        "drafting_documents", doc["id"], doc["title"], "", {"meeting_id": doc["meeting"], "document_id": doc["id"]}
    )
    window.open_result(result)
    settle(qtbot, window.ctx, rounds=8)
    assert window.current_section == "drafting"
    assert window.section_widget("drafting").title.text() == "Declaración de San José"


def test_a_delegation_supports_an_amendment_from_the_keyboard(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Declaración de San José")
    _act_as(qtbot, view, "SV")
    _select(view, "Reafirmar el compromiso")
    view.activateWindow()
    view.paragraph_table.setFocus()
    native = QKeySequence("Ctrl+Shift+S").toString(QKeySequence.SequenceFormat.NativeText)
    assert native in view.support_button.toolTip()  # the shortcut is documented where the user looks
    qtbot.keyClick(
        view.paragraph_table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(qtbot, view.ctx, rounds=8)
    assert "Apoyan: SV, US" in view.proposal_model.index(0, 0).data()


def test_the_view_speaks_english_after_a_language_switch(qtbot: Any, window: Any, translations: Any) -> None:
    from tests.ui.qt_helpers import switch_language

    doc = _doc(window.ctx.ws, "Declaración de San José")
    window.navigate("drafting", {"document_id": doc["id"]})
    settle(qtbot, window.ctx, rounds=8)
    view = window.section_widget("drafting")
    switch_language(qtbot, window, translations, "en")
    settle(qtbot, window.ctx, rounds=8)
    assert view.tabs.tabText(1) == "&Compilation text"
    assert view.paragraphs.headerData(1, Qt.Orientation.Horizontal) == "Text"
    statuses = {view.paragraphs.index(r, ParagraphModel.STATUS).data() for r in range(view.paragraphs.rowCount())}
    assert {"Proposed", "Bracketed"} <= statuses
    view.tabs.setCurrentIndex(COMPILATION_TAB)
    assert "Annex: Decisions" in view.compilation.toPlainText()
    assert view.adopt_reason.text().startswith("cannot be adopted") or "bracket" in view.adopt_reason.text()


def test_an_objection_is_listed_by_delegation_and_blocks_adoption(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Recomendaciones a los Viceministros")
    _act_as(qtbot, view, "GT")
    view.objection_edit.setText("Guatemala no puede acompañar el párrafo 2.")
    view.object_button.click()
    settle(qtbot, view.ctx, rounds=8)
    assert view.objection_model.index(0, 0).data() == "GT: Guatemala no puede acompañar el párrafo 2."
    _act_as(qtbot, view, "CR")
    _select(view, "Encomendar a la Red")
    view.text_edit.setPlainText("Encomendar a la Red de Protección Consular un protocolo regional.")
    view.save_button.click()
    settle(qtbot, view.ctx, rounds=8)
    assert view.brackets_model.index(0, 0).data() == "No quedan corchetes."
    assert not view.adopt_button.isEnabled()
    assert "GT" in view.adopt_reason.text()


def test_restoring_a_version_brings_its_text_back_as_a_new_change(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Declaración de San José")
    _act_as(qtbot, view, "CR")
    _select(view, "Agradecer al Gobierno")
    original = view.current_paragraph().text
    view.text_edit.setPlainText("Agradecer al Gobierno anfitrión.")
    view.save_button.click()
    settle(qtbot, view.ctx, rounds=8)
    view.tabs.setCurrentIndex(2)
    settle(qtbot, view.ctx)
    assert "anfitrión" in view.new_text.toPlainText()
    view.restore_version(confirm=False)  # the version on the left: Rev.1
    settle(qtbot, view.ctx, rounds=8)
    assert any(p.text == original for p in view.paragraphs.rows)
    assert [v["label"] for v in view.loaded.versions] == ["Rev.1"]  # history kept, nothing renamed


def test_alt_up_moves_a_paragraph_before_its_neighbour(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Declaración de San José")
    _act_as(qtbot, view, "CR")
    _select(view, "Agradecer al Gobierno")
    view.activateWindow()
    view.paragraph_table.setFocus()
    qtbot.keyClick(view.paragraph_table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, view.ctx, rounds=8)
    texts = [p.text for p in view.paragraphs.rows]
    first = next(i for i, t in enumerate(texts) if t.startswith("Agradecer al Gobierno"))
    assert texts[first + 1].startswith("Encomendar a la Secretaría Técnica")
    assert view.current_paragraph().text.startswith("Agradecer al Gobierno")  # the selection follows it


def test_a_bracketed_paragraph_opens_in_the_editor_from_the_adoption_panel(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Recomendaciones a los Viceministros")
    view.tabs.setCurrentIndex(3)
    view.brackets_list.activated.emit(view.brackets_model.index(0, 0))
    assert view.tabs.currentIndex() == 0
    assert view.current_paragraph().text.startswith("Encomendar a la Red de Protección Consular un [protocolo]")


def test_leaving_an_edited_paragraph_saves_it_and_a_refresh_keeps_typing(qtbot: Any, view: Any) -> None:
    _open(qtbot, view, "Declaración de San José")
    _act_as(qtbot, view, "CR")
    _select(view, "Agradecer al Gobierno")
    view.focus_text()
    view.text_edit.selectAll()
    type_text(view.text_edit, "Agradecer a Costa Rica por su hospitalidad.")
    _select(view, "Reafirmar el compromiso")
    settle(qtbot, view.ctx, rounds=8)
    assert any(p.text == "Agradecer a Costa Rica por su hospitalidad." for p in view.paragraphs.rows)
    type_text(view.text_edit, " Añadido")
    view.reload_document()  # e.g. another delegation's change arrives
    settle(qtbot, view.ctx, rounds=8)
    assert " Añadido" in view.text_edit.toPlainText()
