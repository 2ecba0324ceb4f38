"""Named versions: issue, list, compare, restore."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from crm_desktop.app.drafting.core import DraftChange, _change, _last_version, _now, _paragraph_rows, _ref, _texts
from crm_desktop.app.drafting.views import document_view
from crm_desktop.app.errors import BadInput
from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace, new_id
from crm_desktop.domain import drafting_rules as rules
from crm_desktop.domain.messages import msg
from crm_desktop.drafting import compare as cmp
from crm_desktop.drafting.structure import (
    Section,
    display_label,
    number,
)
from crm_desktop.store.tables.drafting import (
    DraftDocument,
    DraftParagraph,
    DraftVersion,
)


def _name_version(dc: DraftChange, *, label: str | None, final: bool = False) -> str:
    rows = _paragraph_rows(dc.s, dc.doc.id)
    texts = _texts(dc.s, dc.doc.id)
    # Text edited in this same change is not in drafting_texts yet: read it from the replica.
    texts.update({pid: dc.text_of(pid) for pid in dc.touched})
    labels = number([_ref(p) for p in rows])  # a named version renumbers from 1
    last = _last_version(dc.s, dc.doc.id)
    n = (last.number if last else 0) + 1
    label = label or ("Final" if final else f"Rev.{n}")
    taken = set(dc.s.scalars(select(DraftVersion.label).where(DraftVersion.document_id == dc.doc.id)))
    dc.require(rules.version_label_free(label, taken))
    snapshot = [
        {
            "id": p.id,
            "section": p.section,
            "kind": p.kind,
            "parent_id": p.parent_id,
            "position": p.position,
            "label": labels.get(p.id, ""),
            "status": p.status,
            "text": texts.get(p.id, ""),
        }
        for p in rows
    ]
    return dc.ch.put(
        DraftVersion,
        new_id(),
        document_id=dc.doc.id,
        number=n,
        label=label,
        paragraphs=snapshot,
        named_by=dc.drafter.who.person_id,
        named=_now(),
    )


def name_version(ws: Workspace, document_id: str, *, actor: str, label: str | None = None) -> str:
    """Issue "Rev.N": the text as it stands, numbered from 1, frozen until the next version."""
    with _change(ws, document_id, actor) as dc:
        dc.require(rules.may_name_version(dc.drafter, dc.facts))
        return _name_version(dc, label=label)


def versions(ws: Workspace, document_id: str) -> list[dict[str, Any]]:
    with ws.read() as s:
        doc = get(s, DraftDocument, document_id, "draft")
        return [
            {"id": v.id, "number": v.number, "label": v.label, "named": v.named.isoformat(), "named_by": v.named_by}
            for v in s.scalars(
                select(DraftVersion).where(DraftVersion.document_id == doc.id).order_by(DraftVersion.number)
            )
        ]


def _version_paragraphs(ws: Workspace, document_id: str, which: str) -> list[cmp.ParagraphVersion]:
    if which in ("current", "", "now"):
        view = document_view(ws, document_id)
        return [cmp.ParagraphVersion(p.id, p.display, p.text) for p in view.paragraphs]
    with ws.read() as s:
        doc = get(s, DraftDocument, document_id, "draft")
        v = s.scalars(
            select(DraftVersion).where(
                DraftVersion.document_id == doc.id, (DraftVersion.label == which) | (DraftVersion.id == which)
            )
        ).first()
        if v is None:
            raise BadInput(msg("error.not_found", what=msg("noun.version"), key=which))
        return [
            cmp.ParagraphVersion(
                p["id"],
                display_label(Section(p["section"]), p["label"], sub_item=p.get("parent_id") is not None),
                p["text"],
            )
            for p in v.paragraphs
        ]


def compare_versions(ws: Workspace, document_id: str, old: str, new: str = "current") -> list[cmp.ParagraphDiff]:
    """Word-level comparison of two named versions (labels or ids), or of a version and the current text."""
    return cmp.compare(_version_paragraphs(ws, document_id, old), _version_paragraphs(ws, document_id, new))


def restore_version(ws: Workspace, document_id: str, which: str, *, actor: str) -> None:
    """Bring back an old version's text and order as a new change (history is never rewritten)."""
    with ws.read() as s:
        doc = get(s, DraftDocument, document_id, "draft")
        v = s.scalars(
            select(DraftVersion).where(
                DraftVersion.document_id == doc.id, (DraftVersion.label == which) | (DraftVersion.id == which)
            )
        ).first()
        if v is None:
            raise BadInput(msg("error.not_found", what=msg("noun.version"), key=which))
        snapshot = list(v.paragraphs)
    with _change(ws, document_id, actor) as dc:
        dc.require(rules.may_edit(dc.drafter, dc.facts))
        wanted = {p["id"] for p in snapshot}
        for para in dc.s.scalars(select(DraftParagraph).where(DraftParagraph.document_id == dc.doc.id)):
            if para.id not in wanted and not para.removed:
                dc.ch.put(DraftParagraph, para.id, removed=True)
        for p in snapshot:
            dc.ch.put(
                DraftParagraph,
                p["id"],
                document_id=dc.doc.id,
                section=p["section"],
                kind=p["kind"],
                parent_id=p["parent_id"],
                position=p["position"],
                status=p["status"],
                removed=False,
            )
            if dc.text_of(p["id"]) != p["text"]:
                dc.set_text(p["id"], p["text"])
