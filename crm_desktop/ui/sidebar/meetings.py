"""The Reuniones / Meetings section in the sidebar (the view: :class:`crm_desktop.ui.meetings.view.MeetingsView`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.sections import Section, register, view_factory


def _title() -> str:
    return QCoreApplication.translate("MeetingsView", "Reuniones")


register(
    Section("meetings", 20, _title, view_factory("meetings.view", "MeetingsView"), icon="SP_FileDialogDetailedView")
)
