"""The registry of sidebar sections.

A feature declares its section with :func:`register` in a small module of ``crm_desktop.ui.sidebar``
named like its feature package ``crm_desktop.ui.<feature>``; the declaration names the view class
through :func:`view_factory`, so the main window lists every section (title, icon, order) without
importing any view, and a view module with its services is imported the first time its section is
shown (or earlier, off the UI thread, once the window has fallen idle: :mod:`crm_desktop.ui.preload`).
A feature adds its section by adding modules, without editing the main window — and a section
exists only when its module does, never as a placeholder. The view derives from
:class:`crm_desktop.ui.section_widget.SectionWidget`.

Contract with the main window:

* ``factory(ctx)`` builds the widget the first time the section is shown (sections are created
  lazily, so start-up pays only for the first one).
* ``early`` sections may be built while the workspace is still opening (``ctx.ready`` is false): the
  widget shows what ``ctx.first_look`` offers and touches ``ctx.ws`` only once ``ctx.workspace_opened``
  has fired. Any other section is built once the workspace is open.
* Opening in context: any view calls ``ctx.navigate("agenda", meeting_id=..., agenda_id=...)``; the
  main window shows that section and calls the widget's ``show_context(**context)`` if it defines one.
  Context keys: ``meeting_id``, ``agenda_id``, ``person_id``, ``document_id`` (drafting).
* ``eager`` sections are built when the window opens (not when first shown), so a status-bar slot
  they keep is there from the start.
* ``on_open(ctx, build)`` runs once the workspace is open, for a section that has a duty before it is
  shown (a status-bar slot): it should start off-thread reads through ``ctx.run`` and build nothing
  heavy; ``build()`` builds the section's widget when that duty needs it after all.
* Dropping files whose suffix a section lists in ``drop_suffixes`` on the window builds that section
  and calls its widget's ``drop_files(paths)``.
* Languages: every string is marked with ``self.tr(...)`` (Spanish source); a widget re-labels itself
  in ``changeEvent`` on ``QEvent.LanguageChange``, and renders domain messages with ``ctx.lang``.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from crm_desktop.ui.context import UiContext


@dataclass(frozen=True)
class Section:
    key: str  # stable id used for "restore last view" and navigation
    order: int
    title: Callable[[], str]  # translated at call time, so a language switch retitles the sidebar
    factory: Callable[[UiContext], QWidget]
    icon: str | None = None  # a Qt standard icon name, e.g. "SP_FileDialogDetailedView"
    eager: bool = False  # built at start-up: it keeps a status-bar slot or a timer of its own
    drop_suffixes: tuple[str, ...] = ()  # files it takes when dropped on the window (``widget.drop_files``)
    early: bool = False  # may be built before the workspace has opened (see the module docstring)
    on_open: Callable[[UiContext, Callable[[], object]], object] | None = None  # start-up duty, see above


_SECTIONS: dict[str, Section] = {}
# Held while a view module is imported, on the UI thread or by the preloader (crm_desktop.ui.preload):
# one view import at a time, so the two threads never import parts of the same cycle concurrently.
VIEW_IMPORTS = threading.Lock()


def register(section: Section) -> Section:
    _SECTIONS[section.key] = section
    return section


def registered(key: str) -> bool:
    """Whether a section exists (a view links to another section only when it does)."""
    load_sections()
    return key in _SECTIONS


@dataclass(frozen=True)
class ViewFactory:
    """Builds a section's view: imports ``crm_desktop.ui.<module>`` ("drafting.view", "calendar.view")
    when the section is first shown and calls its ``attribute`` (the view class) with the context."""

    module: str
    attribute: str

    def view_class(self) -> Callable[[UiContext], QWidget]:
        with VIEW_IMPORTS:
            module = importlib.import_module(f"crm_desktop.ui.{self.module}")
        view: Callable[[UiContext], QWidget] = getattr(module, self.attribute)
        return view

    def __call__(self, ctx: UiContext) -> QWidget:
        return self.view_class()(ctx)


def view_factory(module: str, attribute: str) -> ViewFactory:
    """The factory of the view class ``attribute`` in ``crm_desktop.ui.<module>``."""
    return ViewFactory(module, attribute)


def load_sections() -> list[Section]:
    import crm_desktop.ui.sidebar as sidebar

    for mod in pkgutil.iter_modules(sidebar.__path__):
        importlib.import_module(f"{sidebar.__name__}.{mod.name}")
    return sorted(_SECTIONS.values(), key=lambda s: s.order)
