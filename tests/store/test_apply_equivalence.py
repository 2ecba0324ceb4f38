"""The plain-SQL applier stores exactly what the SQLAlchemy Core applier it replaced stored.

Random changesets from three devices (puts of new and existing rows with partial fields, concurrent
and causally ordered edits, deletions and late edits of deleted rows, JSON, date and datetime
columns, columns left to their defaults, rows refused by a constraint) are applied in the same order
to two empty databases, one through each applier; every synced table, the field clocks, the
conflicts and the search index must then hold the same stored values, and a changeset refused by
one applier must be refused by the other.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from crm_desktop.store import search
from crm_desktop.store.apply import Stamp, apply_ops, install_guard
from crm_desktop.store.db import make_engine
from crm_desktop.store.schema import Base, load_models
from tests.store import reference_apply

Applier = Callable[[Any, Sequence[Mapping[str, Any]], Stamp], None]

COUNTRY_IDS = ["AA", "BB", "CC"]
BODY_IDS = ["b1", "b2"]
MEETING_IDS = ["m1", "m2", "m3"]
ITEM_IDS = ["i1", "i2", "i3"]
AGENDA_ID = "ag"
TEXT = st.text(alphabet=st.sampled_from(list("aeñó Ú中🙂\"'")), max_size=6)
DATETIMES = st.sampled_from(["2026-03-10T09:00:00", "2027-01-01T18:30:00", "2026-03-10T09:00"])

country_fields = st.fixed_dictionaries(
    {},
    optional={
        "name_es": TEXT,
        "name_en": TEXT,
        "status": st.sampled_from(["member", "observer"]),
        "timezones": st.one_of(st.none(), st.lists(st.sampled_from(["America/Mexico_City", "UTC"]), max_size=2)),
    },
)
body_fields = st.fixed_dictionaries(
    {},
    optional={
        "position": st.integers(0, 3),
        "config": st.dictionaries(st.sampled_from("xyz"), st.integers(), max_size=2),
    },
)
meeting_fields = st.fixed_dictionaries(
    {},
    optional={
        "body_id": st.sampled_from(BODY_IDS),
        "title": TEXT,
        "city": st.one_of(st.none(), TEXT),
        "start": DATETIMES,
        "end": DATETIMES,
        "timezone": st.just("UTC"),
        "status": st.sampled_from(["planned", "held"]),
        "host_country_id": st.one_of(st.none(), st.sampled_from(COUNTRY_IDS)),
    },
)
item_fields = st.fixed_dictionaries(
    {},
    optional={
        "agenda_id": st.just(AGENDA_ID),
        "title_es": TEXT,
        "position": st.integers(0, 5),
        "documents": st.lists(st.sampled_from(["d1", "d2"]), max_size=2),
        "presenter": st.one_of(st.none(), TEXT),
    },
)
role_fields = st.fixed_dictionaries(
    {"person_id": st.just("p1"), "role": st.just("focal_point")},
    optional={"since": st.one_of(st.none(), st.sampled_from(["2026-01-05", "2025-12-31"]))},
)

put_ops = st.one_of(
    st.tuples(st.just("countries"), st.sampled_from(COUNTRY_IDS), country_fields),
    st.tuples(st.just("bodies"), st.sampled_from(BODY_IDS), body_fields),
    st.tuples(st.just("meetings"), st.sampled_from(MEETING_IDS), meeting_fields),
    st.tuples(st.just("agenda_items"), st.sampled_from(ITEM_IDS), item_fields),
    st.tuples(st.just("role_assignments"), st.sampled_from(["r1", "r2"]), role_fields),
)
del_ops = st.tuples(st.sampled_from(["countries", "bodies", "meetings", "agenda_items"]), st.integers(0, 2))

changesets = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c"]),  # device
        st.integers(-30, 40),  # clock advance (negative: a concurrent change with an older clock arrives later)
        st.lists(st.sampled_from(["a", "b", "c"]), max_size=2, unique=True),  # devices whose changes it had seen
        st.lists(put_ops, max_size=5),
        st.lists(del_ops, max_size=2),
    ),
    min_size=1,
    max_size=14,
)

# The rows every scenario starts from: a person and an agenda for the rows that point at them.
SETUP: list[dict[str, Any]] = [
    {"op": "put", "e": "countries", "id": "ZZ", "f": {"name_es": "Z", "name_en": "Z", "status": "member"}},
    {"op": "put", "e": "bodies", "id": "b0", "f": {"config": {}}},
    {"op": "put", "e": "people", "id": "p1", "f": {"name": "Ana", "category": "member_country"}},
    {
        "op": "put",
        "e": "meetings",
        "id": "m0",
        "f": {"body_id": "b0", "title": "M", "start": "2026-01-01T09:00:00", "end": "2026-01-01T18:00:00"}
        | {"timezone": "UTC"},
    },
    {"op": "put", "e": "agendas", "id": AGENDA_ID, "f": {"meeting_id": "m0"}},
]
DELETABLE = {"countries": COUNTRY_IDS, "bodies": BODY_IDS, "meetings": MEETING_IDS, "agenda_items": ITEM_IDS}


def _database(path: Path) -> Engine:
    load_models()
    engine = make_engine(path)
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        search.create(conn)
    install_guard(engine)
    return engine


def _apply(engine: Engine, applier: Applier, ops: Sequence[Mapping[str, Any]], stamp: Stamp) -> bool:
    try:
        with engine.begin() as conn:
            applier(conn, ops, stamp)
    except Exception:  # a constraint refused the changeset: the transaction rolled back
        return False
    return True


def _contents(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    tables = [t.name for t in Base.metadata.sorted_tables if not t.info.get("local")]
    db = sqlite3.connect(path)
    try:
        out = {name: db.execute(f'SELECT * FROM "{name}" ORDER BY id').fetchall() for name in tables}
        out["row_clocks"] = db.execute("SELECT * FROM row_clocks ORDER BY entity, row_id").fetchall()
        out["conflicts"] = db.execute("SELECT * FROM conflicts ORDER BY id").fetchall()
        out["search_index"] = db.execute("SELECT * FROM search_index ORDER BY entity, row_id, body").fetchall()
    finally:
        db.close()
    return out


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("equivalence")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=changesets)
def test_plain_sql_applier_stores_what_the_core_applier_stored(scratch: Path, script: list[Any]) -> None:
    paths = {name: scratch / f"{name}.sqlite3" for name in ("new", "reference")}
    for p in paths.values():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{p}{suffix}").unlink(missing_ok=True)
    engines = {name: _database(p) for name, p in paths.items()}
    appliers: dict[str, Applier] = {"new": apply_ops, "reference": reference_apply.apply_ops}
    try:
        setup = Stamp("0000000000001-000000-s", "s", 1)
        for name in engines:
            assert _apply(engines[name], appliers[name], SETUP, setup)
        clock = 1000
        seqs: dict[str, int] = {}
        for device, advance, seen, puts, dels in script:
            clock = max(1, clock + advance)
            seqs[device] = seqs.get(device, 0) + 1
            deps = {d: seqs[d] for d in seen if d in seqs and d != device}
            stamp = Stamp(f"{clock:013d}-000000-{device}", device, seqs[device], deps)
            ops: list[dict[str, Any]] = [{"op": "put", "e": e, "id": rid, "f": f} for e, rid, f in puts]
            wanted = dict.fromkeys((e, DELETABLE[e][i % len(DELETABLE[e])]) for e, i in dels)
            ops += [{"op": "del", "e": e, "id": rid} for e, rid in wanted]
            if not ops:
                continue
            results = {name: _apply(engines[name], appliers[name], ops, stamp) for name in engines}
            assert results["new"] == results["reference"], (ops, results)
    finally:
        for engine in engines.values():
            engine.dispose()
    assert _contents(paths["new"]) == _contents(paths["reference"])


def test_log_rows_are_stored_as_a_core_insert_stores_them(tmp_path: Path) -> None:
    from datetime import datetime

    from sqlalchemy import insert

    from crm_desktop.store import changelog
    from crm_desktop.store.schema import Changeset

    row = {
        "id": "c" * 32,
        "device_id": "dev",
        "seq": 3,
        "hlc": "0000000001000-000000-dev",
        "audience": "members",
        "author": None,
        "deps": {"other": 2},
        "ops": [{"op": "put", "e": "people", "id": "p", "f": {"name": "Núñez 🙂", "languages": ["es"], "since": None}}],
        "signature": b"\x00\xff",
        "recorded_at": datetime(2026, 3, 1, 9, 30, 15, 123456),
    }
    stored = {}
    for name in ("plain", "core"):
        path = tmp_path / f"{name}.sqlite3"
        engine = _database(path)
        with engine.begin() as conn:
            if name == "plain":
                changelog.append(conn, [row])
            else:
                conn.execute(insert(Changeset), [row])
        engine.dispose()
        db = sqlite3.connect(path)
        stored[name] = db.execute("SELECT * FROM changesets").fetchall()
        db.close()
    assert stored["plain"] == stored["core"]
