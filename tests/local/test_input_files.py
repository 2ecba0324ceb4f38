"""Every command that reads a file a user names refuses a device, a named pipe or a folder with exit 4
(never a hang, a MemoryError or a traceback), and changes nothing."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.app.sync import read_join_request
from crm_desktop.cli import main
from crm_desktop.domain.errors import BadInput
from crm_desktop.store.db import DB_NAME
from crm_desktop.store.local_files import read_input

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="devices and named pipes are POSIX")


@pytest.fixture(params=["dev-zero", "fifo", "directory"])
def special(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    if request.param == "dev-zero":
        yield Path("/dev/zero")
        return
    path = tmp_path / f"input-{request.param}"
    if request.param == "fifo":
        os.mkfifo(path)
    else:
        path.mkdir()
    yield path


def first_id(capsys: pytest.CaptureFixture[str], ws: str, what: str) -> str:
    assert main(["--workspace", ws, what, "list", "--json"]) == 0
    return str(json.loads(capsys.readouterr().out)[0]["id"])


COMMANDS = {
    "participants import": ["participants", "import", "{file}", "--meeting", "{meeting}"],
    "calendar import": ["calendar", "import", "{file}"],
    "drafting import": [
        "drafting",
        "import",
        "{file}",
        "--meeting",
        "{meeting}",
        "--type",
        "declaration",
        "--as",
        "{person}",
    ],
    "bundle import": ["bundle", "import", "{file}"],
    "identity restore": ["identity", "restore", "{file}"],
    "backup restore": ["backup", "restore", "{file}"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_special_files_are_refused_with_exit_4(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    demo_dir: Path,
    special: Path,
    command: str,
) -> None:
    monkeypatch.setenv("CRM_DESKTOP_BACKUP_PASSPHRASE", "frase de prueba")
    ws = str(demo_dir)
    ids = {"meeting": first_id(capsys, ws, "meetings"), "person": first_id(capsys, ws, "people")}
    before = (demo_dir / DB_NAME).read_bytes()
    argv = [a.format(file=special, **ids) for a in COMMANDS[command]]

    code = main(["--workspace", ws, "--lang", "en", *argv])

    err = capsys.readouterr().err
    assert code == 4, err
    assert "not a regular file" in err and "Traceback" not in err
    assert (demo_dir / DB_NAME).read_bytes() == before


def test_a_join_request_that_is_a_device_is_refused(special: Path) -> None:
    with pytest.raises(BadInput) as refused:
        read_join_request(special)
    assert refused.value.message.code == "file.not_regular"


def test_reading_stops_at_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(BadInput) as refused:
        read_input(big, limit=1024)
    assert refused.value.message.code == "file.too_large"
    assert read_input(big, limit=2048) == b"x" * 2048


def test_a_mail_attachment_that_is_a_device_is_refused(special: Path) -> None:
    from crm_desktop.mail.compose import Attachment

    with pytest.raises(BadInput):
        Attachment.from_path(special)
