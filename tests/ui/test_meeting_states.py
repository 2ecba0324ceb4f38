"""A meeting that is over but still recorded as convened is not shown as still to come: the lists say it
is to be closed, and its page asks to mark it as held (the recorded status stays as it is)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from crm_desktop.app import meetings
from crm_desktop.domain.model import MeetingStatus
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.meetings.model import MeetingTableModel
from tests.helpers import meeting
from tests.ui.qt_helpers import settle

pytestmark = [pytest.mark.gui]


@pytest.fixture
def window(qtbot: Any, ws: Any, translations: Any) -> Any:
    past = (date.today() - timedelta(days=21)).isoformat()
    coming = (date.today() + timedelta(days=30)).isoformat()
    ids = {
        "past": meeting(ws, "grcm", start=past, title="GRCM de hace tres semanas"),
        "coming": meeting(ws, "grcm", start=coming, title="GRCM que viene"),
    }
    for mid in ids.values():
        meetings.set_status(ws, mid, MeetingStatus.CONVENED)
    ctx = UiContext(ws, lang="es")
    w = MainWindow(ctx, initial_section="meetings")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    settle(qtbot, ctx, rounds=8)
    yield w, ids
    settle(qtbot, ctx)


def status_of(view: Any, title: str) -> tuple[str, str]:
    proxy = view.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, MeetingTableModel.TITLE).data() == title:
            ix = proxy.index(r, MeetingTableModel.STATUS)
            return ix.data(), ix.data(Qt.ItemDataRole.ToolTipRole) or ""
    raise AssertionError(title)


def test_a_past_convened_meeting_asks_to_be_closed(qtbot: Any, window: Any) -> None:
    w, ids = window
    view = w.section_widget("meetings")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 2, timeout=5000)
    shown, tip = status_of(view, "GRCM de hace tres semanas")
    assert shown == "Terminada — por cerrar" and "márquela como celebrada" in tip
    assert status_of(view, "GRCM que viene")[0] == "Convocada"
    w.ctx.navigate("meetings", meeting_id=ids["past"])
    settle(qtbot, w.ctx, rounds=8)
    page = view.page
    assert page._fact_labels["status"][1].text() == "Convocada"  # what is recorded, unchanged
    assert page.overdue_label.isVisible() and "márquela como celebrada" in page.overdue_label.text()
    held = next(b for b in page.status_buttons if b.text() == "Marcar como celebrada")
    assert held.isDefault()
    held.click()
    settle(qtbot, w.ctx, rounds=8)
    assert page._fact_labels["status"][1].text() == "Celebrada" and not page.overdue_label.isVisible()
    w.ctx.navigate("meetings", meeting_id=ids["coming"])
    settle(qtbot, w.ctx, rounds=8)
    assert not page.overdue_label.isVisible()
