"""This device's private keys: the keyring or the opted-in key file, backups, rotation to new keys."""

from __future__ import annotations

import os
from pathlib import Path

from crm_desktop.app.errors import BadInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.messages import msg
from crm_desktop.store.local_files import read_input
from crm_desktop.sync import roster
from crm_desktop.sync.exporter import sign_own_changesets
from crm_desktop.sync.importer import LocalDevice
from crm_desktop.sync.keys import DeviceKeys
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
from crm_desktop.sync.transports import write_atomic

KEY_FILE = "device-key.sealed"
MAX_JOIN_REQUEST = 64 * 1024  # a join request or a key backup: a small file
NEXT_PREFIX = "next:"


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


def local_device(ws: Workspace, keys: DeviceKeys) -> LocalDevice:
    joined = "sync.founder" in ws.meta
    return LocalDevice(
        device_id=ws.device_id,
        keys=keys,
        workspace_id=ws.workspace_id if joined else None,
        founder=ws.meta.get("sync.founder"),
        founder_key=bytes.fromhex(ws.meta["sync.founder_key"]) if joined else None,
        role=ws.meta.get("sync.role", ""),
    )


def switch_to_next_keys(ws: Workspace, *, passphrase: str | None = None) -> bool:
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
        sign_own_changesets(s.connection(), local_device(ws, old), ws.workspace_id)
    store.save(ws.device_id, nxt)
    store.delete(NEXT_PREFIX + ws.device_id)
    ws.set_meta("sync.sign_pk", nxt.sign_public.hex())
    ws.set_meta("sync.box_pk", nxt.box_public.hex())
    return True
