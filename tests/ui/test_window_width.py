"""Opening a section never widens the window: at a small laptop's width every section fits."""

from __future__ import annotations

from typing import Any

import pytest

from crm_desktop.ui.main_window import MainWindow
from tests.ui.qt_helpers import settle

pytestmark = [pytest.mark.gui]


def test_no_section_widens_the_window(qtbot: Any, window: MainWindow) -> None:
    window.resize(1030, 700)
    settle(qtbot, window.ctx)
    for key in ("meetings", "delegations", "agenda", "drafting", "reports"):
        window.show_section(key)
        settle(qtbot, window.ctx, rounds=6)
        assert window.width() == 1030, key
