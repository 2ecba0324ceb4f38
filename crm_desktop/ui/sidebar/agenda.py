"""The Agenda section in the sidebar (the view: :class:`crm_desktop.ui.agenda.view.AgendaView`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.sections import Section, register, view_factory


def _title() -> str:
    return QCoreApplication.translate("AgendaView", "Agenda")


register(Section("agenda", 40, _title, view_factory("agenda.view", "AgendaView"), icon="SP_FileDialogListView"))
