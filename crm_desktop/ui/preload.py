"""The sections' view modules, imported off the UI thread once the window has fallen idle.

A section's view module (and the services it brings) is imported the first time the section is
shown (:mod:`crm_desktop.ui.sections`); on a slow laptop that import was the largest part of the
pause when a section was first opened. Once the workspace is open and the window's first reads are
done, a short while later (so a window closed at once, or ``--smoke``, does not wait for it), one
background job imports the view modules of the sections not built yet, so a first show only builds
widgets. It imports one module at a time under :data:`~crm_desktop.ui.sections.VIEW_IMPORTS` and
stops at the next module when the context closes; a module that fails to import is left for its
section to report when it is shown.

When the job is done, the objects alive then (the modules' functions and classes, the workspace's
engine and mappings: most of what the program keeps to its end) are moved out of the cyclic garbage
collector's sight (``gc.freeze``), once per process. A full collection otherwise walks all of them:
60–100 ms holding the interpreter lock, on whichever thread allocates at that moment — a read on the
worker, so the UI thread stalled as long while a section was first shown. Reference counting still
frees them as before; only a cycle among them that becomes garbage later is kept.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
from collections.abc import Callable, Iterable

from PySide6.QtCore import QTimer

from crm_desktop.ui.context import UiContext
from crm_desktop.ui.sections import VIEW_IMPORTS, Section, ViewFactory

log = logging.getLogger(__name__)

IDLE_MS = 300  # how long the window stays idle after its first reads before the job starts
_FROZEN: list[bool] = []  # whether gc.freeze() ran in this process


def freeze_long_lived() -> None:
    """``gc.freeze()`` the objects alive now, the first time only (see the module docstring)."""
    if not _FROZEN:
        _FROZEN.append(True)
        gc.freeze()


def view_modules(sections: Iterable[Section]) -> list[str]:
    """The view modules of ``sections`` not imported yet, in the sidebar's order."""
    names = [f"crm_desktop.ui.{s.factory.module}" for s in sections if isinstance(s.factory, ViewFactory)]
    return [n for n in dict.fromkeys(names) if n not in sys.modules]


def import_views(names: Iterable[str], stop: Callable[[], bool] = lambda: False) -> list[str]:
    """Import each module (on the calling thread) until ``stop()``; the names of those that failed."""
    failed = []
    for name in names:
        if stop():
            break
        with VIEW_IMPORTS:
            if name in sys.modules:
                continue
            try:
                importlib.import_module(name)
            except Exception:  # the section reports it when it is shown, where the user sees it
                log.debug("preloading %s failed", name, exc_info=True)
                failed.append(name)
    return failed


def preload_views(ctx: UiContext, sections: Iterable[Section]) -> None:
    """Once ``ctx`` has no background work, wait ``IDLE_MS``, then import the sections' view modules on
    the context's worker."""
    chosen = list(sections)
    armed = [True]

    def start() -> None:
        names = view_modules(chosen)
        if names and not ctx.closing:
            ctx.run(
                lambda: import_views(names, stop=lambda: ctx.closing),
                on_done=lambda _failed: freeze_long_lived(),
                announce=False,
            )
        elif not ctx.closing:
            freeze_long_lived()

    def idle(busy: bool) -> None:
        if not busy and armed:
            armed.clear()
            QTimer.singleShot(IDLE_MS, ctx, start)

    if ctx.busy:
        ctx.busy_changed.connect(idle)
    else:
        idle(False)
