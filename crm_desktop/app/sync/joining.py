"""Joining a workspace: a new laptop's signed request, the administrator's approval and welcome
bundle, and a device's request to replace its keys."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crm_desktop.app import enrolment
from crm_desktop.app.errors import BadInput, Refused
from crm_desktop.app.sync.exchange import export
from crm_desktop.app.sync.identity import require_admin, require_joined, role_of
from crm_desktop.app.sync.keys import (
    MAX_JOIN_REQUEST,
    NEXT_PREFIX,
    device_keys,
    ensure_keys,
    key_store,
    switch_to_next_keys,
)
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.model import Audience
from crm_desktop.domain.sync_policy import DeviceRole, parse_role
from crm_desktop.store.local_files import read_input
from crm_desktop.sync import roster
from crm_desktop.sync.exporter import ExportResult
from crm_desktop.sync.keys import DeviceKeys, fingerprint, verify
from crm_desktop.sync.signing import canonical
from crm_desktop.sync.transports import write_atomic

JOIN_FORMAT = "crm-desktop-join/1"
JOIN_DOMAIN = b"crm-desktop/join/1\x00"
_DEVICE_ID = re.compile(r"[0-9A-Za-z_]{1,32}")


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
    r = role_of(role)
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
    require_admin(ws)
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
        switch_to_next_keys(ws, passphrase=passphrase)
        return Approval(req, Path(), ExportResult(b"", "", [], 0, 0))
    target = out or request_path.with_name(f"{request_path.stem}-rotation.crmb")
    result = export(ws, target, to=[req.device_id], passphrase=passphrase)
    return Approval(req, target, result)


def request_rotation(ws: Workspace, out: Path | None = None, *, passphrase: str | None = None) -> JoinRequest:
    """Start replacing this device's keys: new keys wait aside until the roster accepts them.

    An administrator's own rotation is approved at once; another device writes ``out``, a request
    signed by both keys, for an administrator to approve (``roster approve``).
    """
    require_joined(ws)
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
