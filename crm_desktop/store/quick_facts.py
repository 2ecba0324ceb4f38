"""The facts the calendar's rule warnings need, read with plain ``sqlite3``.

The desktop window shows the calendar's warnings before SQLAlchemy has been imported: these queries
read the same rows as the services' reads (``app.meetings.warnings_in``, ``app.agenda_topics.
closed_door_warnings_in``, ``app.closed_door_check.closed_door_warnings``), in the same order, and
hand them to the same pure rules of ``domain``; ``tests/app/test_quick_warnings.py`` compares the two
on the demo. The connection is one :func:`crm_desktop.store.quick_read.connect_current` gave: a
schema at the revision of this code, read-only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from crm_desktop.domain.agenda_topics import ItemFacts
from crm_desktop.domain.model import Category, MeetingStatus, Participant, Role
from crm_desktop.domain.rules import MeetingFacts

_MEETINGS = 'SELECT id, body_id, start, "end", host_country_id FROM meetings'
# A delegation counts once per meeting and role (a person in two segments, several people alike).
_HEADS = (
    "SELECT DISTINCT accreditations.meeting_id, accreditations.delegation, role_assignments.role"
    " FROM accreditations JOIN people ON people.id = accreditations.person_id"
    " LEFT OUTER JOIN role_assignments ON role_assignments.person_id = accreditations.person_id"
)
_SEATS = "SELECT meeting_id, country_id FROM drafting_seats"
_PRESIDENCY = "SELECT year, country_id FROM presidency_terms"
_CANCELLED = "SELECT id FROM meetings WHERE status = ?"
_TOP_ITEMS = (
    "SELECT meetings.id, meetings.body_id, agendas.segment, agenda_items.title_es, agenda_items.topic"
    " FROM meetings JOIN agendas ON agendas.meeting_id = meetings.id"
    " JOIN agenda_items ON agenda_items.agenda_id = agendas.id"
    " WHERE agenda_items.parent_id IS NULL AND agendas.segment IN ({segments})"
    " ORDER BY meetings.id, agendas.segment, agenda_items.position"
)
_PRESENT = (
    "SELECT DISTINCT people.id, people.category, people.country_id, people.organisation_id FROM people"
    " JOIN accreditations ON accreditations.person_id = people.id"
    " WHERE accreditations.meeting_id = ? AND accreditations.segment = ?"
)


@dataclass(frozen=True, slots=True)
class CalendarFacts:
    """Every meeting's facts for the calendar rules, and what the closed door's rules look at."""

    meetings: dict[str, MeetingFacts]
    cancelled: frozenset[str]
    presidency: dict[int, str]  # the Pro Tempore Presidency's country by year
    closed_items: dict[str, list[ItemFacts]]  # per meeting, the top-level items of its closed-door agendas
    closed_present: list[tuple[str, list[Participant]]]  # per (meeting, closed-door segment) with people


def _day(value: str) -> datetime:
    return datetime.fromisoformat(value)


def read_calendar_facts(conn: sqlite3.Connection, closed: Collection[tuple[str, str]]) -> CalendarFacts:
    """The facts, on ``conn``; ``closed`` holds the (body, segment) pairs held behind closed doors."""
    drafting: dict[str, set[str]] = {}
    for mid, country_id in conn.execute(_SEATS).fetchall():
        drafting.setdefault(mid, set()).add(country_id)
    heads: dict[str, dict[str, set[str]]] = {}
    for mid, delegation, role in conn.execute(_HEADS).fetchall():
        roles = heads.setdefault(mid, {}).setdefault(delegation, set())
        if role is not None:
            roles.add(role)
    meetings = {
        mid: MeetingFacts(
            id=mid,
            body=body,
            start=_day(start).date(),
            end=_day(end).date(),
            host_country=host,
            accredited_countries=frozenset(heads.get(mid, {})),
            head_roles_by_country={k: frozenset(v) for k, v in heads.get(mid, {}).items()},
            drafting_countries=frozenset(drafting.get(mid, ())),
        )
        for mid, body, start, end, host in conn.execute(_MEETINGS).fetchall()
    }
    cancelled = frozenset(r[0] for r in conn.execute(_CANCELLED, (MeetingStatus.CANCELLED.value,)))
    presidency = {year: country_id for year, country_id in conn.execute(_PRESIDENCY)}
    items: dict[str, list[ItemFacts]] = {}
    segments = sorted({segment for _body, segment in closed})  # only closed-door agendas' items are read
    query = _TOP_ITEMS.format(segments=", ".join("?" * len(segments)))
    for mid, body, segment, title, topic in conn.execute(query, segments).fetchall() if segments else ():
        if (body, segment) in closed:
            items.setdefault(mid, []).append(ItemFacts(title, topic))
    return CalendarFacts(meetings, cancelled, presidency, items, _closed_present(conn, {s for _b, s in closed}))


def _closed_present(conn: sqlite3.Connection, segments: set[str]) -> list[tuple[str, list[Participant]]]:
    """Who is accredited to each closed-door segment of each meeting, with their roles."""
    if not segments:
        return []
    marks = ", ".join("?" * len(segments))
    pairs = conn.execute(
        f"SELECT DISTINCT meeting_id, segment FROM accreditations WHERE segment IN ({marks})",
        sorted(segments),
    ).fetchall()
    out: list[tuple[str, list[Participant]]] = []
    for mid, segment in pairs:
        people = conn.execute(_PRESENT, (mid, segment)).fetchall()
        roles: dict[str, set[str]] = {}
        ids = [p[0] for p in people]
        if ids:
            query = f"SELECT person_id, role FROM role_assignments WHERE person_id IN ({', '.join('?' * len(ids))})"
            for pid, role in conn.execute(query, ids).fetchall():
                roles.setdefault(pid, set()).add(role)
        present = [
            Participant(
                pid,
                Category(category),
                country,
                organisation,
                frozenset(Role(r) for r in roles.get(pid, set()) if r in Role._value2member_map_),
            )
            for pid, category, country, organisation in people
        ]
        out.append((mid, present))
    return out
