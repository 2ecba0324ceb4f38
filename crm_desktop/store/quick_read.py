"""A plain ``sqlite3`` read of what the desktop window shows first: the workspace's name and device,
its bodies' configuration and its meetings.

The window paints the calendar from this while the workspace opens properly (SQLAlchemy, the
migration check, the rule warnings) off the UI thread; reading the same rows through the ORM would
first import it, which costs several times the whole Qt start-up. The read is only attempted on a
schema at the revision this code expects and never writes; anything unexpected returns None and the
window waits for the workspace instead.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crm_desktop.store.files import HEAD_REVISION

if TYPE_CHECKING:
    from crm_desktop.store.quick_facts import CalendarFacts


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """The columns of ``meetings`` the calendar shows, named like the ORM's attributes."""

    id: str
    body_id: str
    title: str
    ordinal: str | None
    start: datetime
    end: datetime
    timezone: str
    host_country_id: str | None
    city: str | None
    venue: str | None
    status: str
    notes: str | None
    title_en: str | None = None


@dataclass(frozen=True, slots=True)
class QuickRead:
    meta: dict[str, str]
    bodies: list[dict[str, Any]]  # the ``bodies`` table's configurations, in their order
    meetings: list[MeetingRow]  # ordered like the calendar's own query: by start, then title
    facts: CalendarFacts | None = None  # what the rule warnings need, when asked for (same snapshot)


#: What :func:`read_calendar` asks of the bodies' configurations it read: the closed-door pairs.
ClosedDoors = Callable[[list[dict[str, Any]]], Collection[tuple[str, str]] | None]

_MEETINGS = (
    "SELECT id, body_id, title, ordinal, start, end, timezone, host_country_id, city, venue, status, notes, title_en "
    "FROM meetings ORDER BY start, title"
)


def connect_current(path: Path) -> sqlite3.Connection | None:
    """A read-only ``sqlite3`` connection to the database ``path`` when its schema is at the revision
    of this code (one row read); None when it is missing, older or newer, or not a database: then
    the proper open (SQLAlchemy, Alembic) decides what to do and what to say."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(path, timeout=5)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA query_only=ON")
        versions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.Error:
        versions = []
    if versions != [HEAD_REVISION]:
        conn.close()
        return None
    return conn


def read_calendar(path: Path, *, closed: ClosedDoors | None = None) -> QuickRead | None:
    """The first look at the database ``path``; None when it is missing, at another schema revision
    or not readable as expected. With ``closed`` it also reads the facts of the rule warnings
    (:mod:`crm_desktop.store.quick_facts`), in the same snapshot as the meetings: ``closed(bodies)``
    gives the (body, segment) pairs held behind closed doors by the configuration read (None: the
    configuration is not usable, and no facts are read)."""
    conn = connect_current(path)
    if conn is None:
        return None
    try:
        conn.execute("BEGIN")  # one snapshot for every read below (a writer may commit meanwhile)
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        bodies = [json.loads(r[0]) for r in conn.execute("SELECT config FROM bodies ORDER BY position")]
        meetings = [
            MeetingRow(
                id=r[0],
                body_id=r[1],
                title=r[2],
                ordinal=r[3],
                start=datetime.fromisoformat(r[4]),
                end=datetime.fromisoformat(r[5]),
                timezone=r[6],
                host_country_id=r[7],
                city=r[8],
                venue=r[9],
                status=r[10],
                notes=r[11],
                title_en=r[12],
            )
            for r in conn.execute(_MEETINGS)
        ]
        facts = None
        pairs = closed(bodies) if closed is not None else None
        if pairs is not None:
            from crm_desktop.store.quick_facts import read_calendar_facts

            facts = read_calendar_facts(conn, pairs)
    except (sqlite3.Error, ValueError, TypeError):  # an unexpected file: the proper open will say what is wrong
        return None
    finally:
        conn.close()
    return QuickRead(meta=meta, bodies=bodies, meetings=meetings, facts=facts)
