"""Drafts of unsaved editor text, so a crash or a power cut never costs what was typed.

An editor with unsaved changes calls :meth:`DraftStore.save` (debounced, every few seconds while
the user types); when its text is saved to the workspace or deliberately discarded it calls
:meth:`DraftStore.clear`. Each draft is one small JSON file in the workspace's ``recovery/`` folder,
written to a temporary file, flushed to disk and renamed over the old one, so the file on disk is
always either the previous draft or the new one, never half of each, even if the process is
killed in the middle.

At the next start, :meth:`DraftStore.leftovers` lists the drafts that an earlier session left
behind; the window offers them to the user, who restores or discards each (then ``clear``).

Keys are chosen by the editors and should name what is edited, e.g. ``"agenda-item:<id>:text"`` or
``"document:<id>:paragraph:<n>"``; any string is allowed (file names are derived from a hash).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger("crm_desktop.recovery")

RECOVERY_DIR = "recovery"
_FORMAT = 1
_SUFFIX = ".draft.json"
_PARTIAL = ".partial"


@dataclass(frozen=True)
class Draft:
    """Unsaved text of one editor.

    Attributes:
        key: the editor's key (what is being edited).
        text: the text as it was at the last autosave.
        title: a human-readable label for the recovery prompt ("Agenda item 3 of the XXXI VM meeting").
        saved_at: when it was written (UTC).
        session: the id of the program session that wrote it.
        extra: anything the editor needs to put the text back (cursor position, base version...).
    """

    key: str
    text: str
    title: str
    saved_at: datetime
    session: str
    extra: dict[str, Any] = field(default_factory=dict)


def _file_name(key: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", key).strip("-")[:40] or "draft"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return f"{slug}-{digest}{_SUFFIX}"


class DraftStore:
    """The drafts of one workspace; one instance per program session."""

    def __init__(self, workspace_dir: Path, *, session: str | None = None) -> None:
        self.folder = workspace_dir / RECOVERY_DIR
        self.session = session or uuid.uuid4().hex

    def path_for(self, key: str) -> Path:
        return self.folder / _file_name(key)

    def save(self, key: str, text: str, *, title: str = "", extra: dict[str, Any] | None = None) -> Path:
        """Write the draft of ``key`` atomically and durably; returns its file."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path_for(key)
        record = {
            "format": _FORMAT,
            "key": key,
            "title": title,
            "text": text,
            "saved_at": datetime.now(UTC).isoformat(),
            "session": self.session,
            "extra": extra or {},
        }
        fd, tmp_name = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=_PARTIAL)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(record, fh, ensure_ascii=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return target

    def get(self, key: str) -> Draft | None:
        return self._read(self.path_for(key))

    def clear(self, key: str) -> None:
        """Forget the draft of ``key`` (its text was saved to the workspace, or discarded)."""
        self.path_for(key).unlink(missing_ok=True)

    def drafts(self) -> list[Draft]:
        """Every readable draft on disk, oldest first."""
        if not self.folder.is_dir():
            return []
        found = [d for p in self.folder.glob(f"*{_SUFFIX}") if (d := self._read(p)) is not None]
        return sorted(found, key=lambda d: d.saved_at)

    def leftovers(self) -> list[Draft]:
        """Drafts left by earlier sessions: what to offer for recovery at start-up.

        Also removes temporary files of writes that were interrupted (their draft's previous
        version is intact).
        """
        if self.folder.is_dir():
            for partial in self.folder.glob(f".*{_PARTIAL}"):
                partial.unlink(missing_ok=True)
        return [d for d in self.drafts() if d.session != self.session]

    def _read(self, path: Path) -> Draft | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return Draft(
                key=str(data["key"]),
                text=str(data["text"]),
                title=str(data.get("title", "")),
                saved_at=datetime.fromisoformat(data["saved_at"]),
                session=str(data.get("session", "")),
                extra=dict(data.get("extra") or {}),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            # Not produced by save() (which is atomic): keep the file for a person to look at.
            log.warning("unreadable draft %s: %s", path, exc)
            return None
