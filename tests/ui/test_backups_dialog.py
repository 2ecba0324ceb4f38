"""The backups dialog: lists and creates backups; restores a good one; refuses a corrupt file unchanged."""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from crm_desktop.app.people import list_people
from crm_desktop.app.workspace import init_workspace
from crm_desktop.store.db import DB_NAME
from crm_desktop.ui.backups_dialog import BackupsDialog
from crm_desktop.ui.main import DesktopApp
from tests.helpers import person

pytestmark = pytest.mark.gui


@pytest.fixture
def desktop(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr("sys.argv", ["crm-desktop"])
    monkeypatch.delenv("CRM_DESKTOP_LANG", raising=False)
    directory = tmp_path / "ws"
    w = init_workspace(directory, "Prueba")
    person(w, "Ana Antes", country="MX")
    w.close()
    app = DesktopApp(argparse.Namespace(workspace=None, lang="es", smoke=False))
    assert app.open(directory)
    app.backup_thread.join()  # the start-up (daily) backup
    yield app
    app._close_window()
    app.translations.clear()


def _dialog(qtbot: Any, desktop: Any) -> BackupsDialog:
    dialog = desktop.window.open_backups()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(dialog.backups) and bool(dialog.backups))
    return dialog


def _names(desktop: Any) -> set[str]:
    return {p["name"] for p in list_people(desktop.ctx.ws)}


def test_the_file_menu_opens_a_dialog_that_lists_and_creates_backups(qtbot: Any, desktop: Any) -> None:
    window = desktop.window
    qtbot.addWidget(window)
    assert window.backups_action in window.file_menu.actions()
    assert window.backups_action.text() == "Copias de &seguridad…"
    dialog = _dialog(qtbot, desktop)
    assert [b.reason for b in dialog.backups] == ["daily"]
    assert dialog.table.item(0, 1).text() == "Diaria"
    assert not dialog.restore_button.isEnabled()  # nothing selected yet
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert {b.reason for b in dialog.backups} == {"daily", "manual"}
    assert "Manual" in {dialog.table.item(i, 1).text() for i in range(2)}
    assert dialog.message.text().startswith("Copia creada:")
    dialog.close()
    desktop.ctx.wait()


def test_restoring_a_good_backup_brings_back_the_old_data(
    qtbot: Any, desktop: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    person(desktop.ctx.ws, "Beto Después", country="GT")
    assert _names(desktop) == {"Ana Antes", "Beto Después"}
    questions: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    first = desktop.window
    dialog = _dialog(qtbot, desktop)
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: desktop.window is not first)
    qtbot.addWidget(desktop.window)
    assert "copia del estado actual" in questions[0]
    assert _names(desktop) == {"Ana Antes"}
    # The replaced state was kept, so the restore can itself be undone.
    from crm_desktop.app.backup import list_backups

    assert "pre-restore" in {b.reason for b in list_backups(desktop.ctx.ws.directory)}


def test_a_corrupt_file_is_refused_with_a_message_and_nothing_changes(
    qtbot: Any, desktop: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append("x") or QMessageBox.StandardButton.Yes)
    bad = tmp_path / "roto.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    db = desktop.ctx.ws.directory / DB_NAME
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    first = desktop.window
    qtbot.addWidget(first)
    dialog = _dialog(qtbot, desktop)
    requested: list[Path] = []
    dialog.restore_requested.connect(requested.append)
    dialog.restore_from(bad)
    qtbot.waitUntil(lambda: bool(dialog.message.text()))
    desktop.ctx.wait()
    assert "roto.db" in dialog.message.text()
    assert asked == [] and requested == []
    assert desktop.window is first
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert _names(desktop) == {"Ana Antes"}
    dialog.close()
