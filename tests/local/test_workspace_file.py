"""A workspace file that is not a CRM Desktop database, and a creation killed halfway."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crm_desktop.app.check import check
from crm_desktop.app.workspace import Workspace, init_workspace
from crm_desktop.cli import main
from crm_desktop.domain.errors import BadInput
from crm_desktop.store.db import DB_NAME


def damaged(directory: Path, kind: str) -> Path:
    directory.mkdir()
    db = directory / DB_NAME
    if kind == "text":
        db.write_text("esto no es una base de datos\n" * 100)
    elif kind == "torn":
        db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    elif kind == "directory":
        db.mkdir()
    else:
        os.mkfifo(db)
    return directory


KINDS = ["text", "torn", "directory"] + (["fifo"] if hasattr(os, "mkfifo") else [])


@pytest.mark.parametrize("kind", KINDS)
def test_a_workspace_file_that_is_not_a_database_exits_4(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
) -> None:
    directory = damaged(tmp_path / "ws", kind)
    for command in (["check"], ["meetings", "list"], ["poa", "theme-add", "k", "--name-es", "Tema"]):
        code = main(["--workspace", str(directory), "--lang", "en", *command])
        err = capsys.readouterr().err
        assert code == 4, err
        assert ("not a CRM Desktop database" in err or "not a regular file" in err) and "Traceback" not in err


@pytest.mark.parametrize("kind", KINDS)
def test_the_window_is_given_a_message_not_an_exception(tmp_path: Path, kind: str) -> None:
    directory = damaged(tmp_path / "ws", kind)
    with pytest.raises(BadInput):  # the window's open path turns it into its "could not open" message
        Workspace(directory).close()


def test_check_reports_a_creation_that_did_not_finish(tmp_path: Path) -> None:
    ws = init_workspace(tmp_path / "ws", "Prueba", building="demo")  # as a demo killed after its first step
    try:
        report = check(ws)
    finally:
        ws.close()
    assert not report.ok and any("demo" in p for p in report.problems)


def test_an_unfinished_workspace_is_built_again_not_refused(tmp_path: Path) -> None:
    init_workspace(tmp_path / "ws", "A medias", building="demo").close()
    ws = init_workspace(tmp_path / "ws", "Prueba")
    try:
        assert ws.building is None and ws.name == "Prueba"
        assert check(ws).ok
    finally:
        ws.close()


def test_a_killed_demo_is_not_called_ok(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    env = {**os.environ, "CRM_DESKTOP_HOME": str(tmp_path / "home")}
    demo = subprocess.Popen(
        [sys.executable, "-m", "crm_desktop.cli", "--workspace", str(directory), "demo"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # Killed once it has written some of its year (the database grows past the reference data).
        while demo.poll() is None and not (
            (directory / DB_NAME).exists() and (directory / f"{DB_NAME}-wal").exists() and _changesets(directory) > 50
        ):
            time.sleep(0.05)
        assert demo.poll() is None, "the demo finished before it could be killed"
        demo.send_signal(signal.SIGKILL)
    finally:
        demo.wait()

    code = main(["--workspace", str(directory), "--lang", "en", "check"])
    err = capsys.readouterr().err
    assert code == 4 and "interrupted" in err

    assert main(["--workspace", str(directory), "demo"]) == 0  # the next demo starts again from scratch
    capsys.readouterr()
    assert main(["--workspace", str(directory), "check"]) == 0


def _changesets(directory: Path) -> int:
    import sqlite3

    try:
        conn = sqlite3.connect(f"{(directory / DB_NAME).as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM changesets").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_damaged_pages_met_after_opening_exit_4(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> None:
    db = demo_dir / DB_NAME
    data = bytearray(db.read_bytes())
    page = 4096
    last = len(data) // page
    for n in range(last - 40, last - 30):  # table pages that opening the workspace does not read
        data[n * page : (n + 1) * page] = b"\xab" * page
    db.write_bytes(bytes(data))

    for command in (["check"], ["dump", "--out", str(demo_dir / "dump.json")]):
        code = main(["--workspace", str(demo_dir), "--lang", "en", *command])
        err = capsys.readouterr().err
        assert code == 4, err
        assert "Traceback" not in err


def test_a_laptop_waiting_for_its_welcome_is_not_unfinished(tmp_path: Path) -> None:
    never = Workspace(tmp_path / "never")  # a creation killed before its first mark
    joining = Workspace(tmp_path / "joining")
    joining.set_meta("sync.person_name", "Ana")  # as after a join request
    try:
        assert not check(never).ok
        assert check(joining).ok
    finally:
        never.close()
        joining.close()
