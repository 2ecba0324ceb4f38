"""A new database is created at head without Alembic; the result is what Alembic's own creation gives."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from crm_desktop.store import db
from crm_desktop.store.schema import Base
from crm_desktop.store.search import create as create_search


def _schema(engine: Engine) -> list[tuple[str, str, str]]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").all()
    return [(t, n, s or "") for t, n, s in rows]


def test_a_new_database_is_the_one_alembic_creates_and_stamps(tmp_path: Path) -> None:
    ours = db.make_engine(tmp_path / "ours.sqlite3")
    assert db.migrate(ours, tmp_path / "ours.sqlite3") == "created"
    theirs = db.make_engine(tmp_path / "theirs.sqlite3")
    cfg = db._alembic_config(str(theirs.url))
    with theirs.begin() as conn:  # what migrate() did before: create_all, the search index, stamp
        Base.metadata.create_all(conn)
        create_search(conn)
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "head")
    try:
        assert _schema(ours) == _schema(theirs)
        with ours.connect() as conn:
            head = ScriptDirectory.from_config(cfg).get_current_head()
            assert MigrationContext.configure(conn).get_current_revision() == head
        assert db.migrate(ours, tmp_path / "ours.sqlite3") == "current"
    finally:
        ours.dispose()
        theirs.dispose()


def test_a_file_holding_tables_is_left_to_alembic(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "w.sqlite3")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE other (x INTEGER)")
    try:
        assert db._create_at_head(engine) is False
    finally:
        engine.dispose()
