"""The Calendario / Calendar section in the sidebar (the view: :class:`crm_desktop.ui.calendar.view.CalendarView`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.sections import Section, register, view_factory


def _title() -> str:
    return QCoreApplication.translate("CalendarView", "Calendario")


register(
    Section(
        "calendar",
        10,
        _title,
        view_factory("calendar.view", "CalendarView"),
        icon="SP_FileDialogContentsView",
        early=True,
    )
)
