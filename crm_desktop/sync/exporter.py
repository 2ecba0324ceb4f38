"""Exporting a bundle for one or more roster devices.

A bundle carries only what every recipient may see. A changeset some recipient may not see travels
as a *withheld marker* (its signed header, without operations) so the recipient's causal order
still holds; closed-door or secretariat content never leaves for a laptop whose role excludes it.
An incremental bundle carries what some recipient has not acknowledged (its last version vector
received here); a full bundle carries everything.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, Text, bindparam, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from crm_desktop.domain.sync_policy import may_see
from crm_desktop.store.schema import Changeset, Meta
from crm_desktop.store.tables.sync import SyncBundle, SyncPeer, SyncWithheld
from crm_desktop.sync import roster
from crm_desktop.sync.bundle_format import PayloadWriter, Recipient, seal_written
from crm_desktop.sync.importer import LocalDevice, new_bundle_id
from crm_desktop.sync.signing import canonical, sign_header
from crm_desktop.sync.tables import tbl
from crm_desktop.sync.vectors import local_vector
from crm_desktop.sync.wire import entry_json, header_with_digest

SEQ_KEY = "sync.bundle_seq"


class ExportError(Exception):
    """A bundle cannot be made; ``code``/``params`` name a message of the catalogue."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class ExportResult:
    data: bytes
    bundle_id: str
    recipients: list[str]
    changesets: int
    withheld: int
    sender_seq: int = 0


# The stored operations are read as their JSON text and decoded only for the changesets a bundle
# carries or signs: an incremental export skips most of the log without decoding it.
def _log_columns(t: Table) -> tuple[Any, ...]:
    return (
        t.c.id,
        t.c.device_id,
        t.c.seq,
        t.c.hlc,
        t.c.audience,
        t.c.author,
        t.c.deps,
        type_coerce(t.c.ops, Text).label("ops_json"),
        t.c.signature,
        t.c.ops_sha256,
    )


def _signed_parts(row: Mapping[Any, Any], workspace_id: str) -> tuple[dict[str, Any], bytes]:
    """The header its author signs and the canonical JSON of the operations (one encoding for both the
    digest and the payload). The log keeps most changesets' operations in that form with its digest
    (``Changeset.ops_sha256``): that text is sent as it is, once its digest is checked again."""
    stored, digest = row["ops_json"].encode(), row["ops_sha256"]
    if digest is None or hashlib.sha256(stored).hexdigest() != digest:
        stored = canonical(json.loads(stored))
        digest = hashlib.sha256(stored).hexdigest()
    return header_with_digest(row, workspace_id, digest), stored


def _store_signatures(conn: Connection, signed: list[dict[str, Any]]) -> None:
    if signed:
        t = tbl(Changeset)
        conn.execute(update(t).where(t.c.id == bindparam("cs_id")).values(signature=bindparam("cs_sig")), signed)


def sign_own_changesets(conn: Connection, local: LocalDevice, workspace_id: str) -> None:
    """Sign this device's changesets that have no signature yet (signing happens at first export)."""
    t = tbl(Changeset)
    rows = conn.execute(
        select(*_log_columns(t)).where(t.c.device_id == local.device_id, t.c.signature.is_(None))
    ).mappings()
    signed = [
        {"cs_id": row["id"], "cs_sig": sign_header(local.keys, _signed_parts(row, workspace_id)[0])} for row in rows
    ]
    _store_signatures(conn, signed)


def _acked(conn: Connection, device_id: str) -> dict[str, int]:
    row = conn.execute(select(SyncPeer.acked).where(SyncPeer.id == device_id)).first()
    return dict(row[0]) if row and row[0] else {}


def export_bundle(
    session: Session,
    local: LocalDevice,
    recipient_ids: Sequence[str],
    *,
    full: bool,
    workspace_name: str,
    kind: str = "changes",
) -> ExportResult:
    conn = session.connection()
    assert local.workspace_id is not None and local.founder is not None and local.founder_key is not None
    recipients: list[tuple[str, str, bytes]] = []  # device, role, box key
    for rid in dict.fromkeys(recipient_ids):
        device = roster.device(conn, rid)
        if device is None:
            raise ExportError("sync.unknown_device", device=rid)
        if device.revoked:
            raise ExportError("sync.device_revoked", device=rid)
        box = roster.active_box_key(conn, rid)
        if box is None:
            raise ExportError("sync.device_revoked", device=rid)
        recipients.append((rid, device.role, box))
    if not recipients:
        raise ExportError("sync.no_recipients")
    acked = {rid: ({} if full else _acked(conn, rid)) for rid, _role, _box in recipients}

    def needed(device: str, seq: int) -> bool:
        return any(acked[rid].get(device, 0) < seq for rid, _r, _b in recipients)

    visibility: dict[str, bool] = {}  # per audience label: a log has a handful of them, and thousands of rows

    def visible_to_all(audience: str) -> bool:
        if audience not in visibility:
            visibility[audience] = all(may_see(role, audience) for _rid, role, _b in recipients)
        return visibility[audience]

    # The payload is canonical({"changesets": [...], "withheld": [...], "workspace_name": ...}),
    # written a changeset at a time in that (sorted) key order; markers are small and wait in a list.
    payload = PayloadWriter()
    payload.write(b'{"changesets":[')
    entries = 0
    markers: list[bytes] = []
    audiences: set[str] = set()
    signed: list[dict[str, Any]] = []  # this device's changesets signed now, at their first export
    t = tbl(Changeset)
    for row in conn.execute(select(*_log_columns(t)).order_by(t.c.hlc, t.c.device_id, t.c.seq)).mappings():
        unsigned = row["signature"] is None and row["device_id"] == local.device_id
        wanted = needed(row["device_id"], row["seq"])
        if not (wanted or unsigned):
            continue
        header, ops_json = _signed_parts(row, local.workspace_id)
        signature = row["signature"]
        if unsigned:
            signature = sign_header(local.keys, header)
            signed.append({"cs_id": row["id"], "cs_sig": signature})
        if not wanted:
            continue
        if visible_to_all(row["audience"]):
            payload.write((b"," if entries else b"") + entry_json(header, signature, ops_json))
            entries += 1
            audiences.add(row["audience"])
        else:
            markers.append(entry_json(header, signature, None))
    _store_signatures(conn, signed)
    w = tbl(SyncWithheld)
    for row in conn.execute(select(w).order_by(w.c.device_id, w.c.seq)).mappings():
        if needed(row["device_id"], row["seq"]):
            markers.append(entry_json(dict(row["header"]), row["signature"], None))
    payload.write(b'],"withheld":[' + b",".join(markers) + b'],"workspace_name":' + canonical(workspace_name) + b"}")

    seq = _next_seq(session)
    bundle_id = new_bundle_id()
    header = {
        "bundle_id": bundle_id,
        "sender": local.device_id,
        "sender_seq": seq,
        "workspace_id": local.workspace_id,
        "founder": local.founder,
        "founder_key": local.founder_key.hex(),
        "kind": kind,
        "version_vector": local_vector(conn),
        "audiences": sorted(audiences),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    data = seal_written(local.keys, header, [Recipient(rid, box) for rid, _r, box in recipients], payload)
    now = datetime.now(UTC).replace(tzinfo=None)
    ids = [rid for rid, _r, _b in recipients]
    conn.execute(
        insert(tbl(SyncBundle)).values(
            id=bundle_id,
            direction="out",
            sender=local.device_id,
            sender_seq=seq,
            recipients=ids,
            changesets=entries,
            size=len(data),
            at=now,
        )
    )
    peers = tbl(SyncPeer)
    for rid in ids:
        if conn.execute(select(peers.c.id).where(peers.c.id == rid)).first():
            conn.execute(update(peers).where(peers.c.id == rid).values(last_out=now))
        else:
            conn.execute(insert(peers).values(id=rid, acked={}, last_in=None, last_out=now))
    return ExportResult(data, bundle_id, ids, entries, len(markers), seq)


def _next_seq(session: Session) -> int:
    current = session.get(Meta, SEQ_KEY)
    seq = int(current.value) + 1 if current else 1
    session.merge(Meta(key=SEQ_KEY, value=str(seq)))
    return seq
