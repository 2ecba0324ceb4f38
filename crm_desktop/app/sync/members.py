"""The roster as the administrator and the window see it: revoking, appointing, listing, choosing
recipients."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from crm_desktop.app import enrolment
from crm_desktop.app.errors import BadInput, Refused
from crm_desktop.app.sync.identity import require_admin, role_of
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience
from crm_desktop.domain.sync_policy import may_administer
from crm_desktop.store.tables.sync import SyncPeer
from crm_desktop.sync import roster
from crm_desktop.sync.keys import fingerprint
from crm_desktop.sync.vectors import local_vector


def revoke(ws: Workspace, device_id: str) -> None:
    """Administrator only: the device receives nothing more and its later bundles are refused."""
    require_admin(ws)
    device_id = enrolment.device_id_for(ws, device_id)
    with ws.db.engine.connect() as conn:
        target = roster.device(conn, device_id)
        held = local_vector(conn).get(device_id, 0)
        ops = roster.revoke_ops(conn, device_id, held) if target else []
    if target is None:
        raise BadInput(msg("sync.unknown_device", device=device_id))
    with ws.change(Audience.PUBLIC) as ch:
        ch.extend(ops)


def appoint_admin(ws: Workspace, device_id: str) -> None:
    """Administrator only: make another ST or PPT device an administrator too."""
    require_admin(ws)
    device_id = enrolment.device_id_for(ws, device_id)
    with ws.db.engine.connect() as conn:
        target = roster.device(conn, device_id)
    if target is None:
        raise BadInput(msg("sync.unknown_device", device=device_id))
    if target.revoked:
        raise Refused(msg("sync.device_revoked", device=device_id))
    if not may_administer(target.role):
        raise Refused(msg("sync.admin_role"))
    with ws.change(Audience.PUBLIC) as ch:
        ch.extend(roster.promote_ops(device_id))


@dataclass(frozen=True)
class RosterEntry:
    device_id: str
    person_name: str
    country: str | None
    organisation: str | None
    role: str
    admin: bool
    status: str
    fingerprint: str
    me: bool
    last_in: str | None
    last_out: str | None


def roster_list(ws: Workspace) -> list[RosterEntry]:
    with ws.db.engine.connect() as conn:
        peers = {p.id: p for p in conn.execute(select(SyncPeer.id, SyncPeer.last_in, SyncPeer.last_out))}
        out = []
        for d in roster.devices(conn):
            keys = [k for k in roster.keys_of(conn, d.id) if k.status == roster.ACTIVE] or roster.keys_of(conn, d.id)
            p = peers.get(d.id)
            out.append(
                RosterEntry(
                    d.id,
                    d.person_name,
                    d.country_id,
                    d.organisation,
                    d.role,
                    d.admin,
                    d.status,
                    fingerprint(keys[0].sign_key) if keys else "",
                    d.id == ws.device_id,
                    p.last_in.isoformat(timespec="seconds") if p and p.last_in else None,
                    p.last_out.isoformat(timespec="seconds") if p and p.last_out else None,
                )
            )
    return out


# --- bundles --------------------------------------------------------------------------------------


def recipients_for(ws: Workspace, *, to: list[str] | None = None, role: str | None = None) -> list[str]:
    """Device ids for ``to`` (ids or unique prefixes), a role, or every other active device."""
    if to:
        return [enrolment.device_id_for(ws, key, exclude_self=True) for key in to]
    with ws.db.engine.connect() as conn:
        devices = [d for d in roster.devices(conn) if d.id != ws.device_id]
    if role is not None:
        role_of(role)
        return [d.id for d in devices if d.role == role and not d.revoked]
    return [d.id for d in devices if not d.revoked]
