"""Importing a bundle takes a backup first, so an unwanted import can be undone."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.app import backup, sync
from crm_desktop.app.people import list_people
from crm_desktop.app.workspace import Workspace
from tests import helpers
from tests.sync.laptops import Laptops


def _names(w: Workspace) -> set[str]:
    return {p["name"] for p in list_people(w)}


def test_import_is_preceded_by_a_backup_that_undoes_it(laptops: Laptops) -> None:
    admin = laptops.found()
    b = laptops.join("b")
    before = {x.path for x in backup.list_backups(b.directory)}
    helpers.person(admin, "Llega en el paquete", country="PA")

    laptops.deliver(laptops.bundle("admin", "b"), "b")

    [taken] = [x for x in backup.list_backups(b.directory) if x.path not in before]
    assert taken.reason == "bundle-import" and "Llega en el paquete" in _names(b)
    b.close()
    backup.restore_backup(b.directory, taken.path)
    reopened = Workspace(b.directory)
    laptops.ws["b"] = reopened
    assert "Llega en el paquete" not in _names(reopened)


def test_one_backup_per_shared_folder_pass(laptops: Laptops, tmp_path: Path) -> None:
    admin = laptops.found()
    b = laptops.join("b")
    c = laptops.join("c", country="SV")
    laptops.deliver(laptops.bundle("admin", "b"), "b")  # b learns about c
    folder = tmp_path / "compartida"
    helpers.person(admin, "De la administración", country="GT")
    helpers.person(c, "De C", country="SV")
    sync.sync_folder(admin, folder)
    sync.sync_folder(c, folder)
    before = len([x for x in backup.list_backups(b.directory) if x.reason == "bundle-import"])

    report = sync.sync_folder(b, folder)

    after = len([x for x in backup.list_backups(b.directory) if x.reason == "bundle-import"])
    assert len(report.imported) == 2 and after == before + 1
