"""Opening a current workspace skips Alembic; the shortcut must agree with Alembic itself."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory

from crm_desktop.store import db


def test_a_current_database_is_recognised_and_an_old_one_is_not(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    engine = db.make_engine(path)
    assert db.migrate(engine, path) == "created"
    assert db._is_current(engine)
    assert db.migrate(engine, path) == "current"
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    assert not db._is_current(engine)
    engine.dispose()


def test_the_head_revision_shipped_with_the_code_is_alembic_s_head() -> None:
    from crm_desktop.store.files import HEAD_REVISION

    cfg = db._alembic_config("sqlite://")
    assert {HEAD_REVISION} == set(ScriptDirectory.from_config(cfg).get_heads())
