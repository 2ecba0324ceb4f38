"""The SMTP password, kept in the operating system's keyring (never in the workspace or a file)."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE = "crm-desktop-smtp"


class SecretStoreError(Exception):
    """The keyring is unavailable or refused the operation."""


def account(host: str, user: str) -> str:
    return f"{user}@{host}"


def store_password(host: str, user: str, password: str) -> None:
    try:
        keyring.set_password(SERVICE, account(host, user), password)
    except KeyringError as exc:
        raise SecretStoreError(str(exc) or type(exc).__name__) from None


def load_password(host: str, user: str) -> str | None:
    try:
        value = keyring.get_password(SERVICE, account(host, user))
    except KeyringError as exc:
        raise SecretStoreError(str(exc) or type(exc).__name__) from None
    return value if isinstance(value, str) else None


def forget_password(host: str, user: str) -> None:
    try:
        keyring.delete_password(SERVICE, account(host, user))
    except PasswordDeleteError:
        return
    except KeyringError as exc:
        raise SecretStoreError(str(exc) or type(exc).__name__) from None
