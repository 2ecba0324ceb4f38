"""The SMTP password in the keyring: in memory for every run, and the real Secret Service in CI."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import keyring
import pytest

from crm_desktop.mail import secrets
from tests.helpers import in_memory_keyring


@pytest.fixture
def memory_keyring() -> Iterator[Any]:
    previous = keyring.get_keyring()
    backend = in_memory_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_store_load_and_forget(memory_keyring: Any) -> None:
    assert secrets.load_password("smtp.example.org", "st") is None
    secrets.store_password("smtp.example.org", "st", "contraseña ñ")
    assert secrets.load_password("smtp.example.org", "st") == "contraseña ñ"
    assert secrets.load_password("smtp.example.org", "other") is None  # one secret per user and host
    secrets.forget_password("smtp.example.org", "st")
    secrets.forget_password("smtp.example.org", "st")  # forgetting twice is harmless
    assert secrets.load_password("smtp.example.org", "st") is None


def test_no_keyring_is_a_clear_error() -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        with pytest.raises(secrets.SecretStoreError):
            secrets.store_password("smtp.example.org", "st", "x")
    finally:
        keyring.set_keyring(previous)


@pytest.mark.secret_service
@pytest.mark.skipif(os.environ.get("CRM_TEST_SECRET_SERVICE") != "1", reason="needs a session bus and gnome-keyring")
def test_real_secret_service_keyring() -> None:
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    user = f"test-{uuid.uuid4().hex[:8]}"
    try:
        secrets.store_password("127.0.0.1", user, "contraseña ñ")
        assert secrets.load_password("127.0.0.1", user) == "contraseña ñ"
    finally:
        secrets.forget_password("127.0.0.1", user)
        keyring.set_keyring(previous)
