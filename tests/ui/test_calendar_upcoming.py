"""The calendar opens on the next meeting, lists the upcoming ones and shows the bodies' colours."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from crm_desktop.ui.context import UiContext
from crm_desktop.ui.main_window import MainWindow
from tests.helpers import meeting
from tests.ui.qt_helpers import settle

pytestmark = [pytest.mark.gui]


def test_the_calendar_opens_on_the_next_meeting_with_upcoming_and_legend(qtbot: Any, ws: Any) -> None:
    soon = date.today() + timedelta(days=70)
    later = date.today() + timedelta(days=120)
    meeting(ws, "grcm", start=(date.today() - timedelta(days=200)).isoformat(), title="GRCM pasado")
    meeting(ws, "grcm", start=soon.isoformat(), title="GRCM próximo")
    meeting(ws, "network_consular", start=later.isoformat(), title="Red consular")
    ctx = UiContext(ws, lang="es")
    w = MainWindow(ctx, initial_section="calendar")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    calendar = w.section_widget("calendar")
    qtbot.waitUntil(lambda: calendar.data is not None and calendar.data.complete, timeout=5000)
    settle(qtbot, ctx)
    assert calendar.current_date == soon  # not an empty month: the next meeting's day
    panel = calendar.upcoming
    shown = [panel.model.item(r).text() for r in range(panel.model.rowCount())]
    assert [t.split("  ", 1)[1] for t in shown] == ["GRCM próximo", "Red consular"]
    legend = [label.text() for label in panel.legend.findChildren(type(panel.title)) if label.text()]
    assert "GRCM" in legend and len(legend) == 2
    panel.list.setCurrentIndex(panel.model.index(1, 0))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert w.current_section == "meetings"
    settle(qtbot, ctx)


def test_a_bar_has_a_tooltip_with_the_meeting_its_dates_and_status(qtbot: Any, ws: Any) -> None:
    day = date.today() + timedelta(days=40)
    meeting(ws, "grcm", start=day.isoformat(), end=(day + timedelta(days=1)).isoformat(), title="GRCM de prueba")
    ctx = UiContext(ws, lang="es")
    w = MainWindow(ctx, initial_section="calendar")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    calendar = w.section_widget("calendar")
    qtbot.waitUntil(lambda: calendar.data is not None and calendar.data.complete, timeout=5000)
    calendar.go_to(day)
    calendar.month.grab()  # paints the cells
    qtbot.waitUntil(lambda: day in calendar.month._cells, timeout=5000)
    tip = calendar.month.tooltip_at(calendar.month._cells[day].center())
    assert tip.startswith("GRCM · GRCM de prueba") and "Prevista" in tip
    empty = next(d for d in calendar.month._cells if d not in (day, day + timedelta(days=1)))
    assert calendar.month.tooltip_at(calendar.month._cells[empty].center()) == ""
    settle(qtbot, ctx)


def test_the_year_grid_marks_warnings_in_a_corner_not_with_a_clipped_sign(qtbot: Any, window: MainWindow) -> None:
    calendar = window.section_widget("calendar")
    settle(qtbot, window.ctx)
    warned = next(e for e in calendar.data.entries if e.warnings)
    calendar.set_mode("year")
    calendar.go_to(warned.start.date())
    grid = calendar.year_grid
    assert grid.warned(warned.start.date())
    assert not grid.warned(date(warned.start.year, 1, 1)) or any(
        e.start.date() == date(warned.start.year, 1, 1) for e in calendar.data.entries
    )
    calendar.set_mode("month")
