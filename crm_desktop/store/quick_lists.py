"""The command line's lists (``meetings list``, ``people list``) read with plain ``sqlite3``.

A read command used to pay for importing SQLAlchemy's ORM and the subcommand modules, many times
the read itself; on a workspace at the current schema revision these queries return the same rows,
in the same order and shape, as ``app.meetings.list_meetings`` and ``app.people.list_people``
(``tests/cli/test_quick_lists.py`` compares them). Anything else (no workspace, an older schema to
migrate, a damaged file) returns None and the command takes the usual path.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from crm_desktop.store.quick_read import connect_current

_MEETINGS = (
    "SELECT id, body_id, title, ordinal, start, end, timezone, host_country_id, city, venue, status, title_en"
    " FROM meetings"
)
_PEOPLE = "SELECT id, name, country_id, organisation_id, category, title, institution, email FROM people ORDER BY name"


def _minutes(value: str) -> str:
    return datetime.fromisoformat(value).isoformat(timespec="minutes")


def list_meetings(
    path: Path, *, year: int | None = None, body: str | None = None, lang: str = "es"
) -> list[dict[str, Any]] | None:
    """The rows of ``app.meetings.list_meetings``, ``shown_title`` in ``lang`` among them (the bodies'
    names from the reference configuration: a workspace's own configuration changes rules, not names)."""
    from crm_desktop.domain.bilingual import meeting_title
    from crm_desktop.domain.reference import default_process_config

    conn = connect_current(path)
    if conn is None:
        return None
    try:
        query, params = _MEETINGS, []
        if body:
            query, params = query + " WHERE body_id = ?", [body]
        rows = [
            {
                "id": r[0],
                "body": r[1],
                "title": r[2],
                "ordinal": r[3],
                "start": _minutes(r[4]),
                "end": _minutes(r[5]),
                "timezone": r[6],
                "host_country": r[7],
                "city": r[8],
                "venue": r[9],
                "status": r[10],
                "title_en": r[11],
            }
            for r in conn.execute(query + " ORDER BY start, title", params)
        ]
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()
    if year is not None:
        rows = [r for r in rows if r["start"].startswith(f"{year:04d}")]
    config = default_process_config()
    for r in rows:
        name_en = config.body(r["body"]).name_en if config.has_body(r["body"]) else r["body"]
        r["shown_title"] = meeting_title(r["title"], r["title_en"], r["body"], name_en, r["ordinal"], r["city"], lang)
    return rows


def list_people(path: Path) -> list[dict[str, Any]] | None:
    conn = connect_current(path)
    if conn is None:
        return None
    try:
        roles: dict[str, set[str]] = {}
        for pid, role in conn.execute("SELECT person_id, role FROM role_assignments"):
            roles.setdefault(pid, set()).add(role)
        return [
            {
                "id": pid,
                "name": name,
                "country": country,
                "organisation": organisation,
                "category": category,
                "roles": sorted(roles.get(pid, ())),
                "title": title,
                "institution": institution,
                "email": email,
            }
            for pid, name, country, organisation, category, title, institution, email in conn.execute(_PEOPLE)
        ]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
