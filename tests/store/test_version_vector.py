"""The version vector read by a skip scan gives what ``GROUP BY device_id`` gives."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from crm_desktop.app.workspace import Workspace
from crm_desktop.store import changelog


def _row(device: str, seq: int) -> dict[str, object]:
    return {
        "id": f"{device}-{seq}",
        "device_id": device,
        "seq": seq,
        "hlc": f"1700000000000-{seq:06d}-{device}",
        "audience": "public",
        "author": None,
        "deps": {},
        "ops": [{"op": "del", "e": "people", "id": "x"}],
        "signature": None,
        "recorded_at": datetime.now(UTC).replace(tzinfo=None),
    }


def test_vector_matches_a_group_by_over_many_devices(ws: Workspace) -> None:
    held = {"a": 3, "b": 1, "zz": 12, "b2": 7, "0": 2}
    with ws.db.engine.begin() as conn:
        changelog.append(conn, [_row(d, s) for d, n in held.items() for s in range(1, n + 1)])
    with ws.db.session() as s:
        vector = changelog.version_vector(s)
        rows = s.connection().execute(text("SELECT device_id, max(seq) FROM changesets GROUP BY device_id")).all()
    grouped = {device: int(seq) for device, seq in rows}
    assert vector == grouped
    assert {d: vector[d] for d in held} == held


def test_vector_of_an_empty_log_is_empty(ws: Workspace) -> None:
    with ws.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM changesets"))
    with ws.db.session() as s:
        assert changelog.version_vector(s) == {}
