"""Two processes writing to one workspace: each change gets its own sequence number, or a clear
"busy" refusal (exit 4) when the other holds the workspace too long; never a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from crm_desktop.app.check import check
from crm_desktop.app.workspace import Workspace, init_workspace
from crm_desktop.store.db import DB_NAME

WRITER = """
import contextlib, io, sys
from crm_desktop.cli import main
ws, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
said = io.StringIO()  # each write's own line ("Theme ... added"), kept apart from the exit codes
with contextlib.redirect_stdout(said):
    codes = [main(["--workspace", ws, "poa", "theme-add", f"{tag}{i}", "--name-es", f"T {tag} {i}"]) for i in range(n)]
assert len(said.getvalue().splitlines()) == n
print(" ".join(map(str, codes)))
"""


def start(*args: str, home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "CRM_DESKTOP_HOME": str(home)}
    return subprocess.Popen([sys.executable, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_concurrent_cli_writes_all_succeed_with_distinct_numbers(tmp_path: Path) -> None:
    init_workspace(tmp_path / "ws", "Prueba").close()
    n = 30
    writers = [start("-c", WRITER, str(tmp_path / "ws"), tag, str(n), home=tmp_path / "home") for tag in "ab"]
    results = [w.communicate(timeout=600) for w in writers]

    for out, err in results:
        assert out.split() == ["0"] * n, err
        assert "Traceback" not in err and "UNIQUE" not in err
    ws = Workspace(tmp_path / "ws")
    try:
        with ws.read() as s:
            rows = s.connection().exec_driver_sql("SELECT seq, hlc FROM changesets ORDER BY seq").all()
        seqs = [r[0] for r in rows]
        assert seqs == list(range(1, 2 * n + 2))  # the reference data, then every write
        assert [r[1] for r in rows] == sorted(r[1] for r in rows)  # one device's clock never goes back
        assert check(ws).ok
    finally:
        ws.close()


def test_a_writer_that_cannot_get_the_workspace_is_told_it_is_busy(tmp_path: Path) -> None:
    init_workspace(tmp_path / "ws", "Prueba").close()
    holder = sqlite3.connect(tmp_path / "ws" / DB_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock past the busy timeout
    try:
        cmd = ["-m", "crm_desktop.cli", "--workspace", str(tmp_path / "ws"), "--lang", "en"]
        writer = start(*cmd, "poa", "theme-add", "k", "--name-es", "Tema", home=tmp_path / "home")
        _out, err = writer.communicate(timeout=600)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert writer.returncode == 4, err
    assert "workspace is busy" in err and "Traceback" not in err
