"""The facts the CRM's rules need, read one way for the services and for the import-time checks.

A rule in ``domain/`` is pure: it is given who acts (their delegation, accreditations, drafting
seat, the Presidency of the year), the recorded invitations and authorisations, the body's
configuration and the document's audience. The window's services (``app/``) and the checks a
receiving laptop runs on an arriving change (``sync/*_checks.py``) both read those facts here, so
what an import re-checks cannot drift from what the window enforces.

Every reader takes a :class:`~sqlalchemy.orm.Session` or a bare :class:`~sqlalchemy.Connection`
(the import path works on the connection of its own transaction).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from crm_desktop.domain import drafting_rules as rules
from crm_desktop.domain.model import Act, ActKind, Audience, Capability, Participant
from crm_desktop.domain.reference import BodyConfig, default_process_config_json, parse_process_config
from crm_desktop.domain.rules import attends
from crm_desktop.store.schema import Base

Reader = Session | Connection


def _table(name: str) -> Any:
    return Base.metadata.tables[name]


def meeting_acts(db: Reader, meeting_id: str) -> list[Act]:
    """The acts recorded for a meeting (an act recorded for no meeting covers none); unreadable rows are skipped."""
    t = _table("acts")
    out = []
    for a in db.execute(select(t).where(t.c.meeting_id == meeting_id)).mappings():
        try:
            out.append(
                Act(
                    ActKind(a["kind"]),
                    a["subject"],
                    a["meeting_id"],
                    frozenset(Capability(c) for c in a["capabilities"] or ()),
                    a["date"].isoformat() if isinstance(a["date"], date) else str(a["date"]),
                )
            )
        except ValueError:
            continue
    return out


def meeting_body(db: Reader, meeting_id: str) -> BodyConfig | None:
    """The configuration of the body a meeting belongs to (the seed's default where none is stored)."""
    meetings, bodies = _table("meetings"), _table("bodies")
    key = db.execute(select(meetings.c.body_id).where(meetings.c.id == meeting_id)).scalar()
    if key is None:
        return None
    stored = db.execute(select(bodies.c.config).where(bodies.c.id == key)).scalar()
    data = default_process_config_json()
    if stored is not None:
        data = {**data, "bodies": [stored]}
    try:
        return parse_process_config(data).body(str(key))
    except (KeyError, TypeError, ValueError):
        return None


def attends_meeting(db: Reader, who: Participant, meeting_id: str, acts: list[Act] | None = None) -> bool:
    """May ``who``'s delegation attend the meeting (``domain.rules.attends``)?

    A meeting or body this laptop cannot read is judged the most restrictive way.
    """
    body = meeting_body(db, meeting_id)
    if body is None:
        return False
    return attends(body, who, meeting_id=meeting_id, acts=meeting_acts(db, meeting_id) if acts is None else acts)


def delegation_accredited(db: Reader, meeting_id: str, delegation: str) -> bool:
    t = _table("accreditations")
    found = db.execute(select(t.c.id).where(t.c.meeting_id == meeting_id, t.c.delegation == delegation).limit(1))
    return found.first() is not None


def drafter(db: Reader, who: Participant, meeting_id: str) -> rules.Drafter:
    """A person's standing in a meeting: drafting seat, Presidency, closed-door accreditation, attendance."""
    meetings, seats, terms, accreditations = (
        _table("meetings"),
        _table("drafting_seats"),
        _table("presidency_terms"),
        _table("accreditations"),
    )
    start = db.execute(select(meetings.c.start).where(meetings.c.id == meeting_id)).scalar()
    seat = db.execute(
        select(seats.c.id).where(seats.c.meeting_id == meeting_id, seats.c.person_id == who.person_id)
    ).scalar()
    ppt = (
        db.execute(select(terms.c.country_id).where(terms.c.year == start.year)).scalar() if start is not None else None
    )
    closed = db.execute(
        select(accreditations.c.id).where(
            accreditations.c.meeting_id == meeting_id,
            accreditations.c.person_id == who.person_id,
            accreditations.c.segment == "closed_door",
        )
    ).scalar()
    return rules.Drafter(
        who,
        seat is not None,
        ppt,
        closed is not None,
        attends=attends_meeting(db, who, meeting_id),
        accredited=delegation_accredited(db, meeting_id, who.delegation),
    )


def document_facts(values: Mapping[str, Any]) -> rules.DocumentFacts:
    """A document's facts from its row (an ORM row's columns or a change's merged fields).

    An audience this version does not know is judged the most restrictive way.
    """
    try:
        audience = Audience(str(values.get("audience") or "public"))
    except ValueError:
        audience = Audience.SECRETARIAT
    return rules.DocumentFacts(
        str(values["id"]),
        str(values["meeting_id"]),
        bool(values.get("commitments")),
        audience,
        str(values.get("status") or "draft"),
    )
