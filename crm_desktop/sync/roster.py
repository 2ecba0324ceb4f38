"""Reading the signed roster and building the operations that change it.

The roster lives in the synced tables ``sync_devices`` and ``sync_keys``; changes to it are
ordinary changesets, so they are signed, travel in bundles and merge like everything else. The
founding device is bound to the workspace id (:func:`workspace_binding`), which lets a laptop that
has never seen the roster verify the founder's changes, including those made before the roster
existed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from crm_desktop.domain.sync_policy import DeviceRole, parse_role
from crm_desktop.store.tables.sync import SyncDevice, SyncKey
from crm_desktop.sync.keys import key_id
from crm_desktop.sync.tables import tbl

ACTIVE, RETIRED, REVOKED = "active", "retired", "revoked"


def workspace_binding(founder_device: str, founder_sign_key: bytes) -> str:
    """The workspace id a founder's device and signing key commit to."""
    h = hashlib.sha256(b"crm-desktop/workspace/1\x00" + founder_device.encode() + b"\x00" + founder_sign_key)
    return h.hexdigest()[:32]


@dataclass(frozen=True)
class RosterDevice:
    id: str
    person_name: str
    country_id: str | None
    organisation: str | None
    role: str
    admin: bool
    status: str
    revoked_after_seq: int | None

    @property
    def device_role(self) -> DeviceRole | None:
        return parse_role(self.role)

    @property
    def revoked(self) -> bool:
        return self.status == REVOKED


@dataclass(frozen=True)
class RosterKey:
    id: str
    device_id: str
    sign_key: bytes
    box_key: bytes
    status: str


def _device(row: Any) -> RosterDevice:
    return RosterDevice(
        row.id,
        row.person_name,
        row.country_id,
        row.organisation,
        row.role,
        bool(row.admin),
        row.status,
        row.revoked_after_seq,
    )


def _key(row: Any) -> RosterKey:
    return RosterKey(row.id, row.device_id, bytes.fromhex(row.sign_key), bytes.fromhex(row.box_key), row.status)


def device(conn: Connection, device_id: str) -> RosterDevice | None:
    row = conn.execute(select(tbl(SyncDevice)).where(SyncDevice.id == device_id)).first()
    return _device(row) if row else None


def devices(conn: Connection) -> list[RosterDevice]:
    return [_device(r) for r in conn.execute(select(tbl(SyncDevice)).order_by(SyncDevice.id))]


def keys_of(conn: Connection, device_id: str) -> list[RosterKey]:
    q = select(tbl(SyncKey)).where(SyncKey.device_id == device_id).order_by(SyncKey.id)
    return [_key(r) for r in conn.execute(q)]


def key_by_id(conn: Connection, kid: str) -> RosterKey | None:
    row = conn.execute(select(tbl(SyncKey)).where(SyncKey.id == kid)).first()
    return _key(row) if row else None


def active_box_key(conn: Connection, device_id: str) -> bytes | None:
    keys = [k for k in keys_of(conn, device_id) if k.status == ACTIVE]
    return keys[0].box_key if keys else None


def verifying_keys(conn: Connection, device_id: str) -> list[bytes]:
    """Signing keys that may have signed this device's changes: active and retired, not revoked."""
    return [k.sign_key for k in keys_of(conn, device_id) if k.status in (ACTIVE, RETIRED)]


# --- operations (fed to Workspace.change) --------------------------------------------------------


def enrol_ops(
    *,
    device_id: str,
    person_name: str,
    role: DeviceRole,
    country_id: str | None,
    organisation: str | None,
    sign_key: bytes,
    box_key: bytes,
    admin: bool,
    approved_by: str,
) -> list[dict[str, Any]]:
    return [
        {
            "op": "put",
            "e": "sync_devices",
            "id": device_id,
            "f": {
                "person_name": person_name,
                "country_id": country_id,
                "organisation": organisation,
                "role": str(role),
                "admin": admin,
                "status": ACTIVE,
                "revoked_after_seq": None,
                "approved_by": approved_by,
            },
        },
        key_op(device_id, sign_key, box_key, ACTIVE),
    ]


def key_op(device_id: str, sign_key: bytes, box_key: bytes, status: str) -> dict[str, Any]:
    return {
        "op": "put",
        "e": "sync_keys",
        "id": key_id(sign_key),
        "f": {"device_id": device_id, "sign_key": sign_key.hex(), "box_key": box_key.hex(), "status": status},
    }


def revoke_ops(conn: Connection, device_id: str, after_seq: int) -> list[dict[str, Any]]:
    ops: list[dict[str, Any]] = [
        {"op": "put", "e": "sync_devices", "id": device_id, "f": {"status": REVOKED, "revoked_after_seq": after_seq}}
    ]
    for k in keys_of(conn, device_id):
        ops.append({"op": "put", "e": "sync_keys", "id": k.id, "f": {"status": REVOKED}})
    return ops


def promote_ops(device_id: str) -> list[dict[str, Any]]:
    return [{"op": "put", "e": "sync_devices", "id": device_id, "f": {"admin": True}}]
