"""The drafting view's read-only questions give the same verdicts as the services that act."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from crm_desktop.app import drafting as d
from crm_desktop.app.drafting_desk import adoption_state, meeting_actors
from crm_desktop.app.errors import Refused
from crm_desktop.app.workspace import Workspace


def _doc(ws: Workspace, title: str) -> dict:
    return next(x for x in d.list_documents(ws) if x["title"].startswith(title))


def _actor(ws: Workspace, meeting: str, delegation: str) -> str:
    return next(a.person_id for a in meeting_actors(ws, meeting) if a.delegation == delegation)


def test_the_chair_comes_first_then_the_drafting_group(demo: Workspace) -> None:
    doc = _doc(demo, "Declaración de San José")
    actors = meeting_actors(demo, doc["meeting"])
    assert actors[0].chair and actors[0].delegation == "CR"
    seats = [a.drafting_seat for a in actors]
    assert seats == sorted(seats, reverse=True)  # every drafting-group member before the others
    assert len({a.person_id for a in actors}) == len(actors)
    assert any(a.delegation == "CO" and not a.drafting_seat for a in actors)  # an observer, accredited


def test_adoption_state_refuses_like_adopt_while_brackets_remain(demo: Workspace) -> None:
    doc = _doc(demo, "Recomendaciones a los Viceministros")
    chair = _actor(demo, doc["meeting"], "CR")
    state = adoption_state(demo, doc["id"], chair)
    assert not state.allowed and state.bracketed == ("2",)
    with pytest.raises(Refused) as refused:
        d.adopt(demo, doc["id"], actor=chair)
    assert state.reason is not None and refused.value.render("es") == state.reason.render("es")


def test_adoption_state_allows_exactly_when_adopt_succeeds(demo: Workspace) -> None:
    doc = _doc(demo, "Recomendaciones a los Viceministros")
    chair = _actor(demo, doc["meeting"], "CR")
    pid = d.document_view(demo, doc["id"]).paragraphs[2].id
    d.edit_paragraph(demo, pid, "Encomendar a la Red de Protección Consular un protocolo regional.", actor=chair)
    delegate = _actor(demo, doc["meeting"], "MX")
    assert not adoption_state(demo, doc["id"], delegate).allowed  # only the chair adopts
    assert adoption_state(demo, doc["id"], chair).allowed
    d.adopt(demo, doc["id"], actor=chair)
    assert not adoption_state(demo, doc["id"], chair).allowed  # adopted text is frozen


def test_a_running_silence_procedure_waits_for_its_deadline(demo: Workspace) -> None:
    doc = _doc(demo, "Recomendaciones a los Viceministros")
    chair = _actor(demo, doc["meeting"], "CR")
    pid = d.document_view(demo, doc["id"]).paragraphs[2].id
    d.edit_paragraph(demo, pid, "Encomendar a la Red un protocolo regional.", actor=chair)
    now = datetime(2026, 11, 20, 12, 0)
    d.open_silence(demo, doc["id"], now + timedelta(days=2), actor=chair, now=now)
    running = adoption_state(demo, doc["id"], chair, now=now + timedelta(days=1))
    assert running.silence_outcome == "running" and not running.allowed
    elapsed = adoption_state(demo, doc["id"], chair, now=now + timedelta(days=3))
    assert elapsed.silence_outcome == "elapsed" and elapsed.allowed
