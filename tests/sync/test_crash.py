"""A process killed in the middle of an import leaves a consistent database; the import then completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from crm_desktop.app import sync
from crm_desktop.app.workspace import Workspace
from crm_desktop.sync.keystore import SERVICE
from tests import helpers
from tests.sync.conftest import MemoryKeyring
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    import keyring
    from tests.sync.conftest import MemoryKeyring

    directory, bundle, entry, secret = sys.argv[1:5]
    backend = MemoryKeyring()
    backend.set_password({service!r}, entry, secret)
    keyring.set_keyring(backend)

    import crm_desktop.sync.importer as importer
    from crm_desktop.app import sync
    from crm_desktop.app.workspace import Workspace

    original, applied = importer.apply_ops, []

    def apply_then_stall(conn, ops, stamp):
        original(conn, ops, stamp)
        applied.append(stamp.seq)
        if len(applied) == 5:  # writes are in the open transaction: now is the worst moment
            print("stalled", flush=True)
            time.sleep(120)

    importer.apply_ops = apply_then_stall
    sync.import_data(Workspace(Path(directory)), Path(bundle).read_bytes())
    print("finished", flush=True)
    """
).format(service=SERVICE)


def test_sigkill_mid_import_leaves_a_consistent_database(
    laptops: Laptops, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    lp = laptops
    admin = lp.found()
    member = lp.join("member", country="PA")
    for i in range(12):
        helpers.person(admin, f"Delegada {i}", country="PA")
    bundle = tmp_path / "b.crmb"
    bundle.write_bytes(lp.bundle("admin", "member"))
    before = snapshot(member)
    member.close()
    entry = f"device-key:{member.device_id}"
    secret = memory_keyring.get_password(SERVICE, entry)
    assert secret

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(member.directory), str(bundle), entry, secret],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "stalled"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL

    member = lp.ws["member"] = Workspace(member.directory)
    assert member.db.integrity_check() == []
    assert snapshot(member) == before  # nothing of the interrupted import remains
    result = sync.import_data(member, bundle.read_bytes())
    assert result.applied == 12 and result.pending == 0
    assert lp.dump("member") == lp.dump("admin")
