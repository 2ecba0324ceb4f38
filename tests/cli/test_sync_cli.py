"""The sync commands end to end: two laptops that have never met join one workspace and converge."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from crm_desktop.app.dump import dump_data
from crm_desktop.app.workspace import Workspace
from crm_desktop.cli import main
from tests import helpers
from tests.sync.conftest import MemoryKeyring
from tests.sync.conftest import memory_keyring as memory_keyring  # the fixture


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_join_approve_exchange_through_files(
    capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    a, b, c = (str(tmp_path / n) for n in ("a", "b", "c"))
    assert run(capsys, "--workspace", a, "init", "--name", "CRM 2026")[0] == 0
    code, out, _ = run(capsys, "--workspace", a, "identity", "init", "--person-name", "Coordinadora", "--role", "st")
    assert code == 0 and len(out.strip()) == 19
    code, out, _ = run(capsys, "--workspace", a, "identity", "show", "--json")
    me = json.loads(out)
    assert me["admin"] is True and me["role"] == "st" and me["joined"] and len(me["fingerprint"]) == 19

    for ws, name, who in ((b, "Ana", ("--country", "CR")), (c, "Luis", ("--organisation", "OIM"))):
        req = str(tmp_path / f"{name}.json")
        role = "member" if who[0] == "--country" else "observer"
        args = ("join-request", "--out", req, "--person-name", name, *who, "--role", role)
        code, out, _ = run(capsys, "--workspace", ws, *args)
        assert code == 0 and "huella" in out
        code, out, _ = run(capsys, "--workspace", a, "roster", "approve", req)
        assert code == 0
        welcome = tmp_path / f"{name}-welcome.crmb"
        code, out, _ = run(capsys, "--workspace", ws, "bundle", "import", str(welcome))
        assert code == 0 and "huella" in out

    code, out, _ = run(capsys, "--workspace", a, "roster", "list", "--json")
    roster = json.loads(out)
    assert sorted(r["role"] for r in roster) == ["member", "observer", "st"]
    assert run(capsys, "--workspace", b, "roster", "approve", str(tmp_path / "Luis.json"))[0] == 3  # not admin

    wb = Workspace(Path(b))
    helpers.meeting(wb, title="Reunión propuesta por Costa Rica")
    wb.close()
    out_file = str(tmp_path / "b-to-a.crmb")
    assert run(capsys, "--workspace", b, "bundle", "export", "--out", out_file, "--role", "st")[0] == 0
    code, out, _ = run(capsys, "--workspace", a, "--lang", "en", "bundle", "import", out_file, "--json")
    assert code == 0 and json.loads(out)["applied"] == 1
    code, out, _ = run(capsys, "--workspace", a, "--lang", "en", "bundle", "import", out_file)
    assert code == 0 and "already imported" in out

    tampered = tmp_path / "tampered.crmb"
    data = bytearray(Path(out_file).read_bytes())
    data[100] ^= 0xFF
    tampered.write_bytes(bytes(data))
    code, _, err = run(capsys, "--workspace", a, "bundle", "import", str(tampered))
    assert code == 4 and "paquete rechazado" in err
    code, _, err = run(capsys, "--workspace", a, "--lang", "en", "bundle", "import", str(tmp_path / "Ana.json"))
    assert code == 4 and "not a CRM Desktop bundle" in err

    assert run(capsys, "--workspace", a, "bundle", "pending", "--json")[1].strip() == "[]"
    folder = tmp_path / "shared"
    assert run(capsys, "--workspace", a, "sync", "folder", str(folder))[0] == 0
    assert not list(folder.glob(".*.part"))
    assert len(list(folder.glob("*.crmb"))) == 2  # one per peer
    wb = Workspace(Path(b))
    helpers.meeting(wb, title="Segunda propuesta de Costa Rica")  # b now owes a something
    wb.close()
    code, out, _ = run(capsys, "--workspace", b, "sync", "folder", str(folder))
    assert code == 0 and "importado" in out and "exportado" in out
    code, out, _ = run(capsys, "--workspace", a, "sync", "folder", str(folder))
    assert code == 0 and "importado" in out
    wa, wb = Workspace(Path(a)), Workspace(Path(b))
    try:
        assert dump_data(wa)["tables"] == dump_data(wb)["tables"]
    finally:
        wa.close()
        wb.close()


def test_identity_without_a_keyring_explains_the_choice(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        ws = str(tmp_path / "a")
        assert run(capsys, "--workspace", ws, "init", "--name", "CRM")[0] == 0
        code, _, err = run(capsys, "--workspace", ws, "--lang", "en", "identity", "init", "--person-name", "ST")
        assert code == 4 and "no system keyring" in err and "--key-file" in err
    finally:
        keyring.set_keyring(previous)


def test_identity_show_before_any_identity_says_what_to_do(
    capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    ws = str(tmp_path / "a")
    assert run(capsys, "--workspace", ws, "init", "--name", "CRM")[0] == 0
    code, _, err = run(capsys, "--workspace", ws, "--lang", "en", "identity", "show")
    assert code == 4 and "identity init" in err
    code, _, err = run(capsys, "--workspace", ws, "bundle", "export", "--out", str(tmp_path / "x.crmb"), "--all")
    assert code == 4 and "identity init" in err
