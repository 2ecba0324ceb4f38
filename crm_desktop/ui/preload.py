"""The sections' view modules, imported off the UI thread once the workspace is open.

A section's view module (and the services it brings) is imported the first time the section is
shown (:mod:`crm_desktop.ui.sections`); on a slow laptop that import was the largest part of the
pause when a section was first opened. Once the workspace is open, the window queues one background
job that imports the view modules of the sections not built yet, so that first show only builds
widgets. The job runs after the reads already queued (the first section's data comes first), one
module at a time under :data:`~crm_desktop.ui.sections.VIEW_IMPORTS`; a module that fails to import
is left for the section to report when it is shown.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Iterable

from crm_desktop.ui.context import UiContext
from crm_desktop.ui.sections import VIEW_IMPORTS, Section, ViewFactory

log = logging.getLogger(__name__)


def view_modules(sections: Iterable[Section]) -> list[str]:
    """The view modules of ``sections`` not imported yet, in the sidebar's order."""
    names = [f"crm_desktop.ui.{s.factory.module}" for s in sections if isinstance(s.factory, ViewFactory)]
    return [n for n in dict.fromkeys(names) if n not in sys.modules]


def import_views(names: Iterable[str]) -> list[str]:
    """Import each module (on the calling thread); the names of those that failed."""
    failed = []
    for name in names:
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
    """Queue the import of the sections' view modules on the context's worker."""
    names = view_modules(sections)
    if names:
        ctx.run(lambda: import_views(names), announce=False)
