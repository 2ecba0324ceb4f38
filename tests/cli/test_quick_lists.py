"""``meetings list`` and ``people list`` through plain sqlite3: the same output as the usual path,
without SQLAlchemy, and the usual path whenever the workspace is not at the current revision."""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop import cli
from crm_desktop.store import quick_lists
from crm_desktop.store.db import DB_NAME

COMMANDS = [
    ["meetings", "list", "--json"],
    ["meetings", "list"],
    ["meetings", "list", "--json", "--year", "2026"],
    ["meetings", "list", "--json", "--body", "GRCM"],
    ["meetings", "list", "--json", "--body", "no-such-body"],
    ["people", "list", "--json"],
    ["people", "list"],
]


def output(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    code = cli.main(argv)
    return code, capsys.readouterr().out


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_the_quick_read_prints_what_the_usual_path_prints(
    demo_dir: Path, command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ["--workspace", str(demo_dir), *command]
    assert cli._quick_list(argv) == 0  # the quick path answered
    quick = capsys.readouterr().out
    monkeypatch.setattr(cli, "_quick_list", lambda _argv: None)
    assert output(capsys, argv) == (0, quick)
    assert quick.strip() or "no-such-body" in command


def test_a_list_imports_neither_sqlalchemy_nor_alembic(demo_dir: Path) -> None:
    probe = (
        "import sys; from crm_desktop.cli import main; code = main(sys.argv[1:]);"
        "assert not {'sqlalchemy', 'alembic'} & set(sys.modules), sorted(m for m in sys.modules if 'sqlalchemy' in m);"
        "sys.exit(code)"
    )
    for command in (["meetings", "list", "--json"], ["people", "list"]):
        done = subprocess.run(
            [sys.executable, "-c", probe, "--workspace", str(demo_dir), *command],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout


def test_another_schema_revision_takes_the_usual_path(demo_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(demo_dir, other)
    with sqlite3.connect(other / DB_NAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'not-this-code'")
    assert quick_lists.list_meetings(other / DB_NAME) is None
    assert quick_lists.list_people(other / DB_NAME) is None


def test_a_missing_or_foreign_file_takes_the_usual_path(tmp_path: Path) -> None:
    assert quick_lists.list_meetings(tmp_path / DB_NAME) is None
    assert cli._quick_list(["--workspace", str(tmp_path), "people", "list"]) is None
    (tmp_path / DB_NAME).write_bytes(b"not a database" * 100)
    assert quick_lists.list_meetings(tmp_path / DB_NAME) is None
    assert quick_lists.list_people(tmp_path / DB_NAME) is None


def test_the_quick_read_writes_nothing(demo_dir: Path) -> None:
    before = {p.name: p.read_bytes() for p in demo_dir.iterdir() if p.is_file()}
    assert quick_lists.list_meetings(demo_dir / DB_NAME)
    assert quick_lists.list_people(demo_dir / DB_NAME)
    assert {p.name: p.read_bytes() for p in demo_dir.iterdir() if p.is_file()} == before


def test_other_commands_are_not_taken(demo_dir: Path) -> None:
    assert cli._quick_list(["--workspace", str(demo_dir), "check"]) is None
    assert cli._quick_list(["--workspace", str(demo_dir), "meetings", "list", "--help"]) is None
    assert cli._quick_list(["--workspace", str(demo_dir), "drafting", "list"]) is None
