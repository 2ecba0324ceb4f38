"""Where a workspace's database lives and which schema revision the code expects, without SQLAlchemy.

The desktop window needs these before it has opened the workspace (to find the file, to tell whether
a plain read of it is safe); importing SQLAlchemy and Alembic for that would cost most of its
start-up. :mod:`crm_desktop.store.db` re-exports them.
"""

from __future__ import annotations

import os
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
#: test_migration_fast_path.py`` holds it to the Alembic scripts). Opening a workspace compares the
#: database's one row with it and imports Alembic only when they differ (a migration, or a new file
#: to stamp); the window's plain reads (:func:`crm_desktop.store.quick_read.connect_current`) decline
#: any other revision.
HEAD_REVISION = "0011_imp_storage"
