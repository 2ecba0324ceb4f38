"""Field clocks stored once per row for the fields that share them (crm_desktop.store.row_clocks);
the change log's operations kept as canonical JSON with their digest (changesets.ops_sha256)

Revision ID: 0011_imp_storage
Revises: 0010_bilingual
Create Date: 2026-12-07 23:40:00

Upgrade packs every row's ``fields`` (``{"a": C, "b": C, "c": D}`` becomes ``{"@": C, "a": 0, "b": 0,
"c": D}``); downgrade unpacks them. Both are lossless, order of the fields included. Upgrade also
rewrites each changeset's ``ops`` as its canonical JSON (the same operations; what its author's
digest is taken over) and stores that digest; downgrade drops the digest (the text reads the same).
The conversions are written out here, frozen, rather than imported: the application's modules may
change their forms again in a later revision.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0011_imp_storage'
down_revision = '0010_bilingual'
branch_labels = None
depends_on = None

_BATCH = 2000


def _pack(clocks: dict[str, Any]) -> dict[str, Any]:
    if "@" in clocks or len(clocks) < 2:
        return clocks
    counts: dict[str, int] = {}
    values: dict[str, Any] = {}
    for value in clocks.values():
        key = json.dumps(value)
        counts[key] = counts.get(key, 0) + 1
        values[key] = value
    count, key = max((n, k) for k, n in counts.items())
    if count < 2:
        return clocks
    shared = values[key]
    return {"@": shared, **{f: (0 if v == shared else v) for f, v in clocks.items()}}


def _unpack(stored: dict[str, Any]) -> dict[str, Any]:
    if "@" not in stored:
        return stored
    shared = stored["@"]
    return {f: (shared if v == 0 else v) for f, v in stored.items() if f != "@"}


def _convert(change: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.exec_driver_sql(
            "SELECT rowid, fields FROM row_clocks WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, _BATCH)
        ).all()
        if not rows:
            break
        last = rows[-1][0]
        updates = []
        for rowid, text in rows:
            fields = json.loads(text) if text else {}
            if isinstance(fields, dict):
                new = change(fields)
                if new is not fields:
                    updates.append((json.dumps(new), rowid))
        if updates:
            bind.exec_driver_sql("UPDATE row_clocks SET fields = ? WHERE rowid = ?", updates)


def _canonical_log() -> None:
    bind = op.get_bind()
    last = ""
    while True:
        rows = bind.exec_driver_sql(
            "SELECT id, ops FROM changesets WHERE id > ? ORDER BY id LIMIT ?", (last, _BATCH)
        ).all()
        if not rows:
            break
        last = rows[-1][0]
        updates = []
        for cs_id, text in rows:
            try:
                encoded = json.dumps(
                    json.loads(text), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
                ).encode()
            except ValueError:  # no canonical form (a NaN): left as it is, without a digest
                continue
            updates.append((encoded.decode(), hashlib.sha256(encoded).hexdigest(), cs_id))
        if updates:
            bind.exec_driver_sql("UPDATE changesets SET ops = ?, ops_sha256 = ? WHERE id = ?", updates)


def upgrade() -> None:
    _convert(_pack)
    with op.batch_alter_table('changesets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ops_sha256', sa.String(length=64), nullable=True))
    _canonical_log()


def downgrade() -> None:
    with op.batch_alter_table('changesets', schema=None) as batch_op:
        batch_op.drop_column('ops_sha256')
    _convert(_unpack)
