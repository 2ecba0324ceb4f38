"""The base of every section's widget, and of the tabs that load on their own.

What each section used to write again: a reload when the tables it shows change (``watched``,
coalesced so a burst of changes reloads once), reading off the UI thread with a guard that drops the
result when the widget was closed meanwhile (``read`` / ``alive``), re-labelling on a language
switch (``retranslate``), and the hook through which a draft that a crash left behind is put back
(``restore_form``; see ``ui.form_autosave`` and ``ui.recovery``).

A large view is built in layers, one class per tab or panel and one module each (``ui/drafting``,
``ui/agenda``...). ``self.tr`` in a layer finds its singular strings through the class hierarchy, but
PySide finds a plural (``self.tr("%n punto(s)", "", n)``) only in the context of the object's own
class: a layer writes its plurals as ``QCoreApplication.translate("<LayerClass>", "...", "", n)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import UiContext

T = TypeVar("T")


class SectionWidget(QWidget):
    """``reload()`` reads through :meth:`read`; ``retranslate()`` re-labels; both are overridden."""

    watched: frozenset[str] = frozenset()  # tables whose change (``ctx.data_changed``) reloads the widget

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        ctx.data_changed.connect(self._on_data_changed)

    # --- overridden by each section ------------------------------------------------------------
    def reload(self) -> None:
        """Read what the widget shows again (through :meth:`read`)."""

    def retranslate(self) -> None:
        """Set every text of the widget in the current language."""

    def language_changed(self) -> None:
        """After a language switch: re-label (a widget showing names rendered by the services reloads too)."""
        self.retranslate()

    def restore_form(self, form: str, fields: dict[str, Any], context: dict[str, Any]) -> bool:
        """Put back a form a crash closed (``fields`` as typed, ``context`` what it belonged to); False
        when this widget has no such form."""
        return False

    # --- shared behaviour ----------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.ctx.lang

    def alive(self, fn: Callable[[T], object]) -> Callable[[T], None]:
        """A result callback that is dropped when the widget was closed while the work ran."""

        def call(result: T) -> None:
            if shiboken6.isValid(self):
                fn(result)

        return call

    def read(self, fn: Callable[[], T], done: Callable[[T], object]) -> None:
        """Run ``fn`` (services only, no widgets) on a worker thread; ``done`` gets its result here."""
        self.ctx.read(fn, self.alive(done))

    def schedule_reload(self) -> None:
        """Reload once the current burst of events is over."""
        self._reload_timer.start()

    def _on_data_changed(self, tables: set[str]) -> None:
        if self.watched & set(tables):
            self.schedule_reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changed()
        super().changeEvent(event)
