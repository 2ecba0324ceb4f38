"""The third-party licences window lists what ships and shows each licence's text."""

from __future__ import annotations

import pytest

from crm_desktop.app.about import about_info
from crm_desktop.ui.licences import LicencesDialog

pytestmark = pytest.mark.gui


def test_lists_every_component_and_shows_the_selected_licence(qtbot) -> None:  # type: ignore[no-untyped-def]
    info = about_info()
    dialog = LicencesDialog(info)
    qtbot.addWidget(dialog)

    assert dialog.proxy.rowCount() == len(info.components)
    names = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert names == sorted(names, key=str.lower)  # sorted for reading

    dialog.select("PyNaCl")
    assert "Apache License" in dialog.text.toPlainText()
    dialog.select("PySide6_Essentials")
    row = dialog.table.currentIndex().row()
    assert "LGPL" in dialog.proxy.index(row, 2).data()
    assert dialog.text.toPlainText()  # the licence text, or a sentence saying it is not shipped
