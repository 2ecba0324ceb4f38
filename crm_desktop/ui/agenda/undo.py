"""Undoable agenda edits. Each command's undo is the inverse service call, run off the UI thread.

A removed row leaves a tombstone in the change log (a later write must not resurrect it), so undoing
a removal re-creates the item under a *new* id. Commands therefore refer to items by the id they had
when first seen, and an :class:`IdMap` shared by all commands of an agenda translates it to the id the
item has now. New ids are chosen on the UI thread before the service call, so a command pushed right
after another one already knows the ids it will refer to.

As with the shell's :mod:`crm_desktop.ui.undo`, an edit is done first and pushed already done once
the services accepted it (:func:`perform`), so a refusal by the rules never reaches the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from crm_desktop.app import agendas
from crm_desktop.app.agendas import ItemInput, PlannedItem
from crm_desktop.app.errors import AppError
from crm_desktop.app.workspace import new_id
from crm_desktop.domain.model import Audience, ItemKind
from crm_desktop.ui.context import UiContext

AGENDA_TABLES = ("agenda_items", "agendas", "agenda_comments")


class IdMap:
    """Logical item id (the first id an item had) → the id it has now."""

    def __init__(self) -> None:
        self._now: dict[str, str] = {}
        self._logical: dict[str, str] = {}

    def now(self, logical: str | None) -> str | None:
        if logical is None:
            return None
        return self._now.get(logical, logical)

    def logical(self, current: str) -> str:
        return self._logical.get(current, current)

    def bind(self, logical: str, current: str) -> None:
        self._now[logical] = current
        self._logical[current] = logical


def item_input(it: PlannedItem) -> ItemInput:
    return ItemInput(
        title_es=it.title_es,
        title_en=it.title_en,
        kind=ItemKind(it.kind),
        duration_min=it.duration_min,
        presenter=it.presenter,
        audience=Audience(it.audience),
        documents=tuple(it.documents),
    )


@dataclass
class Editing:
    """What every command of one agenda shares."""

    ctx: UiContext
    agenda_id: str
    ids: IdMap = field(default_factory=IdMap)
    on_error: Callable[[AppError], None] | None = None

    def run(self, fn: Callable[[], object]) -> None:
        self.ctx.run(fn, on_error=self.on_error, changes=AGENDA_TABLES)


class AgendaCommand(QUndoCommand):
    """An agenda edit: ``forward()`` and ``backward()`` pick ids on the UI thread and return the work."""

    def __init__(self, ed: Editing, text: str) -> None:
        super().__init__(text)
        self.ed = ed
        self._already_done = False

    # Each subclass defines forward() and backward(), returning the work for that direction.
    forward: Callable[[], Callable[[], object]]
    backward: Callable[[], Callable[[], object]]

    def redo(self) -> None:
        if self._already_done:  # pushed after the edit itself succeeded
            self._already_done = False
            return
        self.ed.run(self.forward())

    def undo(self) -> None:
        self.ed.run(self.backward())


def perform(ed: Editing, command: AgendaCommand, *, on_done: Callable[[], None] | None = None) -> None:
    """Do the edit, then push the command already done: a refusal by the rules never reaches the stack."""

    def done(_: object) -> None:
        command._already_done = True
        ed.ctx.undo_stack.push(command)
        if on_done is not None:
            on_done()

    ed.ctx.run(command.forward(), on_done=done, on_error=ed.on_error, changes=AGENDA_TABLES)


class AddItemCommand(AgendaCommand):
    def __init__(self, ed: Editing, item: ItemInput, *, parent_logical: str | None, position: int | None) -> None:
        text = QCoreApplication.translate("AgendaCommands", "Añadir el punto «%1»").replace("%1", item.title_es)
        super().__init__(ed, text)
        self.item, self.parent_logical, self.position = item, parent_logical, position
        self.logical = new_id()

    def forward(self) -> Callable[[], object]:
        current = new_id()
        self.ed.ids.bind(self.logical, current)
        ws, agenda, item, pos = self.ed.ctx.ws, self.ed.agenda_id, self.item, self.position
        parent = self.ed.ids.now(self.parent_logical)
        return lambda: agendas.add_item(ws, agenda, item, parent_id=parent, position=pos, item_id=current)

    def backward(self) -> Callable[[], object]:
        ws, current = self.ed.ctx.ws, self.ed.ids.now(self.logical)
        assert current is not None
        return lambda: agendas.remove_item(ws, current)


@dataclass(frozen=True)
class _Snapshot:
    logical: str
    parent_logical: str | None
    position: int
    item: ItemInput
    follow_up_of: str | None
    comments: tuple[tuple[str, str], ...]  # (delegation, text)


class RemoveItemCommand(AgendaCommand):
    """Remove an item and its sub-items; undo re-creates them (and their comments) where they were."""

    def __init__(
        self,
        ed: Editing,
        subtree: list[PlannedItem],
        positions: dict[str, int],
        comments: dict[str, list[tuple[str, str]]],
    ) -> None:
        root = subtree[0]
        text = QCoreApplication.translate("AgendaCommands", "Eliminar el punto «%1»").replace("%1", root.title_es)
        super().__init__(ed, text)
        self.root_logical = ed.ids.logical(root.id)
        self.snapshots = [
            _Snapshot(
                ed.ids.logical(it.id),
                ed.ids.logical(it.parent_id) if it.parent_id else None,
                positions[it.id],
                item_input(it),
                it.follow_up_of,
                tuple(comments.get(it.id, ())),
            )
            for it in subtree
        ]

    def forward(self) -> Callable[[], object]:
        ws, current = self.ed.ctx.ws, self.ed.ids.now(self.root_logical)
        assert current is not None
        return lambda: agendas.remove_item(ws, current)

    def backward(self) -> Callable[[], object]:
        ws, agenda = self.ed.ctx.ws, self.ed.agenda_id
        plan = []
        for snap in self.snapshots:  # parents first, so each parent exists before its sub-items
            current = new_id()
            self.ed.ids.bind(snap.logical, current)
            plan.append((snap, current, self.ed.ids.now(snap.parent_logical)))

        def restore() -> None:
            for snap, current, parent in plan:
                agendas.add_item(
                    ws,
                    agenda,
                    snap.item,
                    parent_id=parent,
                    position=snap.position,
                    follow_up_of=snap.follow_up_of,
                    item_id=current,
                )
                for delegation, text in snap.comments:
                    agendas.add_comment(ws, current, delegation, text)

        return restore


class UpdateItemCommand(AgendaCommand):
    def __init__(self, ed: Editing, item_id: str, before: ItemInput, after: ItemInput) -> None:
        text = QCoreApplication.translate("AgendaCommands", "Modificar el punto «%1»").replace("%1", after.title_es)
        super().__init__(ed, text)
        self.logical, self.before, self.after = ed.ids.logical(item_id), before, after

    def _apply(self, item: ItemInput) -> Callable[[], object]:
        ws, current = self.ed.ctx.ws, self.ed.ids.now(self.logical)
        assert current is not None
        return lambda: agendas.update_item(ws, current, item)

    def forward(self) -> Callable[[], object]:
        return self._apply(self.after)

    def backward(self) -> Callable[[], object]:
        return self._apply(self.before)


class MoveItemCommand(AgendaCommand):
    def __init__(
        self,
        ed: Editing,
        item: PlannedItem,
        *,
        old_parent: str | None,
        old_position: int,
        new_parent: str | None,
        new_position: int,
    ) -> None:
        text = QCoreApplication.translate("AgendaCommands", "Mover el punto «%1»").replace("%1", item.title_es)
        super().__init__(ed, text)
        ids = ed.ids
        self.logical = ids.logical(item.id)
        self.old = (ids.logical(old_parent) if old_parent else None, old_position)
        self.new = (ids.logical(new_parent) if new_parent else None, new_position)

    def _apply(self, where: tuple[str | None, int]) -> Callable[[], object]:
        ws = self.ed.ctx.ws
        current, parent, pos = self.ed.ids.now(self.logical), self.ed.ids.now(where[0]), where[1]
        assert current is not None
        return lambda: agendas.move_item(ws, current, parent_id=parent, position=pos)

    def forward(self) -> Callable[[], object]:
        return self._apply(self.new)

    def backward(self) -> Callable[[], object]:
        return self._apply(self.old)


class CarryOverCommand(AgendaCommand):
    def __init__(self, ed: Editing, decision_ids: list[str]) -> None:
        n = len(decision_ids)
        super().__init__(ed, QCoreApplication.translate("AgendaCommands", "Incluir %n seguimiento(s)", "", n))
        self.decision_ids = list(decision_ids)
        self.logicals = [new_id() for _ in decision_ids]

    def forward(self) -> Callable[[], object]:
        currents = []
        for logical in self.logicals:
            current = new_id()
            self.ed.ids.bind(logical, current)
            currents.append(current)
        ws, agenda, decisions = self.ed.ctx.ws, self.ed.agenda_id, self.decision_ids
        return lambda: agendas.carry_over(ws, agenda, decisions, item_ids=currents)

    def backward(self) -> Callable[[], object]:
        ws = self.ed.ctx.ws
        currents = [self.ed.ids.now(lg) for lg in self.logicals]

        def remove() -> None:
            for current in currents:
                assert current is not None
                agendas.remove_item(ws, current)

        return remove


class LayoutCommand(AgendaCommand):
    """Numbering style and start time of the agenda."""

    def __init__(self, ed: Editing, *, before: tuple[str, str], after: tuple[str, str]) -> None:
        super().__init__(ed, QCoreApplication.translate("AgendaCommands", "Cambiar la numeración o la hora de inicio"))
        self.before, self.after = before, after

    def _apply(self, layout: tuple[str, str]) -> Callable[[], object]:
        ws, agenda = self.ed.ctx.ws, self.ed.agenda_id
        return lambda: agendas.set_agenda_layout(ws, agenda, numbering=layout[0], start_time=layout[1])

    def forward(self) -> Callable[[], object]:
        return self._apply(self.after)

    def backward(self) -> Callable[[], object]:
        return self._apply(self.before)


class AddCommentCommand(AgendaCommand):
    def __init__(self, ed: Editing, item_id: str, delegation: str, text: str) -> None:
        title = QCoreApplication.translate("AgendaCommands", "Comentario de %1").replace("%1", delegation)
        super().__init__(ed, title)
        self.logical, self.delegation, self.comment_text = ed.ids.logical(item_id), delegation, text
        self.comment_id: str | None = None

    def forward(self) -> Callable[[], object]:
        ws, current, delegation, text = (
            self.ed.ctx.ws,
            self.ed.ids.now(self.logical),
            self.delegation,
            self.comment_text,
        )
        assert current is not None
        self.comment_id = cid = new_id()
        return lambda: agendas.add_comment(ws, current, delegation, text, comment_id=cid)

    def backward(self) -> Callable[[], object]:
        ws, cid = self.ed.ctx.ws, self.comment_id
        assert cid is not None
        return lambda: agendas.remove_comment(ws, cid)
