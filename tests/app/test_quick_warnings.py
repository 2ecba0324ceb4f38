"""The calendar's warnings from plain ``sqlite3`` reads (the window's start) equal the services' own."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.app import calendar, meetings
from crm_desktop.app.first_look import complete_look
from crm_desktop.app.workspace import Workspace, new_id
from crm_desktop.store.schema import Accreditation, Agenda, AgendaItem, Meeting, Person


def codes(data: calendar.CalendarData) -> Counter[str]:
    return Counter(w.code for e in data.entries for w in e.warnings)


def test_the_plain_path_gives_the_services_calendar_on_the_demo(demo: Workspace, demo_dir: Path) -> None:
    look = complete_look(demo_dir)
    assert look is not None
    full = calendar.load(demo)
    assert look.calendar.complete
    assert len(codes(full)) >= 3  # several rules warn on the demo: the comparison means something
    assert look.calendar == full
    assert (look.name, look.device_id) == (demo.name, demo.device_id)


def vice_ministers_meeting(ws: Workspace) -> str:
    with ws.read() as s:
        found = s.scalars(select(Meeting.id).where(Meeting.body_id == "viceministers").order_by(Meeting.start)).all()
    assert found
    return found[-1]


@pytest.mark.parametrize("status", ["cancelled", "held"])
def test_the_same_after_a_meeting_changes(demo: Workspace, demo_dir: Path, status: str) -> None:
    with demo.change() as ch:
        ch.put(Meeting, vice_ministers_meeting(demo), status=status)
    look = complete_look(demo_dir)
    assert look is not None and look.calendar == calendar.load(demo)
    assert {e.id: list(e.warnings) for e in look.calendar.entries} == meetings.warnings(demo)


def test_the_same_with_closed_door_warnings(demo: Workspace, demo_dir: Path) -> None:
    """Three people of one delegation behind closed doors, and a closed-door item on none of the topics."""
    mid = vice_ministers_meeting(demo)
    with demo.read() as s:
        people = s.scalars(select(Person.id).where(Person.country_id == "MX").order_by(Person.id)).all()[:3]
    assert len(people) == 3
    with demo.change() as ch:
        for pid in people:
            ch.put(Accreditation, new_id(), meeting_id=mid, person_id=pid, segment="closed_door", delegation="MX")
        agenda = ch.put(
            Agenda, new_id(), meeting_id=mid, segment="closed_door", status="draft", version=1, numbering="1"
        )
        ch.put(
            AgendaItem,
            new_id(),
            agenda_id=agenda,
            position=0,
            title_es="Tema libre",
            kind="discussion",
            duration_min=30,
            audience="public",
            documents=[],
        )
    full = calendar.load(demo)
    assert {"warn.closed_door_excess", "warn.closed_door_topic"} <= set(codes(full))
    look = complete_look(demo_dir)
    assert look is not None and look.calendar == full


def test_a_person_accredited_twice_behind_closed_doors_counts_once(demo: Workspace, demo_dir: Path) -> None:
    """Two laptops may each accredit the same person offline: both paths count people, not rows."""
    mid = vice_ministers_meeting(demo)
    with demo.read() as s:
        taken = set(s.scalars(select(Accreditation.person_id).where(Accreditation.meeting_id == mid)))
        inside = set(
            s.scalars(
                select(Accreditation.person_id)
                .join(Person, Person.id == Accreditation.person_id)
                .where(
                    Accreditation.meeting_id == mid, Accreditation.segment == "closed_door", Person.country_id == "BZ"
                )
            )
        )
        people = [
            p
            for p in s.scalars(select(Person.id).where(Person.country_id == "BZ").order_by(Person.id))
            if p not in taken
        ]
    assert len(people) >= 3
    with demo.change() as ch:
        for pid in [people[0], *people[:3]]:  # the first person twice
            ch.put(Accreditation, new_id(), meeting_id=mid, person_id=pid, segment="closed_door", delegation="BZ")
    full = calendar.load(demo)
    counts = [
        w.params["count"] for e in full.entries if e.id == mid for w in e.warnings if w.params.get("country") == "BZ"
    ]
    assert counts == [len(inside) + 3]
    look = complete_look(demo_dir)
    assert look is not None and look.calendar == full


def test_the_plain_path_imports_no_sqlalchemy(demo_dir: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from crm_desktop.app.first_look import complete_look; "
        f"look = complete_look(Path({str(demo_dir)!r})); "
        "print(look is not None and look.calendar.complete, "
        "sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True []"


def test_no_complete_look_at_another_schema_revision(demo: Workspace, demo_dir: Path) -> None:
    with demo.db.session() as s:
        s.connection().exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    assert complete_look(demo_dir) is None


def test_a_row_the_rules_cannot_read_leaves_the_warnings_to_the_services(demo: Workspace, demo_dir: Path) -> None:
    """A value no code writes (a forged category, a date that is none): no plain warnings, no exception."""
    mid = vice_ministers_meeting(demo)
    with demo.read() as s:
        pid = s.scalars(select(Person.id).where(Person.country_id == "MX")).first()
    with demo.change() as ch:
        ch.put(Accreditation, new_id(), meeting_id=mid, person_id=pid, segment="closed_door", delegation="MX")
    with demo.db.session() as s:
        s.connection().exec_driver_sql("UPDATE people SET category = 'nobody' WHERE id = ?", (pid,))
    assert complete_look(demo_dir) is None
    with demo.db.session() as s:
        s.connection().exec_driver_sql("UPDATE meetings SET \"end\" = 'soon' WHERE id = ?", (mid,))
    assert complete_look(demo_dir) is None
