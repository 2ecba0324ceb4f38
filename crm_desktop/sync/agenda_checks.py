"""Comments on a preliminary agenda that arrive from an observer's laptop.

Seed, A: "Una versión preliminar de la Agenda se comparte con todos los países miembros y los
organismos internacionales observadores con el fin de obtener aportes que la enriquezcan." An
observer organisation's laptop may therefore record, and withdraw, its own organisation's comments
on an agenda whose segment consults the organisations. As for drafting
(:mod:`crm_desktop.sync.drafting_checks`), an observer laptop speaks only for its own delegation:
it records no comment in another delegation's name, and an observer country's or civil society's
laptop records none (the service refuses them locally; this check refuses a changeset made elsewhere).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, select

from crm_desktop.domain import rules
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.reference import BodyConfig, default_process_config, parse_process_config
from crm_desktop.domain.sync_policy import DeviceRole
from crm_desktop.store.schema import Agenda, AgendaComment, AgendaItem, Body, Meeting
from crm_desktop.sync import roster
from crm_desktop.sync.permissions import Author, register_permission_check
from crm_desktop.sync.tables import tbl


def _body(conn: Connection, body_id: str) -> BodyConfig | None:
    row = conn.execute(select(tbl(Body).c.config).where(tbl(Body).c.id == body_id)).first()
    try:
        if row is not None:
            return parse_process_config({"bodies": [row[0]]}).body(body_id)
        return default_process_config().body(body_id)
    except (KeyError, TypeError, ValueError):
        return None


def _segment_of(conn: Connection, item_id: str) -> tuple[BodyConfig, str] | None:
    """The body and segment of the agenda an item belongs to (None: not known on this laptop)."""
    items, agendas, meetings = tbl(AgendaItem), tbl(Agenda), tbl(Meeting)
    row = conn.execute(
        select(meetings.c.body_id, agendas.c.segment)
        .select_from(items.join(agendas, agendas.c.id == items.c.agenda_id))
        .join(meetings, meetings.c.id == agendas.c.meeting_id)
        .where(items.c.id == item_id)
    ).first()
    if row is None:
        return None
    body = _body(conn, str(row[0]))
    return (body, str(row[1])) if body is not None else None


def observer_comment_check(author: Author, op: Mapping[str, Any]) -> Message | None:
    if author.role != DeviceRole.OBSERVER:
        return None
    device = roster.device(author.conn, author.device_id)
    if device is None:
        return None  # an author off the roster is refused before any operation is looked at
    own = device.country_id or device.organisation or ""
    comments = tbl(AgendaComment)
    existing = author.conn.execute(
        select(comments.c.delegation, comments.c.item_id).where(comments.c.id == str(op.get("id")))
    ).first()
    fields = op.get("f") if isinstance(op.get("f"), dict) else {}
    assert isinstance(fields, dict)
    for delegation in {str(existing[0]) if existing else None, fields.get("delegation")} - {None}:
        if delegation != own:
            return msg("sync.why.own_delegation", delegation=own or device.id)
    item_id = fields.get("item_id") or (existing[1] if existing else None)
    where = _segment_of(author.conn, str(item_id)) if item_id else None
    if where is None:
        return None  # the item is not known here: the comment cannot attach to a known agenda
    verdict = rules.preliminary_agenda_comment(where[0], where[1], own)
    return None if verdict.allowed else verdict.reason


register_permission_check("table:agenda_comments", observer_comment_check)
