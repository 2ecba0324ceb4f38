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
