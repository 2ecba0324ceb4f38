"""Every write is a changeset, and replaying the log reproduces the state (issue: change log)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from crm_desktop.app import accreditation, agendas, decisions, meetings, people
from crm_desktop.app.agendas import ItemInput
from crm_desktop.app.check import check, replayed_copy
from crm_desktop.app.dump import dump_data, dump_text
from crm_desktop.app.errors import AppError
from crm_desktop.app.meetings import MeetingInput
from crm_desktop.app.people import PersonInput
from crm_desktop.app.workspace import init_workspace
from crm_desktop.domain.model import Audience, Category, Role
from crm_desktop.store.schema import Changeset

NAMES = st.text(alphabet=st.sampled_from(list("abcdeñóúÁ é中🙂")), min_size=1, max_size=12).filter(str.strip)
COUNTRIES = st.sampled_from(["MX", "GT", "CO", "US", "PE"])
BODIES = st.sampled_from(["viceministers", "grcm", "network_trafficking", "seminar"])
ROLES = st.sampled_from([Role.VICE_MINISTER, Role.HIGH_LEVEL_OFFICIAL, Role.DELEGATE, Role.DIRECTOR_MIGRATION])

actions = st.lists(
    st.one_of(
        st.tuples(st.just("person"), NAMES, COUNTRIES, ROLES),
        st.tuples(st.just("meeting"), BODIES, st.integers(0, 400), st.integers(0, 3)),
        st.tuples(st.just("accredit"), st.integers(0, 50), st.integers(0, 50), st.booleans()),
        st.tuples(st.just("item"), st.integers(0, 50), NAMES, st.integers(0, 5)),
        st.tuples(st.just("move"), st.integers(0, 50), st.integers(0, 5)),
        st.tuples(st.just("remove"), st.integers(0, 50)),
        st.tuples(st.just("rename"), st.integers(0, 50), NAMES),
        st.tuples(st.just("decision"), st.integers(0, 50), NAMES),
    ),
    min_size=1,
    max_size=25,
)


def run(ws, script) -> None:  # type: ignore[no-untyped-def]
    pids: list[str] = []
    mids: list[str] = []
    aids: list[str] = []
    iids: list[str] = []
    for action in script:
        try:
            match action:
                case ("person", name, country, role):
                    from crm_desktop.domain.reference import country as ref

                    pids.append(
                        people.add_person(
                            ws, PersonInput(name=name, category=ref(country).category, country=country, roles=(role,))
                        )
                    )
                case ("meeting", body, day, length):
                    start = datetime(2026, 1, 1, 9) + timedelta(days=day)
                    mid = meetings.create_meeting(
                        ws,
                        MeetingInput(
                            body=body,
                            title=f"M{day}",
                            start=start,
                            end=start + timedelta(days=length),
                            host_country="CR",
                        ),
                    )
                    mids.append(mid)
                    aids.append(agendas.create_agenda(ws, mid))
                case ("accredit", m, p, closed) if mids and pids:
                    accreditation.accredit(
                        ws, mids[m % len(mids)], pids[p % len(pids)], "closed_door" if closed else "plenary"
                    )
                case ("item", a, title, pos) if aids:
                    iids.append(agendas.add_item(ws, aids[a % len(aids)], ItemInput(title_es=title), position=pos))
                case ("move", i, pos) if iids:
                    agendas.move_item(ws, iids[i % len(iids)], parent_id=None, position=pos)
                case ("remove", i) if iids:
                    agendas.remove_item(ws, iids.pop(i % len(iids)))
                case ("rename", p, name) if pids:
                    people.update_person(ws, pids[p % len(pids)], name=name)
                case ("decision", m, text) if mids:
                    decisions.add_decision(ws, mids[m % len(mids)], text)
        except AppError:
            pass  # refused by a rule: must change nothing, which the replay comparison also checks


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=actions)
def test_replaying_the_log_reproduces_the_state(tmp_path_factory, script) -> None:  # type: ignore[no-untyped-def]
    base = tmp_path_factory.mktemp("replay")
    ws = init_workspace(base / "live", "Replay")
    try:
        run(ws, script)
        copy = replayed_copy(ws, base / "copy")
        try:
            assert dump_data(copy)["tables"] == dump_data(ws)["tables"]
        finally:
            copy.close()
    finally:
        ws.close()


def test_each_service_write_records_one_changeset_with_stamp(ws) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import meeting

    with ws.read() as s:
        before = len(s.scalars(select(Changeset)).all())
    meeting(ws, "grcm")
    with ws.read() as s:
        rows = s.scalars(select(Changeset).order_by(Changeset.seq)).all()
    assert len(rows) == before + 1
    last = rows[-1]
    assert last.device_id == ws.device_id and last.seq == before + 1 and last.audience == Audience.PUBLIC
    assert last.hlc > rows[-2].hlc
    assert last.ops[0]["op"] == "put" and last.ops[0]["e"] == "meetings"


def test_refused_change_records_nothing(ws) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import meeting, person

    mid = meeting(ws, "viceministers")
    co = person(ws, "Observadora", country="CO", role=Role.OBSERVER_DELEGATE)
    before = dump_text(ws)
    try:
        accreditation.accredit(ws, mid, co, "closed_door")
    except AppError as exc:
        assert exc.exit_code == 3
    assert dump_text(ws) == before


def test_check_reports_a_clean_demo(demo) -> None:  # type: ignore[no-untyped-def]
    report = check(demo)
    assert report.ok, report.problems
    assert report.changesets > 100 and report.warnings > 0


def test_dumps_of_the_same_data_are_identical(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    copy = replayed_copy(demo, tmp_path / "copy")
    try:
        assert dump_text(copy).replace(copy.name, "") == dump_text(demo).replace(demo.name, "")
    finally:
        copy.close()


def test_people_categories(ws) -> None:  # type: ignore[no-untyped-def]
    pid = people.add_person(
        ws,
        PersonInput(
            name="Rep", category=Category.CIVIL_SOCIETY, organisation="RROCM", roles=(Role.RROCM_REPRESENTATIVE,)
        ),
    )
    row = next(r for r in people.list_people(ws) if r["id"] == pid)
    assert row["category"] == "civil_society" and row["roles"] == ["rrocm_representative"]
