"""Migrations: a new database is created at head; a stored database of every released schema upgrades."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from crm_desktop.app.workspace import Workspace
from crm_desktop.store.db import DB_NAME
from crm_desktop.store.schema import Base

STORED = Path(__file__).parent / "schemas"


def test_models_match_migrations(tmp_path: Path) -> None:
    """Every model change comes with a migration: upgrading an empty file gives exactly the models."""
    from alembic import command

    from crm_desktop.store.db import _alembic_config, make_engine

    engine = make_engine(tmp_path / "m.sqlite3")
    cfg = _alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={"include_object": lambda o, n, t, r, c: not (t == "table" and n and n.startswith("search_index"))},
        )
        assert compare_metadata(ctx, Base.metadata) == []


@pytest.mark.parametrize("stored", sorted(STORED.glob("*.sqlite3")), ids=lambda p: p.stem)
def test_stored_schema_upgrades_with_backup(stored: Path, tmp_path: Path) -> None:
    target = tmp_path / "ws"
    target.mkdir()
    shutil.copy(stored, target / DB_NAME)
    ws = Workspace(target)
    try:
        assert ws.db.migration in ("upgraded", "current")
        if ws.db.migration == "upgraded":
            assert list((target / "backups").glob("*pre-migration*.sqlite3"))
        with ws.db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM countries")).scalar() == 16
        assert ws.db.integrity_check() == []
    finally:
        ws.close()


def test_there_is_a_stored_database_for_the_first_schema() -> None:
    assert (STORED / "0001.sqlite3").exists()


def test_new_workspace_is_created_at_head(ws: Workspace) -> None:
    assert ws.db.migration == "created"
    with ws.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
