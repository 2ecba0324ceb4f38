"""The plain ``sqlite3`` read the window paints first: the same meetings as the ORM, or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from crm_desktop.app.workspace import Workspace
from crm_desktop.store.db import DB_NAME
from crm_desktop.store.quick_read import read_calendar
from crm_desktop.store.schema import Body, Meeting, Meta


def test_reads_the_meetings_bodies_and_meta_as_the_orm_does(demo: Workspace, demo_dir: Path) -> None:
    found = read_calendar(demo_dir / DB_NAME)
    assert found is not None
    with demo.read() as s:
        meetings = s.scalars(select(Meeting).order_by(Meeting.start, Meeting.title)).all()
        bodies = [b.config for b in s.scalars(select(Body).order_by(Body.position))]
        meta = {m.key: m.value for m in s.scalars(select(Meta))}
    assert len(found.meetings) == len(meetings) > 10
    columns = ("id", "body_id", "title", "ordinal", "start", "end", "timezone", "host_country_id", "city")
    columns += ("venue", "status", "notes")
    for row, orm in zip(found.meetings, meetings, strict=True):
        assert {c: getattr(row, c) for c in columns} == {c: getattr(orm, c) for c in columns}
    assert found.bodies == bodies
    assert found.meta == meta


def test_nothing_without_a_database(tmp_path: Path) -> None:
    assert read_calendar(tmp_path / DB_NAME) is None
    assert not (tmp_path / DB_NAME).exists()  # and it did not create one


def test_nothing_from_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    path.write_bytes(b"not a database at all" * 100)
    assert read_calendar(path) is None


def test_nothing_from_another_schema_revision(demo: Workspace, demo_dir: Path) -> None:
    """A workspace that the opening must migrate first is not read behind its back."""
    demo.close()
    conn = sqlite3.connect(demo_dir / DB_NAME)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.close()
    assert read_calendar(demo_dir / DB_NAME) is None
