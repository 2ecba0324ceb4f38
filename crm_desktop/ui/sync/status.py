"""The status bar's sync slot, kept from the moment the workspace opens without building the Sync section.

:class:`SyncStatusWatcher` reads a small summary off the UI thread (:func:`crm_desktop.app.sync_summary.sync_summary`)
when the workspace opens and after every change, and writes the "sync" status slot. The Sync view
itself — its signing, bundle and keyring machinery — is built only when the user opens it, or when the
user has asked for automatic passes over a shared folder (the view keeps that timer), and then the view
keeps the slot and the watcher stops.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from crm_desktop.ui import labels

if TYPE_CHECKING:
    from crm_desktop.app.sync_summary import SyncSummary
    from crm_desktop.ui.context import UiContext


def when(iso: str | None) -> str:
    """A stored ISO timestamp as a short local date and time; "—" when it never happened."""
    if not iso:
        return "—"
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{labels.short_date(moment.date())} {moment:%H:%M}"


def status_text(*, joined: bool, last_sync: str | None, pending: int, conflicts: int) -> str:
    """The status slot's text ("" hides it: a device that has not joined has nothing to report)."""
    if not joined:
        return ""

    # Literal calls in the Sync view's context, so the extractor finds them and they share its translations.
    never = QCoreApplication.translate("SyncView", "nunca")
    text = QCoreApplication.translate("SyncView", "Última sincronización: %1").replace(
        "%1", when(last_sync) if last_sync else never
    )
    if pending:
        text += " · " + QCoreApplication.translate("SyncView", "%n paquete(s) pendiente(s)", "", pending)
    if conflicts:
        text += " · " + QCoreApplication.translate("SyncView", "%n conflicto(s)", "", conflicts)
    return text


class SyncStatusWatcher(QObject):
    """Keeps the "sync" status slot until the Sync view takes it over (:meth:`stop`).

    ``build`` builds the Sync section; it is called when the stored settings ask for automatic
    passes over the shared folder, since the view runs them.
    """

    def __init__(self, ctx: UiContext, build: Callable[[], object]) -> None:
        super().__init__(ctx)
        self.setObjectName("sync_status_watcher")
        self.ctx = ctx
        self._build = build
        self._reading = False
        self._again = False
        self._stopped = False
        self.summary: SyncSummary | None = None
        ctx.data_changed.connect(self._changed)
        self.refresh()

    def stop(self) -> None:
        """The Sync view keeps the slot from now on."""
        self._stopped = True
        self.ctx.data_changed.disconnect(self._changed)

    def _changed(self, changed: object) -> None:
        if changed:
            self.refresh()

    def refresh(self) -> None:
        """Read the summary again off the UI thread (one read at a time, one more if asked meanwhile)."""
        if self._stopped:
            return
        if self._reading:
            self._again = True
            return
        self._reading = True
        ws = self.ctx.ws

        warm = self.summary is None

        def read() -> SyncSummary:
            from crm_desktop.app.sync_summary import sync_summary

            summary = sync_summary(ws)
            if warm:
                # Import the sync services here, once, so opening the section later builds only widgets
                # instead of importing the signing and bundle machinery on the UI thread.
                import crm_desktop.app.sync  # noqa: F401

            return summary

        self.ctx.run(read, on_done=self._show, on_error=lambda _e: self._done_reading())

    def _done_reading(self) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.refresh()

    def _show(self, summary: SyncSummary) -> None:
        if not self._stopped:
            self.summary = summary
            self.ctx.set_status(
                "sync",
                status_text(
                    joined=summary.joined,
                    last_sync=summary.last_sync,
                    pending=summary.pending,
                    conflicts=summary.conflicts,
                ),
            )
            if summary.joined and summary.folder and summary.interval > 0:
                self._build()  # the view runs the automatic passes (and takes the slot over)
        self._done_reading()


def watch(ctx: UiContext, build: Callable[[], object]) -> SyncStatusWatcher:
    """The Sync section's start-up duty (``Section.on_open``): a watcher owned by the context."""
    return SyncStatusWatcher(ctx, build)
