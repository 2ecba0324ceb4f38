"""Undoable edits: each pairs a service call with its inverse, both run through the UI context.

An edit is done first (so a refusal by the rules never reaches the stack); once it succeeded, the
command is pushed already done. Undo and redo then run the inverse and the forward call off the UI
thread like any other operation, and their own refusals arrive as notices.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QUndoCommand

from crm_desktop.app.errors import AppError
from crm_desktop.ui.context import UiContext


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        ctx: UiContext,
        text: str,
        *,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        changes: Iterable[str],
    ) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._redo = redo
        self._undo = undo
        self._changes = tuple(changes)
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushed after the edit already happened
            self._first = False
            return
        self._ctx.run(self._redo, changes=self._changes)

    def undo(self) -> None:
        self._ctx.run(self._undo, changes=self._changes)


def run_undoable(
    ctx: UiContext,
    text: str,
    *,
    do: Callable[[], Any],
    undo: Callable[[Any], Callable[[], Any]],
    redo: Callable[[Any], Callable[[], Any]] | None = None,
    changes: Iterable[str],
    on_done: Callable[[Any], None] | None = None,
    on_refused: Callable[[AppError], None] | None = None,
) -> None:
    """Run ``do`` off the UI thread; on success push a command whose undo is ``undo(result)``.

    ``on_refused``: called with a refusal after the window's message bar showed it (to explain it further)."""
    changes = tuple(changes)

    def done(result: Any) -> None:
        ctx.undo_stack.push(
            ServiceCommand(ctx, text, redo=(redo or (lambda _r: do))(result), undo=undo(result), changes=changes)
        )
        if on_done is not None:
            on_done(result)

    ctx.run(do, on_done=done, on_error=on_refused, changes=changes)
