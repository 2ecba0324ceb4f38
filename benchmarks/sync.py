"""Sync: a full export of the large workspace and its import into a fresh device.

    python benchmarks/sync.py [--years 20] [--people 3000]

The figure is export + import time against the floor measured in the same run: inserting the same
entity rows with raw ``sqlite3`` in one transaction (target: ratio <= 5). The bundle size is shown
against the zlib-compressed operations alone, which is what the encryption, the per-changeset
signatures and headers, and the withheld markers add. A benchmark machine has no keyring, so the
keys live in a keyring backend held in this process (the passphrase key file would add its
deliberately slow key derivation to every run).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import zlib
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring
from keyring.backend import KeyringBackend

from benchmarks.generate import generate
from benchmarks.run import raw_insert_floor, row
from crm_desktop.app import sync
from crm_desktop.app.workspace import Workspace
from crm_desktop.store.db import DB_NAME

TARGET = 5.0


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


def _applier_alone(source: Workspace, directory: Path) -> float:
    """Seconds for the store's applier to apply the same changesets into an empty database, no sync."""
    from sqlalchemy import select

    from crm_desktop.store.apply import Stamp, apply_ops
    from crm_desktop.store.schema import Changeset

    with source.read() as s:
        log = [(c.ops, Stamp(c.hlc, c.device_id, c.seq, c.deps or {})) for c in s.scalars(select(Changeset))]
    log.sort(key=lambda entry: entry[1].hlc)
    target = Workspace(directory)
    t = time.perf_counter()
    with target.db.session() as s:
        for ops, stamp in log:
            apply_ops(s.connection(), ops, stamp)
    elapsed = time.perf_counter() - t
    target.close()
    return elapsed


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

        t = time.perf_counter()
        result = sync.export(admin, root / "full.crmb", to=[newcomer.device_id], full=True)
        export_s = time.perf_counter() - t
        t = time.perf_counter()
        imported = sync.import_file(newcomer, root / "full.crmb")
        import_s = time.perf_counter() - t

        applier = _applier_alone(admin, root / "applier")
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
    print(row("import into a fresh device", import_s, floor, None))
    print(row("export + import", export_s + import_s, floor, TARGET))
    print(row("  of which the store's applier alone", applier, floor, None))
    print(row("  sync's own share (export + import - applier)", export_s + import_s - applier, floor, None))
    print(f"{'applied on the new device':<44} {imported.applied:9d}")
    print(f"{'bundle size':<44} {size / 2**20:9.2f} MiB")
    print(f"{'zlib of the operations alone':<44} {ops_z / 2**20:9.2f} MiB   overhead {100 * (size / ops_z - 1):.0f}%")


if __name__ == "__main__":
    main()
