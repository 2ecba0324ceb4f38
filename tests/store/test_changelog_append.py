"""Appending received changesets to the log with their operations' JSON already encoded."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text

from crm_desktop.app.workspace import Workspace
from crm_desktop.store import changelog
from crm_desktop.store.schema import Changeset
from crm_desktop.sync.signing import canonical


def _row(cs_id: str, seq: int, ops: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": cs_id,
        "device_id": "elsewhere",
        "seq": seq,
        "hlc": f"1700000000000-00000{seq}-elsewhere",
        "audience": "public",
        "author": None,
        "deps": {"elsewhere": seq - 1},
        "ops": ops,
        "signature": b"s" * 64,
        "recorded_at": datetime.now(UTC).replace(tzinfo=None),
    }


def test_pre_encoded_operations_read_back_as_the_same_operations(ws: Workspace) -> None:
    ops = [{"op": "put", "e": "people", "id": "p1", "f": {"name": "Año ñandú", "n": [1, 2.5, None]}}]
    encoded = {**_row("a", 1, ops), "ops_json": canonical(ops)}
    plain = _row("b", 2, ops)
    with ws.db.engine.begin() as conn:
        changelog.append(conn, [encoded, plain])
    with ws.db.engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT id, ops FROM changesets WHERE device_id = 'elsewhere'")).all())
        read = {c.id: c.ops for c in conn.execute(select(Changeset).where(Changeset.device_id == "elsewhere"))}

    assert read == {"a": ops, "b": ops}
    assert stored["a"] == canonical(ops).decode()  # as the digest was taken over, no second encoding


def test_a_local_change_is_logged_as_canonical_json_with_its_digest(ws: Workspace) -> None:
    ops = [{"op": "put", "e": "people", "id": "p1", "f": {"name": "Año ñandú", "category": "guest"}}]
    with ws.db.session() as s:
        cs_id = changelog.ChangeLog(ws.device_id, ws.clock).record(s, ops, audience="public").id
    with ws.db.engine.connect() as conn:
        text_, digest = conn.execute(text("SELECT ops, ops_sha256 FROM changesets WHERE id = :i"), {"i": cs_id}).one()
    assert text_ == canonical(ops).decode() and digest == hashlib.sha256(canonical(ops)).hexdigest()


def test_the_migration_logs_older_changes_as_canonical_json_with_their_digest(ws: Workspace) -> None:
    from alembic import command

    from crm_desktop.store.db import _alembic_config

    ops = [{"op": "put", "e": "people", "id": "p1", "f": {"name": "Año", "n": [1, 2.5, None]}}]
    with ws.db.engine.begin() as conn:
        changelog.append(conn, [_row("a", 1, ops)])  # as an older version stored it: no digest
        cfg = _alembic_config(str(ws.db.engine.url))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010_bilingual")
        command.upgrade(cfg, "head")
    with ws.db.engine.connect() as conn:
        text_, digest = conn.execute(text("SELECT ops, ops_sha256 FROM changesets WHERE id = 'a'")).one()
    assert text_ == canonical(ops).decode() and digest == hashlib.sha256(canonical(ops)).hexdigest()
