"""Authenticate, then work: unknown senders are refused before decryption, hostile sizes while parsing."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from crm_desktop.app import backup, sync
from crm_desktop.app.workspace import Workspace
from crm_desktop.cli import main
from crm_desktop.sync import bundle_format, importer
from crm_desktop.sync.keys import DeviceKeys
from tests.sync.crafted import craft, header_for, repeated
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot

EMPTY = (b'{"changesets":[],"withheld":[],"workspace_name":"x"}',)


@pytest.fixture
def pair(laptops: Laptops) -> Laptops:
    laptops.found()
    laptops.join("b", country="SV")
    return laptops


def _refused(w: Workspace, data: bytes, code: str) -> sync.BundleRefused:
    before = snapshot(w)
    with pytest.raises(sync.BundleRefused) as info:
        sync.import_data(w, data)
    assert snapshot(w) == before
    assert info.value.message.params["reason"].code == code  # type: ignore[attr-defined]
    assert info.value.exit_code == 4
    return info.value


@pytest.fixture
def no_decryption(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*_args: object, **_kw: object) -> None:
        raise AssertionError("decrypted before the sender was checked")

    monkeypatch.setattr(importer, "decrypt", forbidden)
    monkeypatch.setattr(bundle_format, "decrypt", forbidden)


def test_an_unknown_sender_is_refused_before_decryption(pair: Laptops, no_decryption: None) -> None:
    admin = pair.ws["admin"]
    intruder = DeviceKeys.generate()
    data = craft(intruder, header_for("intruder01", admin), [admin], EMPTY)
    backups = len(backup.list_backups(admin.directory))
    _refused(admin, data, "sync.reason.sender_before_decrypt")
    assert len(backup.list_backups(admin.directory)) == backups  # not even a copy of the workspace


def test_a_revoked_sender_is_refused_before_decryption(pair: Laptops, no_decryption: None) -> None:
    admin, b = pair.ws["admin"], pair.ws["b"]
    sync.revoke(admin, b.device_id)
    data = craft(sync.device_keys(b), header_for(b.device_id, admin), [admin], EMPTY)
    _refused(admin, data, "sync.reason.revoked_sender")


def test_a_laptop_that_has_not_joined_accepts_only_a_welcome(
    pair: Laptops, tmp_path: Path, no_decryption: None
) -> None:
    admin = pair.ws["admin"]
    newcomer = Workspace(tmp_path / "new")
    sync.write_join_request(newcomer, tmp_path / "new.json", person_name="N", role="member", country="GT")
    data = craft(sync.device_keys(admin), header_for(admin.device_id, admin), [newcomer], EMPTY)
    _refused(newcomer, data, "sync.reason.not_welcome")
    newcomer.close()


def test_a_new_key_for_a_roster_device_must_be_introduced_by_the_bundle(pair: Laptops) -> None:
    """The one case read before its key is known (a rotation) is still refused when nothing introduces it."""
    admin, b = pair.ws["admin"], pair.ws["b"]
    data = craft(DeviceKeys.generate(), header_for(b.device_id, admin), [admin], EMPTY)
    _refused(admin, data, "sync.reason.unknown_sender")


HOSTILE = {
    "30 million {}": (b'{"changesets":[', b"{},", 30_000_000, b'{}],"withheld":[]}'),
    "deep nesting": (b'{"changesets":', b"[", 20_000_000, b"]"),
    "huge string": (b'{"workspace_name":"', b"a", 200_000_000, b'"}'),
    "many tiny changesets": (
        b'{"changesets":[',
        b'{"h":{"audience":"public","author":null,"deps":{},"device":"d","hlc":"0000000000001-000000-d",'
        b'"id":"c","ops_sha256":"0","seq":1,"ws":"w"},"ops":[{"op":"put"}],"sig":""},',
        1_200_000,
        b'{}],"withheld":[]}',
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_payload_from_an_enrolled_laptop_is_refused_while_parsing(pair: Laptops, case: str) -> None:
    admin, b = pair.ws["admin"], pair.ws["b"]
    head, unit, count, tail = HOSTILE[case]
    data = craft(sync.device_keys(b), header_for(b.device_id, admin), [admin], repeated(head, unit, count, tail))
    assert len(data) < 1_000_000
    tracemalloc.start()
    try:
        _refused(admin, data, "sync.reason.limit")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200_000_000  # loose: the benchmark reports the figures


def test_the_cli_refuses_with_exit_4_and_a_translated_reason(
    pair: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = pair.ws["admin"]
    path = tmp_path / "intruder.crmb"
    path.write_bytes(craft(DeviceKeys.generate(), header_for("intruder01", admin), [admin], EMPTY))
    before = snapshot(admin)
    for lang, words in (("es", "sin descifrarlo"), ("en", "without decrypting it")):
        code = main(["--workspace", str(admin.directory), "--lang", lang, "bundle", "import", str(path)])
        out, err = capsys.readouterr()
        assert code == 4 and words in out + err and "Traceback" not in out + err
    assert snapshot(admin) == before
