"""What the desktop window needs to know about a workspace without reaching into ``store``.

The window finds and opens a workspace before anything else is loaded, so these stay light: no
SQLAlchemy import until a workspace is actually opened (``open_checked``, on the worker thread).
The UI and the CLI reach data only through ``app``; this module is their way to the workspace's files
(and the CLI's plain ``sqlite3`` lists, which import no ORM).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.store.files import DB_NAME, default_workspace_dir
from crm_desktop.store.local_files import restrict_new_files
from crm_desktop.store.quick_lists import list_meetings as quick_meetings
from crm_desktop.store.quick_lists import list_people as quick_people

if TYPE_CHECKING:
    from crm_desktop.app.workspace import Workspace

__all__ = [
    "DB_NAME",
    "WorkspaceUnreadable",
    "all_tables",
    "database_error",
    "default_directory",
    "exists",
    "open_checked",
    "quick_meetings",
    "quick_people",
    "restrict_new_files",
]


class WorkspaceUnreadable(Exception):
    """The workspace's files could not be read (a disk error, a damaged or foreign database)."""


def default_directory() -> Path:
    """``CRM_DESKTOP_HOME`` if set, else the platform's user data directory."""
    return default_workspace_dir()


def exists(directory: Path) -> bool:
    """Whether ``directory`` holds a workspace's database."""
    return (directory / DB_NAME).exists()


def open_checked(directory: Path, lang: str) -> Workspace:
    """Open the workspace; the environment's errors (files, database) become :class:`WorkspaceUnreadable`.
    A refusal by the application (:class:`~crm_desktop.app.errors.AppError`) passes through."""
    from sqlalchemy.exc import SQLAlchemyError

    from crm_desktop.app.workspace import Workspace

    try:
        return Workspace(directory, lang=lang)
    except (OSError, SQLAlchemyError) as exc:
        raise WorkspaceUnreadable(str(exc)) from exc


def all_tables() -> frozenset[str]:
    """Every table of the workspace: an imported bundle may touch any of them, so every view refreshes."""
    from crm_desktop.store.schema import Base

    return frozenset(Base.metadata.tables)


def database_error(exc: BaseException) -> bool:
    """Whether ``exc`` is the database's own error (damaged file, busy), as opposed to a bug."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, sqlite3.DatabaseError | DBAPIError)
