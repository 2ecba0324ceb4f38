"""CLI faces of the trust checks: roles against delegations on approval, literal id prefixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.app import sync
from crm_desktop.app.errors import BadInput, NotFound
from crm_desktop.app.lookup import resolve
from crm_desktop.app.workspace import Workspace
from tests import helpers
from tests.cli.test_sync_cli import run
from tests.sync.conftest import MemoryKeyring
from tests.sync.conftest import memory_keyring as memory_keyring  # the fixture


def _admin(capsys: pytest.CaptureFixture[str], a: str) -> None:
    assert run(capsys, "--workspace", a, "init", "--name", "CRM 2026")[0] == 0
    assert run(capsys, "--workspace", a, "identity", "init", "--person-name", "ST", "--role", "st")[0] == 0


def _request(capsys: pytest.CaptureFixture[str], ws: str, req: str, role: str, *who: str) -> None:
    args = ("join-request", "--out", req, "--person-name", "Delegada", *who, "--role", role)
    assert run(capsys, "--workspace", ws, *args)[0] == 0


def test_approve_refuses_a_role_the_delegation_cannot_hold_and_says_what_a_laptop_will_see(
    capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    a, ar, oim = str(tmp_path / "a"), str(tmp_path / "ar"), str(tmp_path / "oim")
    _admin(capsys, a)
    _request(capsys, ar, str(tmp_path / "ar.json"), "member", "--country", "AR")
    code, _, err = run(capsys, "--workspace", a, "roster", "approve", str(tmp_path / "ar.json"))
    assert code == 3 and "AR" in err and "observer" in err
    _request(capsys, oim, str(tmp_path / "oim.json"), "observer", "--organisation", "OIM")
    code, out, _ = run(capsys, "--workspace", a, "--lang", "en", "roster", "approve", str(tmp_path / "oim.json"))
    assert code == 0 and "this laptop will receive public material" in out


def test_roster_revoke_takes_an_id_prefix(
    capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    _admin(capsys, a)
    _request(capsys, b, str(tmp_path / "b.json"), "member", "--country", "CR")
    assert run(capsys, "--workspace", a, "roster", "approve", str(tmp_path / "b.json"))[0] == 0
    wb = Workspace(Path(b))
    device = wb.device_id
    wb.close()
    assert run(capsys, "--workspace", a, "roster", "revoke", "%" + device[1:8])[0] == 4  # a pattern is no prefix
    assert run(capsys, "--workspace", a, "roster", "revoke", device[:6])[0] == 0
    wa = Workspace(Path(a))
    try:
        assert {e.device_id: e.status for e in sync.roster_list(wa)}[device] == "revoked"
    finally:
        wa.close()


def test_like_wildcards_in_an_id_prefix_match_only_themselves(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    w = str(tmp_path / "w")
    assert run(capsys, "--workspace", w, "init", "--name", "CRM")[0] == 0
    ws = Workspace(Path(w))
    meeting = helpers.meeting(ws)
    person = helpers.person(ws, "Ana", country="MX")
    ws.close()
    for key in ("%" + meeting[1:9], meeting[:3] + "_" + meeting[4:9], "____" + meeting[4:9], "%%%%"):
        code, _, err = run(capsys, "--workspace", w, "accredit", "--meeting", key, "--person", person)
        assert code == 4 and key in err  # unknown, never another meeting
    code, out, _ = run(capsys, "--workspace", w, "accredit", "--meeting", meeting[:8], "--person", person[:8])
    assert code == 0 and out.strip()


def test_ambiguous_prefix_names_the_candidates() -> None:
    ids = ["abcd0001", "abcd0002", "abce0003"]
    assert resolve("abce", ids, "meeting") == "abce0003"
    assert resolve("abcd0001", ids, "meeting") == "abcd0001"
    with pytest.raises(BadInput) as info:
        resolve("abcd", ids, "meeting")
    assert "abcd0001, abcd0002" in info.value.render("en") and info.value.exit_code == 4
    with pytest.raises(NotFound):
        resolve("abc", ids, "meeting")  # too short to be a prefix
    with pytest.raises(NotFound):
        resolve("a%cd", ids, "meeting")
