"""Who wrote what: a paragraph's history, a document's authors, the document as data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, cast, select

from crm_desktop.app.drafting.versions import versions
from crm_desktop.app.drafting.views import document_view
from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace
from crm_desktop.drafting.permissions import decode_update
from crm_desktop.drafting.replica import DocumentReplica
from crm_desktop.store.schema import Changeset, Person
from crm_desktop.store.tables.drafting import (
    DraftParagraph,
    DraftSession,
)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    hlc: str
    recorded: str
    person_id: str | None
    person: str | None
    delegation: str | None
    before: str
    after: str


def paragraph_history(ws: Workspace, paragraph_id: str) -> list[HistoryEntry]:
    """Every change to a paragraph's text, oldest first, with the person and delegation that made it.

    Rebuilt from the change log (replaying the document's text updates in clock order), so it
    cannot disagree with the text.
    """
    with ws.read() as s:
        para = get(s, DraftParagraph, paragraph_id, "paragraph")
        doc_id, pid = para.document_id, para.id
        no_author: tuple[str | None, str | None] = (None, None)
        sessions: dict[int, tuple[str | None, str | None]] = {
            int(x.id): (x.person_id, x.delegation)
            for x in s.scalars(select(DraftSession).where(DraftSession.document_id == doc_id))
        }
        names = dict(s.execute(select(Person.id, Person.name)).all())
        changesets = s.scalars(
            select(Changeset).where(cast(Changeset.ops, String).like(f"%{doc_id}%")).order_by(Changeset.hlc)
        ).all()
    replica = DocumentReplica()
    out: list[HistoryEntry] = []
    for cs in changesets:
        for op in cs.ops:
            if op.get("op") != "ytext" or op.get("doc") != doc_id:
                continue
            before = replica.read(pid)
            replica.apply(decode_update(str(op["u"])))
            after = replica.read(pid)
            if before == after:
                continue
            client = op.get("client", 0)  # JSON: an int for every session the app opened
            key = int(client) if isinstance(client, (int, float, str)) else -1
            person_id, delegation = sessions.get(key, no_author)
            out.append(
                HistoryEntry(
                    cs.hlc,
                    cs.recorded_at.isoformat(timespec="seconds"),
                    person_id,
                    names.get(person_id) if person_id else None,
                    delegation,
                    before,
                    after,
                )
            )
    return out


def authors(ws: Workspace, document_id: str) -> dict[int, dict[str, Any]]:
    """The client id → author map of a document (who each editing session belongs to)."""
    with ws.read() as s:
        return {
            int(x.id): {"person_id": x.person_id, "delegation": x.delegation, "device": x.device_id}
            for x in s.scalars(select(DraftSession).where(DraftSession.document_id == document_id))
        }


def export_json(ws: Workspace, document_id: str) -> dict[str, Any]:
    """The document as data: metadata, numbered paragraphs, open proposals, versions."""
    view = document_view(ws, document_id)
    data: dict[str, Any] = json.loads(json.dumps(view, default=_plain))
    data["versions"] = versions(ws, document_id)
    return data


def _plain(obj: Any) -> Any:
    if hasattr(obj, "__dataclass_fields__"):
        return {k: getattr(obj, k) for k in obj.__dataclass_fields__}
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    raise TypeError(type(obj).__name__)
