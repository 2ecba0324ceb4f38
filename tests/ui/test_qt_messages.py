"""Qt's messages reach the log; critical and fatal ones reach the crash listeners (the dialog)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import qCritical, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from crm_desktop import logging_setup
from crm_desktop.ui import qt_messages

pytestmark = pytest.mark.gui


@pytest.fixture
def routed(tmp_path: Path) -> Iterator[Path]:
    log_file = logging_setup.install(stderr_level="CRITICAL", directory=tmp_path)
    previous = qt_messages.install()
    assert log_file is not None
    yield log_file
    qt_messages.restore(previous)
    logging_setup.uninstall()


def test_warning_goes_to_the_log_only(routed: Path) -> None:
    seen: list[str] = []

    def listener(summary: str, details: str) -> None:
        seen.append(summary)

    logging_setup.add_crash_listener(listener)
    try:
        qWarning("QFont: la fuente «Inexistente» no está instalada")
    finally:
        logging_setup.remove_crash_listener(listener)
    assert seen == []
    assert "WARNING crm_desktop.ui [MainThread]: Qt default: QFont: la fuente «Inexistente»" in routed.read_text(
        encoding="utf-8"
    )


def test_critical_goes_to_the_log_and_to_the_dialog(routed: Path) -> None:
    seen: list[tuple[str, str]] = []

    def listener(summary: str, details: str) -> None:
        seen.append((summary, details))

    logging_setup.add_crash_listener(listener)
    try:
        qCritical("QPainter::begin: Paint device returned engine == 0")
    finally:
        logging_setup.remove_crash_listener(listener)
    [(summary, details)] = seen
    assert summary == "Qt critical error: QPainter::begin: Paint device returned engine == 0"
    assert "CRM Desktop" in details and "Python stack" in details and "test_qt_messages.py" in details
    assert "CRITICAL crm_desktop.crash [MainThread]: Qt critical error" in routed.read_text(encoding="utf-8")


def _die_of_a_qt_fatal_error(home: Path) -> subprocess.CompletedProcess[str]:
    """A real process that installs the handlers, as the program does, and hits a real qFatal."""
    program = (
        "from crm_desktop import logging_setup; from crm_desktop.ui import qt_messages\n"
        "from PySide6.QtCore import qFatal\n"
        "logging_setup.install(); qt_messages.install(); qFatal('cannot create the platform window')\n"
        "print('still alive')\n"
    )
    env = {**os.environ, "CRM_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CRM_DESKTOP_LOG_DIR", None)
    return subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, timeout=60)


def test_fatal_message_is_in_the_log_and_a_crash_report_before_qt_aborts(tmp_path: Path) -> None:
    proc = _die_of_a_qt_fatal_error(tmp_path)

    assert proc.returncode != 0 and "still alive" not in proc.stdout  # Qt aborted the process
    text = (tmp_path / "logs" / "crm-desktop.log").read_text(encoding="utf-8")
    # PySide6's qFatal() passes the text on as a warning, then Qt's fatal message follows.
    assert (
        "cannot create the platform window" in text
        and "CRITICAL crm_desktop.crash [MainThread]: Qt fatal error" in text
    )
    report = (tmp_path / "logs" / logging_setup.PENDING_CRASH_NAME).read_text(encoding="utf-8")
    assert report.startswith("Qt fatal error: cannot create the platform window [A qFatal() call")
    assert "\nCRM Desktop " in report
    assert "Python stack when Qt reported it" in report


def test_the_next_start_shows_the_crash_that_ended_the_last_session(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, translations: Any
) -> None:
    from crm_desktop.ui.crash import CrashDialog
    from crm_desktop.ui.main import DesktopApp

    home = tmp_path / "home"
    assert _die_of_a_qt_fatal_error(home).returncode != 0
    monkeypatch.setenv("CRM_DESKTOP_HOME", str(home))
    monkeypatch.delenv("CRM_DESKTOP_LOG_DIR", raising=False)
    logging_setup.install(stderr_level="CRITICAL")  # the next start: the log in the same place
    app = DesktopApp(argparse.Namespace(workspace=str(tmp_path / "ws"), lang="es", smoke=False))
    try:
        app.window = QWidget()
        qtbot.addWidget(app.window)
        dialog = app.show_previous_crash()
        assert isinstance(dialog, CrashDialog) and dialog.isVisible()
        assert dialog.intro.text().startswith("La sesión anterior de CRM Desktop terminó por un error inesperado")
        shown = dialog.details.toPlainText()
        assert shown.startswith("Qt fatal error: cannot create the platform window [A qFatal() call")
        assert "\nCRM Desktop " in shown and "Qt messages just before:" in shown
        assert "Python stack when Qt reported it" in shown
        dialog.copy()
        assert QGuiApplication.clipboard().text() == shown
        dialog.close()
        assert app.show_previous_crash() is None  # shown once; kept beside the log for a report
        assert (home / "logs" / logging_setup.LAST_CRASH_NAME).read_text(encoding="utf-8") == shown
    finally:
        app.translations.clear()  # the translators it installed must not reach the next tests
        logging_setup.uninstall()
