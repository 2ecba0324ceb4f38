"""Backups of a workspace: automatic, on request, and restore.

Backups are copies of the workspace database made with SQLite's online backup API
(:func:`crm_desktop.store.db.backup_file`), so they are consistent even while the program is
writing. They live in the workspace's ``backups/`` folder, named after the time and the reason:

- ``daily``: at start-up, when the newest backup of any kind is more than a day old;
- ``bundle-import``: taken by the sync import just before it applies a bundle (:func:`backup_before`);
- ``pre-migration``: taken by the store before Alembic upgrades the schema;
- ``manual``: ``crm-desktop backup create`` or the UI;
- ``pre-restore``: the state a restore replaced, so a restore can itself be undone.

Each reason keeps a bounded number of copies (:data:`KEEP`), newest first.

A restore never trusts the file it is given: it is copied to a staging file next to the database,
checked (SQLite integrity, a schema revision this program knows, and exactly that revision's schema:
no table missing or added, no trigger, no view, see :mod:`crm_desktop.app.restore_checks`), compared
with the workspace it replaces (the same workspace; the same laptop unless the caller confirms
taking the backup's identity), and only then put in place with an atomic rename, after a safety
copy of the current state. Any failure leaves the workspace exactly as it was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

from crm_desktop.app.errors import BadInput
from crm_desktop.app.restore_checks import schema_problem
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.messages import msg
from crm_desktop.domain.vocabulary import os_reason
from crm_desktop.store.db import DB_NAME, backup_file, backup_order, backups_for
from crm_desktop.store.files import SQLITE_MAGIC
from crm_desktop.store.local_files import check_regular, private_dir

log = logging.getLogger("crm_desktop.backup")

#: How many backups to keep for each reason (the newest ones).
KEEP: dict[str, int] = {
    "daily": 7,
    "bundle-import": 10,
    "pre-migration": 5,
    "manual": 10,
    "pre-restore": 5,
}
DAILY_INTERVAL = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, why and when it was made, its size in bytes."""

    path: Path
    reason: str
    created: datetime
    size: int


@dataclass(frozen=True)
class WorkspaceFile:
    """What a validated database file holds: its schema revision, workspace and laptop identity."""

    revision: str
    workspace_id: str
    name: str
    device_id: str = ""
    founder: str = ""


class OtherDevice(BadInput):
    """The backup was made on another laptop: restoring it would make this laptop take that laptop's
    identity (device id, sequence numbers). The window asks; the command line needs ``--take-identity``."""

    def __init__(self, file: str, backup: WorkspaceFile, current_device: str) -> None:
        super().__init__(msg("backup.other_device", file=file, device=backup.device_id, current=current_device))
        self.backup = backup
        self.current_device = current_device


@dataclass(frozen=True)
class RestoreResult:
    """A finished restore: the file's description and the safety copy of the replaced state."""

    restored: WorkspaceFile
    safety_copy: Path | None


def _db(directory: Path) -> Path:
    return directory / DB_NAME


def _info(db: Path, path: Path) -> BackupInfo:
    key = backup_order(db, path.name)
    assert key is not None  # only called on names backups_for() recognised
    return BackupInfo(path, key[1], datetime.strptime(key[0], _STAMP), path.stat().st_size)


def list_backups(directory: Path) -> list[BackupInfo]:
    """The workspace's backups, newest first."""
    db = _db(directory)
    return [_info(db, p) for p in reversed(backups_for(db))]


def create_backup(directory: Path, reason: str = "manual") -> BackupInfo:
    """A backup of the workspace in ``directory`` now; older ones of the same reason are pruned."""
    db = _db(directory)
    if not db.exists():
        raise BadInput(msg("backup.no_workspace", directory=str(directory)))
    path = backup_file(db, reason, keep=KEEP.get(reason, 5))
    log.info("backup %s written to %s", reason, path)
    return _info(db, path)


def backup_before(ws: Workspace, reason: str) -> BackupInfo:
    """A backup of an open workspace before a risky operation (``"bundle-import"``, ...)."""
    return create_backup(ws.directory, reason)


def daily_backup_if_due(directory: Path, *, now: datetime | None = None) -> BackupInfo | None:
    """At start-up: a ``daily`` backup unless some backup is less than a day old."""
    if not _db(directory).exists():
        return None
    now = now or datetime.now()
    existing = list_backups(directory)
    if existing and now - existing[0].created < DAILY_INTERVAL:
        return None
    return create_backup(directory, "daily")


# --- validation -------------------------------------------------------------------------------------


@cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this program's migrations know (older ones are upgraded on open)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import crm_desktop.store.db as store_db

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(store_db.__file__).parent / "migrations"))
    return frozenset(rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions())


def inspect_file(path: Path, *, label: str | None = None) -> WorkspaceFile:
    """Check that ``path`` is an intact CRM Desktop workspace database of a known schema.

    Raises :class:`BadInput` with a translated reason otherwise. ``label`` names the file in
    messages (the user's file name rather than a staging copy's).
    """
    name = label or path.name
    _require_regular(path, name)
    try:
        with path.open("rb") as fh:
            magic = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise BadInput(msg("backup.unreadable", file=name, detail=os_reason(exc))) from None
    if magic != SQLITE_MAGIC:
        raise BadInput(msg("backup.not_database", file=name))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
            if problems:
                raise BadInput(msg("backup.corrupt", file=name, detail="; ".join(problems[:3])))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "meta", "changesets"} <= tables:
                raise BadInput(msg("backup.not_workspace", file=name))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if row is None or "workspace_id" not in meta:
                raise BadInput(msg("backup.not_workspace", file=name))
            if row[0] not in known_revisions():
                raise BadInput(msg("backup.unknown_schema", file=name, revision=row[0]))
            problem = schema_problem(conn, row[0])
            if problem is not None:
                raise BadInput(msg("backup.schema_mismatch", file=name, detail=problem))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BadInput(msg("backup.corrupt", file=name, detail=str(exc))) from None
    return WorkspaceFile(
        revision=row[0],
        workspace_id=str(meta["workspace_id"]),
        name=str(meta.get("name", "")),
        device_id=str(meta.get("device_id", "")),
        founder=str(meta.get("sync.founder", "")),
    )


# --- restore ----------------------------------------------------------------------------------------


def _require_regular(path: Path, name: str) -> None:
    """A missing file or a special one (a pipe, a device, a folder), refused in the restore's words."""
    try:
        check_regular(path)
    except BadInput as exc:
        params = exc.message.params
        detail = params["detail"] if "detail" in params else msg("file.special", kind=params["kind"])
        raise BadInput(msg("backup.unreadable", file=name, detail=detail)) from None


def _stage(source: Path, staged: Path) -> None:
    """Copy ``source`` to ``staged`` through SQLite, so a torn or foreign file fails here."""
    name = source.name
    _require_regular(source, name)  # SQLite would block on a named pipe
    try:
        with source.open("rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise BadInput(msg("backup.not_database", file=name))
    except OSError as exc:
        raise BadInput(msg("backup.unreadable", file=name, detail=os_reason(exc))) from None
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(staged)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        raise BadInput(msg("backup.corrupt", file=name, detail=str(exc))) from None


def _take_exclusive(db: Path) -> sqlite3.Connection:
    """A connection that proves nobody else has the database open.

    Leaving WAL mode needs exclusive access: it fails at once if another connection (this
    program's window, another process) is open, and it folds the WAL into the main file.
    """
    conn = sqlite3.connect(db, timeout=0)
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError:
        conn.close()
        raise BadInput(msg("backup.in_use")) from None
    if str(mode).lower() != "delete":
        conn.close()
        raise BadInput(msg("backup.in_use"))
    return conn


def _current(db: Path) -> WorkspaceFile | None:
    """The identity of the database a restore would replace; None when there is none or it cannot
    be read (a damaged workspace is what a restore is for)."""
    if not db.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return WorkspaceFile(
        revision="",
        workspace_id=str(meta.get("workspace_id", "")),
        name=str(meta.get("name", "")),
        device_id=str(meta.get("device_id", "")),
        founder=str(meta.get("sync.founder", "")),
    )


def check_identity(current: WorkspaceFile | None, restored: WorkspaceFile, file: str, *, take_identity: bool) -> None:
    """A backup of another workspace is refused; one of another laptop needs ``take_identity``."""
    if current is None:
        return
    if (current.workspace_id and current.workspace_id != restored.workspace_id) or (
        current.founder and restored.founder and current.founder != restored.founder
    ):
        raise BadInput(msg("backup.other_workspace", file=file, name=restored.name))
    if current.device_id and restored.device_id != current.device_id and not take_identity:
        raise OtherDevice(file, restored, current.device_id)


def restore_backup(directory: Path, source: Path, *, take_identity: bool = False) -> RestoreResult:
    """Replace the workspace database in ``directory`` with the backup ``source``.

    The workspace must not be open (close its window first). The backup must be of the same
    workspace; one made on another laptop raises :class:`OtherDevice` (what to ask the user) unless
    ``take_identity``. The current database, if any, is first saved as a ``pre-restore`` backup. An
    older schema is fine: it is upgraded, with its own backup, the next time the workspace opens.
    """
    db = _db(directory)
    private_dir(directory)
    staged = directory / f".{DB_NAME}.restoring"
    staged.unlink(missing_ok=True)
    try:
        _stage(source, staged)
        restored = inspect_file(staged, label=source.name)
        check_identity(_current(db), restored, source.name, take_identity=take_identity)
        safety: Path | None = None
        if db.exists():
            guard = _take_exclusive(db)
            try:
                safety = backup_file(db, "pre-restore", keep=KEEP["pre-restore"])
            finally:
                guard.close()
        os.replace(staged, db)
    finally:
        staged.unlink(missing_ok=True)
    # The WAL was folded in and removed by _take_exclusive; a leftover would belong to the old file.
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    log.info("workspace restored from %s (safety copy %s)", source, safety)
    return RestoreResult(restored=restored, safety_copy=safety)


def startup_backup(directory: Path) -> BackupInfo | None:
    """The daily backup when the program starts; a failure (full disk, read-only folder) is logged
    and never stops the program from opening the workspace."""
    try:
        return daily_backup_if_due(directory)
    except (OSError, sqlite3.Error, BadInput) as exc:
        log.warning("daily backup of %s failed: %s", directory, exc)
        return None
