"""From the agenda to sending it: "Send the preliminary…" opens Reports on the meeting with the
agenda's sending dialog, whatever the Reports section was showing (seed A: the preliminary agenda is
shared with the member countries and the observer organisations)."""

from __future__ import annotations

from typing import Any

import pytest

from crm_desktop.app.meetings import list_meetings
from crm_desktop.app.workspace import Workspace
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.reports.view import ReportsView

pytestmark = [pytest.mark.gui]


def _meetings(ws: Workspace) -> tuple[str, str]:
    vm = list_meetings(ws, year=2026, body="viceministers")[0]["id"]
    other = next(m["id"] for m in list_meetings(ws, year=2026) if m["id"] != vm)
    return vm, other


@pytest.mark.parametrize("already_there", [False, True])
def test_navigating_with_send_opens_the_agenda_sending_dialog(qtbot: Any, demo: Workspace, already_there: bool) -> None:
    vm, other = _meetings(demo)
    view = ReportsView(UiContext(demo))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.choices_loaded, timeout=30000):
        view.show_context(meeting_id=vm if already_there else other)
    assert view._dialog is None
    view.show_context(meeting_id=vm, send="agenda")
    qtbot.waitUntil(lambda: view._dialog is not None, timeout=30000)
    dialog = view._dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert view.meeting_id() == vm
    req = view.request()
    assert req is not None and req.kind == "agenda"
    qtbot.waitUntil(lambda: dialog.recipients_list.count() > 0, timeout=10000)
    view.ctx.wait()


def test_plain_navigation_opens_no_dialog(qtbot: Any, demo: Workspace) -> None:
    vm, _ = _meetings(demo)
    view = ReportsView(UiContext(demo))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.choices_loaded, timeout=30000):
        view.show_context(meeting_id=vm)
    assert view._dialog is None
    view.ctx.wait()
