"""Where a workspace's database lives and which schema revision the code expects, without SQLAlchemy.

The desktop window needs these before it has opened the workspace (to find the file, to tell whether
a plain read of it is safe); importing SQLAlchemy and Alembic for that would cost most of its
start-up. :mod:`crm_desktop.store.db` re-exports them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

DB_NAME = "workspace.sqlite3"
SQLITE_MAGIC = b"SQLite format 3\x00"  # the first bytes of every SQLite database
MIGRATIONS = Path(__file__).parent / "migrations"


def default_workspace_dir() -> Path:
    """``CRM_DESKTOP_HOME`` if set, else the platform's user data directory."""
    env = os.environ.get("CRM_DESKTOP_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("crm-desktop", appauthor=False) / "workspace"


#: The schema revision this code writes: the newest migration's ``revision`` (``tests/store/
#: test_migration_fast_path.py`` holds it to the Alembic scripts). The window's plain reads
#: (:func:`crm_desktop.store.quick_read.connect_current`) compare the database's one row with it; a
#: new migration that forgot to update it only makes them decline, and the proper open migrates.
HEAD_REVISION = "0011_imp_storage"

_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


def script_heads() -> set[str] | None:
    """The head revisions, read from the migration files' text; None when a file is not understood.

    Opening a workspace whose schema is current then needs no Alembic import, which is most of the
    desktop app's start-up cost after Qt itself; anything unusual falls back to Alembic.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for f in (MIGRATIONS / "versions").glob("*.py"):
        source = f.read_text("utf-8")
        rev, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        parents.update(_QUOTED.findall(down.group(1)))
    return revisions - parents
