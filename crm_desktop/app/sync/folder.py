"""A watched shared folder: each pass imports what is new and addressed here and exports what is owed."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from crm_desktop.app.backup import backup_before
from crm_desktop.app.folder_refusals import RefusedFiles, digest
from crm_desktop.app.sync import exchange
from crm_desktop.app.sync.exchange import BundleRefused, export
from crm_desktop.app.sync.identity import require_joined
from crm_desktop.app.sync.members import recipients_for
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.messages import Message, msg
from crm_desktop.store.tables.sync import SyncBundle, SyncPeer
from crm_desktop.sync.bundle_format import BundleError
from crm_desktop.sync.transports import folder_entries, folder_name, read_bundle_file, write_atomic
from crm_desktop.sync.vectors import local_vector


@dataclass
class FolderReport:
    imported: list[str] = field(default_factory=list)
    refused: list[tuple[str, Message]] = field(default_factory=list)
    exported: list[str] = field(default_factory=list)


def sync_folder(ws: Workspace, directory: Path, *, passphrase: str | None = None) -> FolderReport:
    """One pass over a shared folder: import what is new and addressed here, export what is owed."""
    require_joined(ws)
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
            exchange.import_data(ws, data, passphrase=passphrase, backup=False)
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
