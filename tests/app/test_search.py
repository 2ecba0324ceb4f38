"""Global search labels its results and says where each one lives."""

from __future__ import annotations

from crm_desktop.app.search import search
from crm_desktop.app.workspace import Workspace


def test_people_and_meetings_are_found_without_accents(demo: Workspace) -> None:
    results = search(demo, "reunion viceministerial")
    found = [r for r in results if r.entity == "meetings"]
    assert found and all("Viceministerial" in r.title and r.context == {"meeting_id": r.row_id} for r in found)
    people = search(demo, "garcia")
    assert any(r.entity == "people" and "García" in r.title and r.context["person_id"] == r.row_id for r in people)


def test_agenda_items_point_to_their_agenda(demo: Workspace) -> None:
    results = [r for r in search(demo, "informe presidencia") if r.entity == "agenda_items"]
    assert results and all({"meeting_id", "agenda_id"} <= set(r.context) for r in results)
    assert search(demo, "   ") == []
