"""``crm-desktop backup list|create|restore``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_create_list_restore(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> None:
    ws = str(demo_dir)
    code, out, _ = run(capsys, "--workspace", ws, "backup", "create")
    assert code == 0
    made = Path(out.strip())
    assert made.exists() and made.parent == demo_dir / "backups"

    code, out, _ = run(capsys, "--workspace", ws, "backup", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["path"] for r in rows] == [str(made)]
    assert rows[0]["reason"] == "manual" and rows[0]["size"] > 0

    code, out, _ = run(capsys, "--workspace", ws, "--lang", "en", "backup", "restore", str(made))
    assert code == 0
    assert "restored from" in out and "previous state was saved" in out
    code, out, _ = run(capsys, "--workspace", ws, "backup", "list")
    assert "pre-restore" in out and "manual" in out
    assert run(capsys, "--workspace", ws, "check")[0] == 0


def test_restore_of_a_corrupt_file_exits_4_in_spanish(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> None:
    bad = demo_dir.parent / "copia.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = (demo_dir / "workspace.sqlite3").read_bytes()

    code, _, err = run(capsys, "--workspace", str(demo_dir), "backup", "restore", str(bad))

    assert code == 4
    assert "copia.sqlite3" in err and "no se ha cambiado nada" in err
    assert (demo_dir / "workspace.sqlite3").read_bytes() == before
