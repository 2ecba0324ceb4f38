"""Transports: atomic files, the shared folder's naming, and the hand-over to the mail feature."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.app import sync
from crm_desktop.sync.transports import MEDIA_TYPE, folder_entries, folder_name, write_atomic
from tests import helpers
from tests.sync.laptops import Laptops


def test_write_atomic_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "x.crmb"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["x.crmb"]


def test_folder_lists_complete_bundles_only(tmp_path: Path) -> None:
    good = folder_name("abc123", 2, "f" * 32)
    (tmp_path / good).write_bytes(b"x")
    (tmp_path / f".{good}.part").write_bytes(b"half")  # a writer in progress
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / folder_name("abc123", 1, "e" * 32)).write_bytes(b"x")
    entries = folder_entries(tmp_path)
    assert [(e.sender, e.seq) for e in entries] == [("abc123", 1), ("abc123", 2)]


def test_bundle_for_the_mail_feature(laptops: Laptops) -> None:
    admin = laptops.found()
    b = laptops.join("b")
    helpers.meeting(admin, title="Para enviar por correo")
    name, data, media_type = sync.bundle_attachment(admin, [b.device_id])
    assert name.endswith(".crmb") and media_type == MEDIA_TYPE
    assert sync.import_data(b, data).applied == 1


def test_shared_folder_passes_are_idempotent(laptops: Laptops, tmp_path: Path) -> None:
    admin = laptops.found()
    b = laptops.join("b")
    folder = tmp_path / "shared"
    helpers.meeting(admin, title="Por la carpeta compartida")
    first = sync.sync_folder(admin, folder)
    assert len(first.exported) == 1
    again = sync.sync_folder(admin, folder)
    assert again.exported == [] and again.imported == []  # nothing new: nothing written
    got = sync.sync_folder(b, folder)
    assert got.imported == first.exported and got.refused == []
    assert laptops.dump("admin") == laptops.dump("b")


def test_watching_a_folder_repeats_passes(laptops: Laptops, tmp_path: Path) -> None:
    admin = laptops.found()
    b = laptops.join("b")
    folder = tmp_path / "shared"
    helpers.meeting(admin, title="Primera")
    sleeps: list[float] = []
    reports: list[sync.FolderReport] = []

    def between_passes(seconds: float) -> None:
        sleeps.append(seconds)
        helpers.meeting(admin, title=f"Nueva {len(sleeps)}")  # work done while the watcher waits

    sync.watch_folder(admin, folder, interval=30, passes=3, sleep=between_passes, on_pass=reports.append)
    assert sleeps == [30, 30] and [len(r.exported) for r in reports] == [1, 1, 1]
    sync.sync_folder(b, folder)
    assert laptops.dump("admin") == laptops.dump("b")
