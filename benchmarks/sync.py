"""Sync: a full export of the large workspace and its import into a fresh device.

    python benchmarks/sync.py [--years 20] [--people 3000]

The figures are the import's time and export + import's against the floor measured in the same run:
inserting the same entity rows with raw ``sqlite3`` in one transaction (targets: import <= 5x,
export + import <= 6x). The full export is made several times and its median taken (each is the same
work: the welcome bundle signed the log).
The bundle size is shown against the zlib-compressed operations alone, which is what the
encryption, the per-changeset signatures and headers, and the withheld markers add. A benchmark
machine has no keyring, so the keys live in a keyring backend held in this process (the
passphrase key file would add its deliberately slow key derivation to every run).

Every import first backs up the workspace it goes into (SQLite's online backup). Here that is the
fresh device, a small file, so the import's figure shows its backup separately, and the backup an
import into the large workspace would take first is measured too (not part of the sum).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring
from keyring.backend import KeyringBackend

from benchmarks.generate import generate
from benchmarks.run import raw_insert_floor, row
from crm_desktop.app import sync
from crm_desktop.app.backup import backup_before
from crm_desktop.app.sync import exchange
from crm_desktop.app.workspace import Workspace
from crm_desktop.store.db import DB_NAME
from crm_desktop.sync import importer

TARGET_IMPORT, TARGET = 5.0, 6.0  # import alone; export + import
EXPORT_REPEAT = 5


class _ProcessKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class _Timed:
    """Wraps a function as the import calls it (``module.name``), to split the import time honestly."""

    def __init__(self, module: Any, name: str) -> None:
        self.module, self.name = module, name
        self.original = getattr(module, name)
        self.seconds = 0.0

    def __enter__(self) -> _Timed:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return self.original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - t

        setattr(self.module, self.name, timed)
        return self

    def __exit__(self, *_exc: object) -> None:
        setattr(self.module, self.name, self.original)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--years", type=int, default=20)
    ap.add_argument("--people", type=int, default=3000)
    args = ap.parse_args()
    keyring.set_keyring(_ProcessKeyring())
    with tempfile.TemporaryDirectory(prefix="crm-sync-bench-") as tmp:
        root = Path(tmp)
        fig = generate(root / "large", years=args.years, total_people=args.people)
        admin = Workspace(root / "large")
        sync.found(admin, person_name="ST")
        newcomer = Workspace(root / "new")
        sync.write_join_request(newcomer, root / "join.json", person_name="Delegada", role="member", country="CR")
        sync.approve(admin, root / "join.json")  # writes a first welcome (signs the log once)

        exports = []
        for _ in range(EXPORT_REPEAT):  # the same full export each time (the log was signed by the welcome)
            t = time.perf_counter()
            result = sync.export(admin, root / "full.crmb", to=[newcomer.device_id], full=True, kind="welcome")
            exports.append(time.perf_counter() - t)
        export_s = statistics.median(exports)
        t = time.perf_counter()
        with (
            _Timed(importer, "apply_ops") as applier_timer,
            _Timed(exchange, "backup_before") as backup_timer,
            _Timed(importer, "check_changeset") as checks_timer,
            _Timed(importer, "header_signed_by") as signatures_timer,
            _Timed(importer, "decrypt") as decrypt_timer,
        ):
            imported = sync.import_file(newcomer, root / "full.crmb")
        import_s = time.perf_counter() - t
        applier = applier_timer.seconds
        backups = []
        for _ in range(3):  # what the backup before an import costs a workspace of this size
            t = time.perf_counter()
            backup_before(admin, "bundle-import")
            backups.append(time.perf_counter() - t)
        large_backup_s = statistics.median(backups)

        floor, rows = raw_insert_floor(root / "large" / DB_NAME, root / "floor.sqlite3")
        with admin.read() as s:
            from sqlalchemy import select

            from crm_desktop.store.schema import Changeset

            ops = [list(o) for o in s.scalars(select(Changeset.ops))]
        ops_z = len(zlib.compress(json.dumps(ops, ensure_ascii=False, separators=(",", ":")).encode(), 6))
        size = len(result.data)
        admin.close()
        newcomer.close()

    print("large workspace: " + ", ".join(f"{v} {k}" for k, v in fig.counts.items()))
    print(f"{'changesets in the bundle':<44} {result.changesets:9d}   rows in the floor {rows}")
    print(row("full export", export_s, floor, None))
    print(row("import into a fresh device", import_s, floor, TARGET_IMPORT))
    print(row("export + import", export_s + import_s, floor, TARGET))
    print(row("  of which the store's applier (apply_ops)", applier, floor, None))
    print(row("  of which the permission checks", checks_timer.seconds, floor, None))
    print(row("  of which the signature checks (Ed25519)", signatures_timer.seconds, floor, None))
    print(row("  of which decryption and decompression", decrypt_timer.seconds, floor, None))
    print(row("  sync's own share (export + import - applier)", export_s + import_s - applier, floor, None))
    print(row("  the backup before the import (fresh device)", backup_timer.seconds, floor, None))
    print(row("backup before an import into the large one", large_backup_s, floor, None))
    print(f"{'applied on the new device':<44} {imported.applied:9d}")
    print(f"{'bundle size':<44} {size / 2**20:9.2f} MiB")
    print(f"{'zlib of the operations alone':<44} {ops_z / 2**20:9.2f} MiB   overhead {100 * (size / ops_z - 1):.0f}%")


if __name__ == "__main__":
    main()
