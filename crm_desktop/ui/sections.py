"""The registry of sidebar sections.

A view module in ``crm_desktop.ui.views`` calls :func:`register` at import time; the main window
imports every module of that package and shows the registered sections in ``order``. A feature
adds its section by adding its module, without editing the main window — and a section exists only
when its module does, never as a placeholder.
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


_SECTIONS: dict[str, Section] = {}


def register(section: Section) -> Section:
    _SECTIONS[section.key] = section
    return section


def load_sections() -> list[Section]:
    import crm_desktop.ui.views as views

    for mod in pkgutil.iter_modules(views.__path__):
        importlib.import_module(f"{views.__name__}.{mod.name}")
    return sorted(_SECTIONS.values(), key=lambda s: s.order)
