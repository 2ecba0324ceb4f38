"""What the program writes is its user's only: files 0600, folders 0700, and older files tightened."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows relies on the profile's ACLs)")


def crm(tmp_path: Path, *args: str) -> None:
    """The real program, started with the common default umask 022."""
    env = {
        **os.environ,
        "CRM_DESKTOP_HOME": str(tmp_path / "home"),
        "CRM_DESKTOP_KEY_PASSPHRASE": "clave de prueba",
        "CRM_DESKTOP_BACKUP_PASSPHRASE": "copia de prueba",
    }
    done = subprocess.run(
        [sys.executable, "-m", "crm_desktop.cli", "--workspace", str(tmp_path / "ws"), *args],
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.umask(0o022),
        check=False,
    )
    assert done.returncode == 0, done.stderr


def modes(*roots: Path) -> dict[str, int]:
    found = {}
    for root in roots:
        for path in [root, *root.rglob("*")]:
            found[str(path)] = stat.S_IMODE(path.lstat().st_mode)
    return found


def loose(found: dict[str, int]) -> dict[str, str]:
    return {p: oct(m) for p, m in found.items() if m & 0o077}


def test_everything_the_program_writes_is_private(tmp_path: Path) -> None:
    crm(tmp_path, "init", "--name", "Prueba")
    crm(tmp_path, "poa", "theme-add", "k1", "--name-es", "Tema")
    crm(tmp_path, "backup", "create")
    out = tmp_path / "out"
    out.mkdir(mode=0o700)
    crm(tmp_path, "dump", "--out", str(out / "dump.json"))
    crm(tmp_path, "identity", "init", "--person-name", "Coordinadora", "--role", "st", "--key-file")
    crm(tmp_path, "identity", "backup", "--out", str(out / "keys.backup"))

    found = modes(tmp_path / "ws", tmp_path / "home", out)
    assert loose(found) == {}
    assert any(p.endswith("workspace.sqlite3") for p in found)
    assert any("/backups/" in p for p in found)
    assert any(p.endswith("crm-desktop.log") for p in found)
    assert found[str(out / "keys.backup")] == 0o600 and found[str(out / "dump.json")] == 0o600


def test_files_left_world_readable_are_tightened_on_open(tmp_path: Path) -> None:
    crm(tmp_path, "init", "--name", "Prueba")
    crm(tmp_path, "backup", "create")
    for path in modes(tmp_path / "ws", tmp_path / "home"):
        os.chmod(path, 0o755 if Path(path).is_dir() else 0o644)
    assert loose(modes(tmp_path / "ws"))

    crm(tmp_path, "check")

    assert loose(modes(tmp_path / "ws", tmp_path / "home" / "logs")) == {}


def test_mail_drafts_and_crash_reports_are_private(tmp_path: Path) -> None:
    from crm_desktop import logging_setup
    from crm_desktop.mail.compose import write_eml

    draft = write_eml(b"Subject: x\r\n\r\nx\r\n", tmp_path / "drafts", "focal-point")
    logging_setup.install(directory=tmp_path / "logs")
    try:
        report = logging_setup.write_pending_crash("summary", "details")
    finally:
        logging_setup.uninstall()
    assert report is not None
    found = modes(tmp_path / "drafts", tmp_path / "logs")
    assert found[str(draft)] == 0o600 and found[str(report)] == 0o600
    assert found[str(tmp_path / "drafts")] == 0o700 and found[str(tmp_path / "logs")] == 0o700
