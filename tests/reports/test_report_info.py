"""A document's metadata without its story (issue #19: no UI-thread stall a user can feel).

The Reports view lists what a meeting can print (:func:`crm_desktop.app.reports.choices`) with each
document's title in both languages and its audience. Those come from the same ``*_info`` functions
the printed documents start from, and the same "nothing to print" check, without laying out any
Platypus story: the titles listed are the titles printed, and a document is offered exactly when it
prints.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from reportlab.platypus import paragraph

from crm_desktop.app.errors import AppError
from crm_desktop.app.meetings import list_meetings
from crm_desktop.app.reports import ReportRequest, choices, report_audience, report_info, report_story
from crm_desktop.app.workspace import Workspace
from crm_desktop.reports import agenda, calendar, documents, dossier, participants, texts

BODIES = ("viceministers", "grcm", "network_trafficking")


@pytest.fixture(scope="module")
def demo(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    target = tmp_path_factory.mktemp("report-info") / "demo"
    shutil.copytree(demo_template, target)
    ws = Workspace(target)
    yield ws
    ws.close()


def _held(ws: Workspace, body: str) -> list[dict[str, Any]]:
    """The meetings of ``body`` held by the end of the demo year, oldest first."""
    return sorted((m for m in list_meetings(ws, body=body) if m["start"] < "2027"), key=lambda m: m["start"])


def _latest(ws: Workspace, body: str) -> str:
    return str(_held(ws, body)[-1]["id"])


def _printed(ws: Workspace, req: ReportRequest) -> bool:
    try:
        report_story(ws, req)
    except AppError:
        return False
    return True


@pytest.mark.parametrize("body", BODIES)
def test_the_titles_listed_are_the_titles_printed(demo: Workspace, body: str) -> None:
    meeting = _latest(demo, body)
    offered = choices(demo, meeting)
    kinds = {c.request.kind for c in offered}
    assert {"agenda", "participants", "dossier"} <= kinds, kinds
    for choice in offered:
        printed = {code: report_story(demo, replace(choice.request, lang=code))[0] for code in ("es", "en")}
        assert (choice.title_es, choice.title_en) == (printed["es"].title, printed["en"].title), choice.request
        assert choice.audience == printed["es"].audience == printed["en"].audience, choice.request
        assert report_audience(demo, choice.request) == choice.audience, choice.request
        for code in ("es", "en", "bilingual"):  # every field of the metadata, in every edition
            req = replace(choice.request, lang=code)
            assert report_info(demo, req) == report_story(demo, req)[0], req


@pytest.mark.parametrize("body", BODIES)
def test_a_document_is_offered_exactly_when_it_prints(demo: Workspace, body: str) -> None:
    """The agenda and list of each segment and the dossier, for the latest meeting and an older one
    with nothing recorded: each offered prints, each not offered is refused."""
    for meeting in (_latest(demo, body), str(_held(demo, body)[0]["id"])):
        offered = {(c.request.kind, c.request.segment) for c in choices(demo, meeting)}
        for kind in ("agenda", "participants", "dossier"):
            for segment in ("plenary", "closed_door") if kind != "dossier" else ("plenary",):
                req = ReportRequest(kind, "es", meeting_id=meeting, segment=segment)
                assert ((kind, segment) in offered) == _printed(demo, req), (body, meeting, kind, segment)


def test_the_closed_door_dossier_is_as_confidential_as_its_parts(demo: Workspace) -> None:
    meeting = _latest(demo, "viceministers")
    for closed_door in (False, True):
        req = ReportRequest("dossier", "en", meeting_id=meeting, closed_door=closed_door)
        info = report_info(demo, req)
        assert info == report_story(demo, req)[0]
        assert info.audience == ("closed_door" if closed_door else "members")
        assert report_audience(demo, req) == info.audience


def test_the_calendar_info_is_the_printed_one(demo: Workspace) -> None:
    req = ReportRequest("calendar", "es", year=2026)
    assert report_info(demo, req) == report_story(demo, req)[0]


def _no_story(*args: object, **kwargs: object) -> Any:
    raise AssertionError("a story was built")


def test_listing_builds_no_story(demo: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """``choices`` and ``report_audience`` lay out nothing: every story builder fails if called, and so
    does any ReportLab paragraph."""
    meetings = [_latest(demo, body) for body in BODIES]
    before = {m: choices(demo, m) for m in meetings}
    for module, name in (
        (agenda, "agenda_story"),
        (participants, "participants_story"),
        (calendar, "calendar_story"),
        (texts, "text_story"),
        (dossier, "dossier_story"),
        (documents, "agenda_story"),
        (documents, "participants_story"),
        (documents, "calendar_story"),
        (documents, "dossier_story"),
        (documents, "document_story"),
    ):
        monkeypatch.setattr(module, name, _no_story)
    monkeypatch.setattr(paragraph.Paragraph, "__init__", _no_story)
    for meeting in meetings:
        assert choices(demo, meeting) == before[meeting]
        dossier_req = ReportRequest("dossier", "es", meeting_id=meeting, closed_door=True)
        assert report_audience(demo, dossier_req) == report_info(demo, dossier_req).audience
    with pytest.raises(AssertionError, match="a story was built"):
        report_story(demo, ReportRequest("dossier", "es", meeting_id=meetings[0]))
