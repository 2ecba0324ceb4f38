"""Exporting a bundle for one or more roster devices.

A bundle carries only what every recipient may see. A changeset some recipient may not see travels
as a *withheld marker* (its signed header, without operations) so the recipient's causal order
still holds; closed-door or secretariat content never leaves for a laptop whose role excludes it.
An incremental bundle carries what some recipient has not acknowledged (its last version vector
received here); a full bundle carries everything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.domain.sync_policy import may_see
from crm_desktop.store.schema import Changeset, Meta
from crm_desktop.store.tables.sync import SyncBundle, SyncPeer, SyncWithheld
from crm_desktop.sync import roster
from crm_desktop.sync.bundle_format import Recipient, seal_bundle
from crm_desktop.sync.importer import LocalDevice, new_bundle_id
from crm_desktop.sync.signing import sign_header
from crm_desktop.sync.tables import tbl
from crm_desktop.sync.vectors import local_vector
from crm_desktop.sync.wire import WireChangeset, header_of

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


def sign_own_changesets(conn: Connection, local: LocalDevice, workspace_id: str) -> None:
    """Sign this device's changesets that have no signature yet (signing happens at first export)."""
    t = tbl(Changeset)
    rows = conn.execute(select(t).where(t.c.device_id == local.device_id, t.c.signature.is_(None))).mappings().all()
    for row in rows:
        sig = sign_header(local.keys, header_of(dict(row), workspace_id))
        conn.execute(update(t).where(t.c.id == row["id"]).values(signature=sig))


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
    sign_own_changesets(conn, local, local.workspace_id)
    acked = {rid: ({} if full else _acked(conn, rid)) for rid, _role, _box in recipients}

    def needed(device: str, seq: int) -> bool:
        return any(acked[rid].get(device, 0) < seq for rid, _r, _b in recipients)

    def visible_to_all(audience: str) -> bool:
        return all(may_see(role, audience) for _rid, role, _b in recipients)

    entries: list[dict[str, Any]] = []
    markers: list[dict[str, Any]] = []
    audiences: set[str] = set()
    t = tbl(Changeset)
    for row in conn.execute(select(t).order_by(t.c.hlc, t.c.device_id, t.c.seq)).mappings():
        if not needed(row["device_id"], row["seq"]):
            continue
        wire = WireChangeset(header_of(dict(row), local.workspace_id), row["signature"], list(row["ops"]))
        if visible_to_all(row["audience"]):
            entries.append(wire.to_json())
            audiences.add(row["audience"])
        else:
            markers.append(WireChangeset(wire.header, wire.signature, None).to_json())
    w = tbl(SyncWithheld)
    for row in conn.execute(select(w).order_by(w.c.device_id, w.c.seq)).mappings():
        if needed(row["device_id"], row["seq"]):
            markers.append(WireChangeset(dict(row["header"]), row["signature"], None).to_json())

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
    payload = {"changesets": entries, "withheld": markers, "workspace_name": workspace_name}
    data = seal_bundle(local.keys, header, [Recipient(rid, box) for rid, _r, box in recipients], payload)
    now = datetime.now(UTC).replace(tzinfo=None)
    ids = [rid for rid, _r, _b in recipients]
    conn.execute(
        insert(tbl(SyncBundle)).values(
            id=bundle_id,
            direction="out",
            sender=local.device_id,
            sender_seq=seq,
            recipients=ids,
            changesets=len(entries),
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
    return ExportResult(data, bundle_id, ids, len(entries), len(markers), seq)


def _next_seq(session: Session) -> int:
    current = session.get(Meta, SEQ_KEY)
    seq = int(current.value) + 1 if current else 1
    session.merge(Meta(key=SEQ_KEY, value=str(seq)))
    return seq
