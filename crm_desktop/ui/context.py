"""The UI's single gateway to the application services.

Every view receives a :class:`UiContext` in its constructor. Reads and writes run on a worker thread
(``QThreadPool``) so the window never freezes on database or file work; results come back to the UI
thread through queued signals. After a successful write, ``data_changed`` tells every view which
entities changed, so views refresh themselves instead of being refreshed by whoever wrote.

User-visible errors go through one place: ``AppError`` (the user's input or the environment) becomes
a translated ``user_error`` notice; anything else is a bug and is reported through ``crashed``.

At start-up the desktop app creates the context before the workspace is open (:meth:`UiContext.opening`)
and opens it off the UI thread (:meth:`UiContext.open_workspace`): first a plain read of what the
calendar shows (``first_look_ready``), then the same with its rule warnings (``first_look_ready``
again, ``complete``), both without SQLAlchemy, then the workspace itself (``workspace_opened`` or
``open_failed``), which imports it. Until then ``ready`` is false and ``ws`` must not be touched; only
sections marked ``early`` are built (see :mod:`crm_desktop.ui.sections`), and what needs the workspace
meanwhile (a write, a dialog) waits for it with a busy cursor (:meth:`UiContext.when_open`).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack

from crm_desktop.app.errors import AppError
from crm_desktop.app.recovery import DraftStore

if TYPE_CHECKING:  # imported lazily: the window opens before SQLAlchemy has been imported
    from crm_desktop.app.first_look import FirstLook
    from crm_desktop.app.workspace import Workspace

log = logging.getLogger("crm_desktop.ui")


GIL_SWITCH_INTERVAL_S = 0.0005


class OpenFailed(Exception):
    """The workspace could not be opened (damaged file, unreadable folder...): a message for the user."""


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
        guided_error(str, str, str, object): a ``user_error`` said again with the facts behind it and the way
            out (the refusal, the fuller text, a button's label, what the button does).
        crashed(str, str): an unexpected error (summary, traceback) for the crash dialog.
        busy_changed(bool): whether background work is running.
        notice(str): a short informational message for the status bar.
        navigate_requested(str, dict): open section ``key`` in the context given (see :meth:`navigate`).
        status_changed(str, str): a feature's status-bar text changed (key, text; "" hides it).
        first_look_ready(FirstLook | None): a plain read made while the workspace opens (see ``first_look``):
            the calendar without its warnings, then (when it can be read so) with them.
        workspace_opened(): ``ws`` is open and ``ready`` is true.
        open_failed(str): the workspace could not be opened; the message says why.
    """

    data_changed = Signal(object)
    user_error = Signal(str)
    guided_error = Signal(str, str, str, object)
    crashed = Signal(str, str)
    busy_changed = Signal(bool)
    notice = Signal(str)
    navigate_requested = Signal(str, object)
    status_changed = Signal(str, str)
    first_look_ready = Signal(object)
    workspace_opened = Signal()
    open_failed = Signal(str)

    def __init__(
        self, ws: Workspace | None, *, lang: str = "es", parent: QObject | None = None, directory: Path | None = None
    ) -> None:
        super().__init__(parent)
        if ws is None and directory is None:
            raise ValueError("a UiContext needs an open workspace or the directory of one to open")
        self._ws: Workspace | None = ws
        self._opened: Workspace | None = None  # set by the opening job, on its thread
        self._closed = False
        self.directory: Path = ws.directory if ws is not None else Path(str(directory))
        self.lang = lang
        self.has_message_bar = False  # a main window shows ``user_error``: views say a refusal there, once
        # The meeting the user works on (its page, its accreditation, one of its documents): a section
        # opened without a context (Reports) opens on it rather than on another one.
        self.working_meeting: str | None = None
        self.first_look: FirstLook | None = None
        self.drafts = DraftStore(self.directory)  # autosaved editor text of this session
        self.undo_stack = QUndoStack(self)
        # A worker running Python holds the GIL for up to the switch interval (5 ms by default) each
        # time the UI thread calls into Python (every model's data(), every slot): painting one table
        # while a read runs then waits 5 ms per cell. A short interval keeps those waits unfelt.
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
        self._pool = QThreadPool(self)
        # One writer at a time keeps changesets in the order the user made them.
        self._pool.setMaxThreadCount(1)
        self._pending: set[_Relay] = set()
        self._on_open: list[Callable[[], object]] = []  # asked for while the workspace opens (``when_open``)

    @classmethod
    def opening(cls, directory: Path, *, lang: str = "es", parent: QObject | None = None) -> UiContext:
        """A context for the workspace in ``directory`` that is not open yet (see :meth:`open_workspace`)."""
        return cls(None, lang=lang, parent=parent, directory=directory)

    # --- the workspace -----------------------------------------------------------------------------
    @property
    def ws(self) -> Workspace:
        if self._ws is None:
            raise RuntimeError("the workspace is still opening: wait for UiContext.workspace_opened")
        return self._ws

    @property
    def ready(self) -> bool:
        """Whether the workspace is open (``ws`` may be used)."""
        return self._ws is not None

    @property
    def workspace_name(self) -> str:
        """The workspace's name, from the first look while it opens; "" when not known yet."""
        if self._ws is not None:
            return self._ws.name
        return self.first_look.name if self.first_look is not None else ""

    @property
    def device_id(self) -> str:
        if self._ws is not None:
            return self._ws.device_id
        return self.first_look.device_id if self.first_look is not None else ""

    def when_open(self, fn: Callable[[], object]) -> None:
        """Run ``fn`` (on the UI thread) now if the workspace is open, else as soon as it is, with a busy
        cursor meanwhile: a button pressed in the first moments of the window, while SQLAlchemy is still
        loading, does what it says a moment later. Dropped if the workspace cannot be opened."""
        if self._ws is not None:
            fn()
            return
        if not self._on_open:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._on_open.append(fn)

    def _release_waiting(self, *, run: bool) -> None:
        waiting, self._on_open = self._on_open, []
        if waiting:
            QGuiApplication.restoreOverrideCursor()
        for fn in waiting if run else ():
            fn()

    def open_workspace(self, opener: Callable[[], Workspace]) -> None:
        """Open the workspace off the UI thread: first the plain reads the window paints
        (``first_look_ready``: the calendar, then its warnings), then ``opener()`` (``workspace_opened``,
        or ``open_failed`` when it raises :class:`OpenFailed`). The warnings are read while the window
        paints the calendar (mostly Qt's work, not Python's); the opener, which imports SQLAlchemy, starts
        once they have been handed to the window, so it does not compete with them for the interpreter."""
        directory = self.directory

        def reader(name: str) -> Callable[[], FirstLook | None]:
            def read() -> FirstLook | None:
                from crm_desktop.app import first_look

                try:
                    found: FirstLook | None = getattr(first_look, name)(directory)
                except Exception:  # only a head start: the opening below reports what is wrong
                    log.exception("the first look at %s failed", directory)
                    return None
                return found

            return read

        def looked(found: FirstLook | None) -> None:
            self.first_look = found
            self.first_look_ready.emit(found)
            if found is None or self._closed:
                QTimer.singleShot(0, start)
            else:  # read while the window paints the first look: most of the painting is Qt's, not Python's
                self.read(reader("complete_look"), completed)

        def completed(found: FirstLook | None) -> None:
            if found is not None and not self._closed:
                self.first_look = found
                self.first_look_ready.emit(found)
            QTimer.singleShot(0, start)

        def start() -> None:
            if self._closed:  # the window went away before the opening began
                return
            relay = _Relay()
            self._pending.add(relay)
            self.busy_changed.emit(True)

            def work() -> Workspace:
                ws = opener()
                self._opened = ws
                return ws

            def done(ws: Workspace) -> None:
                self._finish(relay)
                if self._closed:  # closed (and this workspace with it, in ``close``) while it opened
                    return
                ws.lang = self.lang
                self._ws = ws
                self.workspace_opened.emit()
                self._release_waiting(run=True)

            def failed(exc: BaseException, tb: str) -> None:
                self._finish(relay)
                self._release_waiting(run=False)
                if not isinstance(exc, OpenFailed):
                    log.error("unexpected error opening the workspace\n%s", tb)
                self.open_failed.emit(str(exc) if isinstance(exc, OpenFailed) else f"{type(exc).__name__}: {exc}")

            relay.done.connect(done)
            relay.failed.connect(failed)
            self._pool.start(_Job(work, relay))

        self.read(reader("first_look"), looked)

    def close(self) -> None:
        """Wait for background work, then close the workspace (also one still being opened)."""
        self._closed = True
        self._release_waiting(run=False)
        self.wait()
        ws = self._ws or self._opened
        if ws is not None:
            ws.close()

    def _finish(self, relay: _Relay) -> None:
        self._pending.discard(relay)
        if not self._pending:
            self.busy_changed.emit(False)

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
        announce: bool = True,
    ) -> None:
        """Run ``fn`` off the UI thread; then ``on_done(result)`` and ``data_changed(changes)`` on it.

        ``announce=False``: ``on_error`` shows a refusal where the action was made, so the window's
        message bar does not say it a second time."""
        relay = _Relay()
        changed = set(changes)
        self._pending.add(relay)
        self.busy_changed.emit(True)

        def done(result: Any) -> None:
            self._finish(relay)
            if on_done is not None:
                on_done(result)
            if changed:
                self.data_changed.emit(changed)

        def failed(exc: BaseException, tb: str) -> None:
            self._finish(relay)
            if isinstance(exc, AppError):
                if on_error is not None:
                    on_error(exc)
                if announce or on_error is None:
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

    @property
    def closing(self) -> bool:
        """Whether :meth:`close` has been called (long background jobs stop at their next step)."""
        return self._closed
