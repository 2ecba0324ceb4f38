"""The meeting's page: its agendas and documents are links to their sections, and a greyed-out
"Delete" says why, in its tooltip, in the status bar tip and in a line on the page."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from crm_desktop.app.meeting_overview import overview
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.meetings.links import LINK_ROLE
from tests.ui.qt_helpers import settle

pytestmark = pytest.mark.gui


def open_page(qtbot: Any, window: MainWindow, meeting_id: str) -> Any:
    view: Any = window.show_section("meetings")
    window.ctx.navigate("meetings", meeting_id=meeting_id)
    settle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: view.page.meeting is not None and view.page.meeting.id == meeting_id)
    return view.page


def a_meeting_with(window: MainWindow, what: str) -> str:
    calendar: Any = window.section_widget("calendar")
    for entry in calendar.data.entries:
        if getattr(overview(window.ctx.ws, entry.id), what):
            return str(entry.id)
    raise AssertionError(f"the demo has no meeting with {what}")


def click_first(qtbot: Any, list_view: Any) -> None:
    rect = list_view.visualRect(list_view.model().index(0, 0))
    qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(0, 0))


def test_a_document_on_the_page_is_a_link_to_drafting(qtbot: Any, window: MainWindow) -> None:
    settle(qtbot, window.ctx)
    page = open_page(qtbot, window, a_meeting_with(window, "documents"))
    item = page.documents_model.item(0)
    assert item.data(LINK_ROLE) and item.font().underline() and "Redacción" in item.toolTip()
    assert page.documents_view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    click_first(qtbot, page.documents_view)
    settle(qtbot, window.ctx)
    assert window.current_section == "drafting"


def test_an_agenda_on_the_page_is_a_link_to_the_agenda(qtbot: Any, window: MainWindow) -> None:
    settle(qtbot, window.ctx)
    page = open_page(qtbot, window, a_meeting_with(window, "agendas"))
    item = page.agendas_model.item(0)
    assert item.data(LINK_ROLE) and item.font().underline() and "Agenda" in item.toolTip()
    click_first(qtbot, page.agendas_view)
    settle(qtbot, window.ctx)
    assert window.current_section == "agenda"


def test_an_empty_list_line_is_not_a_link(qtbot: Any, window: MainWindow) -> None:
    settle(qtbot, window.ctx)
    calendar: Any = window.section_widget("calendar")
    bare = next(e.id for e in calendar.data.entries if not overview(window.ctx.ws, e.id).documents)
    page = open_page(qtbot, window, bare)
    assert page.documents_model.item(0).data(LINK_ROLE) is None


@pytest.mark.parametrize(
    ("status", "why"),
    [("closed", "ya se celebró"), ("convened", "«Cancelar la reunión»")],
)
def test_a_greyed_out_delete_says_why(qtbot: Any, window: MainWindow, status: str, why: str) -> None:
    settle(qtbot, window.ctx)
    calendar: Any = window.section_widget("calendar")
    found = [e for e in calendar.data.entries if e.status == status]
    if not found:
        pytest.skip(f"the demo has no {status} meeting")
    page = open_page(qtbot, window, found[0].id)
    button = page.delete_button
    assert not button.isEnabled()
    assert why in button.toolTip() and button.statusTip() == button.toolTip()
    assert not page.delete_hint.isHidden() and why in page.delete_hint.text()


def test_a_planned_meeting_may_be_deleted_and_the_page_says_nothing(qtbot: Any, window: MainWindow) -> None:
    settle(qtbot, window.ctx)
    calendar: Any = window.section_widget("calendar")
    planned = next(e for e in calendar.data.entries if e.status == "planned")
    page = open_page(qtbot, window, planned.id)
    assert page.delete_button.isEnabled() and page.delete_hint.isHidden()
    assert "planificada" in page.delete_button.toolTip()
