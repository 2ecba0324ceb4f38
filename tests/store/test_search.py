from __future__ import annotations

from crm_desktop.app.workspace import Workspace
from crm_desktop.store import search
from tests.helpers import meeting, person


def hits(ws: Workspace, text: str) -> list[tuple[str, str]]:
    with ws.db.engine.connect() as conn:
        return [(h.entity, h.row_id) for h in search.search(conn, text)]


def test_accent_insensitive_and_prefix(ws: Workspace) -> None:
    mid = meeting(ws, "grcm", title="Reunión técnica de Migración")
    pid = person(ws, "José Núñez", country="MX")
    assert ("meetings", mid) in hits(ws, "reunion")
    assert ("meetings", mid) in hits(ws, "REUNIÓN migra")
    assert ("people", pid) in hits(ws, "nunez")
    assert hits(ws, "") == []
    assert hits(ws, '"; DROP TABLE people; --') == []


def test_index_follows_edits_and_deletes(ws: Workspace) -> None:
    from crm_desktop.app import meetings
    from crm_desktop.app.meetings import MeetingInput

    mid = meeting(ws, "seminar", title="Taller de Trata")
    m = meetings.list_meetings(ws)[0]
    from datetime import datetime

    meetings.update_meeting(
        ws,
        mid,
        MeetingInput(
            body="seminar",
            title="Seminario consular",
            start=datetime.fromisoformat(m["start"]),
            end=datetime.fromisoformat(m["end"]),
            host_country="CR",
        ),
    )
    assert hits(ws, "trata") == []
    assert ("meetings", mid) in hits(ws, "consular")
    meetings.delete_meeting(ws, mid)
    assert hits(ws, "consular") == []
