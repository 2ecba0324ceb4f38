"""Many changes in one transaction (``Workspace.batch``): every changeset recorded and judged as if written
alone, nothing committed before the end, a refused change leaving nothing behind."""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import select

from crm_desktop.app import accreditation, agendas, meetings
from crm_desktop.app.agendas import ItemInput
from crm_desktop.app.check import replayed_copy
from crm_desktop.app.dump import dump_data, dump_text
from crm_desktop.app.errors import Refused
from crm_desktop.app.workspace import Workspace, init_workspace, new_id
from crm_desktop.domain.model import Audience, Role
from crm_desktop.domain.reference import default_process_config_json
from crm_desktop.store.db import DB_NAME
from crm_desktop.store.schema import Changeset
from tests.app.test_changelog import actions, run
from tests.helpers import meeting, person


def _committed(ws: Workspace, table: str) -> int:
    """Rows of ``table`` as another connection sees them (what is committed)."""
    conn = sqlite3.connect(ws.directory / DB_NAME)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def _log(ws: Workspace) -> list[tuple[int, str, list[tuple[str, str]]]]:
    with ws.read() as s:
        rows = s.scalars(select(Changeset).order_by(Changeset.seq)).all()
        return [(c.seq, c.audience, [(op["op"], op["e"]) for op in c.ops]) for c in rows]


def test_a_batch_commits_once_at_its_end_and_its_changes_see_each_other(ws: Workspace) -> None:
    before = _committed(ws, "changesets")
    with ws.batch():
        mid = meeting(ws, "viceministers")  # one change...
        aid = agendas.create_agenda(ws, mid, "closed_door")  # ...read by the next one (and by ws.read())
        assert meetings.get_meeting_row(ws, mid)["id"] == mid
        assert _committed(ws, "meetings") == 0 and _committed(ws, "changesets") == before
    assert _committed(ws, "meetings") == 1 and _committed(ws, "agendas") == 1
    log = _log(ws)
    assert [seq for seq, *_ in log] == list(range(1, len(log) + 1))
    assert log[-2][1:] == ("public", [("put", "meetings")])
    assert log[-1][1] == "closed_door" and log[-1][2][0] == ("put", "agendas")
    assert [a["id"] for a in agendas.agendas_of(ws, mid)] == [aid]


def test_a_refused_change_in_a_batch_writes_nothing_and_the_rest_is_kept(ws: Workspace) -> None:
    observer = person(ws, "Observadora", country="CO", role=Role.OBSERVER_DELEGATE)
    vm = person(ws, "Viceministra", country="MX", role=Role.VICE_MINISTER)
    with ws.batch():
        mid = meeting(ws, "viceministers")
        with pytest.raises(Refused) as refused:  # the rule's reason, as when written alone
            accreditation.accredit(ws, mid, observer, "closed_door")
        accreditation.accredit(ws, mid, vm, "closed_door")
    assert "Observadora" in str(refused.value) and refused.value.exit_code == 3
    listed = accreditation.list_accreditations(ws, mid)
    assert [a["person_id"] for a in listed] == [vm]
    assert [entities for _, _, entities in _log(ws)[-2:]] == [[("put", "meetings")], [("put", "accreditations")]]


def test_an_error_leaving_the_batch_rolls_it_all_back(ws: Workspace) -> None:
    observer = person(ws, "Observadora", country="CO", role=Role.OBSERVER_DELEGATE)
    before = dump_text(ws)
    with pytest.raises(Refused), ws.batch():
        mid = meeting(ws, "viceministers")
        accreditation.accredit(ws, mid, observer, "closed_door")  # not caught: the batch fails
    assert dump_text(ws) == before
    meeting(ws, "grcm")  # the workspace goes on: the next change takes the next number
    log = _log(ws)
    assert [seq for seq, *_ in log] == list(range(1, len(log) + 1))


def test_a_change_failing_while_recorded_fails_the_batch_even_if_caught(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump_text(ws)
    record = ws.log.record

    def half_written(*args: Any, **kwargs: Any) -> Any:
        record(*args, **kwargs)  # applied and logged, then a failure (a full disk, a bug)
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"), ws.batch():
        meeting(ws, "grcm", start="2026-03-01")
        monkeypatch.setattr(ws.log, "record", half_written)
        with contextlib.suppress(OSError):  # caught by its caller: the half-written change is not committed
            meeting(ws, "grcm", start="2026-09-01")
        monkeypatch.setattr(ws.log, "record", record)
        meeting(ws, "seminar")
    assert dump_text(ws) == before


def test_a_batch_inside_a_batch_is_part_of_it(ws: Workspace) -> None:
    with pytest.raises(RuntimeError), ws.batch():
        with ws.batch():
            meeting(ws, "grcm")
        assert _committed(ws, "meetings") == 0
        raise RuntimeError("stop")
    assert _committed(ws, "meetings") == 0


def test_bodies_changed_in_a_rolled_back_batch_are_forgotten(ws: Workspace) -> None:
    name = ws.config.body("grcm").name_es
    with pytest.raises(RuntimeError), ws.batch():
        with ws.change() as ch:
            for i, b in enumerate(default_process_config_json()["bodies"]):
                if b["key"] == "grcm":
                    ch.put("bodies", "grcm", position=i, config={**b, "name_es": "Otro nombre"})
        assert ws.config.body("grcm").name_es == "Otro nombre"  # the batch sees its own change
        raise RuntimeError("stop")
    assert ws.config.body("grcm").name_es == name


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=actions)
def test_a_script_in_a_batch_writes_what_it_writes_alone(tmp_path_factory, monkeypatch, script) -> None:  # type: ignore[no-untyped-def]
    """The same calls, refused ones included, alone and in one batch: the same rows and the same changesets
    (ids drawn from the same seeded source), and the batch's log replays to its state."""
    base = tmp_path_factory.mktemp("batch")
    dumps = []
    logs = []
    for batched in (False, True):
        rng = random.Random(1)
        monkeypatch.setattr(os, "urandom", lambda n, rng=rng: rng.randbytes(n))
        ws = init_workspace(base / f"ws{batched}", "Batch", workspace_id="w")
        try:
            if batched:
                with ws.batch():
                    run(ws, script)
            else:
                run(ws, script)
            dumps.append(dump_data(ws))
            logs.append(_log(ws))
            if batched:
                copy = replayed_copy(ws, base / "copy")
                try:
                    assert dump_data(copy)["tables"] == dump_data(ws)["tables"]
                finally:
                    copy.close()
        finally:
            ws.close()
    assert dumps[0] == dumps[1]
    assert logs[0] == logs[1]


def test_new_ids_are_random_version_4_uuids() -> None:
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    for i in ids:
        u = uuid.UUID(i)
        assert (u.hex, u.version, u.variant) == (i, 4, uuid.RFC_4122)


def test_a_list_of_items_travels_no_wider_than_its_narrowest_item(ws: Workspace) -> None:
    aid = agendas.create_agenda(ws, meeting(ws, "grcm"))
    reserved = ItemInput(title_es="Reservado", audience=Audience.MEMBERS)
    agendas.add_items(ws, aid, [(ItemInput(title_es="Público"), [reserved])])
    assert _log(ws)[-1][1] == "members"  # as add_item of the reserved item alone would travel


def _items() -> list[tuple[ItemInput, list[ItemInput]]]:
    return [
        (ItemInput(title_es="Informe"), [ItemInput(title_es="Red A"), ItemInput(title_es="Red B")]),
        (ItemInput(title_es="Clausura", presenter="Costa Rica"), []),
    ]


def test_an_agenda_created_with_its_items_is_one_changeset_and_the_same_agenda(ws: Workspace) -> None:
    one, two = meeting(ws, "grcm", start="2026-03-02"), meeting(ws, "grcm", start="2026-09-02")
    before = len(_log(ws))
    at_once = agendas.create_agenda(ws, one, items=_items())
    assert len(_log(ws)) == before + 1
    in_two = agendas.create_agenda(ws, two)
    agendas.add_items(ws, in_two, _items())

    def shown(aid: str) -> list[tuple[str, str, str | None]]:
        return [(i.label, i.title_es, i.presenter) for i in agendas.planned_items(ws, aid)]

    assert shown(at_once) == shown(in_two)
    assert [label for label, *_ in shown(at_once)] == ["1", "2", "2.a", "2.b", "3"]
    assert shown(at_once)[-1][2] == "CR"  # the presenter typed by name, stored by its code
    again = agendas.create_agenda(ws, one, items=[(ItemInput(title_es="Otro"), [])])  # the segment has one
    assert again == at_once and [label for label, *_ in shown(at_once)][-1] == "4"


def test_meta_set_in_a_rolled_back_batch_is_forgotten(ws: Workspace) -> None:
    name = ws.name
    with pytest.raises(RuntimeError), ws.batch():
        ws.set_meta("name", "Otro")
        assert ws.name == "Otro"
        raise RuntimeError("stop")
    assert ws.name == name
    reopened = Workspace(ws.directory)
    try:
        assert reopened.name == name
    finally:
        reopened.close()
