"""The Sincronización / Sync section in the sidebar (the view: :class:`crm_desktop.ui.sync.view.SyncView`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.sections import Section, register, view_factory

if TYPE_CHECKING:
    from crm_desktop.ui.context import UiContext

# The suffix of sync bundles (``crm_desktop.ui.sync.view.BUNDLE_SUFFIX``), repeated here so the
# window knows which dropped files the section takes without importing the view.
BUNDLE_SUFFIX = ".crmb"


def _keep_status(ctx: UiContext, build: Callable[[], object]) -> object:
    """The status bar's sync slot from start-up, read off the UI thread; the view is built only when
    opened (or when automatic folder passes are on, which the view runs)."""
    from crm_desktop.ui.sync.status import watch

    return watch(ctx, build)


register(
    Section(
        key="sync",
        order=60,
        title=lambda: QCoreApplication.translate("Sections", "Sincronización"),
        factory=view_factory("sync.view", "SyncView"),
        icon="SP_BrowserReload",
        on_open=_keep_status,
        drop_suffixes=(BUNDLE_SUFFIX,),
    )
)
