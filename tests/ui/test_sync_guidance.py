"""The Exchange tab says why its buttons are greyed out before this laptop has joined, and stops once it has."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.sync.conftest import MemoryKeyring
from tests.sync.conftest import memory_keyring as memory_keyring  # the fixture
from tests.ui.test_sync_view import join_through_views
from tests.ui.test_sync_view import two as two  # the fixture


def test_the_exchange_tab_says_why_it_is_disabled(
    qtbot: Any, two: Any, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    admin, other = two
    hint = other.view.exchange_hint
    assert not other.view.export_button.isEnabled()
    assert not hint.isHidden() and "aún no se ha unido" in hint.text() and "«Este dispositivo»" in hint.text()
    join_through_views(admin, other, tmp_path)
    assert admin.view.exchange_hint.isHidden() and other.view.exchange_hint.isHidden()
