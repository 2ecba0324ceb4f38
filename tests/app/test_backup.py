"""Backups: round trip, refusal of bad files without any change, bounded retention, daily schedule."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from crm_desktop.app import backup
from crm_desktop.app.errors import BadInput
from crm_desktop.app.people import list_people
from crm_desktop.app.workspace import Workspace, init_workspace
from crm_desktop.store.db import DB_NAME
from tests.helpers import person


def _names(directory: Path) -> set[str]:
    w = Workspace(directory)
    try:
        return {p["name"] for p in list_people(w)}
    finally:
        w.close()


def _digest(directory: Path) -> str:
    return hashlib.sha256((directory / DB_NAME).read_bytes()).hexdigest()


def test_backup_and_restore_round_trip_keeps_a_safety_copy(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    w = init_workspace(directory, "Prueba")
    person(w, "Ana Antes", country="MX")
    saved = backup.backup_before(w, "bundle-import")
    person(w, "Beto Después", country="GT")
    w.close()

    result = backup.restore_backup(directory, saved.path)

    assert result.restored.name == "Prueba"
    assert _names(directory) == {"Ana Antes"}
    # The replaced state is itself a backup: restoring it brings the later change back.
    assert result.safety_copy is not None and result.safety_copy.exists()
    backup.restore_backup(directory, result.safety_copy)
    assert _names(directory) == {"Ana Antes", "Beto Después"}
    assert not list(directory.glob(".*restoring"))


def test_restore_into_an_empty_folder_makes_a_workspace(tmp_path: Path, ws: Workspace) -> None:
    person(ws, "Carla", country="CR")
    saved = backup.create_backup(ws.directory)
    target = tmp_path / "new-laptop"

    result = backup.restore_backup(target, saved.path)

    assert result.safety_copy is None
    assert _names(target) == {"Carla"}


def _truncated(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 3])
    return target


def _foreign_database(target: Path) -> Path:
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    return target


def _future_schema(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    conn = sqlite3.connect(target)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.commit()
    conn.close()
    return target


@pytest.mark.parametrize(
    ("make_bad", "code"),
    [
        (lambda good, d: d / "notes.txt", "backup.unreadable"),  # does not exist
        (lambda good, d: (d / "photo.sqlite3").write_bytes(b"\x89PNG\r\n" * 100) and d / "photo.sqlite3", None),
        (lambda good, d: _truncated(good, d / "torn.sqlite3"), "backup.corrupt"),
        (lambda good, d: _foreign_database(d / "other.sqlite3"), "backup.not_workspace"),
        (lambda good, d: _future_schema(good, d / "future.sqlite3"), "backup.unknown_schema"),
    ],
)
def test_bad_file_is_refused_with_a_clear_message_and_nothing_changes(
    tmp_path: Path, ws: Workspace, make_bad, code: str | None
) -> None:  # type: ignore[no-untyped-def]
    person(ws, "Dora", country="HN")
    good = backup.create_backup(ws.directory).path
    ws.close()
    bad = make_bad(good, tmp_path)
    before_digest, before_backups = _digest(ws.directory), backup.list_backups(ws.directory)

    with pytest.raises(BadInput) as err:
        backup.restore_backup(ws.directory, bad)

    assert err.value.message.code == (code or "backup.not_database")
    assert bad.name in err.value.render("es") and "no se ha cambiado nada" in err.value.render("es")
    assert "nothing was changed" in err.value.render("en")
    assert _digest(ws.directory) == before_digest
    assert backup.list_backups(ws.directory) == before_backups
    assert not list(ws.directory.glob(".*restoring"))
    assert _names(ws.directory) == {"Dora"}


def test_restore_refuses_a_workspace_that_is_open(ws: Workspace) -> None:
    saved = backup.create_backup(ws.directory)
    person(ws, "Elena", country="SV")  # the open connection holds the database in WAL mode
    with ws.read() as s:
        s.connection()  # a live connection, as an open window has
        with pytest.raises(BadInput) as err:
            backup.restore_backup(ws.directory, saved.path)
    assert err.value.message.code == "backup.in_use"
    assert {p["name"] for p in list_people(ws)} == {"Elena"}


def test_retention_keeps_the_newest_copies_of_each_reason(ws: Workspace) -> None:
    made = [backup.create_backup(ws.directory, "bundle-import") for _ in range(backup.KEEP["bundle-import"] + 3)]
    manual = backup.create_backup(ws.directory, "manual")

    kept = backup.list_backups(ws.directory)

    imports = [b for b in kept if b.reason == "bundle-import"]
    assert len(imports) == backup.KEEP["bundle-import"]
    # Same-second copies carry a counter; the newest ones survive, the oldest are gone.
    assert {b.path for b in imports} == {m.path for m in made[-backup.KEEP["bundle-import"] :]}
    assert not made[0].path.exists()
    assert manual in kept


def test_daily_backup_only_when_the_newest_is_a_day_old(ws: Workspace) -> None:
    first = backup.daily_backup_if_due(ws.directory)
    assert first is not None and first.reason == "daily"
    assert backup.daily_backup_if_due(ws.directory, now=first.created + timedelta(hours=23)) is None
    later = backup.daily_backup_if_due(ws.directory, now=first.created + timedelta(days=1, minutes=1))
    assert later is not None and len(backup.list_backups(ws.directory)) == 2


def test_no_daily_backup_without_a_workspace(tmp_path: Path) -> None:
    assert backup.daily_backup_if_due(tmp_path) is None
    with pytest.raises(BadInput):
        backup.create_backup(tmp_path)


def test_backups_are_self_contained_files(ws: Workspace) -> None:
    saved = backup.create_backup(ws.directory)
    assert backup.inspect_file(saved.path).workspace_id == ws.workspace_id
    assert not list(saved.path.parent.glob("*-wal")) and not list(saved.path.parent.glob("*-shm"))
