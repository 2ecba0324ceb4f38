"""The Delegaciones / Delegations section in the sidebar.

The view: :class:`crm_desktop.ui.delegations.view.DelegationsView`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.sections import Section, register, view_factory


def _title() -> str:
    return QCoreApplication.translate("DelegationsView", "Delegaciones")


register(Section("delegations", 30, _title, view_factory("delegations.view", "DelegationsView"), icon="SP_DirHomeIcon"))
