"""Sync services: this device's identity, the roster, bundles to and from other laptops.

The CLI and the sync view call these functions; each takes an open :class:`Workspace`. Private
keys come from the OS keyring, or from a passphrase-protected key file the user opted in to.
Refusals raise :class:`~crm_desktop.app.errors.AppError` subclasses carrying translated messages;
a refused bundle raises :class:`BundleRefused` (exit code 4) and changes nothing.

One module per use case; callers keep writing ``from crm_desktop.app import sync`` and ``sync.<name>``:

- :mod:`.keys`: this device's private keys (key store, backup, restore, rotation to waiting keys)
- :mod:`.identity`: founding a workspace, this device's identity, the joined/administrator guards
- :mod:`.joining`: join requests, approval and welcome bundles, key-rotation requests
- :mod:`.members`: revoking, appointing administrators, the roster list, recipients
- :mod:`.exchange`: exporting and importing bundles, changes waiting for prerequisites
- :mod:`.folder`: the watched shared folder
- :mod:`.conflicts`: values that lost a concurrent write
"""

from __future__ import annotations

# The types callers name with the functions: the error they catch, what an import returns.
from crm_desktop.app.errors import AppError
from crm_desktop.app.sync.conflicts import ConflictEntry, conflicts_list, resolve_conflict
from crm_desktop.app.sync.exchange import (
    BundleRefused,
    PendingEntry,
    bundle_attachment,
    export,
    import_data,
    import_file,
    pending_list,
)
from crm_desktop.app.sync.folder import FolderReport, sync_folder, watch_folder
from crm_desktop.app.sync.identity import Identity, found, identity
from crm_desktop.app.sync.joining import (
    JOIN_DOMAIN,
    JOIN_FORMAT,
    Approval,
    JoinRequest,
    approval_preview,
    approve,
    read_join_request,
    request_rotation,
    write_join_request,
)
from crm_desktop.app.sync.keys import (
    KEY_FILE,
    MAX_JOIN_REQUEST,
    NEXT_PREFIX,
    backup_keys,
    device_keys,
    ensure_keys,
    key_store,
    restore_keys,
)
from crm_desktop.app.sync.members import RosterEntry, appoint_admin, recipients_for, revoke, roster_list
from crm_desktop.sync.importer import ImportResult

__all__ = [
    "JOIN_DOMAIN",
    "JOIN_FORMAT",
    "KEY_FILE",
    "MAX_JOIN_REQUEST",
    "NEXT_PREFIX",
    "AppError",
    "Approval",
    "BundleRefused",
    "ConflictEntry",
    "FolderReport",
    "Identity",
    "ImportResult",
    "JoinRequest",
    "PendingEntry",
    "RosterEntry",
    "appoint_admin",
    "approval_preview",
    "approve",
    "backup_keys",
    "bundle_attachment",
    "conflicts_list",
    "device_keys",
    "ensure_keys",
    "export",
    "found",
    "identity",
    "import_data",
    "import_file",
    "key_store",
    "pending_list",
    "read_join_request",
    "recipients_for",
    "request_rotation",
    "resolve_conflict",
    "restore_keys",
    "revoke",
    "roster_list",
    "sync_folder",
    "watch_folder",
    "write_join_request",
]
