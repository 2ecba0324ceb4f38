"""This device's identity in the workspace: founding a workspace, who this device is, the guards
every sync use case starts with (joined, administrator)."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.app import enrolment
from crm_desktop.app.errors import BadInput, Refused
from crm_desktop.app.sync.keys import device_keys, ensure_keys
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience
from crm_desktop.domain.sync_policy import DeviceRole, may_administer, parse_role
from crm_desktop.store.schema import Meta
from crm_desktop.sync import roster


@dataclass(frozen=True)
class Identity:
    device_id: str
    fingerprint: str
    key_id: str
    role: str
    admin: bool
    joined: bool
    workspace_id: str
    person_name: str


def role_of(value: str) -> DeviceRole:
    role = parse_role(value)
    if role is None:
        raise BadInput(msg("sync.bad_role", role=value))
    return role


def found(
    ws: Workspace,
    *,
    person_name: str,
    role: str = "st",
    country: str | None = None,
    organisation: str | None = None,
    key_file: bool = False,
    passphrase: str | None = None,
) -> Identity:
    """Make this device the founding administrator of its (initialised) workspace.

    The workspace id becomes a commitment to this device and its signing key, so any laptop can
    verify the founder's changes before it knows the roster.
    """
    if "sync.founder" in ws.meta:
        return identity(ws, passphrase=passphrase)
    if not ws.initialised:
        raise BadInput(msg("sync.not_joined"))
    r = role_of(role)
    if not may_administer(r):
        raise Refused(msg("sync.admin_role"))
    if r == DeviceRole.ST and not country and not organisation:
        organisation = "ST"
    enrolment.check_role(ws, r, person_name, country, organisation)
    keys = ensure_keys(ws, key_file=key_file, passphrase=passphrase)
    wid = roster.workspace_binding(ws.device_id, keys.sign_public)
    with ws.db.session() as s:
        for key, value in {
            "workspace_id": wid,
            "sync.founder": ws.device_id,
            "sync.founder_key": keys.sign_public.hex(),
            "sync.role": str(r),
        }.items():
            s.merge(Meta(key=key, value=value))
    ws.meta.update({"workspace_id": wid, "sync.founder": ws.device_id, "sync.founder_key": keys.sign_public.hex()})
    ws.meta["sync.role"] = str(r)
    with ws.change(Audience.PUBLIC) as ch:
        ch.extend(
            roster.enrol_ops(
                device_id=ws.device_id,
                person_name=person_name,
                role=r,
                country_id=country,
                organisation=organisation,
                sign_key=keys.sign_public,
                box_key=keys.box_public,
                admin=True,
                approved_by=ws.device_id,
            )
        )
    return identity(ws, passphrase=passphrase)


def identity(ws: Workspace, *, passphrase: str | None = None) -> Identity:
    keys = device_keys(ws, passphrase=passphrase)
    with ws.db.engine.connect() as conn:
        me = roster.device(conn, ws.device_id)
    joined = "sync.founder" in ws.meta
    return Identity(
        device_id=ws.device_id,
        fingerprint=keys.fingerprint,
        key_id=keys.key_id,
        role=me.role if me else ws.meta.get("sync.role", ""),
        admin=bool(me and me.admin and not me.revoked),
        joined=joined,
        workspace_id=ws.workspace_id if joined else "",
        person_name=me.person_name if me else ws.meta.get("sync.person_name", ""),
    )


def require_joined(ws: Workspace) -> None:
    if "sync.founder" not in ws.meta:
        raise BadInput(msg("sync.not_joined" if "sync.sign_pk" in ws.meta else "sync.no_identity"))


def require_admin(ws: Workspace) -> None:
    require_joined(ws)
    with ws.db.engine.connect() as conn:
        me = roster.device(conn, ws.device_id)
    if me is None or not me.admin or me.revoked:
        raise Refused(msg("sync.not_admin"))


# --- joining ------------------------------------------------------------------------------------
