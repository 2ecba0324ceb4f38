"""The files of this laptop: private modes for what the program writes, safe reads of what it is given.

Everything the program creates (the workspace folder and database with its ``-wal``/``-shm``,
backups, logs, crash reports, dumps, ``.eml`` drafts, key backups) is readable by its user only:
the process creates files under umask 077 (:func:`restrict_new_files`, set once at start-up and
again when a workspace opens), and files left by older versions are tightened when the workspace
opens (:func:`tighten_workspace`). That is POSIX only: on Windows the files live in the user's
profile, whose ACLs already keep other users out, and ``chmod`` only sets the read-only flag.

Every file a user hands to a command (a CSV, an ``.ics``, a ``.docx``, a bundle, a backup, a key
backup) is read through :func:`read_input`: a device (``/dev/zero``), a named pipe or a folder is
refused before reading, and no more than a stated limit is ever read.
"""

from __future__ import annotations

import os
import stat
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.domain.vocabulary import os_reason

if TYPE_CHECKING:
    from crm_desktop.domain.errors import BadInput
    from crm_desktop.domain.messages import Message

POSIX = os.name == "posix"
PRIVATE_UMASK = 0o077
#: The default cap of an input file; callers with a format of their own pass a tighter one.
MAX_INPUT = 64 * 1024 * 1024


# --- private modes (POSIX) -------------------------------------------------------------------------


def restrict_new_files() -> None:
    """Files this process creates from now on are 0600 and folders 0700 (SQLite, logging and
    ``tempfile`` all create through the umask)."""
    if POSIX:
        os.umask(PRIVATE_UMASK)


def tighten(path: Path) -> None:
    """Take the group's and others' permissions off an existing file or folder of ours.

    A symbolic link is left alone (its target may not be ours), and so is a file we may not change.
    """
    if not POSIX:
        return
    try:
        st = os.lstat(path)
    except OSError:
        return
    if stat.S_ISLNK(st.st_mode) or not st.st_mode & PRIVATE_UMASK:
        return
    with suppress(OSError):
        os.chmod(path, stat.S_IMODE(st.st_mode) & ~PRIVATE_UMASK)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) if needed; the folder itself is made private."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    tighten(path)
    return path


def tighten_workspace(db: Path, backup_dir: str = "backups") -> None:
    """The workspace folder, its database with ``-wal``/``-shm``, and its backups, private."""
    tighten(db.parent)
    for suffix in ("", "-wal", "-shm", "-journal"):
        tighten(db.with_name(db.name + suffix))
    backups = db.parent / backup_dir
    if backups.is_dir():
        tighten(backups)
        for f in backups.iterdir():
            tighten(f)


# --- reading what a user gives ---------------------------------------------------------------------


def _bad(code: str, **params: object) -> BadInput:
    # Imported when needed: the log set-up imports this module at start-up, before any message.
    from crm_desktop.domain.errors import BadInput
    from crm_desktop.domain.messages import msg

    return BadInput(msg(code, **params))


def _kind(mode: int) -> Message:
    from crm_desktop.domain.messages import msg

    if stat.S_ISDIR(mode):
        return msg("file.kind.directory")
    if stat.S_ISFIFO(mode):
        return msg("file.kind.fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return msg("file.kind.device")
    if stat.S_ISSOCK(mode):
        return msg("file.kind.socket")
    return msg("file.kind.other")


def _unreadable(path: Path, exc: OSError) -> BadInput:
    return _bad("file.unreadable", file=str(path), detail=os_reason(exc))


def _require_regular(path: Path, st: os.stat_result) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise _bad("file.not_regular", file=str(path), kind=_kind(st.st_mode))


def check_regular(path: Path) -> os.stat_result:
    """The status of ``path`` if it is a regular file (a link to one is fine), else :class:`BadInput`.

    For files another library opens itself (SQLite backups): a named pipe would block it forever.
    """
    try:
        st = path.stat()
    except OSError as exc:
        raise _unreadable(path, exc) from None
    _require_regular(path, st)
    return st


def read_input(path: Path, *, limit: int = MAX_INPUT) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them, else :class:`BadInput`.

    The check is made again on the open file (the name may have been swapped meanwhile), which is
    opened non-blocking so that a named pipe cannot hang the program; reading stops at ``limit``.
    """
    check_regular(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        _require_regular(path, st)
        if st.st_size > limit:
            raise _bad("file.too_large", file=str(path), size=st.st_size, limit=limit)
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise _unreadable(path, exc) from None
    if len(data) > limit:
        raise _bad("file.too_large", file=str(path), size=len(data), limit=limit)
    return data
