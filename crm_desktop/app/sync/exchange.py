"""Bundles: export for chosen recipients, import in one transaction, changes waiting for prerequisites."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from crm_desktop.app.backup import backup_before
from crm_desktop.app.errors import AppError, BadInput
from crm_desktop.app.sync.identity import require_joined
from crm_desktop.app.sync.keys import NEXT_PREFIX, device_keys, key_store, local_device, switch_to_next_keys
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.hlc import Timestamp
from crm_desktop.domain.messages import msg
from crm_desktop.store.schema import Meta
from crm_desktop.store.tables.sync import SyncPending
from crm_desktop.sync.bundle_format import BundleError
from crm_desktop.sync.exporter import ExportError, ExportResult, export_bundle
from crm_desktop.sync.importer import ImportResult, import_bundle
from crm_desktop.sync.transports import MEDIA_TYPE, folder_name, read_bundle_file, write_atomic
from crm_desktop.sync.vectors import local_vector


class BundleRefused(AppError):
    """A bundle was refused; nothing was changed."""

    exit_code = 4


def _refused(exc: BundleError) -> BundleRefused:
    return BundleRefused(msg("sync.bundle_refused", reason=msg(exc.code, **exc.params)))


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
    require_joined(ws)
    keys = device_keys(ws, passphrase=passphrase)
    try:
        with ws.db.session() as s:
            result = export_bundle(s, local_device(ws, keys), to, full=full, workspace_name=ws.name, kind=kind)
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
    local = replace(local_device(ws, keys), next_box=nxt.box if nxt else None)

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
        switch_to_next_keys(ws, passphrase=passphrase)
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
