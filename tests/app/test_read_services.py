"""The read services (lists, rule warnings) read plain rows in few queries; what they return is held
here to what reading the ORM objects one by one gives."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crm_desktop.app import accreditation, logistics, meetings, people
from crm_desktop.app.errors import NotFound
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import rules
from crm_desktop.domain.model import Role
from crm_desktop.store.schema import Accreditation, DraftingSeat, Meeting, Person, RoleAssignment
from tests.helpers import meeting, person


def _reference_facts(ws: Workspace) -> dict[str, rules.MeetingFacts]:
    """Facts built the plain way: every meeting, every accreditation, every person's roles."""
    with ws.read() as s:
        roles: dict[str, set[str]] = {}
        for ra in s.scalars(select(RoleAssignment)):
            roles.setdefault(ra.person_id, set()).add(ra.role)
        seats: dict[str, set[str]] = {}
        for seat in s.scalars(select(DraftingSeat)):
            seats.setdefault(seat.meeting_id, set()).add(seat.country_id)
        heads: dict[str, dict[str, set[str]]] = {}
        for acc in s.scalars(select(Accreditation)):
            heads.setdefault(acc.meeting_id, {}).setdefault(acc.delegation, set()).update(roles.get(acc.person_id, ()))
        return {
            m.id: rules.MeetingFacts(
                id=m.id,
                body=m.body_id,
                start=m.start.date(),
                end=m.end.date(),
                host_country=m.host_country_id,
                accredited_countries=frozenset(heads.get(m.id, {})),
                head_roles_by_country={k: frozenset(v) for k, v in heads.get(m.id, {}).items()},
                drafting_countries=frozenset(seats.get(m.id, ())),
            )
            for m in s.scalars(select(Meeting))
        }


def _awkward_accreditations(ws: Workspace) -> str:
    """A GRCM with a person of two roles in two segments' worth of rows, one without roles, and two of a kind."""
    grcm = meeting(ws, "grcm", start="2026-09-10")
    meeting(ws, "network_consular", start="2026-09-09")
    director = person(ws, "Directora", country="GT", role=Role.DIRECTOR_MIGRATION)
    people.assign_role(ws, director, Role.FOCAL_POINT)
    adviser = person(ws, "Asesor", country="GT", role=Role.DELEGATE)
    other = person(ws, "Delegado", country="HN", role=Role.DELEGATE)
    with ws.change() as ch:  # a person with no role at all (imported from a list, roles still to come)
        ch.put(Person, "p-none", name="Sin rol", category="member_country", country_id="SV", languages=["es"])
    accreditation.accredit_many(ws, grcm, [director, adviser, other, "p-none"])
    return grcm


def test_facts_and_warnings_match_the_plain_reading(ws: Workspace) -> None:
    grcm = _awkward_accreditations(ws)
    with ws.read() as s:
        facts = meetings._facts(s)
    assert facts == _reference_facts(ws)
    assert facts[grcm].head_roles_by_country["SV"] == frozenset()
    assert facts[grcm].head_roles_by_country["GT"] == {"director_migration", "focal_point", "delegate"}
    codes = [(w.code, w.params.get("country")) for w in meetings.warnings(ws)[grcm]]
    assert ("warn.grcm_head", "HN") in codes and ("warn.grcm_head", "SV") in codes
    assert ("warn.grcm_head", "GT") not in codes


def test_one_meetings_warnings_are_its_warnings_among_all(demo: Workspace) -> None:
    everything = meetings.warnings(demo)
    assert any(everything.values())
    for mid, expected in everything.items():
        assert meetings.warnings(demo, mid) == {mid: expected}


def test_demo_facts_match_the_plain_reading(demo: Workspace) -> None:
    with demo.read() as s:
        assert meetings._facts(s) == _reference_facts(demo)


def test_lists_match_the_orm_objects(demo: Workspace) -> None:
    with demo.read() as s:
        orm_meetings = s.scalars(select(Meeting).order_by(Meeting.start, Meeting.title)).all()
        listed = meetings.list_meetings(demo)
        assert [{k: v for k, v in r.items() if k != "shown_title"} for r in listed] == [
            meetings.meeting_row(m) for m in orm_meetings
        ]
        assert [r["shown_title"] for r in listed] == [m.title for m in orm_meetings]  # Spanish by default
        roles = people.roles_of(s)
        expected_people = [
            {
                "id": p.id,
                "name": p.name,
                "country": p.country_id,
                "organisation": p.organisation_id,
                "category": p.category,
                "roles": sorted(roles.get(p.id, set())),
                "title": p.title,
                "institution": p.institution,
                "email": p.email,
                "title_en": p.title_en,
                "institution_en": p.institution_en,
                "gender": p.gender,
            }
            for p in s.scalars(select(Person).order_by(Person.name))
        ]
    assert people.list_people(demo) == expected_people
    first = meetings.list_meetings(demo)[0]
    assert meetings.get_meeting_row(demo, first["id"]) == first
    with pytest.raises(NotFound):
        meetings.get_meeting_row(demo, "no-such-meeting")


def test_meetings_with_checklist_are_those_prepared(ws: Workspace) -> None:
    vm = meeting(ws, "viceministers")
    meeting(ws, "grcm")
    assert logistics.meetings_with_checklist(ws) == set()
    logistics.prepare_checklist(ws, vm)
    assert logistics.meetings_with_checklist(ws) == {vm}


def test_one_calendar_entry_is_the_entry_of_the_whole_calendar(demo: Workspace) -> None:
    from crm_desktop.app import calendar

    entries = calendar.load(demo).entries
    assert any(e.warnings for e in entries)
    for e in entries:
        assert calendar.entry(demo, e.id) == e
    assert calendar.entry(demo, "no-such-meeting") is None
