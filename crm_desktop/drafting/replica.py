"""One laptop's copy of a negotiated document's text: a Yjs document with one ``Text`` per paragraph.

Each paragraph's text is a root-level ``Text`` named ``p:<paragraph id>``. Root types are
identified by name, so two laptops that start editing a new paragraph concurrently still edit
the same object. Paragraph order, status and proposals are records (merged field by field in
the store); only the wording lives here.

Updates may arrive in any order and more than once. pycrdt keeps an update whose predecessors
are missing "pending" inside the document, but (measured with 0.14) it does not include pending
data when it encodes its state, and with several updates pending at once some are silently
dropped. So the replica never leaves pycrdt more than one pending update: it keeps every update
it receives, and when one cannot be integrated yet it rebuilds the document from all of them
merged into a single update (``merge_updates`` handles any order and duplicates). In-order
arrival, the common case, costs one ``apply_update`` and a state-vector check.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from pycrdt import Doc, Text, merge_updates

from crm_desktop.drafting.text import (
    EMPTY_UPDATE,
    CharText,
    Coverage,
    Splice,
    covered_by,
    decode_state_vector,
)

PARAGRAPH_PREFIX = "p:"
# Yjs client ids must stay below 2**53 to remain exact in every implementation (JavaScript numbers).
CLIENT_ID_BITS = 52


def new_client_id(taken: set[int] | frozenset[int] = frozenset()) -> int:
    """A fresh random client id for one editing session (never reused: reuse corrupts replicas)."""
    while True:
        candidate = secrets.randbits(CLIENT_ID_BITS) + 1
        if candidate not in taken:
            return candidate


def root_name(paragraph_id: str) -> str:
    return PARAGRAPH_PREFIX + paragraph_id


@dataclass
class Recording:
    """The update produced by a block of local edits (``None`` until the block ends or if nothing changed)."""

    update: bytes | None = None
    paragraphs: set[str] = field(default_factory=set)


class Capture:
    """Updates produced by local transactions on a document, from creation until :meth:`stop`."""

    def __init__(self, doc: Doc[Any]) -> None:
        self._doc = doc
        self._updates: list[bytes] = []
        self._subscription = doc.observe(lambda event: self._updates.append(bytes(event.update)))

    def stop(self) -> bytes | None:
        self._doc.unobserve(self._subscription)
        updates = [u for u in self._updates if u != EMPTY_UPDATE]
        if not updates:
            return None
        return bytes(merge_updates(*updates)) if len(updates) > 1 else updates[0]


class DocumentReplica:
    """The text of one document on one laptop."""

    def __init__(self, state: bytes = b"", *, client_id: int | None = None) -> None:
        self._doc: Doc[Any] = Doc(client_id=client_id) if client_id is not None else Doc()
        self._base = state
        self._received: list[bytes] = []
        self._recording: Recording | None = None
        self._checked = 0  # how many of ``_received`` the last settle checked
        self._rebuilds = 0
        self._waiting = False  # some received update still waits for a predecessor
        if state:
            self._doc.apply_update(state)
            self._waiting = not covered_by(state, self._doc.get_state())

    @property
    def client_id(self) -> int:
        return int(self._doc.client_id)

    # --- reading ---------------------------------------------------------------------------------
    def text(self, paragraph_id: str) -> CharText:
        if self._recording is None:
            self.settle()
        return CharText(self._doc.get(root_name(paragraph_id), type=Text))

    def read(self, paragraph_id: str) -> str:
        if self._recording is None:
            self.settle()
        return str(self._doc.get(root_name(paragraph_id), type=Text))

    def paragraph_ids(self) -> list[str]:
        self.settle()
        return sorted(k[len(PARAGRAPH_PREFIX) :] for k in self._doc.keys() if k.startswith(PARAGRAPH_PREFIX))  # noqa: SIM118

    def texts(self, paragraph_ids: list[str] | None = None) -> dict[str, str]:
        """Texts of the given paragraphs (all when ``None``), read in one transaction."""
        pids = self.paragraph_ids() if paragraph_ids is None else paragraph_ids
        self.settle()
        with self._doc.transaction():
            return {pid: str(self._doc.get(root_name(pid), type=Text)) for pid in pids}

    @property
    def rebuilds(self) -> int:
        """How many times the replica was rebuilt to integrate late updates (any text may have changed)."""
        return self._rebuilds

    def state_vector(self) -> dict[int, int]:
        self.settle()
        return decode_state_vector(self._doc.get_state())

    def encoded_state_vector(self) -> bytes:
        self.settle()
        return bytes(self._doc.get_state())

    # --- merging ---------------------------------------------------------------------------------
    def apply(self, update: bytes) -> None:
        """Merge an update from any replica; idempotent and order-independent.

        Applied at once (the fast path); whether anything is left pending is checked once, when
        the replica is next read (:meth:`settle`), for all the updates received since.
        """
        self._received.append(update)
        self._doc.apply_update(update)

    def settle(self) -> None:
        """Make sure every update received so far is integrated, or held for its predecessor.

        If some are still pending, the document is rebuilt from all received updates merged into
        one, so pycrdt never holds more than one pending update (with several it drops some).
        """
        if self._checked == len(self._received):
            return
        recent = self._received[self._checked :]
        self._checked = len(self._received)
        complete = not self._waiting and Coverage(self._doc.get_state()).covers_all(recent)
        if not complete:
            self._rebuild()

    def _rebuild(self) -> None:
        self._rebuilds += 1
        merged = self.encode()
        doc: Doc[Any] = Doc(client_id=self.client_id)
        doc.apply_update(merged)
        self._doc = doc
        self._waiting = not covered_by(merged, doc.get_state())

    def update_since(self, state_vector: bytes | None = None) -> bytes:
        """What a replica at ``state_vector`` (encoded) is missing; everything when ``None``."""
        self.settle()
        return self._doc.get_update(state_vector) if state_vector else self._doc.get_update()

    def encode(self) -> bytes:
        """The whole replica as one update, including updates still waiting for predecessors."""
        parts = [p for p in (self._base, self._doc.get_update(), *self._received) if p]
        merged = merge_updates(*parts) if len(parts) > 1 else parts[0]
        # Updates not checked yet stay listed for the next settle (merging them again is harmless).
        self._base, self._received, self._checked = merged, self._received[self._checked :], 0
        return bytes(merged)

    # --- local edits -----------------------------------------------------------------------------
    @contextmanager
    def recording(self) -> Iterator[Recording]:
        """Group local edits into one update, available on the yielded object when the block ends."""
        if self._recording is not None:
            raise RuntimeError("recordings do not nest")
        self.settle()
        rec = Recording()
        self._recording = rec
        capture = self.capture()
        try:
            with self._doc.transaction():
                yield rec
        finally:
            self._recording = None
            rec.update = capture.stop()

    def capture(self) -> Capture:
        """Start collecting the updates of local edits (until ``stop()``, which returns them merged).

        Each transaction's own update carries only its own deletions; a diff against an earlier
        state vector would carry the whole document's delete set, growing with its history.
        """
        return Capture(self._doc)

    def _touch(self, paragraph_id: str) -> CharText:
        if self._recording is not None:
            self._recording.paragraphs.add(paragraph_id)
        return self.text(paragraph_id)

    def set_text(self, paragraph_id: str, new: str) -> Splice:
        return self._touch(paragraph_id).set(new)

    def splice(self, paragraph_id: str, edit: Splice) -> None:
        self._touch(paragraph_id).splice(edit)

    def insert(self, paragraph_id: str, index: int, value: str) -> None:
        self._touch(paragraph_id).insert(index, value)

    def delete(self, paragraph_id: str, index: int, length: int) -> None:
        self._touch(paragraph_id).delete(index, length)
