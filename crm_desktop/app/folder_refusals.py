"""Files of a shared folder that were refused, remembered by SHA-256 so later passes skip them.

A hostile or broken file would otherwise be read, verified and refused again on every pass of a
watched folder. The ledger lives in this workspace's local ``meta`` table (key
``sync.folder_refused``: a JSON object by digest with the file name, when, and the reason in both
languages), keeps the latest :data:`KEEP` entries, and never travels. A file whose bytes change has
a new digest and is tried again; a refusal that depends on the roster (a sender not on it yet) is
tried again once the roster has changed.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.messages import Bilingual, Message, msg
from crm_desktop.store.tables.sync import SyncDevice, SyncKey

KEY = "sync.folder_refused"
KEEP = 500
# Refusals that a later roster change can lift (the sender or author enrolled meanwhile).
ROSTER_DEPENDENT = frozenset(
    {"sync.reason.unknown_sender", "sync.reason.sender_before_decrypt", "sync.reason.unknown_author"}
)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class RefusedFiles:
    """The ledger of one workspace, read at the start of a pass and saved at its end."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        try:
            loaded = json.loads(ws.meta.get(KEY, "{}"))
        except ValueError:
            loaded = {}
        self.entries: dict[str, dict[str, Any]] = loaded if isinstance(loaded, dict) else {}
        self._changed = False

    def _roster_state(self) -> str:
        with self.ws.db.engine.connect() as conn:
            keys = conn.execute(select(SyncKey.id, SyncKey.status).order_by(SyncKey.id)).all()
            devices = conn.execute(select(SyncDevice.id, SyncDevice.status).order_by(SyncDevice.id)).all()
        rows = [list(r) for r in keys] + [list(r) for r in devices]
        return hashlib.sha256(json.dumps(rows).encode()).hexdigest()

    def earlier(self, file_digest: str) -> Message | None:
        """Why the file with these bytes was refused before, or None if it is to be (re)tried."""
        entry = self.entries.get(file_digest)
        if not isinstance(entry, dict):
            return None
        if entry.get("roster") is not None and entry["roster"] != self._roster_state():
            return None
        reason = Bilingual(str(entry.get("es", "")), str(entry.get("en", "")))
        return msg("sync.folder.refused_before", when=str(entry.get("at", "")), reason=reason)

    def remember(self, file_digest: str, name: str, reason: Message) -> None:
        self.entries[file_digest] = {
            "name": name,
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "es": reason.render("es"),
            "en": reason.render("en"),
            "roster": self._roster_state() if reason.code in ROSTER_DEPENDENT else None,
        }
        self._changed = True

    def save(self) -> None:
        if not self._changed:
            return
        latest = sorted(self.entries.items(), key=lambda kv: str(kv[1].get("at", "")))[-KEEP:]
        self.ws.set_meta(KEY, json.dumps(dict(latest), ensure_ascii=False, sort_keys=True))
        self._changed = False
