"""The UI's single gateway to the application services.

Every view receives a :class:`UiContext` in its constructor. Reads and writes run on a worker thread
(``QThreadPool``) so the window never freezes on database or file work; results come back to the UI
thread through queued signals. After a successful write, ``data_changed`` tells every view which
entities changed, so views refresh themselves instead of being refreshed by whoever wrote.

User-visible errors go through one place: ``AppError`` (the user's input or the environment) becomes
a translated ``user_error`` notice; anything else is a bug and is reported through ``crashed``.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QUndoStack

from crm_desktop.app.errors import AppError
from crm_desktop.app.recovery import DraftStore
from crm_desktop.app.workspace import Workspace

log = logging.getLogger("crm_desktop.ui")


class _Relay(QObject):
    """Lives on the UI thread; the worker emits through it so callbacks run on the UI thread."""

    done = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # reported on the UI thread, never swallowed
            self._relay.failed.emit(exc, traceback.format_exc())
        else:
            self._relay.done.emit(result)


class UiContext(QObject):
    """Shared state of the open window: the workspace, the undo stack, background work.

    Signals:
        data_changed(set[str]): entity (table) names written by a finished operation.
        user_error(str): a translated message about the user's input or the environment.
        crashed(str, str): an unexpected error (summary, traceback) for the crash dialog.
        busy_changed(bool): whether background work is running.
        notice(str): a short informational message for the status bar.
        navigate_requested(str, dict): open section ``key`` in the context given (see :meth:`navigate`).
        status_changed(str, str): a feature's status-bar text changed (key, text; "" hides it).
    """

    data_changed = Signal(object)
    user_error = Signal(str)
    crashed = Signal(str, str)
    busy_changed = Signal(bool)
    notice = Signal(str)
    navigate_requested = Signal(str, object)
    status_changed = Signal(str, str)

    def __init__(self, ws: Workspace, *, lang: str = "es", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.drafts = DraftStore(ws.directory)  # autosaved editor text of this session
        self.undo_stack = QUndoStack(self)
        self._pool = QThreadPool(self)
        # One writer at a time keeps changesets in the order the user made them.
        self._pool.setMaxThreadCount(1)
        self._pending: set[_Relay] = set()

    # --- navigation and status ---------------------------------------------------------------------
    def navigate(self, section_key: str, **context: str) -> None:
        """Ask the main window to show ``section_key`` opened on ``context``.

        The main window switches to the section and calls its widget's ``show_context(**context)``
        when it has one. Keys in use: ``meeting_id`` (calendar, meetings, delegations, agenda, drafting),
        ``agenda_id`` (agenda), ``person_id`` (delegations), ``document_id`` (drafting). A section that is
        not registered is ignored, so a view may offer a link only when :func:`crm_desktop.ui.sections.registered`
        says so.
        """
        self.navigate_requested.emit(section_key, dict(context))

    def set_status(self, key: str, text: str) -> None:
        """Show ``text`` in the status bar slot ``key`` (e.g. "sync"); an empty text hides the slot."""
        self.status_changed.emit(key, text)

    # --- background work ---------------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[AppError], None] | None = None,
        changes: Iterable[str] = (),
    ) -> None:
        """Run ``fn`` off the UI thread; then ``on_done(result)`` and ``data_changed(changes)`` on it."""
        relay = _Relay()
        changed = set(changes)
        self._pending.add(relay)
        self.busy_changed.emit(True)

        def finish() -> None:
            self._pending.discard(relay)
            if not self._pending:
                self.busy_changed.emit(False)

        def done(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)
            if changed:
                self.data_changed.emit(changed)

        def failed(exc: BaseException, tb: str) -> None:
            finish()
            if isinstance(exc, AppError):
                if on_error is not None:
                    on_error(exc)
                self.user_error.emit(exc.render(self.lang))
            else:
                log.error("unexpected error in background operation\n%s", tb)
                self.crashed.emit(f"{type(exc).__name__}: {exc}", tb)

        relay.done.connect(done)
        relay.failed.connect(failed)
        self._pool.start(_Job(fn, relay))

    def read(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """A read-only query off the UI thread."""
        self.run(fn, on_done=on_done)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until background work is done (shutdown, tests, ``--smoke``)."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._pending)
