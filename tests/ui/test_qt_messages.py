"""Qt's messages reach the log; critical and fatal ones reach the crash listeners (the dialog)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import qCritical, qWarning

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


def test_fatal_message_is_in_the_log_before_qt_aborts(tmp_path: Path) -> None:
    program = (
        "from crm_desktop import logging_setup; from crm_desktop.ui import qt_messages\n"
        "from PySide6.QtCore import qFatal\n"
        "logging_setup.install(); qt_messages.install(); qFatal('cannot create the platform window')\n"
    )
    env = {**os.environ, "CRM_DESKTOP_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, timeout=60)

    assert proc.returncode != 0  # Qt aborts the process
    text = (tmp_path / "logs" / "crm-desktop.log").read_text(encoding="utf-8")
    # PySide6's qFatal() passes the text on as a warning, then Qt's fatal message follows.
    assert (
        "cannot create the platform window" in text
        and "CRITICAL crm_desktop.crash [MainThread]: Qt fatal error" in text
    )
