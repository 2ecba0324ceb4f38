"""Agenda versions as the user reads them: the header's number is in the Compare list, the default
comparison (last kept version against the current agenda) counts an added and a moved item, a
renumbered item says only its number changed, start times are compared; sharing as preliminary
leads on to sending it; the marks of the tree have a visible legend; the tools carry their text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from crm_desktop.app import agendas
from crm_desktop.app.agendas import ItemInput
from crm_desktop.ui.agenda.compare_dialog import CompareVersionsDialog
from tests.ui.test_agenda_view import edit, shown_id, view, vm_agenda  # noqa: F401 - fixtures

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


def _preliminary(qtbot: Any, view: Any) -> None:  # noqa: F811 - the fixture
    edit(qtbot, view, view.to_preliminary.click)


def _compare(qtbot: Any, view: Any) -> CompareVersionsDialog:  # noqa: F811
    dialog = CompareVersionsDialog(view.ctx, view.state.agenda, view.state.versions, view)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.compared, timeout=5000).wait()
    return dialog


def _rows(dialog: CompareVersionsDialog) -> dict[str, tuple[str, str]]:
    """Title in the later version -> (change, what the Change column says)."""
    m = dialog.model
    out = {}
    for r in range(m.rowCount()):
        title = (m.index(r, 7).data() or m.index(r, 2).data()).strip()
        out[title] = (m.change(r), m.index(r, 4).data())
    return out


def test_the_header_and_the_compare_list_agree(qtbot: Any, view: Any) -> None:  # noqa: F811
    _preliminary(qtbot, view)
    assert "versión 2" in view.status_label.text()
    assert view.compare_button.isEnabled()  # one kept version and the current agenda
    dialog = _compare(qtbot, view)
    listed = [dialog.new_box.itemText(i) for i in range(dialog.new_box.count())]
    assert listed == ["v1 · Preliminar", "v2 · Preliminar · actual"]
    assert dialog.old_box.currentText() == "v1 · Preliminar"
    assert dialog.new_box.currentText() == "v2 · Preliminar · actual"


def test_the_default_comparison_counts_an_added_and_a_moved_item(qtbot: Any, view: Any, ws: Any) -> None:  # noqa: F811
    _preliminary(qtbot, view)
    aid = view.state.agenda["id"]
    items = view.model.items()
    last, second = items[-1], items[1]
    # A welcome of no time at the top (the others' numbers go down, their times stay), and the last
    # item moved just before the second-to-last one (the item jumped over gets a later start).
    agendas.add_item(ws, aid, ItemInput(title_es="Bienvenida", duration_min=0), position=0)
    agendas.move_item(ws, last.id, parent_id=None, position=len(items) - 1)
    edit(qtbot, view, view.reload)
    dialog = _compare(qtbot, view)
    assert dialog.counts["added"] == 1 and dialog.counts["moved"] == 1
    assert dialog.counts["changed"] == 0
    rows = _rows(dialog)
    assert rows["Bienvenida"][0] == "added"
    assert sum(1 for change, _said in rows.values() if change == "moved") == 1
    # Pushed one place down by the welcome: only their number changed, and that is all it says.
    assert rows[second.title_es] == ("renumbered", "solo cambia el número")
    assert "añadidos: 1" in dialog.summary.text() and "trasladados: 1" in dialog.summary.text()


def test_start_times_are_compared(qtbot: Any, view: Any, ws: Any) -> None:  # noqa: F811
    _preliminary(qtbot, view)
    first = view.model.items()[0]
    view.select_item(first.id)
    view.f_duration.setValue(first.duration_min + 15)
    edit(qtbot, view, view.apply_button.click)
    dialog = _compare(qtbot, view)
    m = dialog.model
    second = next(r for r in range(m.rowCount()) if m.index(r, 5).data() == "2")
    assert m.change(second) == "retimed"
    assert m.index(second, 4).data() == "solo cambia la hora"
    assert m.index(second, 1).data() != m.index(second, 6).data()  # the start times of both versions
    font = m.index(second, 6).data(Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()  # what differs stands out
    assert "solo cambia la hora: " in dialog.summary.text()


def test_sharing_as_preliminary_leads_on_to_sending_it(qtbot: Any, view: Any) -> None:  # noqa: F811
    assert not view.send_button.isVisibleTo(view)
    _preliminary(qtbot, view)
    assert "Enviar la preliminar" in view.heard[-1][1]  # the notice names the next step
    assert view.send_button.isVisibleTo(view)
    asked: list[tuple[str, Any]] = []
    view.ctx.navigate_requested.connect(lambda key, ctx: asked.append((key, ctx)))
    view.send_button.click()
    assert asked == [("reports", {"meeting_id": view.state.meeting_id, "send": "agenda"})]


def test_the_marks_have_a_visible_legend_and_the_tools_their_text(qtbot: Any, view: Any) -> None:  # noqa: F811
    view.show()
    qtbot.waitUntil(view.legend.isVisible)
    assert "punto obligatorio" in view.legend_required.text()
    assert "comentarios" in view.legend_comments.text()
    for action in view.toolbar.actions():
        button = view.toolbar.widgetForAction(action)
        if isinstance(button, QToolButton) and not action.isSeparator():
            assert action.text() and button.toolButtonStyle() != button.toolButtonStyle().ToolButtonIconOnly
