"""Qt's own messages go to the program's log; critical and fatal ones are reported as crashes.

Qt reports problems (a missing plugin, a failed paint device, an assertion) through its message
handler, by default straight to stderr, where a user of the installed program never sees them.
:func:`install` routes them to the ``crm_desktop.ui`` logger (so they reach the rotating log file),
and hands critical and fatal ones to :func:`crm_desktop.logging_setup.report_crash`, which logs
them with the program's version and platform and tells the crash listeners — the crash dialog.
A fatal message ends the process when the handler returns (Qt aborts), so no dialog can be shown
in this session: the handler logs it, forces the log to disk and leaves a pending crash report
(:func:`crm_desktop.logging_setup.write_pending_crash`) that the next start shows in the dialog.
"""

from __future__ import annotations

import logging
import traceback
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from crm_desktop.logging_setup import crash_log, environment_summary, flush_log, report_crash, write_pending_crash

log = logging.getLogger("crm_desktop.ui")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_CRASHES = (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
# What the off-screen platform (self-test, smoke check) says about features it lacks: not a problem.
_PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()")


def _where(context: QMessageLogContext) -> str:
    if context is not None and context.file:
        return f" ({context.file}:{context.line}, {context.function})"
    return ""


# The last messages before a fatal one say what led to it (PySide6's qFatal() even sends its text as
# a warning, followed by a fatal message that only says Python called it).
_recent: deque[str] = deque(maxlen=8)


def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The message handler: log every message; report critical and fatal ones as crashes."""
    category = (context.category if context is not None else None) or "default"
    if kind not in _CRASHES:
        level = logging.DEBUG if message in _PLATFORM_NOISE else _LEVELS.get(kind, logging.WARNING)
        log.log(level, "Qt %s: %s%s", category, message, _where(context))
        if level >= logging.WARNING:
            _recent.append(f"{logging.getLevelName(level)} ({category}): {message}")
        return
    severity = "fatal" if kind == QtMsgType.QtFatalMsg else "critical"
    before = "".join(f"  {line}\n" for line in _recent)
    if kind == QtMsgType.QtFatalMsg and _recent and message.startswith("[A qFatal() call was made"):
        message = f"{_recent[-1].partition('): ')[2]} {message}"
    summary = f"Qt {severity} error: {message}"
    details = (
        f"{environment_summary()}\n\nQt {severity} message ({category}): {message}{_where(context)}\n\n"
        + (f"Qt messages just before:\n{before}\n" if before else "")
        + "Python stack when Qt reported it:\n"
        + "".join(traceback.format_stack()[:-1])
    )
    if kind == QtMsgType.QtFatalMsg:
        # Qt aborts as soon as this returns: a dialog opened here would run an event loop inside a
        # dying Qt. Everything goes to disk instead, and the next start shows it.
        crash_log.critical("%s\n%s", summary, details)
        write_pending_crash(summary, details)
        flush_log()
        return
    report_crash(summary, details)


def install() -> Callable[..., Any] | None:
    """Route Qt's messages through :func:`handle`; returns the previous handler (for :func:`restore`)."""
    return qInstallMessageHandler(handle)


def restore(previous: Callable[..., Any] | None) -> None:
    qInstallMessageHandler(previous)
