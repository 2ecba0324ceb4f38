"""The workspace database file: engine, pragmas, migrations at start-up, backups."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.store import search

# Re-exported: they live in ``store.files`` so that finding a workspace needs no SQLAlchemy.
from crm_desktop.store.files import DB_NAME as DB_NAME
from crm_desktop.store.files import HEAD_REVISION
from crm_desktop.store.files import default_workspace_dir as default_workspace_dir
from crm_desktop.store.local_files import private_dir, restrict_new_files, tighten_workspace
from crm_desktop.store.schema import Base, load_models

log = logging.getLogger("crm_desktop.store")

BACKUP_DIR = "backups"
#: SQLite's primary result codes of a database another connection holds, and of a damaged file.
BUSY = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def sqlite_code(exc: BaseException) -> int:
    """The primary SQLite result code of a driver error, wrapped by SQLAlchemy or not (0 if none)."""
    orig = getattr(exc, "orig", exc)
    return (getattr(orig, "sqlite_errorcode", 0) or 0) & 0xFF


KEEP_MIGRATION_BACKUPS = 5


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    # Each change is its own small transaction; checkpointing the WAL back into the database (with
    # its fsyncs) every 1,000 pages, SQLite's default, was half the commit time of a long working
    # session. Every 10,000 pages (about 40 MB) batches that work; durability is unchanged (WAL with
    # synchronous=NORMAL), and the last connection to close still checkpoints and removes the WAL.
    cur.execute("PRAGMA wal_autocheckpoint=10000")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path) -> Engine:
    # hide_parameters: an error's text (which reaches the log) shows the SQL, never the values (names,
    # e-mail addresses, negotiated text).
    engine = create_engine(f"sqlite:///{path}", future=True, hide_parameters=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _alembic_config(engine_url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.set_main_option("sqlalchemy.url", engine_url)
    return cfg


def backup_file(path: Path, reason: str, *, keep: int = KEEP_MIGRATION_BACKUPS) -> Path:
    """Copy the database with SQLite's online backup API (consistent even while open).

    Keeps the newest ``keep`` backups made for the same ``reason``.
    """
    target_dir = private_dir(path.parent / BACKUP_DIR)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    # Backups within the same second get a counter above the newest one's (an older, pruned name
    # must not be reused: it would sort as the oldest and be pruned at once).
    same_second = [k[2] for f in backups_for(path, reason) if (k := backup_order(path, f.name)) and k[0] == stamp]
    n = max(same_second) + 1 if same_second else 0
    target = target_dir / (f"{path.stem}-{stamp}-{reason}" + (f"-{n}" if n else "") + ".sqlite3")
    # Written under a temporary name and renamed when complete: a backup interrupted by a crash or
    # a power cut never looks like a finished one.
    partial = target.with_name(f".{target.name}.partial")
    try:
        _copy_database(path, partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    for stale in backups_for(path, reason)[:-keep]:
        stale.unlink(missing_ok=True)
    return target


def _copy_database(path: Path, partial: Path) -> None:
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(partial)
        try:
            # The partial file is thrown away on any failure, so SQLite need not sync it page by
            # page; it is synced once, whole, before it takes its final name.
            dst.execute("PRAGMA synchronous=OFF")
            src.backup(dst)
            # A backup is one self-contained file: no -wal/-shm beside it when it is read later.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with partial.open("rb+") as fh:
        os.fsync(fh.fileno())


def backup_order(path: Path, name: str) -> tuple[str, str, int] | None:
    """(time stamp, reason, same-second counter) of a backup file name of ``path``, or None.

    Sorting by this key is chronological; sorting by name is not once the counter is used
    ("-daily-1" sorts before "-daily.").
    """
    m = re.fullmatch(rf"{re.escape(path.stem)}-(\d{{8}}-\d{{6}})-(.+?)(?:-(\d+))?\.sqlite3", name)
    return (m.group(1), m.group(2), int(m.group(3) or 0)) if m else None


def backups_for(path: Path, reason: str | None = None) -> list[Path]:
    """Backups of the database ``path``, oldest first, optionally only those made for ``reason``."""
    found = []
    for f in (path.parent / BACKUP_DIR).glob(f"{path.stem}-*.sqlite3"):
        key = backup_order(path, f.name)
        if key is not None and (reason is None or key[1] == reason):
            found.append((key[0], key[2], f))
    return [f for _, _, f in sorted(found)]


def _is_current(engine: Engine) -> bool:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        current = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return len(current) == 1 and current[0] == HEAD_REVISION


# The table in which Alembic records the revision, word for word as its ``stamp`` creates it.
_VERSION_TABLE = (
    "CREATE TABLE alembic_version (\n\tversion_num VARCHAR(32) NOT NULL, "
    "\n\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)"
)


def _create_at_head(engine: Engine) -> bool:
    """Create a new, empty database from the models and record :data:`HEAD_REVISION`, as ``create_all``
    and Alembic's ``stamp`` do, without importing Alembic (most of the time a new workspace took).
    False when the file holds tables: Alembic decides."""
    with engine.begin() as conn:
        if inspect(conn).get_table_names():
            return False
        Base.metadata.create_all(conn)
        search.create(conn)
        conn.exec_driver_sql(_VERSION_TABLE)
        conn.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD_REVISION,))
    return True


def migrate(engine: Engine, path: Path | None) -> str:
    """Bring the schema to the newest version; returns what was done ("created", "upgraded", "current").

    A new database gets ``create_all`` and is stamped at head; an older one is backed up first, then
    upgraded by Alembic on the application's own connection.
    """
    load_models()
    if _is_current(engine):
        return "current"
    if _create_at_head(engine):
        return "created"
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(str(engine.url))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        has_tables = bool(inspect(conn).get_table_names())
    if current == head:
        return "current"
    if current is None and not has_tables:
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            search.create(conn)
            cfg.attributes["connection"] = conn
            command.stamp(cfg, "head")
        return "created"
    if path is not None and path.exists():
        backup_file(path, "pre-migration")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return "upgraded"


class Database:
    """An open workspace database: one engine, one session factory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        restrict_new_files()
        private_dir(path.parent)
        self.engine = make_engine(path)
        self.migration = migrate(self.engine, path)
        tighten_workspace(path, BACKUP_DIR)  # files written by an older version were 0644
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write transaction that commits on success and rolls back on any error.

        It takes SQLite's write lock first (``BEGIN IMMEDIATE``): what it reads (the next sequence
        number of the op log) stays true until it commits, and a second writer, in this process or
        another, waits up to the busy timeout, then gets :class:`BadInput` ("workspace busy").
        """
        with self._sessions() as s, s.begin():
            try:
                s.connection().exec_driver_sql("BEGIN IMMEDIATE")
            except OperationalError as exc:
                if sqlite_code(exc) not in BUSY:
                    raise
                from crm_desktop.domain.errors import BadInput
                from crm_desktop.domain.messages import msg

                raise BadInput(msg("workspace.busy")) from None
            yield s

    def read(self) -> Session:
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()

    def integrity_check(self) -> list[str]:
        with self.engine.connect() as conn:
            rows = conn.execute(text("PRAGMA integrity_check")).scalars().all()
            fk = conn.execute(text("PRAGMA foreign_key_check")).all()
        problems = [str(r) for r in rows if r != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in fk]
        return problems
