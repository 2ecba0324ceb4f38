"""Meeting and document titles, positions and institutions follow the window's language, and a
language switch shows them in the other one without reopening anything."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from crm_desktop.ui.main_window import MainWindow
from tests.ui.qt_helpers import settle, switch_language

pytestmark = pytest.mark.gui

SPANISH = "XXXI Reunión Viceministerial de la CRM"
ENGLISH = "31st Vice-Ministerial Meeting, San José"  # none typed: built from the body, ordinal and place


def _column(model: Any, column: int) -> list[str]:
    return [str(model.index(r, column, QModelIndex()).data() or "") for r in range(model.rowCount())]


def _items(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _meetings_list(qtbot: Any, window: MainWindow) -> list[str]:
    view = window.show_section("meetings")
    settle(qtbot, window.ctx)
    return _column(view.proxy, view.model.TITLE)


def test_the_meetings_list_shows_titles_in_the_window_language_and_switches_live(
    qtbot: Any, window: MainWindow, translations: Any
) -> None:
    spanish = _meetings_list(qtbot, window)
    assert SPANISH in spanish and ENGLISH not in spanish
    switch_language(qtbot, window, translations, "en")
    english = _meetings_list(qtbot, window)
    assert ENGLISH in english and SPANISH not in english
    # a typed English title is shown as typed (the demo's semester meetings have one)
    assert "Regional Consultation Group on Migration, 2nd meeting of 2026" in english
    assert not any("Reunión" in t for t in english)
    switch_language(qtbot, window, translations, "es")
    assert SPANISH in _meetings_list(qtbot, window)


def test_the_agenda_chooser_follows_the_language(qtbot: Any, window: MainWindow, translations: Any) -> None:
    agenda = window.show_section("agenda")
    qtbot.waitUntil(lambda: agenda.meeting_box.count() > 0, timeout=10000)
    assert any(t.endswith(SPANISH) or SPANISH in t for t in _items(agenda.meeting_box))
    chosen = agenda.meeting_box.currentData()
    with qtbot.waitSignal(agenda.loaded, timeout=10000):
        switch_language(qtbot, window, translations, "en")
    english = _items(agenda.meeting_box)
    assert any(ENGLISH in t for t in english)
    assert not any("Reunión" in t for t in english)
    assert agenda.meeting_box.currentData() == chosen  # the same meeting stays chosen


def test_the_page_of_a_meeting_and_the_drafting_list_in_english(
    qtbot: Any, window: MainWindow, translations: Any
) -> None:
    switch_language(qtbot, window, translations, "en")
    calendar = window.section_widget("calendar")
    assert calendar is not None
    entry = next(e for e in calendar.data.entries if e.body == "viceministers" and e.start.year == 2026)
    assert entry.title_in("en") == ENGLISH and entry.title_in("es") == SPANISH
    window.ctx.navigate("meetings", meeting_id=entry.id)
    settle(qtbot, window.ctx, rounds=8)
    page = window.section_widget("meetings").page
    assert page.title.text() == ENGLISH
    drafting = window.show_section("drafting")
    settle(qtbot, window.ctx, rounds=8)
    titles = _column(drafting.documents, 0)
    # a translated title heading gives the title; otherwise the standard title the English PDF prints
    assert "San José Declaration" in titles and "Conclusions" in titles
    assert "Conclusiones del GRCM" not in titles
    assert ENGLISH in _column(drafting.documents, 2)


def test_positions_and_institutions_in_the_window_language(qtbot: Any, window: MainWindow, translations: Any) -> None:
    view = window.show_section("delegations")
    settle(qtbot, window.ctx, rounds=8)
    model = view.people_model
    names = _column(model, 0)
    at = names.index("Beatriz Núñez Castillo")  # a Vice-Minister recorded as a woman

    def row() -> tuple[str, str]:  # the columns "Cargo" / "Position" and "Institución" / "Institution"
        return str(model.index(at, 4).data()), str(model.index(at, 5).data())

    assert row() == ("Viceministra", "Viceministerio de Relaciones Exteriores")
    switch_language(qtbot, window, translations, "en")
    settle(qtbot, window.ctx, rounds=8)
    assert row() == ("Vice-Minister", "Vice-Ministry of Foreign Affairs")
