"""The change applier as it was before its plain-SQL rewrite, kept as the reference it must match.

Written with SQLAlchemy Core statements throughout (one statement builder per write), it is slow
but simple; ``test_apply_equivalence`` applies the same random changesets through both and
compares every stored byte.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Table, insert, select, text, update

from crm_desktop.store.apply import _EXTRA_HANDLERS, Stamp, _tables, to_json_value
from crm_desktop.store.row_clocks import pack, unpack
from crm_desktop.store.schema import Base, Conflict, RowClock
from crm_desktop.store.search import INDEXED, _row_match

CHUNK = 400


def _from_json(table: Table, name: str, value: Any) -> Any:
    if value is None:
        return None
    col = table.c[name]
    if isinstance(col.type, DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(col.type, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    return value


_ORDER_CACHE: dict[int, dict[str, int]] = {}


def _table_order() -> dict[str, int]:
    """Tables in foreign-key order (cached; recomputed if a subsystem added tables)."""
    key = len(Base.metadata.tables)
    if key not in _ORDER_CACHE:
        _ORDER_CACHE[key] = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    return _ORDER_CACHE[key]


def apply_ops(conn: Connection, ops: Sequence[Mapping[str, Any]], stamp: Stamp) -> None:
    """Apply one changeset's operations on ``conn`` (inside the caller's transaction).

    Puts are applied first, grouped per table in foreign-key order (so a changeset may list a person's
    roles before or after the person), then the other operation kinds in their order, then deletions
    in reverse foreign-key order. Because a deletion wins over any put of the same row, this gives the
    same result as applying the operations one by one, with one statement per table instead of per row.
    """
    order = _table_order()
    puts: dict[str, list[Mapping[str, Any]]] = {}
    dels: dict[str, list[Mapping[str, Any]]] = {}
    others: list[Mapping[str, Any]] = []
    for op in ops:
        kind = op["op"]
        if kind == "put":
            puts.setdefault(op["e"], []).append(op)
        elif kind == "del":
            dels.setdefault(op["e"], []).append(op)
        elif kind in _EXTRA_HANDLERS:
            others.append(op)
        else:
            raise ValueError(f"unknown operation {kind!r}")
    for name in (*puts, *dels):
        if name not in order or Base.metadata.tables[name].info.get("local"):
            raise ValueError(f"unknown entity {name!r}")
    conn.info["applying"] = True
    try:
        for entity in sorted(puts, key=order.__getitem__):
            _apply_puts(conn, entity, puts[entity], stamp)
        for op in others:
            _EXTRA_HANDLERS[op["op"]](conn, op, stamp)
        for entity in sorted(dels, key=order.__getitem__, reverse=True):
            _apply_dels(conn, entity, dels[entity], stamp)
    finally:
        conn.info["applying"] = False


def _load_clocks(conn: Connection, entity: str, ids: list[str]) -> dict[str, tuple[dict[str, Any], str | None]]:
    out: dict[str, tuple[dict[str, Any], str | None]] = {}
    rc = RowClock.__table__
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        q = select(rc.c.row_id, rc.c.fields, rc.c.deleted).where(rc.c.entity == entity, rc.c.row_id.in_(chunk))
        for rid, fields, deleted in conn.execute(q):
            out[rid] = (unpack(fields), deleted)  # the storage's compact form
    return out


def _load_rows(conn: Connection, table: Table, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        for row in conn.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            out[row["id"]] = dict(row)
    return out


def _apply_puts(conn: Connection, entity: str, ops: list[Mapping[str, Any]], stamp: Stamp) -> None:
    table = _tables()[entity]
    # Merge repeated puts of one row inside the changeset (later fields win) to keep one write per row.
    merged: dict[str, dict[str, Any]] = {}
    for op in ops:
        merged.setdefault(op["id"], {}).update(op["f"])
    ids = list(merged)
    clocks = _load_clocks(conn, entity, ids)
    existing = _load_rows(conn, table, [i for i in ids if i in clocks])
    mine = [stamp.hlc, stamp.device, stamp.seq]

    inserts: list[dict[str, Any]] = []
    new_clocks: list[dict[str, Any]] = []
    indexed: list[tuple[str, Mapping[str, Any] | None]] = []
    for rid, fields in merged.items():
        unknown = set(fields) - set(table.c.keys())
        if unknown:
            raise ValueError(f"{entity}: unknown fields {sorted(unknown)}")
        if rid not in clocks:
            values = {k: _from_json(table, k, v) for k, v in fields.items()}
            values["id"] = rid
            inserts.append(values)
            new_clocks.append(
                {"entity": entity, "row_id": rid, "fields": pack({k: mine for k in fields}), "deleted": None}
            )
            indexed.append((rid, values))
            continue
        field_clocks, deleted = clocks[rid]
        if deleted is not None:
            continue  # deletion wins: a late edit does not resurrect the row
        row = existing.get(rid)
        if row is None:  # clock without row: created earlier, values arrive now
            row = {}
        changes: dict[str, Any] = {}
        for name, value in fields.items():
            current = field_clocks.get(name)
            if current is None or stamp.hlc > current[0] or (current[1], current[2]) == (stamp.device, stamp.seq):
                if (
                    current is not None
                    and name in row
                    and not stamp.saw(current[1], current[2])
                    and to_json_value(row[name]) != value
                ):
                    _record_conflict(
                        conn, entity, rid, name, kept=(value, stamp.hlc), lost=(to_json_value(row[name]), current[0])
                    )
                changes[name] = _from_json(table, name, value)
                field_clocks[name] = mine
            elif stamp.hlc < current[0] and to_json_value(row.get(name)) != value:
                # Changesets arrive in causal order, so the newer value's author had not seen this one:
                # the two writes are concurrent and the older value is kept as a conflict.
                _record_conflict(
                    conn, entity, rid, name, kept=(to_json_value(row.get(name)), current[0]), lost=(value, stamp.hlc)
                )
        if changes:
            if row:
                conn.execute(table.update().where(table.c.id == rid).values(**changes))
            else:
                conn.execute(table.insert().values(id=rid, **changes))
            row.update(changes)
            conn.execute(
                update(RowClock)
                .where(RowClock.entity == entity, RowClock.row_id == rid)
                .values(fields=pack(field_clocks))
            )
            indexed.append((rid, row))
    new_ids = {r["id"] for r in inserts}
    if inserts:
        # executemany needs uniform keys: fill absent columns with their defaults
        keys = set().union(*(d.keys() for d in inserts))
        for group in _uniform(inserts, keys, table):
            conn.execute(table.insert(), group)
        conn.execute(insert(RowClock), new_clocks)
    _reindex_many(conn, entity, [r for r in indexed if r[0] not in new_ids], new=False)
    _reindex_many(conn, entity, [r for r in indexed if r[0] in new_ids], new=True)


def _uniform(rows: list[dict[str, Any]], keys: set[str], table: Table) -> Iterable[list[dict[str, Any]]]:
    full: list[dict[str, Any]] = []
    for r in rows:
        d = dict(r)
        for k in keys - d.keys():
            col = table.c[k]
            default = getattr(col.default, "arg", None)
            d[k] = None if callable(default) else default
        full.append(d)
    yield full


def _apply_dels(conn: Connection, entity: str, ops: list[Mapping[str, Any]], stamp: Stamp) -> None:
    table = _tables()[entity]
    ids = [op["id"] for op in ops]
    clocks = _load_clocks(conn, entity, ids)
    for rid in ids:
        conn.execute(table.delete().where(table.c.id == rid))
        if rid in clocks:
            deleted = clocks[rid][1]
            if deleted is None or stamp.hlc > deleted:
                conn.execute(
                    update(RowClock).where(RowClock.entity == entity, RowClock.row_id == rid).values(deleted=stamp.hlc)
                )
        else:
            conn.execute(insert(RowClock).values(entity=entity, row_id=rid, fields={}, deleted=stamp.hlc))
    _reindex_many(conn, entity, [(rid, None) for rid in ids])


def _record_conflict(
    conn: Connection, entity: str, rid: str, name: str, *, kept: tuple[Any, str], lost: tuple[Any, str]
) -> None:
    conn.execute(
        insert(Conflict).values(
            entity=entity,
            row_id=rid,
            field=name,
            kept_value=kept[0],
            kept_hlc=kept[1],
            lost_value=lost[0],
            lost_hlc=lost[1],
            resolved=False,
        )
    )


def _reindex_many(
    conn: Connection, entity: str, rows: list[tuple[str, Mapping[str, Any] | None]], *, new: bool = False
) -> None:
    builder = INDEXED.get(entity)
    if builder is None or not rows:
        return
    if not new:
        conn.execute(
            text("DELETE FROM search_index WHERE search_index MATCH :q AND entity = :e"),
            [{"q": _row_match(rid), "e": entity} for rid, _ in rows],
        )
    inserts = [{"e": entity, "r": rid, "b": builder(row)} for rid, row in rows if row is not None]
    if inserts:
        conn.execute(text("INSERT INTO search_index (entity, row_id, body) VALUES (:e, :r, :b)"), inserts)
