"""What the command line says about synchronisation before any sync service is loaded: the
environment variable holding the key file's passphrase (the keys' own module defines it)."""

from __future__ import annotations

from crm_desktop.sync.keystore import PASSPHRASE_ENV

__all__ = ["PASSPHRASE_ENV"]
