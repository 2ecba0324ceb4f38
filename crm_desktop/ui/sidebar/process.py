"""The Entre reuniones / Between meetings section in the sidebar.

The view: :class:`crm_desktop.ui.process.view.ProcessView`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.sections import Section, register, view_factory


def _title() -> str:
    return QCoreApplication.translate("ProcessView", "Entre reuniones")


register(Section("process", 80, _title, view_factory("process.view", "ProcessView"), icon="SP_ArrowForward"))
