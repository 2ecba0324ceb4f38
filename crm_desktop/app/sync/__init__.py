"""Sync services: this device's identity, the roster, bundles to and from other laptops.

The CLI and the sync view call these functions; each takes an open :class:`Workspace`. Private
keys come from the OS keyring, or from a passphrase-protected key file the user opted in to.
Refusals raise :class:`~crm_desktop.app.errors.AppError` subclasses carrying translated messages;
a refused bundle raises :class:`BundleRefused` (exit code 4) and changes nothing.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from crm_desktop.app import enrolment
from crm_desktop.app.backup import backup_before
from crm_desktop.app.errors import AppError, BadInput, Refused
from crm_desktop.app.folder_refusals import RefusedFiles, digest
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.hlc import Timestamp
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.model import Audience
from crm_desktop.domain.sync_policy import DeviceRole, may_administer, parse_role
from crm_desktop.store.local_files import read_input
from crm_desktop.store.schema import Changeset, Conflict, Meta
from crm_desktop.store.tables.sync import SyncBundle, SyncPeer, SyncPending
from crm_desktop.sync import roster
from crm_desktop.sync.bundle_format import BundleError
from crm_desktop.sync.exporter import ExportError, ExportResult, export_bundle, sign_own_changesets
from crm_desktop.sync.importer import ImportResult, LocalDevice, import_bundle
from crm_desktop.sync.keys import DeviceKeys, fingerprint, verify
from crm_desktop.sync.keystore import (
    PASSPHRASE_ENV,
    BadPassphrase,
    KeyringStore,
    KeyStore,
    NoKeyring,
    PassphraseFileStore,
    open_sealed,
    seal_keys,
)
from crm_desktop.sync.signing import canonical
from crm_desktop.sync.transports import (
    MEDIA_TYPE,
    folder_entries,
    folder_name,
    read_bundle_file,
    write_atomic,
)
from crm_desktop.sync.vectors import local_vector

KEY_FILE = "device-key.sealed"
JOIN_FORMAT = "crm-desktop-join/1"
JOIN_DOMAIN = b"crm-desktop/join/1\x00"
MAX_JOIN_REQUEST = 64 * 1024
_DEVICE_ID = re.compile(r"[0-9A-Za-z_]{1,32}")


class BundleRefused(AppError):
    """A bundle was refused; nothing was changed."""

    exit_code = 4


def _refused(exc: BundleError) -> BundleRefused:
    return BundleRefused(msg("sync.bundle_refused", reason=msg(exc.code, **exc.params)))


# --- keys -----------------------------------------------------------------------------------------


def key_store(ws: Workspace, *, passphrase: str | None = None, key_file: bool = False) -> KeyStore:
    """The store holding this device's private keys: the keyring, or the opted-in key file."""
    if key_file or ws.meta.get("sync.key_store") == "file":
        secret = passphrase if passphrase is not None else os.environ.get(PASSPHRASE_ENV)
        if not secret:
            raise BadInput(msg("sync.no_passphrase"))
        return PassphraseFileStore(ws.directory / KEY_FILE, secret)
    try:
        return KeyringStore()
    except NoKeyring:
        raise BadInput(msg("sync.no_keyring")) from None


def _load_keys(ws: Workspace, store: KeyStore) -> DeviceKeys | None:
    try:
        keys = store.load(ws.device_id)
    except NoKeyring:
        raise BadInput(msg("sync.no_keyring")) from None
    except BadPassphrase:
        raise BadInput(msg("sync.bad_passphrase", what=KEY_FILE)) from None
    if keys is not None and ws.meta.get("sync.sign_pk") not in (None, keys.sign_public.hex()):
        raise BadInput(msg("sync.keys_missing"))
    return keys


def device_keys(ws: Workspace, *, passphrase: str | None = None) -> DeviceKeys:
    """This device's keys; they must exist already."""
    if "sync.sign_pk" not in ws.meta:
        raise BadInput(msg("sync.no_identity"))
    keys = _load_keys(ws, key_store(ws, passphrase=passphrase))
    if keys is None:
        raise BadInput(msg("sync.keys_missing"))
    return keys


def ensure_keys(ws: Workspace, *, key_file: bool = False, passphrase: str | None = None) -> DeviceKeys:
    """Load this device's keys, creating them on first use. Never silently falls back to plaintext."""
    store = key_store(ws, passphrase=passphrase, key_file=key_file)
    keys = _load_keys(ws, store)
    if keys is not None:
        return keys
    if "sync.sign_pk" in ws.meta:
        raise BadInput(msg("sync.keys_missing"))  # keys existed and are gone: restore, never replace silently
    keys = DeviceKeys.generate()
    try:
        store.save(ws.device_id, keys)
    except NoKeyring:
        raise BadInput(msg("sync.no_keyring")) from None
    if key_file:
        ws.set_meta("sync.key_store", "file")
    ws.set_meta("sync.sign_pk", keys.sign_public.hex())
    ws.set_meta("sync.box_pk", keys.box_public.hex())
    return keys


def backup_keys(ws: Workspace, out: Path, backup_passphrase: str, *, passphrase: str | None = None) -> None:
    """Write this device's private keys sealed with ``backup_passphrase`` (Argon2id)."""
    if not backup_passphrase:
        raise BadInput(msg("sync.no_passphrase"))
    keys = device_keys(ws, passphrase=passphrase)
    write_atomic(out, seal_keys(keys, backup_passphrase, device_id=ws.device_id))


def restore_keys(ws: Workspace, path: Path, backup_passphrase: str, *, passphrase: str | None = None) -> str:
    """Put keys from a backup back into the key store; returns the fingerprint."""
    try:
        device, keys = open_sealed(read_input(path, limit=MAX_JOIN_REQUEST), backup_passphrase)
    except BadPassphrase:
        raise BadInput(msg("sync.bad_passphrase", what=path.name)) from None
    if device != ws.device_id:
        raise BadInput(msg("sync.backup_mismatch", device=device))
    if ws.meta.get("sync.sign_pk") not in (None, keys.sign_public.hex()):
        raise BadInput(msg("sync.backup_mismatch", device=device))
    store = key_store(ws, passphrase=passphrase)
    try:
        store.save(ws.device_id, keys)
    except NoKeyring:
        raise BadInput(msg("sync.no_keyring")) from None
    ws.set_meta("sync.sign_pk", keys.sign_public.hex())
    ws.set_meta("sync.box_pk", keys.box_public.hex())
    return keys.fingerprint


# --- identity and the founding of a workspace ---------------------------------------------------


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


def _role(value: str) -> DeviceRole:
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
    r = _role(role)
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


def _local(ws: Workspace, keys: DeviceKeys) -> LocalDevice:
    joined = "sync.founder" in ws.meta
    return LocalDevice(
        device_id=ws.device_id,
        keys=keys,
        workspace_id=ws.workspace_id if joined else None,
        founder=ws.meta.get("sync.founder"),
        founder_key=bytes.fromhex(ws.meta["sync.founder_key"]) if joined else None,
        role=ws.meta.get("sync.role", ""),
    )


def _require_joined(ws: Workspace) -> None:
    if "sync.founder" not in ws.meta:
        raise BadInput(msg("sync.not_joined" if "sync.sign_pk" in ws.meta else "sync.no_identity"))


def _require_admin(ws: Workspace) -> None:
    _require_joined(ws)
    with ws.db.engine.connect() as conn:
        me = roster.device(conn, ws.device_id)
    if me is None or not me.admin or me.revoked:
        raise Refused(msg("sync.not_admin"))


# --- joining ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class JoinRequest:
    device_id: str
    sign_key: bytes
    box_key: bytes
    person_name: str
    country: str | None
    organisation: str | None
    role: DeviceRole
    previous_key: bytes | None = None  # a key rotation: the key being replaced, which also signed

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_key)


def write_join_request(
    ws: Workspace,
    out: Path,
    *,
    person_name: str,
    role: str,
    country: str | None = None,
    organisation: str | None = None,
    key_file: bool = False,
    passphrase: str | None = None,
) -> JoinRequest:
    """A new laptop asks to join: its public keys and who uses it, signed by its own key."""
    if "sync.founder" in ws.meta:
        raise BadInput(msg("sync.already_joined", name=ws.name))
    r = _role(role)
    if bool(country) == bool(organisation):
        raise BadInput(msg("sync.bad_join_request", detail="--country XX | --organisation NAME"))
    if country and not re.fullmatch(r"[A-Z]{2}", country.upper()):
        raise BadInput(msg("sync.bad_join_request", detail=f"country {country!r}"))
    keys = ensure_keys(ws, key_file=key_file, passphrase=passphrase)
    ws.set_meta("sync.role", str(r))
    ws.set_meta("sync.person_name", person_name)
    body: dict[str, Any] = {
        "format": JOIN_FORMAT,
        "device_id": ws.device_id,
        "sign_key": keys.sign_public.hex(),
        "box_key": keys.box_public.hex(),
        "person_name": person_name,
        "country": country.upper() if country else None,
        "organisation": organisation,
        "role": str(r),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    body["signature"] = keys.sign(JOIN_DOMAIN + canonical(body)).hex()
    write_atomic(out, json.dumps(body, ensure_ascii=False, indent=1).encode())
    return read_join_request(out)


def read_join_request(path: Path) -> JoinRequest:
    def bad(detail: str) -> BadInput:
        return BadInput(msg("sync.bad_join_request", detail=detail))

    raw = read_input(path, limit=MAX_JOIN_REQUEST)
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise bad("JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != JOIN_FORMAT:
        raise bad("format")
    try:
        signature = bytes.fromhex(str(doc.pop("signature")))
        sign_key = bytes.fromhex(str(doc["sign_key"]))
        box_key = bytes.fromhex(str(doc["box_key"]))
        device_id, person = str(doc["device_id"]), str(doc["person_name"])
        country, org, role = doc.get("country"), doc.get("organisation"), str(doc["role"])
    except (KeyError, ValueError):
        raise bad("fields") from None
    previous: bytes | None = None
    if "previous_signature" in doc:
        try:
            previous_sig = bytes.fromhex(str(doc.pop("previous_signature")))
            previous = bytes.fromhex(str(doc["previous_key"]))
        except (KeyError, ValueError):
            raise bad("previous key") from None
        if len(previous) != 32 or not verify(previous, JOIN_DOMAIN + canonical(doc), previous_sig):
            raise bad("signature")
    if len(sign_key) != 32 or len(box_key) != 32 or not verify(sign_key, JOIN_DOMAIN + canonical(doc), signature):
        raise bad("signature")
    if not _DEVICE_ID.fullmatch(device_id) or not person.strip() or len(person) > 200:
        raise bad("device or person")
    if (
        previous is None
        and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country))
        and not (isinstance(org, str) and 0 < len(org) <= 200)
    ):
        raise bad("country / organisation")
    parsed = parse_role(role)
    if parsed is None:
        raise BadInput(msg("sync.bad_role", role=role))
    return JoinRequest(
        device_id,
        sign_key,
        box_key,
        person,
        country if isinstance(country, str) else None,
        org if isinstance(org, str) else None,
        parsed,
        previous,
    )


@dataclass(frozen=True)
class Approval:
    request: JoinRequest
    welcome: Path
    export: ExportResult
    # For the administrator: who was enrolled, with which role, and what that laptop will receive.
    sees: Message | None = None


def approve(
    ws: Workspace, request_path: Path, *, welcome_out: Path | None = None, passphrase: str | None = None
) -> Approval:
    """Administrator only: enrol the requesting device and write its welcome bundle."""
    _require_admin(ws)
    req = read_join_request(request_path)
    with ws.db.engine.connect() as conn:
        existing = roster.device(conn, req.device_id)
        known_keys = {k.sign_key for k in roster.keys_of(conn, req.device_id)}
    if existing is not None and existing.revoked:
        raise Refused(msg("sync.device_revoked", device=req.device_id))
    if existing is not None and req.sign_key not in known_keys:
        return _approve_rotation(ws, req, request_path, welcome_out, passphrase)
    sees = approval_preview(ws, req)  # refuses a role the delegation cannot hold
    if existing is None:
        with ws.change(Audience.PUBLIC) as ch:
            ch.extend(
                roster.enrol_ops(
                    device_id=req.device_id,
                    person_name=req.person_name,
                    role=req.role,
                    country_id=req.country,
                    organisation=req.organisation,
                    sign_key=req.sign_key,
                    box_key=req.box_key,
                    admin=False,
                    approved_by=ws.device_id,
                )
            )
    target = welcome_out or request_path.with_name(f"{request_path.stem}-welcome.crmb")
    result = export(ws, target, to=[req.device_id], full=True, kind="welcome", passphrase=passphrase)
    return Approval(req, target, result, sees)


def approval_preview(ws: Workspace, req: JoinRequest) -> Message:
    """Before approving: what the requesting laptop will receive; :class:`Refused` if its role contradicts
    its delegation. The window shows this in its confirmation; ``approve`` asks it again."""
    return enrolment.preview(ws, req.device_id, req.role, req.person_name, req.country, req.organisation)


def _approve_rotation(
    ws: Workspace, req: JoinRequest, request_path: Path, out: Path | None, passphrase: str | None
) -> Approval:
    """A roster device replaces its keys: the request must be signed by one of its active keys too."""
    with ws.db.engine.connect() as conn:
        keys = roster.keys_of(conn, req.device_id)
    active = [k for k in keys if k.status == roster.ACTIVE]
    if req.previous_key is None or req.previous_key not in {k.sign_key for k in active}:
        raise BadInput(msg("sync.bad_join_request", detail="key rotation not signed by the device's current key"))
    with ws.change(Audience.PUBLIC) as ch:
        for k in active:  # retired keys still verify what they signed before the rotation
            ch.extend([roster.key_op(req.device_id, k.sign_key, k.box_key, roster.RETIRED)])
        ch.extend([roster.key_op(req.device_id, req.sign_key, req.box_key, roster.ACTIVE)])
    if req.device_id == ws.device_id:
        # The administrator rotating its own keys: sign the rotation with the old key before switching.
        _switch_to_next_keys(ws, passphrase=passphrase)
        return Approval(req, Path(), ExportResult(b"", "", [], 0, 0))
    target = out or request_path.with_name(f"{request_path.stem}-rotation.crmb")
    result = export(ws, target, to=[req.device_id], passphrase=passphrase)
    return Approval(req, target, result)


NEXT_PREFIX = "next:"


def request_rotation(ws: Workspace, out: Path | None = None, *, passphrase: str | None = None) -> JoinRequest:
    """Start replacing this device's keys: new keys wait aside until the roster accepts them.

    An administrator's own rotation is approved at once; another device writes ``out``, a request
    signed by both keys, for an administrator to approve (``roster approve``).
    """
    _require_joined(ws)
    keys = device_keys(ws, passphrase=passphrase)
    store = key_store(ws, passphrase=passphrase)
    nxt = DeviceKeys.generate()
    store.save(NEXT_PREFIX + ws.device_id, nxt)
    with ws.db.engine.connect() as conn:
        me = roster.device(conn, ws.device_id)
    if me is None:
        raise BadInput(msg("sync.unknown_device", device=ws.device_id))
    body: dict[str, Any] = {
        "format": JOIN_FORMAT,
        "device_id": ws.device_id,
        "sign_key": nxt.sign_public.hex(),
        "box_key": nxt.box_public.hex(),
        "person_name": me.person_name,
        "country": me.country_id,
        "organisation": me.organisation,
        "role": me.role,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "previous_key": keys.sign_public.hex(),
    }
    signed = JOIN_DOMAIN + canonical(body)
    body["signature"] = nxt.sign(signed).hex()
    body["previous_signature"] = keys.sign(signed).hex()
    target = out or ws.directory / "key-rotation.json"
    write_atomic(target, json.dumps(body, ensure_ascii=False, indent=1).encode())
    request = read_join_request(target)
    if me.admin and not me.revoked:
        approve(ws, target, passphrase=passphrase)
    return request


def _switch_to_next_keys(ws: Workspace, *, passphrase: str | None = None) -> bool:
    """Once the roster lists this device's waiting keys as active, sign what is left with the old key and switch."""
    store = key_store(ws, passphrase=passphrase)
    nxt = store.load(NEXT_PREFIX + ws.device_id)
    if nxt is None:
        return False
    with ws.db.engine.connect() as conn:
        accepted = any(
            k.sign_key == nxt.sign_public and k.status == roster.ACTIVE for k in roster.keys_of(conn, ws.device_id)
        )
    if not accepted:
        return False
    old = device_keys(ws, passphrase=passphrase)
    with ws.db.session() as s:
        sign_own_changesets(s.connection(), _local(ws, old), ws.workspace_id)
    store.save(ws.device_id, nxt)
    store.delete(NEXT_PREFIX + ws.device_id)
    ws.set_meta("sync.sign_pk", nxt.sign_public.hex())
    ws.set_meta("sync.box_pk", nxt.box_public.hex())
    return True


def revoke(ws: Workspace, device_id: str) -> None:
    """Administrator only: the device receives nothing more and its later bundles are refused."""
    _require_admin(ws)
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
    _require_admin(ws)
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
        _role(role)
        return [d.id for d in devices if d.role == role and not d.revoked]
    return [d.id for d in devices if not d.revoked]


def export(
    ws: Workspace,
    out: Path | None,
    *,
    to: list[str],
    full: bool = False,
    kind: str = "changes",
    passphrase: str | None = None,
) -> ExportResult:
    """Make a bundle for ``to`` and, if ``out`` is given, save it atomically."""
    _require_joined(ws)
    keys = device_keys(ws, passphrase=passphrase)
    try:
        with ws.db.session() as s:
            result = export_bundle(s, _local(ws, keys), to, full=full, workspace_name=ws.name, kind=kind)
    except ExportError as exc:
        raise BadInput(msg(exc.code, **exc.params)) from None
    if out is not None:
        write_atomic(out, result.data)
    return result


def bundle_attachment(ws: Workspace, to: list[str], *, full: bool = False) -> tuple[str, bytes, str]:
    """For the mail feature: (file name, bytes, media type) of a bundle for ``to``."""
    result = export(ws, None, to=to, full=full)
    return folder_name(ws.device_id, result.sender_seq, result.bundle_id), result.data, MEDIA_TYPE


def import_data(ws: Workspace, data: bytes, *, passphrase: str | None = None, backup: bool = True) -> ImportResult:
    """Import a bundle in one transaction; refusals raise :class:`BundleRefused` and change nothing.

    A backup of the workspace is taken first, once the sender is admitted and before anything is
    decrypted (reason ``bundle-import``, a bounded number kept), so an import that brings unwanted
    changes can be undone with ``crm-desktop backup restore``;
    ``backup=False`` when the caller took one already for a series of imports.
    """
    keys = device_keys(ws, passphrase=passphrase)
    nxt = key_store(ws, passphrase=passphrase).load(NEXT_PREFIX + ws.device_id)
    local = replace(_local(ws, keys), next_box=nxt.box if nxt else None)

    def observe(hlc: str) -> None:
        ws.clock.observe(Timestamp.decode(hlc))

    def admitted() -> None:  # an unknown sender's file costs no copy of the workspace
        if backup:
            backup_before(ws, "bundle-import")

    try:
        with ws.db.session() as s:
            result = import_bundle(s, data, local, observe=observe, admitted=admitted)
            if result.welcome:
                for key, value in {
                    "workspace_id": result.workspace_id,
                    "name": result.workspace_name,
                    "sync.founder": result.founder,
                    "sync.founder_key": result.founder_key.hex(),
                }.items():
                    s.merge(Meta(key=key, value=value))
    except BundleError as exc:
        raise _refused(exc) from None
    if result.welcome:
        ws.meta.update(
            {
                "workspace_id": result.workspace_id,
                "name": result.workspace_name,
                "sync.founder": result.founder,
                "sync.founder_key": result.founder_key.hex(),
            }
        )
        ws._config = None  # the welcome brought the workspace's process configuration
    if result.applied:
        _switch_to_next_keys(ws, passphrase=passphrase)
    return result


def import_file(ws: Workspace, path: Path, *, passphrase: str | None = None) -> ImportResult:
    try:
        data = read_bundle_file(path)
    except BundleError as exc:
        raise _refused(exc) from None
    return import_data(ws, data, passphrase=passphrase)


@dataclass(frozen=True)
class PendingEntry:
    device_id: str
    seq: int
    kind: str
    status: str
    reason: str | None
    bundle_id: str
    waiting_for: dict[str, int]


def pending_list(ws: Workspace) -> list[PendingEntry]:
    """Received changes that wait for prerequisites (or were refused when they became applicable)."""
    with ws.db.engine.connect() as conn:
        have = local_vector(conn)
        t = SyncPending.__table__
        rows = list(conn.execute(select(t).order_by(t.c.device_id, t.c.seq)))
    out = []
    for r in rows:
        h = r.body.get("h", {}) if isinstance(r.body, dict) else {}
        deps = dict(h.get("deps", {}))
        deps[r.device_id] = max(deps.get(r.device_id, 0), r.seq - 1)
        missing = {d: s for d, s in deps.items() if have.get(d, 0) < s}
        out.append(PendingEntry(r.device_id, r.seq, r.kind, r.status, r.reason, r.bundle_id, missing))
    return out


# --- shared folder ------------------------------------------------------------------------------


@dataclass
class FolderReport:
    imported: list[str] = field(default_factory=list)
    refused: list[tuple[str, Message]] = field(default_factory=list)
    exported: list[str] = field(default_factory=list)


def sync_folder(ws: Workspace, directory: Path, *, passphrase: str | None = None) -> FolderReport:
    """One pass over a shared folder: import what is new and addressed here, export what is owed."""
    _require_joined(ws)
    directory.mkdir(parents=True, exist_ok=True)
    report = FolderReport()
    with ws.db.engine.connect() as conn:
        seen = set(conn.execute(select(SyncBundle.id)).scalars())
    backed_up = False
    refusals = RefusedFiles(ws)
    for entry in folder_entries(directory):
        if entry.sender == ws.device_id or entry.bundle_id in seen:
            continue
        try:
            data = read_bundle_file(entry.path)
        except BundleError as exc:
            report.refused.append((entry.path.name, msg(exc.code, **exc.params)))
            continue
        file_digest = digest(data)
        earlier = refusals.earlier(file_digest)
        if earlier is not None:  # the same bytes were refused by an earlier pass: not processed again
            report.refused.append((entry.path.name, earlier))
            continue
        try:
            if not backed_up:  # one backup before the first import of this pass
                backup_before(ws, "bundle-import")
                backed_up = True
            import_data(ws, data, passphrase=passphrase, backup=False)
        except BundleRefused as exc:
            reason = exc.message.params.get("reason")
            if isinstance(reason, Message) and reason.code == "sync.reason.not_recipient":
                continue  # addressed to other laptops sharing the folder
            refusals.remember(file_digest, entry.path.name, reason if isinstance(reason, Message) else exc.message)
            report.refused.append((entry.path.name, exc.message))
            continue
        report.imported.append(entry.path.name)
    refusals.save()
    with ws.db.engine.connect() as conn:
        vector = local_vector(conn)
        acked = {p.id: dict(p.acked or {}) for p in conn.execute(select(SyncPeer.id, SyncPeer.acked))}
    for peer in recipients_for(ws):
        key = f"sync.folder.{peer}"
        state = json.dumps(vector, sort_keys=True)
        if ws.meta.get(key) == state:
            continue  # nothing new since the last bundle left here for this peer
        if all(acked.get(peer, {}).get(d, 0) >= n for d, n in vector.items()):
            continue  # the peer has acknowledged everything held here: nothing is owed
        result = export(ws, None, to=[peer], passphrase=passphrase)
        name = folder_name(ws.device_id, result.sender_seq, result.bundle_id)
        write_atomic(directory / name, result.data)
        ws.set_meta(key, state)
        report.exported.append(name)
    return report


# --- conflicts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConflictEntry:
    id: int
    entity: str
    row_id: str
    field: str
    kept_value: object
    lost_value: object
    kept_hlc: str
    lost_hlc: str
    resolved: bool


def conflicts_list(ws: Workspace, *, include_resolved: bool = False) -> list[ConflictEntry]:
    """Values that lost a concurrent write, for a user to confirm or restore."""
    q = select(Conflict).order_by(Conflict.id)
    if not include_resolved:
        q = q.where(Conflict.resolved.is_(False))
    with ws.read() as s:
        return [
            ConflictEntry(
                c.id, c.entity, c.row_id, c.field, c.kept_value, c.lost_value, c.kept_hlc, c.lost_hlc, c.resolved
            )
            for c in s.scalars(q)
        ]


def resolve_conflict(ws: Workspace, conflict_id: int, *, restore_lost: bool) -> None:
    """Confirm the kept value, or restore the lost one as a new change (which then travels as any other)."""
    with ws.read() as s:
        c = s.get(Conflict, conflict_id)
        if c is None:
            raise BadInput(msg("error.not_found", what=msg("noun.conflict"), key=str(conflict_id)))
        entity, row_id, field_name, value = c.entity, c.row_id, c.field, c.lost_value
        audience = s.scalar(select(Changeset.audience).where(Changeset.hlc == c.lost_hlc)) or Audience.PUBLIC
    if restore_lost:
        with ws.change(audience) as ch:
            ch.put(entity, row_id, **{field_name: value})
    with ws.db.session() as s:
        s.execute(update(Conflict).where(Conflict.id == conflict_id).values(resolved=True))


def watch_folder(
    ws: Workspace,
    directory: Path,
    *,
    interval: float,
    passes: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
    on_pass: Callable[[FolderReport], None] = lambda _r: None,
) -> None:
    """Repeat :func:`sync_folder` every ``interval`` seconds (``passes`` times, or until interrupted)."""
    done = 0
    while passes is None or done < passes:
        on_pass(sync_folder(ws, directory))
        done += 1
        if passes is None or done < passes:
            sleep(interval)
