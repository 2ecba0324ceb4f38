"""The calendar section as a user sees it: meetings by day in body colours, warnings, three views."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from crm_desktop.ui.main_window import MainWindow
from tests.ui.qt_helpers import settle, switch_language

pytestmark = pytest.mark.gui


def day_texts(view: Any) -> list[str]:
    return [view.day_model.item(i).text() for i in range(view.day_model.rowCount())]


def warning_texts(view: Any) -> list[str]:
    return [view.warnings_model.item(i).text() for i in range(view.warnings_model.rowCount())]


@pytest.fixture
def calendar(qtbot: Any, window: MainWindow) -> Any:
    view = window.section_widget("calendar")
    settle(qtbot, window.ctx)
    assert view.data is not None
    return view


def test_month_shows_the_days_meetings_in_their_body_colour(qtbot: Any, calendar: Any) -> None:
    calendar.go_to(date(2026, 3, 17))
    assert calendar.period.text() == "Marzo 2026"
    texts = day_texts(calendar)
    assert len(texts) == 1 and texts[0].startswith("Reunión del Grupo Regional de Consulta sobre Migración")
    assert "GRCM — Sesión técnica" in texts[0]
    colour = calendar.day_model.item(0).data(Qt.ItemDataRole.DecorationRole)
    assert colour == QColor(calendar.ctx.ws.config.body("grcm").colour)
    # a two-day meeting is on both days, the networks the day before
    assert [e.body for e in calendar.month.entries_on(date(2026, 3, 18))] == ["grcm"]
    assert {e.body for e in calendar.month.entries_on(date(2026, 3, 16))} == {"network_consular", "network_trafficking"}
    assert warning_texts(calendar) == ["Ningún aviso."]


def test_rule_warnings_show_on_the_meeting_and_in_the_panel(qtbot: Any, calendar: Any) -> None:
    """Seed, A: the Vice-Ministers meet "en la primavera o el primer semestre de cada año"."""
    calendar.go_to(date(2026, 11, 18))
    (text,) = day_texts(calendar)
    assert "⚠ la Reunión de Viceministros(as) se celebra en la primavera o el primer semestre" in text
    assert any("XXXI Reunión Viceministerial" in t and "primer semestre" in t for t in warning_texts(calendar))
    # Enter on the warning opens the meeting
    calendar.warnings_list.setCurrentIndex(calendar.warnings_model.index(0, 0))
    calendar.warnings_list.setFocus()
    qtbot.keyClick(calendar.warnings_list, Qt.Key.Key_Return)
    window = calendar.window()
    assert window.current_section == "meetings"


def test_year_and_list_views_by_keyboard(qtbot: Any, calendar: Any) -> None:
    calendar.go_to(date(2026, 3, 17))
    qtbot.keyClick(calendar, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: calendar.mode == "year")  # a button's shortcut animates its click
    assert calendar.stack.currentWidget() is calendar.year_grid
    assert calendar.period.text() == "2026"
    calendar.year_grid.setFocus()
    qtbot.keyClick(calendar.year_grid, Qt.Key.Key_Right)
    assert calendar.current_date == date(2026, 3, 18)
    qtbot.keyClick(calendar.year_grid, Qt.Key.Key_Return)
    assert calendar.mode == "month" and calendar.current_date == date(2026, 3, 18)
    qtbot.keyClick(calendar, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: calendar.mode == "list")
    rows = calendar.table_proxy.rowCount()
    assert rows == sum(1 for e in calendar.data.entries if e.start.year == 2026)
    first = calendar.table_proxy.index(0, 2).data()
    assert first == "Seminario regional sobre protección de niñez y adolescencia migrante"


def test_english_dates_names_and_warnings(qtbot: Any, window: MainWindow, calendar: Any, translations: Any) -> None:
    switch_language(qtbot, window, translations, "en")
    calendar.go_to(date(2026, 11, 18))
    assert calendar.period.text() == "November 2026"
    (text,) = day_texts(calendar)
    assert "Vice-Ministers — Plenary · Closed-door meeting" in text
    assert "⚠ the Vice-Ministers' Meeting is held in spring or the first half of the year" in text
    assert calendar.day_title.text() == "Meetings on Wednesday, November 18, 2026"


def test_data_painted_is_reported_once_the_grid_shows_data(qtbot: Any, window: MainWindow) -> None:
    view = window.section_widget("calendar")
    with qtbot.waitSignal(view.data_painted, timeout=10000):
        settle(qtbot, window.ctx)
    assert view.data is not None and view.data.entries


def test_enter_on_a_day_opens_its_meeting(qtbot: Any, window: MainWindow, calendar: Any) -> None:
    calendar.go_to(date(2026, 11, 18))
    calendar.month.setFocus()
    qtbot.keyClick(calendar.month.view, Qt.Key.Key_Return)
    settle(qtbot, window.ctx)
    assert window.current_section == "meetings"
    assert window.section_widget("meetings").page.title.text() == "XXXI Reunión Viceministerial de la CRM"


def test_export_and_import_ics_from_the_calendar(qtbot: Any, window: MainWindow, calendar: Any, tmp_path: Any) -> None:
    out = tmp_path / "crm-2026.ics"
    with qtbot.waitSignal(window.ctx.notice, timeout=10000) as notice:
        calendar.export_year(out, 2026)
    count = sum(1 for e in calendar.data.entries if e.start.year <= 2026 <= e.end.year)
    assert notice.args == [f"{count} reuniones exportadas a crm-2026.ics"]
    assert window.message_bar.text == notice.args[0]
    with qtbot.waitSignal(window.ctx.notice, timeout=10000) as notice:
        calendar.import_file(out)
    assert notice.args == [f"{count} reuniones importadas de crm-2026.ics"]
    settle(qtbot, window.ctx)
    assert sum(1 for e in calendar.data.entries if e.start.year == 2026) == count  # updated, not duplicated
    bad = tmp_path / "roto.ics"
    bad.write_text("BEGIN:VCALENDAR")
    with qtbot.waitSignal(window.ctx.user_error, timeout=10000) as error:
        calendar.import_file(bad)
    assert error.args[0].startswith("dato no válido: roto.ics")
