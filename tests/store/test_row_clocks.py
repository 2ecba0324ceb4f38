"""Field clocks stored once per row for the fields that share them: lossless, and one form per mapping."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.store.apply import Stamp, apply_ops, install_guard
from crm_desktop.store.db import _alembic_config, make_engine, migrate
from crm_desktop.store.row_clocks import SHARED, pack, pack_shared, unpack

CLOCKS = st.sampled_from(
    [
        ["0000000001000-000000-a", "a", 1],
        ["0000000002000-000000-b", "b", 1],
        ["0000000002000-000001-b", "b", 2],
    ]
)
FIELD_CLOCKS = st.dictionaries(st.sampled_from(["name", "title", "city", "start", "end", "status"]), CLOCKS)


@given(FIELD_CLOCKS)
def test_unpack_gives_back_what_was_packed_in_its_order(clocks: dict[str, Any]) -> None:
    packed = pack(clocks)
    assert list(unpack(packed).items()) == list(clocks.items())
    assert unpack(clocks) == clocks  # the per-field form reads as it is


@given(FIELD_CLOCKS)
def test_equal_clocks_are_stored_alike_whatever_their_order(clocks: dict[str, Any]) -> None:
    reversed_order = dict(reversed(list(clocks.items())))
    assert pack(clocks).get(SHARED) == pack(reversed_order).get(SHARED)
    assert dict(sorted(pack(clocks).items())) == dict(sorted(pack(reversed_order).items()))


@given(st.lists(st.sampled_from(["name", "title", "city"]), unique=True), CLOCKS)
def test_a_row_written_whole_is_packed_as_pack_would(fields: list[str], clock: list[Any]) -> None:
    assert pack_shared(fields, clock) == pack({f: clock for f in fields})


def test_one_clock_per_row_while_its_fields_share_it() -> None:
    c, d = ["0000000001000-000000-a", "a", 1], ["0000000002000-000000-b", "b", 1]
    assert pack({"a": c, "b": c, "c": d}) == {SHARED: c, "a": 0, "b": 0, "c": d}
    assert pack({"a": c, "b": d}) == {"a": c, "b": d}  # nothing shared: as it is
    assert pack({"a": c}) == {"a": c}
    assert pack({}) == {} and unpack(None) == {}


def _clocks(path: Path) -> list[tuple[str, str, str]]:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT entity, row_id, fields FROM row_clocks ORDER BY entity, row_id").fetchall()
    finally:
        db.close()


def test_migration_packs_and_unpacks_every_row_losslessly(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "w.sqlite3"
    engine = make_engine(path)
    assert migrate(engine, path) == "created"
    install_guard(engine)
    first, later = Stamp("0000000001000-000000-a", "a", 1), Stamp("0000000002000-000000-b", "b", 1, {"a": 1})
    person = {"name": "Ana", "category": "member_country", "title": "Directora"}
    with engine.begin() as conn:
        apply_ops(conn, [{"op": "put", "e": "people", "id": "p1", "f": person}], first)
        apply_ops(conn, [{"op": "put", "e": "people", "id": "p2", "f": {"name": "Luis", "category": "guest"}}], first)
    with engine.begin() as conn:
        apply_ops(conn, [{"op": "put", "e": "people", "id": "p1", "f": {"title": "Ministra"}}], later)
        apply_ops(conn, [{"op": "del", "e": "people", "id": "p2"}], later)
    packed = _clocks(path)
    assert '"@"' in dict(((e, r), f) for e, r, f in packed)[("people", "p1")]

    cfg = _alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010_bilingual")
    expanded = _clocks(path)
    assert all('"@"' not in f for _e, _r, f in expanded)
    assert [json.loads(f) for *_k, f in expanded] == [unpack(json.loads(f)) for *_k, f in packed]
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert _clocks(path) == packed  # byte for byte what the applier stored
    engine.dispose()
