"""The Sincronización / Sync section in the sidebar (the view: :class:`crm_desktop.ui.views.sync.SyncView`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.sections import Section, register, view_factory

# The suffix of sync bundles (``crm_desktop.ui.views.sync.BUNDLE_SUFFIX``), repeated here so the
# window knows which dropped files the section takes without importing the view.
BUNDLE_SUFFIX = ".crmb"

register(
    Section(
        key="sync",
        order=60,
        title=lambda: QCoreApplication.translate("Sections", "Sincronización"),
        factory=view_factory("sync", "SyncView"),
        icon="SP_BrowserReload",
        eager=True,  # keeps the status bar's sync slot and the periodic folder pass from start-up
        drop_suffixes=(BUNDLE_SUFFIX,),
    )
)
