"""The window asks before a restore makes this laptop take another laptop's identity."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.app.backup import create_backup
from crm_desktop.app.workspace import Workspace
from crm_desktop.ui.main import DesktopApp

pytestmark = pytest.mark.gui


@pytest.fixture
def desktop(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr("sys.argv", ["crm-desktop"])
    monkeypatch.delenv("CRM_DESKTOP_LANG", raising=False)
    app = DesktopApp(argparse.Namespace(workspace=None, lang="en", smoke=False))
    yield app
    app._close_window()
    app.translations.clear()


def other_laptops_backup(directory: Path) -> Path:
    copy = directory.parent / "laptop-b.sqlite3"
    shutil.copy(create_backup(directory).path, copy)
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE meta SET value = 'b0b0b0b0b0b0b0b0' WHERE key = 'device_id'")
    conn.commit()
    conn.close()
    return copy


def device_of(directory: Path) -> str:
    ws = Workspace(directory)
    try:
        return ws.device_id
    finally:
        ws.close()


@pytest.mark.parametrize("yes", [False, True])
def test_taking_another_laptops_identity_is_asked(
    qtbot: Any, desktop: Any, demo_dir: Path, monkeypatch: pytest.MonkeyPatch, yes: bool
) -> None:
    from PySide6.QtWidgets import QMessageBox

    mine = device_of(demo_dir)
    source = other_laptops_backup(demo_dir)
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    assert desktop.open(demo_dir)
    desktop.restore_workspace(source)
    qtbot.addWidget(desktop.window)

    assert len(asked) == 1 and "b0b0b0b0b0b0b0b0" in asked[0] and "identity" in asked[0]
    desktop._close_window()
    assert device_of(demo_dir) == ("b0b0b0b0b0b0b0b0" if yes else mine)
