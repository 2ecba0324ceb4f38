"""Where a device's private keys live: the OS keyring, or an opted-in passphrase-protected file.

The keyring (Secret Service, KWallet, macOS Keychain, Windows Credential Locker) is the default.
When no backend exists, :class:`NoKeyring` is raised and the user may explicitly choose a key file
sealed with a key derived by Argon2id from a passphrase. There is no silent plaintext fallback.
The same sealed format serves for key backups.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from pathlib import Path
from typing import Any, Protocol

import nacl.pwhash
import nacl.secret
import nacl.utils
from nacl.exceptions import CryptoError

from crm_desktop.sync.keys import DeviceKeys

SERVICE = "crm-desktop"
SEALED_FORMAT = "crm-desktop-sealed-keys/1"
PASSPHRASE_ENV = "CRM_DESKTOP_KEY_PASSPHRASE"


class NoKeyring(Exception):
    """No usable OS keyring backend exists on this machine."""


class BadPassphrase(Exception):
    """The passphrase does not open the sealed keys (or the file is damaged)."""


class KeyStore(Protocol):
    def load(self, device_id: str) -> DeviceKeys | None: ...

    def save(self, device_id: str, keys: DeviceKeys) -> None: ...

    def delete(self, device_id: str) -> None: ...


def _entry(device_id: str) -> str:
    return f"device-key:{device_id}"


class KeyringStore:
    """Private keys in the OS keyring, one entry per device (a laptop may hold several workspaces)."""

    def __init__(self) -> None:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
            raise NoKeyring(type(backend).__name__)
        self._keyring = keyring

    def _call(self, name: str, *args: str) -> Any:
        from keyring.errors import KeyringError

        try:
            return getattr(self._keyring, name)(*args)
        except KeyringError as exc:  # a locked or absent backend is the environment's fault
            raise NoKeyring(str(exc)) from exc

    def load(self, device_id: str) -> DeviceKeys | None:
        text = self._call("get_password", SERVICE, _entry(device_id))
        if not text:
            return None
        return DeviceKeys.from_private(base64.b64decode(text))

    def save(self, device_id: str, keys: DeviceKeys) -> None:
        self._call("set_password", SERVICE, _entry(device_id), base64.b64encode(keys.private_bytes()).decode())

    def delete(self, device_id: str) -> None:
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):
            self._call("delete_password", SERVICE, _entry(device_id))


# --- passphrase sealing (key file and backups) ---------------------------------------------------


def seal_keys(keys: DeviceKeys, passphrase: str, *, device_id: str, fast: bool = False) -> bytes:
    """Seal private keys with a key derived from ``passphrase`` by Argon2id (memory-hard)."""
    ops = nacl.pwhash.argon2id.OPSLIMIT_MIN if fast else nacl.pwhash.argon2id.OPSLIMIT_MODERATE
    mem = nacl.pwhash.argon2id.MEMLIMIT_MIN if fast else nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE
    salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
    key = nacl.pwhash.argon2id.kdf(
        nacl.secret.SecretBox.KEY_SIZE, passphrase.encode(), salt, opslimit=ops, memlimit=mem
    )
    aad = f"{SEALED_FORMAT}:{device_id}".encode()
    box = nacl.secret.Aead(key)
    sealed = box.encrypt(keys.private_bytes(), aad)
    doc = {
        "format": SEALED_FORMAT,
        "device_id": device_id,
        "sign_public": keys.sign_public.hex(),
        "kdf": {"name": "argon2id", "salt": salt.hex(), "opslimit": ops, "memlimit": mem},
        "sealed": base64.b64encode(bytes(sealed)).decode(),
    }
    return json.dumps(doc, indent=1).encode()


def sealed_device(data: bytes) -> str:
    """The device id a sealed key document claims to belong to."""
    return str(_parse_sealed(data)["device_id"])


def _parse_sealed(data: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadPassphrase("not a sealed key document") from exc
    if not isinstance(doc, dict) or doc.get("format") != SEALED_FORMAT:
        raise BadPassphrase("not a sealed key document")
    return doc


def open_sealed(data: bytes, passphrase: str) -> tuple[str, DeviceKeys]:
    doc = _parse_sealed(data)
    try:
        kdf = doc["kdf"]
        salt = bytes.fromhex(kdf["salt"])
        ops, mem = int(kdf["opslimit"]), int(kdf["memlimit"])
        # Refuse absurd parameters before spending memory on them.
        if kdf["name"] != "argon2id" or mem > 1 << 31 or ops > 64:
            raise BadPassphrase("unsupported key derivation")
        key = nacl.pwhash.argon2id.kdf(
            nacl.secret.SecretBox.KEY_SIZE, passphrase.encode(), salt, opslimit=ops, memlimit=mem
        )
        device_id = str(doc["device_id"])
        plain = nacl.secret.Aead(key).decrypt(base64.b64decode(doc["sealed"]), f"{SEALED_FORMAT}:{device_id}".encode())
        keys = DeviceKeys.from_private(plain)
    except (KeyError, TypeError, ValueError, CryptoError) as exc:
        raise BadPassphrase(str(exc)) from exc
    if keys.sign_public.hex() != doc.get("sign_public"):
        raise BadPassphrase("public key mismatch")
    return device_id, keys


class PassphraseFileStore:
    """The opt-in fallback: keys sealed in a file next to the workspace, opened with a passphrase."""

    def __init__(self, path: Path, passphrase: str, *, fast: bool = False) -> None:
        self.path = path
        self.passphrase = passphrase
        self.fast = fast

    def load(self, device_id: str) -> DeviceKeys | None:
        if not self.path.exists():
            return None
        owner, keys = open_sealed(self.path.read_bytes(), self.passphrase)
        return keys if owner == device_id else None

    def save(self, device_id: str, keys: DeviceKeys) -> None:
        data = seal_keys(keys, self.passphrase, device_id=device_id, fast=self.fast)
        tmp = self.path.with_name(self.path.name + ".part")
        tmp.write_bytes(data)
        os.chmod(tmp, 0o600)
        tmp.replace(self.path)

    def delete(self, device_id: str) -> None:
        self.path.unlink(missing_ok=True)
