"""The Redacción / Drafting section in the sidebar (the view: :class:`crm_desktop.ui.drafting.view.DraftingView`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.sections import Section, register, view_factory


def _title() -> str:
    return QCoreApplication.translate("DraftingView", "Redacción")


register(Section("drafting", 50, _title, view_factory("drafting.view", "DraftingView"), icon="SP_FileIcon"))
