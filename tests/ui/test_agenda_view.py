"""The agenda editor as a user sees and drives it: numbering, keyboard and drag-and-drop moves,
required items, undo/redo, lifecycle with comments, adoption and comparison, accented typing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from crm_desktop.app import agendas, decisions
from crm_desktop.app.agendas import ItemInput
from crm_desktop.domain.model import AgendaStatus
from crm_desktop.ui.agenda.tree_model import AgendaTreeModel
from crm_desktop.ui.agenda.view import AgendaView
from crm_desktop.ui.context import UiContext
from tests.helpers import meeting

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


def shown(view: AgendaView) -> list[tuple[str, str]]:
    """(number, title) of every row, in tree order, as displayed."""
    model = view.model
    return [(it.label, model.title(it)) for it in model.items()]


def listen(ctx) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Notices as the main window's message bar receives them: ("error" | "info", text)."""
    heard: list[tuple[str, str]] = []
    ctx.user_error.connect(lambda text: heard.append(("error", text)))
    ctx.notice.connect(lambda text: heard.append(("info", text)))
    return heard


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Accented text as key events carrying text (QTest.keyClicks aborts on non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def vm_agenda(ws):  # type: ignore[no-untyped-def]
    mid = meeting(ws, "viceministers", start="2027-05-10")
    aid = agendas.create_agenda(ws, mid)
    agendas.add_item(ws, aid, ItemInput(title_es="Otros asuntos", duration_min=20))
    return mid, aid


@pytest.fixture
def view(qtbot, ws, vm_agenda):  # type: ignore[no-untyped-def]
    ctx = UiContext(ws)
    v = AgendaView(ctx)
    v.heard = listen(ctx)  # type: ignore[attr-defined]
    qtbot.addWidget(v)
    v.resize(1200, 700)
    qtbot.waitUntil(lambda: v.state is not None and v.state.agenda is not None, timeout=5000)
    yield v
    ctx.wait()


def edit(qtbot, view: AgendaView, action) -> None:  # type: ignore[no-untyped-def]
    """Run one user action and wait until the view shows the refreshed agenda."""
    with qtbot.waitSignal(view.loaded, timeout=5000):
        action()


def test_shows_required_items_numbered_with_time_plan(view) -> None:  # type: ignore[no-untyped-def]
    assert shown(view) == [
        ("1", "Informe de la Presidencia Pro-Témpore"),
        ("2", "Declaraciones de apertura de las delegaciones de los Países Miembros"),
        ("3", "Diálogo con las Organizaciones de la Sociedad Civil (RROCM)"),
        ("4", "Otros asuntos"),
    ]
    starts = [view.model.index(r, AgendaTreeModel.COL_STARTS).data() for r in range(4)]
    assert starts == ["09:00", "09:45", "10:45", "11:30"]
    assert view.plan_label.text() == "4 puntos · de 09:00 a 11:50 · 2 h 50 min en total"
    assert "Borrador" in view.status_label.text()
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Punto obligatorio: no puede eliminarse"


def test_required_item_cannot_be_removed_and_the_reason_is_shown(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.select_item(view.model.items()[0].id)
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert view.heard == [
        (
            "error",
            "el punto «Informe de la Presidencia Pro-Témpore» es obligatorio en la agenda de Reunión Plenaria "
            "de Reunión de Viceministros(as) y no puede eliminarse (Sección A: «Su agenda de discusión debe incluir "
            "al menos: el informe de la Presidencia Pro-Témpore, las declaraciones de apertura de las delegaciones "
            "de los Países Miembros, y el diálogo con las Organizaciones de la Sociedad Civil, representadas por la "
            "RROCM.»)",
        )
    ]
    assert view.ctx.undo_stack.count() == 0
    assert len(shown(view)) == 4


def test_keyboard_moves_renumber_and_undo_redo(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    other = view.model.items()[3].id
    view.select_item(other)
    edit(qtbot, view, lambda: qtbot.keyClick(view.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier))
    assert shown(view)[2] == ("3", "Otros asuntos")
    assert view.current_item().id == other  # the moved item stays selected
    edit(qtbot, view, lambda: qtbot.keyClick(view.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier))
    assert shown(view)[1:3] == [
        ("2", "Declaraciones de apertura de las delegaciones de los Países Miembros"),
        ("2.a", "Otros asuntos"),
    ]
    edit(qtbot, view, lambda: qtbot.keyClick(view.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier))
    assert shown(view)[2] == ("3", "Otros asuntos")
    assert view.ctx.undo_stack.count() == 3
    edit(qtbot, view, view.ctx.undo_stack.undo)
    assert shown(view)[2] == ("2.a", "Otros asuntos")
    edit(qtbot, view, view.ctx.undo_stack.undo)
    edit(qtbot, view, view.ctx.undo_stack.undo)
    assert shown(view)[3] == ("4", "Otros asuntos")
    edit(qtbot, view, view.ctx.undo_stack.redo)
    assert shown(view)[2] == ("3", "Otros asuntos")


def test_drag_and_drop_reorders_and_renumbers(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    model = view.model
    source = model.index(3, 0)  # "Otros asuntos"
    data = model.mimeData([source])
    # Dropping between rows 0 and 1 at top level.
    edit(qtbot, view, lambda: model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, model.index(-1, -1)))
    assert shown(view)[1] == ("2", "Otros asuntos")
    # Dropping onto the first item makes it a sub-item.
    data = model.mimeData([model.index(1, 0)])
    edit(qtbot, view, lambda: model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index(0, 0)))
    assert shown(view)[:2] == [("1", "Informe de la Presidencia Pro-Témpore"), ("1.a", "Otros asuntos")]
    # An item cannot be dropped under its own sub-item.
    parent_data = model.mimeData([model.index(0, 0)])
    assert not model.canDropMimeData(parent_data, Qt.DropAction.MoveAction, -1, 0, model.index_of(shown_id(view, 1)))


def shown_id(view: AgendaView, row: int) -> str:
    return view.model.items()[row].id


def test_add_edit_with_accents_remove_and_undo(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.select_item(shown_id(view, 3))
    edit(qtbot, view, lambda: qtbot.keyClick(view.tree, Qt.Key.Key_Insert))
    assert shown(view)[4] == ("5", "Nuevo punto")
    assert view.current_item().title_es == "Nuevo punto"
    view.f_title_es.clear()
    type_text(view.f_title_es, "Clausura y elección de sede — Panamá")
    view.f_duration.setValue(25)
    edit(qtbot, view, lambda: qtbot.keyClick(view.f_title_es, Qt.Key.Key_Return))
    assert shown(view)[4] == ("5", "Clausura y elección de sede — Panamá")
    assert view.model.index(4, AgendaTreeModel.COL_DURATION).data() == "25 min"
    edit(qtbot, view, lambda: qtbot.keyClick(view.tree, Qt.Key.Key_Delete))
    assert len(shown(view)) == 4
    edit(qtbot, view, view.ctx.undo_stack.undo)  # the removal
    assert shown(view)[4] == ("5", "Clausura y elección de sede — Panamá")
    edit(qtbot, view, view.ctx.undo_stack.undo)  # the edit
    assert shown(view)[4] == ("5", "Nuevo punto")
    edit(qtbot, view, view.ctx.undo_stack.redo)
    assert shown(view)[4] == ("5", "Clausura y elección de sede — Panamá")


def test_roman_numbering_and_start_time(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    edit(qtbot, view, lambda: view.numbering_box.setCurrentIndex(view.numbering_box.findData("roman")))
    assert [label for label, _ in shown(view)] == ["I", "II", "III", "IV"]
    edit(qtbot, view, view.ctx.undo_stack.undo)
    assert [label for label, _ in shown(view)] == ["1", "2", "3", "4"]


def test_lifecycle_comments_adopt_and_compare(qtbot, view, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert view.to_preliminary.isVisible() or view.to_preliminary.isVisibleTo(view)
    edit(qtbot, view, view.to_preliminary.click)
    assert "Preliminar" in view.status_label.text()
    assert view.comments_box.isVisibleTo(view)
    view.select_item(shown_id(view, 0))
    # Seed, A: the preliminary agenda «se comparte con todos los países miembros y los organismos
    # internacionales observadores»: they are the delegations offered, observer countries and RROCM are not.
    offered = {view.comment_delegation.itemData(i) for i in range(view.comment_delegation.count())}
    assert {"MX", "CR", "OIM", "ACNUR"} <= offered and not offered & {"AR", "CO", "RROCM", "ST"}
    view.comment_delegation.setCurrentIndex(view.comment_delegation.findData("OIM"))
    type_text(view.comment_text, "Sugerimos ampliar el tiempo de exposición.")
    edit(qtbot, view, view.comment_button.click)
    assert view.comment_list.item(0).text() == "OIM: Sugerimos ampliar el tiempo de exposición."
    assert view.model.index(0, AgendaTreeModel.COL_TITLE).data().endswith("  (1)")
    tooltip = view.model.index(0, AgendaTreeModel.COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith("1 comentario(s)")
    view.select_item(shown_id(view, 3))
    view.f_duration.setValue(40)
    edit(qtbot, view, view.apply_button.click)

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    edit(qtbot, view, view.adopt_button.click)
    assert "Adoptada" in view.status_label.text()
    assert not view.act_add.isEnabled() and not view.details.isEnabled()
    assert view.heard[-1] == ("info", "Agenda adoptada: queda congelada.")
    assert view.compare_button.isEnabled()

    # Compare the preliminary version with the adopted one.
    from crm_desktop.ui.agenda.compare_dialog import CompareVersionsDialog

    dialog = CompareVersionsDialog(view.ctx, view.state.agenda, view.state.versions, view)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.compared, timeout=5000).wait()
    with qtbot.waitSignal(dialog.compared, timeout=5000):
        dialog.old_box.setCurrentIndex(0)  # the preliminary version
    with qtbot.waitSignal(dialog.compared, timeout=5000):
        dialog.new_box.setCurrentIndex(1)  # the adopted one
    changes = [dialog.model.change(r) for r in range(dialog.model.rowCount())]
    assert changes == ["same", "same", "same", "changed"]
    assert dialog.model.index(3, 3).data() == "20 min" and dialog.model.index(3, 8).data() == "40 min"
    assert dialog.model.index(3, 4).data() == "modificado: duración"
    assert dialog.summary.text() == "modificados: 1"


def test_carry_over_pending_follow_ups_is_undoable(qtbot, ws, view) -> None:  # type: ignore[no-untyped-def]
    old = meeting(ws, "viceministers", start="2026-05-10", title="Reunión anterior")
    decisions.add_decision(ws, old, "Actualizar el Plan de Acción.")
    from crm_desktop.ui.agenda.undo import CarryOverCommand

    decisions.add_decision(ws, old, "Revisar el presupuesto de la ST.")
    from crm_desktop.ui.agenda.carry_over import CarryOverDialog

    dialog = CarryOverDialog(view.ctx, view.state.meeting_id, view)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    assert dialog.model.item(0).text() == "Reunión anterior — 1. Actualizar el Plan de Acción."
    dialog.model.item(1).setCheckState(Qt.CheckState.Unchecked)  # the user leaves one out
    decision_ids = dialog.chosen()
    assert len(decision_ids) == 1
    edit(qtbot, view, lambda: view.ctx.undo_stack.push(CarryOverCommand(view.editing, decision_ids)))
    assert shown(view)[4] == ("5", "Seguimiento: Actualizar el Plan de Acción.")
    edit(qtbot, view, view.ctx.undo_stack.undo)
    assert len(shown(view)) == 4


def test_open_meeting_and_agenda_in_context(qtbot, ws, view, vm_agenda) -> None:  # type: ignore[no-untyped-def]
    vm_id, _ = vm_agenda
    grcm = meeting(ws, "grcm", start="2027-03-10", title="GRCM de marzo")
    edit(qtbot, view, lambda: view.open_meeting(grcm))
    assert view.state.meeting_id == grcm and view.state.agenda is None
    assert view.create_button.isVisibleTo(view)
    assert view.empty.text() == "Este segmento aún no tiene agenda. Cree una con «Crear agenda»."
    edit(qtbot, view, view.create_button.click)
    # A new GRCM agenda holds its required item on the ST's administrative and budget matters (seed, C).
    assert view.state.agenda is not None
    assert shown(view) == [("1", "Cuestiones administrativas y presupuestarias de la Secretaría Técnica")]
    edit(qtbot, view, lambda: view.open_meeting(vm_id))
    first = agendas.agendas_of(ws, grcm)[0]["id"]
    edit(qtbot, view, lambda: view.open_agenda(first))
    assert view.state.agenda["id"] == first and view.state.meeting_id == grcm


def test_adopted_agenda_refuses_edits_with_reason(qtbot, ws, view, vm_agenda) -> None:  # type: ignore[no-untyped-def]
    _, aid = vm_agenda
    agendas.set_agenda_status(ws, aid, AgendaStatus.PRELIMINARY)
    agendas.set_agenda_status(ws, aid, AgendaStatus.ADOPTED)
    edit(qtbot, view, view.reload)
    assert not view.model.flags(view.model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert "adoptada: ya no puede modificarse" in view.status_label.text()


def test_refused_edit_never_reaches_the_undo_stack(qtbot, ws, view, vm_agenda) -> None:  # type: ignore[no-untyped-def]
    _, aid = vm_agenda
    # Someone else adopts the agenda while this window still shows it as a draft.
    agendas.set_agenda_status(ws, aid, AgendaStatus.PRELIMINARY)
    agendas.set_agenda_status(ws, aid, AgendaStatus.ADOPTED)
    view.select_item(shown_id(view, 3))
    view.f_duration.setValue(55)
    with qtbot.waitSignal(view.ctx.user_error, timeout=5000):
        view.apply_details()
    assert view.heard[-1] == ("error", "la agenda ya fue adoptada y no puede modificarse")
    assert view.ctx.undo_stack.count() == 0


def test_opened_in_context_from_the_main_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws = window.ctx.ws
    from crm_desktop.app import meetings

    with_agenda = agendas.meetings_with_agendas(ws)
    grcm = next(m for m in meetings.list_meetings(ws, body="grcm") if m["id"] in with_agenda)
    agenda_id = agendas.agendas_of(ws, grcm["id"])[0]["id"]
    window.navigate("agenda", {"meeting_id": grcm["id"], "agenda_id": agenda_id})
    view = window.section_widget("agenda")
    assert isinstance(view, AgendaView)
    qtbot.waitUntil(lambda: view.state is not None and view.state.agenda is not None, timeout=5000)
    qtbot.waitUntil(lambda: view.state.agenda["id"] == agenda_id, timeout=5000)
    assert window.current_section == "agenda"
    assert view.meeting_box.currentData() == grcm["id"]
    assert len(shown(view)) == len(agendas.planned_items(ws, agenda_id))
