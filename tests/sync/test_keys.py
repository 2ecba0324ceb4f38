"""Device keys: the keyring, the opted-in key file, fingerprints, backups; never plaintext."""

from __future__ import annotations

import os
import re
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from crm_desktop.app import sync
from crm_desktop.app.errors import BadInput
from crm_desktop.app.workspace import Workspace, init_workspace
from crm_desktop.store.db import DB_NAME
from crm_desktop.sync.keys import DeviceKeys, fingerprint
from crm_desktop.sync.keystore import SERVICE, BadPassphrase, open_sealed, seal_keys
from tests.sync.conftest import MemoryKeyring


def test_fingerprint_is_short_and_readable() -> None:
    keys = DeviceKeys.generate()
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", keys.fingerprint)
    assert keys.fingerprint == fingerprint(keys.sign_public)
    assert DeviceKeys.generate().fingerprint != keys.fingerprint


def test_founder_keys_live_in_the_keyring_only(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    ws = init_workspace(tmp_path / "ws", "CRM")
    try:
        ident = sync.found(ws, person_name="Coordinadora ST")
        assert ident.admin and ident.role == "st" and ident.joined
        secret = memory_keyring.get_password(SERVICE, f"device-key:{ws.device_id}")
        assert secret
        private = DeviceKeys.from_private(__import__("base64").b64decode(secret)).private_bytes()
    finally:
        ws.close()
    raw = (tmp_path / "ws" / DB_NAME).read_bytes()
    for chunk in (private[:32], private[32:], private[:32].hex().encode(), secret.encode()):
        assert chunk not in raw
    assert not list((tmp_path / "ws").glob("*.sealed"))


def test_without_a_keyring_the_user_is_told_and_may_opt_in_to_a_key_file(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        ws = init_workspace(tmp_path / "ws", "CRM")
        try:
            with pytest.raises(BadInput) as info:
                sync.found(ws, person_name="ST")
            assert info.value.message.code == "sync.no_keyring"
            assert "llavero" in info.value.render("es") and "keyring" in info.value.render("en")
            assert "sync.sign_pk" not in ws.meta
            with pytest.raises(BadInput) as info:  # opting in without a passphrase is refused too
                sync.found(ws, person_name="ST", key_file=True, passphrase="")
            assert info.value.message.code == "sync.no_passphrase"
            ident = sync.found(ws, person_name="ST", key_file=True, passphrase="correct horse battery")
            assert ident.admin
            sealed = (tmp_path / "ws" / sync.KEY_FILE).read_bytes()
            assert b"argon2id" in sealed
            assert oct(os.stat(tmp_path / "ws" / sync.KEY_FILE).st_mode & 0o777) == "0o600"
            with pytest.raises(BadInput) as info:
                sync.identity(ws, passphrase="wrong")
            assert info.value.message.code == "sync.bad_passphrase"
            assert sync.identity(ws, passphrase="correct horse battery").fingerprint == ident.fingerprint
        finally:
            ws.close()
    finally:
        keyring.set_keyring(previous)


def test_sealed_keys_refuse_a_wrong_passphrase_and_tampering() -> None:
    keys = DeviceKeys.generate()
    data = seal_keys(keys, "frase secreta", device_id="dev1", fast=True)
    device, opened = open_sealed(data, "frase secreta")
    assert device == "dev1" and opened.private_bytes() == keys.private_bytes()
    with pytest.raises(BadPassphrase):
        open_sealed(data, "otra frase")
    with pytest.raises(BadPassphrase):
        open_sealed(data.replace(b'"dev1"', b'"dev2"'), "frase secreta")
    with pytest.raises(BadPassphrase):
        open_sealed(b"not json", "frase secreta")


def test_backup_and_restore(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    ws = init_workspace(tmp_path / "ws", "CRM")
    try:
        fp = sync.found(ws, person_name="ST").fingerprint
        sync.backup_keys(ws, tmp_path / "keys.backup", "frase de respaldo")
        memory_keyring.items.clear()  # the laptop's keyring was wiped
        with pytest.raises(BadInput) as info:
            sync.identity(ws)
        assert info.value.message.code == "sync.keys_missing"
        with pytest.raises(BadInput):
            sync.ensure_keys(ws)  # never silently replaced by new keys
        with pytest.raises(BadInput):
            sync.restore_keys(ws, tmp_path / "keys.backup", "frase equivocada")
        assert sync.restore_keys(ws, tmp_path / "keys.backup", "frase de respaldo") == fp
        assert sync.identity(ws).fingerprint == fp
    finally:
        ws.close()
    other = Workspace(tmp_path / "other")
    try:
        with pytest.raises(BadInput) as info:
            sync.restore_keys(other, tmp_path / "keys.backup", "frase de respaldo")
        assert info.value.message.code == "sync.backup_mismatch"
    finally:
        other.close()


@pytest.mark.secret_service
@pytest.mark.skipif(os.environ.get("CRM_TEST_SECRET_SERVICE") != "1", reason="needs a session bus and gnome-keyring")
def test_real_secret_service_keyring(tmp_path: Path) -> None:
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    try:
        ws = init_workspace(tmp_path / "ws", "CRM")
        try:
            fp = sync.found(ws, person_name="ST").fingerprint
            stored = keyring.get_password(SERVICE, f"device-key:{ws.device_id}")
            assert stored
            assert sync.identity(ws).fingerprint == fp
        finally:
            ws.close()
        reopened = Workspace(tmp_path / "ws")
        try:
            assert sync.identity(reopened).fingerprint == fp
        finally:
            keyring.delete_password(SERVICE, f"device-key:{reopened.device_id}")
            reopened.close()
    finally:
        keyring.set_keyring(previous)
