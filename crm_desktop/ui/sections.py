"""The registry of sidebar sections.

A view module in ``crm_desktop.ui.views`` calls :func:`register` at import time; the main window
imports every module of that package and shows the registered sections in ``order``. A feature
adds its section by adding its module, without editing the main window — and a section exists only
when its module does, never as a placeholder.

Contract with the main window:

* ``factory(ctx)`` builds the widget the first time the section is shown (sections are created
  lazily, so start-up pays only for the first one).
* Opening in context: any view calls ``ctx.navigate("agenda", meeting_id=..., agenda_id=...)``; the
  main window shows that section and calls the widget's ``show_context(**context)`` if it defines one.
  Context keys: ``meeting_id``, ``agenda_id``, ``person_id``, ``document_id`` (drafting).
* ``eager`` sections are built when the window opens (not when first shown), so a status-bar slot
  they keep is there from the start.
* Dropping files whose suffix a section lists in ``drop_suffixes`` on the window builds that section
  and calls its widget's ``drop_files(paths)``.
* Languages: every string is marked with ``self.tr(...)`` (Spanish source); a widget re-labels itself
  in ``changeEvent`` on ``QEvent.LanguageChange``, and renders domain messages with ``ctx.lang``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

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


_SECTIONS: dict[str, Section] = {}


def register(section: Section) -> Section:
    _SECTIONS[section.key] = section
    return section


def registered(key: str) -> bool:
    """Whether a section exists (a view links to another section only when it does)."""
    load_sections()
    return key in _SECTIONS


def load_sections() -> list[Section]:
    import crm_desktop.ui.views as views

    for mod in pkgutil.iter_modules(views.__path__):
        importlib.import_module(f"{views.__name__}.{mod.name}")
    return sorted(_SECTIONS.values(), key=lambda s: s.order)
