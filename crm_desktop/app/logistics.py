"""Logistics of a meeting: the checklist of what the PPT and the ST cover, suppliers, costs, status and
the ST's quality check."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from crm_desktop.app.errors import Refused
from crm_desktop.app.lookup import get
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Workspace, new_id
from crm_desktop.domain import logistics as rules
from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience
from crm_desktop.domain.rules import COST_ITEM_TITLES
from crm_desktop.store.schema import Meeting
from crm_desktop.store.tables.process import LogisticsItem

# Costs and suppliers are organisational details of the PPT and the ST, not for observers.
AUDIENCE = Audience.MEMBERS


def prepare_checklist(ws: Workspace, meeting_id: str) -> list[str]:
    """Create the checklist rows a meeting needs (items already there are kept as they are)."""
    with ws.change(AUDIENCE) as ch:
        meeting = get(ch.session, Meeting, meeting_id, "meeting")
        # Seminars and networks get the ST's services only; the PPT's items are for the VM and the GRCM.
        items = rules.checklist_items(ws.config, meeting.body_id)
        if not items:
            raise Refused(msg("logistics.no_costs", body=ws.config.body(meeting.body_id).label))
        have = set(ch.session.scalars(select(LogisticsItem.item).where(LogisticsItem.meeting_id == meeting.id)))
        made = []
        for item, bearer in items:
            if item not in have:
                made.append(ch.put(LogisticsItem, new_id(), meeting_id=meeting.id, item=item, bearer=bearer))
        return made


def update_item(
    ws: Workspace,
    item_id: str,
    *,
    supplier: str | None = None,
    cost_cents: int | None = None,
    status: str | None = None,
) -> None:
    with ws.change(AUDIENCE) as ch:
        row = get(ch.session, LogisticsItem, item_id, "logistics item")
        fields: dict[str, Any] = {}
        if supplier is not None:
            fields["supplier"] = supplier.strip() or None
        if cost_cents is not None:
            fields["cost_cents"] = cost_cents
        if status is not None:
            require(rules.status_change(row.status, status, fields.get("supplier", row.supplier)))
            fields["status"] = status
        if fields:
            ch.put(LogisticsItem, row.id, **fields)


def quality_check(ws: Workspace, item_id: str, result: str, *, note: str | None = None, on: date | None = None) -> None:
    """The ST's verification of a contracted service."""
    with ws.change(AUDIENCE) as ch:
        row = get(ch.session, LogisticsItem, item_id, "logistics item")
        require(rules.quality_check(row.status, result, note))
        ch.put(LogisticsItem, row.id, quality=result, quality_note=note, checked_on=on or date.today())


def meetings_with_checklist(ws: Workspace) -> set[str]:
    """Ids of the meetings whose checklist has been prepared (one query, not a checklist per meeting)."""
    with ws.read() as s:
        return set(s.scalars(select(LogisticsItem.meeting_id).distinct()))


def checklist(ws: Workspace, meeting_id: str, *, lang: str | None = None) -> dict[str, Any]:
    """The checklist grouped by who bears the cost, with totals."""
    language = lang or ws.lang
    with ws.read() as s:
        meeting = get(s, Meeting, meeting_id, "meeting")
        rows = s.scalars(select(LogisticsItem).where(LogisticsItem.meeting_id == meeting.id)).all()
        order = {item: i for i, (item, _) in enumerate(rules.checklist_items(ws.config, meeting.body_id))}
        items = sorted(rows, key=lambda r: (r.bearer != "ppt", order.get(r.item, 99), r.item))
        out_items: list[dict[str, Any]] = [
            {
                "id": r.id,
                "item": r.item,
                "label": COST_ITEM_TITLES.get(r.item, (r.item, r.item))[in_lang(0, 1, language)],
                "bearer": r.bearer,
                "supplier": r.supplier,
                "cost_cents": r.cost_cents,
                "status": r.status,
                "quality": r.quality,
                "quality_note": r.quality_note,
                "checked_on": r.checked_on.isoformat() if r.checked_on else None,
            }
            for r in items
        ]
        totals = {b: sum(i["cost_cents"] or 0 for i in out_items if i["bearer"] == b) for b in ("ppt", "st")}
        unchecked = [
            i["item"] for i in out_items if i["status"] in ("contracted", "delivered") and i["quality"] is None
        ]
        return {
            "meeting_id": meeting.id,
            "meeting": meeting.title,
            "items": out_items,
            "totals": totals,
            "pending": sum(1 for i in out_items if i["status"] == "pending"),
            "awaiting_quality_check": unchecked,
        }
