"""Tables of negotiated documents, and the change operation that carries their text.

Records (documents, paragraphs' order and status, proposals, positions, objections, comments,
named versions, editing sessions) are ordinary synced rows written with ``put`` and merged field
by field. The wording lives in Yjs updates carried by the ``ytext`` operation: the applier
merges each update into the document's CRDT state (``drafting_crdt``, local: it is rebuilt by
replaying the log) and refreshes the plain text of the paragraphs it touched
(``drafting_texts``, derived and compared by ``crm-desktop check``). Updates merge in any order
and any number of times, so laptops converge whatever way their changes travel.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pycrdt import merge_updates
from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    delete,
    select,
)
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.drafting import permissions as names
from crm_desktop.drafting.replica import DocumentReplica
from crm_desktop.store import search
from crm_desktop.store.apply import Stamp, register_op
from crm_desktop.store.schema import LOCAL, Base


class DraftDocument(Base):
    __tablename__ = names.DOCUMENTS
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    doc_type: Mapped[str] = mapped_column(String(30))
    symbol: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(400))
    language: Mapped[str] = mapped_column(String(8), default="es")
    audience: Mapped[str] = mapped_column(String(16), default="public")
    commitments: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | silence | adopted
    silence_opened: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    silence_deadline: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    adopted_on: Mapped[date | None] = mapped_column(Date, default=None)
    adopted_by: Mapped[str | None] = mapped_column(String(32), default=None)
    adopted_version: Mapped[str | None] = mapped_column(String(32), default=None)
    created_by: Mapped[str | None] = mapped_column(String(32), default=None)


class DraftParagraph(Base):
    __tablename__ = names.PARAGRAPHS
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("drafting_documents.id"), index=True)
    section: Mapped[str] = mapped_column(String(16))
    position: Mapped[str] = mapped_column(String(60))
    parent_id: Mapped[str | None] = mapped_column(String(32), default=None)
    kind: Mapped[str] = mapped_column(String(10), default="text")  # text | heading
    status: Mapped[str] = mapped_column(String(24), default="proposed")
    removed: Mapped[bool] = mapped_column(Boolean, default=False)


class DraftText(Base):
    """Plain text of a paragraph, derived from the CRDT by the applier (never put by a service)."""

    __tablename__ = names.TEXTS
    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # paragraph id
    document_id: Mapped[str] = mapped_column(String(32), index=True)
    text: Mapped[str] = mapped_column(Text, default="")


class DraftCrdt(Base):
    """The Yjs updates of a document's text on this laptop, append-only, compacted now and then.

    Local: rebuilt by replaying the log. Kept as received (not re-encoded) so an update whose
    predecessors have not arrived yet is never lost: it takes effect when they do.
    """

    __tablename__ = "drafting_crdt"
    __table_args__ = {"info": LOCAL}
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(String(32), index=True)
    update: Mapped[bytes] = mapped_column(LargeBinary)


class DraftSession(Base):
    """One editing session: the Yjs client id its edits carry, and who made them."""

    __tablename__ = names.SESSIONS
    id: Mapped[str] = mapped_column(String(24), primary_key=True)  # the client id, in decimal
    document_id: Mapped[str] = mapped_column(ForeignKey("drafting_documents.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(String(32), default=None)
    delegation: Mapped[str] = mapped_column(String(40))
    device_id: Mapped[str] = mapped_column(String(32))
    started: Mapped[datetime] = mapped_column(DateTime)


class DraftProposal(Base):
    __tablename__ = names.PROPOSALS
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("drafting_documents.id"), index=True)
    paragraph_id: Mapped[str | None] = mapped_column(String(32), default=None, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    old_text: Mapped[str] = mapped_column(Text, default="")
    new_text: Mapped[str] = mapped_column(Text, default="")
    anchor: Mapped[str | None] = mapped_column(Text, default=None)
    occurrence: Mapped[int] = mapped_column(Integer, default=1)
    section: Mapped[str | None] = mapped_column(String(16), default=None)
    after_id: Mapped[str | None] = mapped_column(String(32), default=None)  # new paragraph / move target
    rationale: Mapped[str | None] = mapped_column(Text, default=None)
    delegation: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[str | None] = mapped_column(String(32), default=None)
    status: Mapped[str] = mapped_column(String(16), default="open")
    decided_by: Mapped[str | None] = mapped_column(String(32), default=None)
    created: Mapped[datetime] = mapped_column(DateTime)


class DraftPosition(Base):
    """A delegation's support or opposition to a proposal; id = proposal:delegation, so it is one per delegation."""

    __tablename__ = names.POSITIONS
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    proposal_id: Mapped[str] = mapped_column(ForeignKey("drafting_proposals.id"), index=True)
    delegation: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[str | None] = mapped_column(String(32), default=None)
    stance: Mapped[str] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text, default=None)


class DraftObjection(Base):
    """A delegation's written objection to adoption; id = document:delegation, withdrawn by clearing it."""

    __tablename__ = names.OBJECTIONS
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("drafting_documents.id"), index=True)
    delegation: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[str | None] = mapped_column(String(32), default=None)
    text: Mapped[str] = mapped_column(Text, default="")
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    lodged: Mapped[datetime] = mapped_column(DateTime)


class DraftComment(Base):
    __tablename__ = names.COMMENTS
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("drafting_documents.id"), index=True)
    paragraph_id: Mapped[str | None] = mapped_column(String(32), default=None)
    delegation: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[str | None] = mapped_column(String(32), default=None)
    visibility: Mapped[str] = mapped_column(String(12), default="all")  # all | delegation
    text: Mapped[str] = mapped_column(Text)
    written: Mapped[datetime] = mapped_column(DateTime)


class DraftVersion(Base):
    """A named version ("Rev.2"): the paragraphs as printed, with their frozen numbers."""

    __tablename__ = names.VERSIONS
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("drafting_documents.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(40))
    paragraphs: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    named_by: Mapped[str | None] = mapped_column(String(32), default=None)
    named: Mapped[datetime] = mapped_column(DateTime)


# --- the ytext operation ------------------------------------------------------------------------

# Rows of one document beyond which they are merged into one (bounded storage, quick rebuilds).
COMPACT_AFTER = 256


@dataclass
class _Cached:
    """A document replica kept with a connection, valid while the stored rows are the ones it holds."""

    rows: int
    last_id: int
    replica: DocumentReplica


def document_state(conn: Connection, document_id: str) -> bytes:
    """A document's whole text state as one update (empty bytes when it has no text yet)."""
    rows = list(conn.execute(select(DraftCrdt.update).where(DraftCrdt.document_id == document_id)).scalars())
    if not rows:
        return b""
    return bytes(merge_updates(*rows)) if len(rows) > 1 else bytes(rows[0])


# The statements run once per text operation (thousands per imported bundle) use plain SQL:
# building SQLAlchemy statements costs more than SQLite takes to run them.
_TAIL = "SELECT count(*), max(id) FROM drafting_crdt WHERE document_id = ?"
_APPEND = 'INSERT INTO drafting_crdt (document_id, "update") VALUES (?, ?)'
_TEXTS = "SELECT id, text FROM drafting_texts WHERE document_id = ?"
_SET_TEXT = "UPDATE drafting_texts SET text = ? WHERE id = ?"
_NEW_TEXT = "INSERT INTO drafting_texts (id, document_id, text) VALUES (?, ?, ?)"


def _tail(conn: Connection, document_id: str) -> tuple[int, int]:
    count, last = conn.exec_driver_sql(_TAIL, (document_id,)).one()
    return int(count), int(last or 0)


def _append(conn: Connection, document_id: str, data: bytes) -> int:
    return int(conn.exec_driver_sql(_APPEND, (document_id, data)).lastrowid)


def _replica_with(conn: Connection, document_id: str, incoming: bytes) -> tuple[DocumentReplica, bool]:
    """The document's replica with ``incoming`` merged, reusing the one kept with this connection.

    The cache is checked against the stored rows (count and last id) before anything is added, so
    a rolled-back transaction or a write from another process causes a rebuild from the rows.
    Returns the replica and whether it was (re)built, in which case any paragraph may have changed.
    """
    cache: dict[str, _Cached] = conn.info.setdefault("drafting_replicas", {})
    rows, last_id = _tail(conn, document_id)
    new_id = _append(conn, document_id, incoming)
    entry = cache.get(document_id)
    rebuilt = entry is None or (entry.rows, entry.last_id) != (rows, last_id)
    if entry is None or rebuilt:
        entry = _Cached(rows, last_id, DocumentReplica(document_state(conn, document_id)))
    else:
        before = entry.replica.rebuilds
        entry.replica.apply(incoming)
        entry.replica.settle()
        rebuilt = entry.replica.rebuilds != before
    entry.rows, entry.last_id = rows + 1, new_id
    if entry.rows > COMPACT_AFTER:
        merged = entry.replica.encode()
        conn.execute(delete(DraftCrdt).where(DraftCrdt.document_id == document_id))
        entry.rows, entry.last_id = 1, _append(conn, document_id, merged)
    cache[document_id] = entry
    return entry.replica, rebuilt


def apply_ytext(conn: Connection, op: Mapping[str, Any], stamp: Stamp) -> None:
    """Merge one text update into the document's state and refresh its paragraphs' plain text."""
    doc_id = str(op["doc"])
    replica, rebuilt = _replica_with(conn, doc_id, names.decode_update(str(op["u"])))
    # The paragraphs the op names changed; after a rebuild (a late update completed others) any may have.
    named = None if rebuilt or "p" not in op else [str(p) for p in op["p"]]
    existing: dict[str, str] = {str(k): str(v) for k, v in conn.exec_driver_sql(_TEXTS, (doc_id,)).all()}
    indexed: list[tuple[str, Mapping[str, Any] | None]] = []
    for pid, text in replica.texts(named).items():
        if existing.get(pid) == text:
            continue
        if pid in existing:
            conn.exec_driver_sql(_SET_TEXT, (text, pid))
        else:
            conn.exec_driver_sql(_NEW_TEXT, (pid, doc_id, text))
        indexed.append((pid, {"text": text}))
    search.reindex_many(conn, names.TEXTS, indexed)


register_op(names.YTEXT, apply_ytext)
search.register(names.TEXTS, lambda row: str(row.get("text") or ""))
search.register(names.DOCUMENTS, lambda row: " ".join(filter(None, [row.get("symbol"), row.get("title")])))
