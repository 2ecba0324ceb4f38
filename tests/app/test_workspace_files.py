"""What the window learns about a workspace's files through ``app`` (it imports neither store nor sync)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.app import workspace_files
from crm_desktop.app.errors import BadInput
from crm_desktop.app.workspace import Workspace


def test_a_folder_holds_a_workspace_once_one_is_created(tmp_path: Path, ws: Workspace) -> None:
    assert not workspace_files.exists(tmp_path / "elsewhere")
    assert workspace_files.exists(Path(ws.directory))


def test_the_default_folder_follows_crm_desktop_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_DESKTOP_HOME", str(tmp_path / "home"))
    assert workspace_files.default_directory() == tmp_path / "home"


def test_opening_a_damaged_database_is_refused_with_the_reason(tmp_path: Path) -> None:
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / workspace_files.DB_NAME).write_bytes(b"this is not a SQLite database" * 100)
    # Known before SQLite reads it: the application's own, translated refusal (the window shows it).
    with pytest.raises(BadInput) as refused:
        workspace_files.open_checked(folder, "es")
    assert "no es una base de datos de CRM Desktop" in refused.value.render("es")
    assert "is not a CRM Desktop database" in refused.value.render("en")


def test_every_table_an_import_may_touch_is_named(ws: Workspace) -> None:
    tables = workspace_files.all_tables()
    assert {"meetings", "people", "agenda_items", "outbox"} <= tables
