"""Logging: where the file goes, what reaches stderr, rotation, and unhandled exceptions."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from crm_desktop import logging_setup


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("CRM_DESKTOP_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CRM_DESKTOP_LOG_DIR", raising=False)
    path = logging_setup.install(stderr_level="WARNING")
    assert path is not None
    yield path
    logging_setup.uninstall()


def test_file_under_the_redirected_home_gets_info_stderr_only_warnings(
    installed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert installed == tmp_path / "home" / "logs" / "crm-desktop.log"
    logging_setup.logger("backup").info("copia hecha")
    logging_setup.logger("store").warning("disco casi lleno")

    text = installed.read_text(encoding="utf-8")
    assert "INFO crm_desktop.backup" in text and "copia hecha" in text
    assert "WARNING crm_desktop.store" in text
    err = capsys.readouterr().err
    assert "disco casi lleno" in err and "copia hecha" not in err


def test_explicit_log_dir_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_DESKTOP_LOG_DIR", str(tmp_path / "elsewhere"))
    assert logging_setup.log_dir() == tmp_path / "elsewhere"


def test_unknown_subsystem_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="known:"):
        logging_setup.logger("misc")


def test_installing_twice_does_not_duplicate_lines(installed: Path) -> None:
    logging_setup.install(stderr_level="ERROR")
    logging_setup.logger("app").info("una vez")
    assert installed.read_text(encoding="utf-8").count("una vez") == 1


def test_the_log_rotates_and_stays_bounded(tmp_path: Path) -> None:
    path = logging_setup.install(stderr_level="CRITICAL", directory=tmp_path / "logs", max_bytes=2000, backup_count=3)
    try:
        for i in range(400):
            logging_setup.logger("sync").info("línea %d de relleno para llenar el archivo", i)
    finally:
        logging_setup.uninstall()
    assert path is not None
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["crm-desktop.log", "crm-desktop.log.1", "crm-desktop.log.2", "crm-desktop.log.3"]
    assert all(p.stat().st_size <= 2200 for p in path.parent.iterdir())
    assert "línea 399" in path.read_text(encoding="utf-8")


def test_crash_listener_gets_summary_and_details_after_the_log(installed: Path) -> None:
    seen: list[tuple[str, str]] = []
    logging_setup.add_crash_listener(lambda s, d: seen.append((s, d)))
    try:
        raise ValueError("fecha imposible")
    except ValueError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    summary, details = seen[0]
    assert summary == "ValueError: fecha imposible"
    assert "CRM Desktop" in details and "Traceback" in details and "fecha imposible" in details
    assert "fecha imposible" in installed.read_text(encoding="utf-8")


def test_a_failing_listener_does_not_hide_the_crash(installed: Path) -> None:
    def broken(summary: str, details: str) -> None:
        raise RuntimeError("el diálogo falló")

    logging_setup.add_crash_listener(broken)
    try:
        logging_setup.report_crash("KeyError: 'x'", "detalles")
    finally:
        logging_setup.remove_crash_listener(broken)
    text = installed.read_text(encoding="utf-8")
    assert "KeyError: 'x'" in text and "el diálogo falló" in text


def test_worker_thread_exception_is_logged(installed: Path) -> None:
    def work() -> None:
        raise OSError("disco desconectado")

    t = threading.Thread(target=work, name="exportador")
    t.start()
    t.join()
    text = installed.read_text(encoding="utf-8")
    assert "Thread: exportador" in text and "OSError: disco desconectado" in text


def test_unhandled_exception_in_the_program_reaches_the_log_file(tmp_path: Path) -> None:
    env = {**os.environ, "CRM_DESKTOP_HOME": str(tmp_path), "CRM_DESKTOP_LOG": "WARNING"}
    code = "from crm_desktop.logging_setup import install; install(); raise RuntimeError('fallo inesperado')"
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)

    assert proc.returncode == 1
    assert "RuntimeError: fallo inesperado" in proc.stderr
    text = (tmp_path / "logs" / "crm-desktop.log").read_text(encoding="utf-8")
    assert "CRITICAL crm_desktop.crash" in text and "Traceback" in text and "fallo inesperado" in text


def test_cli_main_writes_its_log_file(tmp_path: Path, ws: object) -> None:
    from crm_desktop.cli import main

    directory = ws.directory  # type: ignore[attr-defined]
    try:
        assert main(["--workspace", str(directory), "backup", "create"]) == 0
        path = logging_setup.log_file()
    finally:
        logging_setup.uninstall()
    assert path is not None and "backup manual written" in path.read_text(encoding="utf-8")
    assert not any(isinstance(h, RotatingFileHandler) for h in logging.getLogger().handlers)
