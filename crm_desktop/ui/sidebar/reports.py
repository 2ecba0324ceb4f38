"""The Informes / Reports section in the sidebar (the view: :class:`crm_desktop.ui.reports.view.ReportsView`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.sections import Section, register, view_factory


def _title() -> str:
    return QCoreApplication.translate("ReportsView", "Informes")


register(Section("reports", 70, _title, view_factory("reports.view", "ReportsView"), icon="SP_DialogSaveButton"))
