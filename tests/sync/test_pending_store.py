"""The pending queue as an import leaves it: waiting changes replace earlier refusals of the same change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select

from crm_desktop.app.workspace import Workspace
from crm_desktop.store.tables.sync import SyncPending
from crm_desktop.sync.importer import LocalDevice, _Context
from crm_desktop.sync.keys import DeviceKeys
from crm_desktop.sync.wire import WireChangeset


def _marker(device: str, seq: int) -> WireChangeset:
    return WireChangeset({"device": device, "seq": seq, "audience": "members", "deps": {}}, b"s" * 64, None)


def test_waiting_changes_replace_refusals_of_the_same_change_and_leave_the_others(ws: Workspace) -> None:
    t = SyncPending.__table__
    refused = {"bundle_id": "old", "received_at": datetime(2026, 1, 1), "status": "refused", "reason": "no"}
    local = LocalDevice("me", DeviceKeys.generate(), None, None, None, "member")
    with ws.db.engine.begin() as conn:
        conn.execute(
            insert(t),
            [
                {"device_id": "d1", "seq": 2, "kind": "marker", "body": {}, **refused},
                {"device_id": "d1", "seq": 5, "kind": "marker", "body": {}, **refused},
                {"device_id": "d2", "seq": 2, "kind": "marker", "body": {}, **refused},
            ],
        )
        ctx = _Context(conn, local, "founder", b"k" * 32, lambda _hlc: None, "new")
        queue = {"d1": {2: ("marker", _marker("d1", 2), "new"), 3: ("marker", _marker("d1", 3), "new")}}
        ctx._store_pending(queue)
    with ws.db.engine.connect() as conn:
        rows = {(r.device_id, r.seq): (r.status, r.bundle_id) for r in conn.execute(select(t))}

    assert rows == {
        ("d1", 2): ("waiting", "new"),
        ("d1", 3): ("waiting", "new"),
        ("d1", 5): ("refused", "old"),
        ("d2", 2): ("refused", "old"),
    }
