"""The change applier: the only writer of synced rows, with per-field last-writer-wins merging."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from crm_desktop.app.workspace import Workspace
from crm_desktop.store.apply import Stamp, UnloggedWriteError, apply_ops
from crm_desktop.store.schema import Conflict, Person, RowClock
from tests.helpers import person


def test_write_without_changeset_is_refused_orm(ws: Workspace) -> None:
    with pytest.raises(UnloggedWriteError), ws.db.session() as s:
        s.add(Person(id="x" * 32, name="Sin registro", category="member_country", country_id="MX"))
        s.flush()


def test_write_without_changeset_is_refused_core(ws: Workspace) -> None:
    pid = person(ws, "Ana", country="MX")
    with pytest.raises(UnloggedWriteError), ws.db.session() as s:
        s.execute(update(Person).where(Person.id == pid).values(name="Otra"))
    with ws.read() as s:
        assert s.get(Person, pid).name == "Ana"  # type: ignore[union-attr]


def put(rid: str, **f: object) -> dict[str, object]:
    return {"op": "put", "e": "people", "id": rid, "f": f}


BASE = dict(name="Ana", category="member_country", country_id="MX", languages=[])


def test_last_writer_wins_whatever_the_order(ws: Workspace) -> None:
    rid = "p" * 32
    a = Stamp("0000000001000-000000-a", "a", 1)
    b = Stamp("0000000002000-000000-b", "b", 1)
    for order in ([(a, "Ana A"), (b, "Ana B")], [(b, "Ana B"), (a, "Ana A")]):
        with ws.db.session() as s:
            s.connection().info["applying"] = True
            s.execute(RowClock.__table__.delete())
            s.execute(Person.__table__.delete())
            s.execute(Conflict.__table__.delete())
            s.connection().info["applying"] = False
            for stamp, name in order:
                apply_ops(s.connection(), [put(rid, **{**BASE, "name": name})], stamp)
        with ws.read() as s:
            assert s.get(Person, rid).name == "Ana B"  # type: ignore[union-attr]
            conflicts = s.scalars(select(Conflict)).all()
            # concurrent writes (neither saw the other): the loser is kept, nothing dropped
            assert [(c.kept_value, c.lost_value) for c in conflicts if c.field == "name"] == [("Ana B", "Ana A")]


def test_sequential_overwrite_is_not_a_conflict(ws: Workspace) -> None:
    rid = "q" * 32
    a = Stamp("0000000001000-000000-a", "a", 1)
    b = Stamp("0000000002000-000000-b", "b", 1, {"a": 1})  # b had seen a's change
    with ws.db.session() as s:
        apply_ops(s.connection(), [put(rid, **BASE)], a)
        apply_ops(s.connection(), [put(rid, name="Ana Beatriz")], b)
    with ws.read() as s:
        assert s.get(Person, rid).name == "Ana Beatriz"  # type: ignore[union-attr]
        assert s.scalars(select(Conflict)).all() == []


def test_delete_wins_over_a_late_edit(ws: Workspace) -> None:
    rid = "r" * 32
    a = Stamp("0000000001000-000000-a", "a", 1)
    d = Stamp("0000000002000-000000-a", "a", 2)
    late = Stamp("0000000003000-000000-b", "b", 1)
    with ws.db.session() as s:
        apply_ops(s.connection(), [put(rid, **BASE)], a)
        apply_ops(s.connection(), [{"op": "del", "e": "people", "id": rid}], d)
        apply_ops(s.connection(), [put(rid, name="Zombi")], late)
    with ws.read() as s:
        assert s.get(Person, rid) is None


def test_unknown_field_rejected(ws: Workspace) -> None:
    with pytest.raises(ValueError), ws.db.session() as s:
        apply_ops(s.connection(), [put("s" * 32, **BASE, hacked=True)], Stamp("0000000001000-000000-a", "a", 1))


def test_unknown_operation_rejected(ws: Workspace) -> None:
    with pytest.raises(ValueError), ws.db.session() as s:
        apply_ops(s.connection(), [{"op": "explode"}], Stamp("0000000001000-000000-a", "a", 1))
