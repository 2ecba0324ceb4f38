"""Bundles a modified program could write: correctly sealed and signed, with any payload bytes."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from crm_desktop.app import sync
from crm_desktop.app.workspace import Workspace
from crm_desktop.sync.bundle_format import PayloadWriter, Recipient, seal_written
from crm_desktop.sync.keys import DeviceKeys


def header_for(sender_id: str, workspace: Workspace, **overrides: Any) -> dict[str, Any]:
    """A header as the exporter writes it, for the workspace ``workspace`` belongs to."""
    header: dict[str, Any] = {
        "bundle_id": uuid.uuid4().hex,
        "sender": sender_id,
        "sender_seq": 1000,
        "workspace_id": workspace.workspace_id,
        "founder": workspace.meta["sync.founder"],
        "founder_key": workspace.meta["sync.founder_key"],
        "kind": "changes",
        "version_vector": {},
        "audiences": [],
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    header.update(overrides)
    return header


def craft(
    keys: DeviceKeys,
    header: Mapping[str, Any],
    to: Iterable[Workspace],
    chunks: Iterable[bytes],
) -> bytes:
    """Seal ``chunks`` (the payload's bytes, as written) for ``to`` and sign with ``keys``."""
    writer = PayloadWriter()
    for chunk in chunks:
        writer.write(chunk)
    recipients = [Recipient(w.device_id, sync.device_keys(w).box_public) for w in to]
    return seal_written(keys, header, recipients, writer)


def repeated(head: bytes, unit: bytes, count: int, tail: bytes, *, per_write: int = 1 << 16) -> Iterable[bytes]:
    """``head + unit * count + tail`` in writes of ``per_write`` units (never held whole)."""
    yield head
    while count > 0:
        n = min(count, per_write)
        yield unit * n
        count -= n
    yield tail
