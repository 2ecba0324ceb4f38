"""Reports opens on the meeting being worked on (its page, its accreditation, one of its documents)."""

from __future__ import annotations

from typing import Any

import pytest

from crm_desktop.app import meetings
from crm_desktop.ui.main_window import MainWindow
from tests.ui.qt_helpers import settle

pytestmark = [pytest.mark.gui]


def test_reports_opens_on_the_meeting_whose_page_was_open(qtbot: Any, window: MainWindow) -> None:
    ws = window.ctx.ws
    old = meetings.list_meetings(ws, body="grcm")[0]  # not the next meeting, which Reports would pick
    reports = window.show_section("reports")
    settle(qtbot, window.ctx, rounds=8)
    assert reports.meeting_id() != old["id"]
    window.ctx.navigate("meetings", meeting_id=old["id"])
    settle(qtbot, window.ctx, rounds=8)
    window.show_section("reports")
    settle(qtbot, window.ctx, rounds=8)
    assert reports.meeting_id() == old["id"]


def test_reports_built_after_the_accreditation_opens_on_its_meeting(qtbot: Any, window: MainWindow) -> None:
    ws = window.ctx.ws
    old = meetings.list_meetings(ws, body="viceministers")[0]
    window.ctx.navigate("delegations", meeting_id=old["id"])
    view = window.section_widget("delegations")
    qtbot.waitUntil(lambda: view.roster is not None, timeout=5000)
    reports = window.show_section("reports")
    qtbot.waitUntil(lambda: reports.meeting_id() is not None, timeout=5000)
    settle(qtbot, window.ctx, rounds=8)
    assert reports.meeting_id() == old["id"]
