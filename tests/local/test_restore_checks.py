"""``backup restore`` refuses what is not exactly this workspace's database, and nothing changes."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from crm_desktop.app.backup import OtherDevice, create_backup, restore_backup
from crm_desktop.app.workspace import Workspace, init_workspace
from crm_desktop.cli import main
from crm_desktop.store.db import DB_NAME


@pytest.fixture
def home(tmp_path: Path) -> Path:
    ws = init_workspace(tmp_path / "ws", "Prueba")
    ws.close()
    return tmp_path / "ws"


def tampered(home: Path, name: str, *sql: str) -> Path:
    """A backup of ``home`` changed by ``sql``."""
    copy = home.parent / name
    shutil.copy(create_backup(home).path, copy)
    conn = sqlite3.connect(copy)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return copy


def restore(capsys: pytest.CaptureFixture[str], home: Path, source: Path, *extra: str) -> tuple[int, str]:
    code = main(["--workspace", str(home), "--lang", "en", "backup", "restore", str(source), *extra])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "sql", "detail"),
    [
        (
            "trigger",
            ["CREATE TRIGGER t AFTER INSERT ON people BEGIN DELETE FROM meetings; END"],
            "triggers: t",
        ),
        (
            "view",
            ["DROP TABLE decision_notes", "CREATE VIEW decision_notes AS SELECT 1 AS id"],
            "views: decision_notes",
        ),
        ("dropped", ["DROP TABLE decision_notes"], "missing tables: decision_notes"),
        ("extra-table", ["CREATE TABLE extra (id TEXT)"], "unknown tables: extra"),
        ("index", ["CREATE UNIQUE INDEX one_clock ON changesets (hlc)"], "table changesets: indexes"),
    ],
)
def test_a_schema_other_than_the_products_is_refused(
    capsys: pytest.CaptureFixture[str], home: Path, name: str, sql: list[str], detail: str
) -> None:
    bad = tampered(home, f"{name}.sqlite3", *sql)
    before = (home / DB_NAME).read_bytes()

    code, err = restore(capsys, home, bad)

    assert code == 4, err
    assert "schema" in err and detail in err and "nothing was changed" in err
    assert (home / DB_NAME).read_bytes() == before


def test_a_backup_of_another_workspace_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, home: Path
) -> None:
    other = init_workspace(tmp_path / "other", "Otro")
    other.close()
    source = create_backup(tmp_path / "other").path
    before = (home / DB_NAME).read_bytes()

    code, err = restore(capsys, home, source, "--take-identity")

    assert code == 4 and "another workspace" in err
    assert (home / DB_NAME).read_bytes() == before


def test_another_laptops_identity_is_taken_only_when_confirmed(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    source = tampered(home, "laptop-b.sqlite3", "UPDATE meta SET value = 'b0b0b0b0b0b0b0b0' WHERE key = 'device_id'")
    before = (home / DB_NAME).read_bytes()

    code, err = restore(capsys, home, source)
    assert code == 4 and "b0b0b0b0b0b0b0b0" in err and "--take-identity" in err
    assert (home / DB_NAME).read_bytes() == before
    with pytest.raises(OtherDevice) as asked:  # what the window asks about
        restore_backup(home, source)
    assert asked.value.backup.device_id == "b0b0b0b0b0b0b0b0"

    code, err = restore(capsys, home, source, "--take-identity")
    assert code == 0, err
    ws = Workspace(home)
    try:
        assert ws.device_id == "b0b0b0b0b0b0b0b0"
    finally:
        ws.close()


def test_the_same_laptops_backup_needs_no_question(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    source = create_backup(home).path
    assert restore(capsys, home, source)[0] == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("kind", ["fifo", "directory", "device"])
def test_a_special_file_is_refused_without_reading_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, home: Path, kind: str
) -> None:
    special = tmp_path / "special"
    if kind == "fifo":
        os.mkfifo(special)
    elif kind == "directory":
        special.mkdir()
    else:
        special = Path("/dev/zero")
    before = (home / DB_NAME).read_bytes()

    code, err = restore(capsys, home, special)

    assert code == 4 and "not a regular file" in err, err
    assert (home / DB_NAME).read_bytes() == before
