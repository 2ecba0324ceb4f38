"""Logging for the whole program: one logger per subsystem, a rotating file, crash capture.

Each subsystem logs under its own name (:data:`SUBSYSTEMS`), so a log line says where it comes
from and a user can raise the level of one subsystem only. Records go to:

- a rotating file ``crm-desktop.log`` in the platform's user log directory (``platformdirs``), or in
  ``$CRM_DESKTOP_HOME/logs`` when the workspace is redirected (tests, portable installs), or in
  ``$CRM_DESKTOP_LOG_DIR`` when that is set; the file keeps INFO and above;
- stderr, from ``$CRM_DESKTOP_LOG`` (default WARNING) up, so the command line stays quiet.

Unhandled exceptions (main thread and worker threads) are written to the log with the program's
version, the platform and the full traceback, then handed to the registered crash listeners (the
desktop window shows its crash dialog through one); on the command line the traceback is still
printed as Python normally does.

A crash that ends the process before any dialog can open (a Qt fatal message: Qt aborts as soon as
its handler returns) leaves a *pending crash report* beside the log (:func:`write_pending_crash`),
written durably; the next start of the desktop program takes it (:func:`take_pending_crash`) and
shows it in the crash dialog.
"""

from __future__ import annotations

import contextlib
import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path

from crm_desktop.store.local_files import private_dir, tighten

LOG_FILE_NAME = "crm-desktop.log"
PENDING_CRASH_NAME = "pending-crash.txt"  # a crash the previous session could not show
LAST_CRASH_NAME = "last-crash.txt"  # the last one shown, kept for a report
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT_FILE = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
FORMAT_STDERR = "%(levelname)s %(name)s: %(message)s"

#: The loggers of the program, one per subsystem.
SUBSYSTEMS: tuple[str, ...] = (
    "crm_desktop.domain",
    "crm_desktop.store",
    "crm_desktop.app",
    "crm_desktop.backup",
    "crm_desktop.recovery",
    "crm_desktop.sync",
    "crm_desktop.reports",
    "crm_desktop.mail",
    "crm_desktop.ui",
    "crm_desktop.crash",
)

CrashListener = Callable[[str, str], None]
_listeners: list[CrashListener] = []
_installed: list[logging.Handler] = []
_log_file: Path | None = None
crash_log = logging.getLogger("crm_desktop.crash")


def logger(subsystem: str) -> logging.Logger:
    """The logger of one subsystem, e.g. ``logger("backup")``."""
    name = subsystem if subsystem.startswith("crm_desktop.") else f"crm_desktop.{subsystem}"
    if name not in SUBSYSTEMS:
        raise ValueError(f"unknown subsystem {subsystem!r}; known: {', '.join(SUBSYSTEMS)}")
    return logging.getLogger(name)


def log_dir() -> Path:
    """Where the log file lives (see the module docstring for the order of precedence)."""
    explicit = os.environ.get("CRM_DESKTOP_LOG_DIR")
    if explicit:
        return Path(explicit).expanduser()
    home = os.environ.get("CRM_DESKTOP_HOME")
    if home:
        return Path(home).expanduser() / "logs"
    return user_log_path("crm-desktop", appauthor=False)


def log_file() -> Path | None:
    """The file the log is written to, once :func:`install` succeeded in creating its folder."""
    return _log_file


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (it is replaced under test runners)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def install(
    *,
    stderr_level: str | int | None = None,
    directory: Path | None = None,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
) -> Path | None:
    """Set up the handlers and the exception hooks; safe to call again (replaces its own handlers).

    Returns the log file, or None when its folder cannot be created (then stderr only).
    """
    global _log_file
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()

    level = stderr_level if stderr_level is not None else os.environ.get("CRM_DESKTOP_LOG", "WARNING")
    to_stderr = _StderrHandler()
    to_stderr.setLevel(level.upper() if isinstance(level, str) else level)
    to_stderr.setFormatter(logging.Formatter(FORMAT_STDERR))
    _installed.append(to_stderr)

    _log_file = None
    problem = ""
    folder = directory or log_dir()
    try:
        private_dir(folder)
        for old in folder.glob(f"{LOG_FILE_NAME}*"):  # written by an older version with the default mode
            tighten(old)
        to_file = RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8", delay=True
        )
    except OSError as exc:
        problem = f"cannot write the log in {folder}: {exc}"
    else:
        to_file.setLevel(logging.INFO)
        to_file.setFormatter(logging.Formatter(FORMAT_FILE))
        _installed.append(to_file)
        _log_file = folder / LOG_FILE_NAME

    for handler in _installed:
        root.addHandler(handler)
    root.setLevel(min(h.level for h in _installed))
    if problem:
        logging.getLogger("crm_desktop.app").warning("%s", problem)

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    return _log_file


def uninstall() -> None:
    """Remove what :func:`install` added (tests, embedding)."""
    global _log_file
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    _log_file = None
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__


# --- crashes ----------------------------------------------------------------------------------------


def add_crash_listener(listener: CrashListener) -> None:
    """``listener(summary, details)`` is called after an unhandled exception has been logged."""
    if listener not in _listeners:
        _listeners.append(listener)


def remove_crash_listener(listener: CrashListener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def environment_summary() -> str:
    """Version, platform and Python: the first lines of every crash report."""
    from crm_desktop import __version__

    frozen = " (bundled)" if getattr(sys, "frozen", False) else ""
    return (
        f"CRM Desktop {__version__}{frozen}\n"
        f"Python {platform.python_version()} on {platform.platform()}\n"
        f"Executable: {sys.executable}"
    )


def crash_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *, thread: str | None = None
) -> tuple[str, str]:
    """(one-line summary, copyable details) of an exception."""
    summary = f"{exc_type.__name__}: {exc}"
    where = f"Thread: {thread}\n" if thread else ""
    details = environment_summary() + "\n" + where + "\n" + "".join(traceback.format_exception(exc_type, exc, tb))
    return summary, details


def report_crash(summary: str, details: str) -> None:
    """Log a crash and tell the listeners; a failing listener is logged, never raised."""
    crash_log.critical("%s\n%s", summary, details)
    for listener in list(_listeners):
        try:
            listener(summary, details)
        except Exception:  # the crash dialog itself failing must not hide the first crash
            crash_log.exception("crash listener %r failed", listener)


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: log the crash with details, then tell the listeners (the crash dialog)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report_crash(*crash_details(exc_type, exc, tb))
    if not _listeners:
        # No window to show it: print it as Python would, unless stderr already got it from the log.
        stderr_levels = [h.level for h in _installed if isinstance(h, _StderrHandler)]
        if not stderr_levels or stderr_levels[0] > logging.CRITICAL:
            sys.__excepthook__(exc_type, exc, tb)


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    exc = args.exc_value if args.exc_value is not None else args.exc_type()
    name = args.thread.name if args.thread is not None else None
    report_crash(*crash_details(args.exc_type, exc, args.exc_traceback, thread=name))


# --- crashes that end the process -------------------------------------------------------------------


def flush_log() -> None:
    """Flush every log handler and force the log file to disk (the process is about to end)."""
    for handler in logging.getLogger().handlers:
        handler.flush()
        stream = getattr(handler, "stream", None)
        if isinstance(handler, logging.FileHandler) and stream is not None:
            # a closed or unsyncable stream: the flush above is all that can be done
            with contextlib.suppress(OSError, ValueError):
                os.fsync(stream.fileno())


def _crash_folder() -> Path:
    return _log_file.parent if _log_file is not None else log_dir()


def write_pending_crash(summary: str, details: str) -> Path | None:
    """Write a crash report the next start shows: to a temporary name, synced, then renamed.

    Returns the file, or None when it cannot be written (the log still has the crash).
    """
    folder = _crash_folder()
    target = folder / PENDING_CRASH_NAME
    tmp = folder / f".{PENDING_CRASH_NAME}.{os.getpid()}"
    try:
        private_dir(folder)
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as out:
            out.write(f"{summary}\n{details}")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError:
        crash_log.exception("cannot write the crash report in %s", folder)
        return None
    return target


def take_pending_crash() -> tuple[str, str] | None:
    """The (summary, details) of a crash the previous session could not show, once.

    The report is kept as ``last-crash.txt`` beside the log, so it can still be attached to a report.
    """
    folder = _crash_folder()
    pending = folder / PENDING_CRASH_NAME
    try:
        text = pending.read_text(encoding="utf-8", errors="replace")
        os.replace(pending, folder / LAST_CRASH_NAME)
    except FileNotFoundError:
        return None
    except OSError:
        crash_log.exception("cannot read the crash report %s", pending)
        return None
    summary, _, details = text.partition("\n")
    return summary, details
