"""A file refused in a shared folder is remembered by digest and not processed again until it changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.app import sync
from crm_desktop.app.folder_refusals import KEY
from crm_desktop.sync.keys import DeviceKeys
from crm_desktop.sync.transports import folder_name
from tests.sync.crafted import craft, header_for, repeated
from tests.sync.laptops import Laptops


def _count_imports(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = sync.import_data

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sync.exchange, "import_data", counted)  # the folder pass calls it there
    return calls


def test_a_refused_file_is_not_processed_again_until_its_bytes_change(
    laptops: Laptops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = laptops.found()
    b = laptops.join("b")
    folder = tmp_path / "shared"
    folder.mkdir()
    header = header_for(b.device_id, admin)
    hostile = craft(sync.device_keys(b), header, [admin], repeated(b"[", b"{},", 3_000_000, b"{}]"))
    path = folder / folder_name(b.device_id, header["sender_seq"], header["bundle_id"])
    path.write_bytes(hostile)
    calls = _count_imports(monkeypatch)

    first = sync.sync_folder(admin, folder)
    assert [name for name, _ in first.refused] == [path.name] and len(calls) == 1
    assert first.refused[0][1].params["reason"].code == "sync.reason.limit"  # type: ignore[attr-defined]
    ledger = json.loads(admin.meta[KEY])
    assert [e["name"] for e in ledger.values()] == [path.name] and "límite" in next(iter(ledger.values()))["es"]

    second = sync.sync_folder(admin, folder)
    assert len(calls) == 1  # not read as a bundle again
    ((name, why),) = second.refused
    assert name == path.name and why.code == "sync.folder.refused_before"
    assert "limit" in why.render("en") and "límite" in why.render("es")

    path.write_bytes(hostile[:-1] + bytes([hostile[-1] ^ 1]))  # new bytes: tried again
    third = sync.sync_folder(admin, folder)
    assert len(calls) == 2 and third.refused[0][1].code == "sync.bundle_refused"


def test_a_sender_unknown_then_is_tried_again_once_the_roster_changes(
    laptops: Laptops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = laptops.found()
    laptops.join("b")
    folder = tmp_path / "shared"
    folder.mkdir()
    header = header_for("newcomer01", admin)
    empty = (b'{"changesets":[],"withheld":[]}',)
    path = folder / folder_name("newcomer01", header["sender_seq"], header["bundle_id"])
    path.write_bytes(craft(DeviceKeys.generate(), header, [admin], empty))
    calls = _count_imports(monkeypatch)
    sync.sync_folder(admin, folder)
    sync.sync_folder(admin, folder)
    assert len(calls) == 1
    laptops.join("c")  # the roster changed meanwhile
    calls.clear()
    sync.sync_folder(admin, folder)
    assert len(calls) == 1
