"""The only code that writes synced rows: it applies changeset operations.

Local edits and imported bundles go through the same function, so replaying the op log into an
empty database reproduces the state exactly. Fields merge last-writer-wins by hybrid logical
clock; when the losing value was written concurrently (the incoming change had not seen it), it is
kept in ``conflicts`` for a user to resolve. Deletions win over concurrent edits (a tombstone stays
in ``row_clocks``), so replicas converge whatever the order.

A guard on the engine refuses any INSERT/UPDATE/DELETE on a synced table issued outside this
module: a write without a changeset is a bug, and it fails loudly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Engine, Table, event, insert
from sqlalchemy.sql.dml import UpdateBase

from crm_desktop.domain.hlc import bound_prefix, older
from crm_desktop.store import search
from crm_desktop.store.row_clocks import pack, pack_shared, unpack
from crm_desktop.store.schema import Base, Conflict, RowClock
from crm_desktop.store.table_codec import TableCodec, chunks, codec, quote


class UnloggedWriteError(RuntimeError):
    """A synced table was written without going through a changeset."""


@dataclass(frozen=True, slots=True)
class Stamp:
    """Who wrote a change and what they had seen: hlc, device, per-device sequence, dependencies."""

    hlc: str
    device: str
    seq: int
    deps: Mapping[str, int] = field(default_factory=dict)

    def saw(self, device: str, seq: int) -> bool:
        return device == self.device or self.deps.get(device, 0) >= seq


OpHandler = Callable[[Connection, Mapping[str, Any], Stamp], None]
_EXTRA_HANDLERS: dict[str, OpHandler] = {}


def register_op(name: str, handler: OpHandler) -> None:
    """Let another subsystem (drafting: CRDT text updates) define its own operation kind."""
    _EXTRA_HANDLERS[name] = handler


def _tables() -> dict[str, Table]:
    return {n: t for n, t in Base.metadata.tables.items() if not t.info.get("local")}


# --- value conversion ---------------------------------------------------------------------------


# Types stored as they are (checked by exact type first: this runs for every field of every change).
_AS_IS = frozenset({str, int, float, bool, type(None), list, dict})


def to_json_value(value: Any) -> Any:
    if type(value) in _AS_IS:
        return value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def row_as_json(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: to_json_value(v) for k, v in row.items()}


# --- guard --------------------------------------------------------------------------------------


def install_guard(engine: Engine) -> None:
    synced = set(_tables())

    @event.listens_for(engine, "before_execute")
    def _guard(conn: Connection, clause: Any, *_args: Any) -> None:
        if isinstance(clause, UpdateBase) and not conn.info.get("applying"):
            table = getattr(clause, "table", None)
            if table is not None and getattr(table, "name", None) in synced:
                raise UnloggedWriteError(f"write to {table.name} outside a changeset")


# --- applying -----------------------------------------------------------------------------------


_CACHE: dict[int, tuple[dict[str, int], dict[str, Table]]] = {}


def _catalogue() -> tuple[dict[str, int], dict[str, Table]]:
    """Synced tables by name and their foreign-key order (cached; rebuilt if a subsystem added tables)."""
    key = len(Base.metadata.tables)
    if key not in _CACHE:
        order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
        _CACHE[key] = (order, _tables())
    return _CACHE[key]


def apply_ops(conn: Connection, ops: Sequence[Mapping[str, Any]], stamp: Stamp) -> None:
    """Apply one changeset's operations on ``conn`` (inside the caller's transaction).

    Puts are applied first, grouped per table in foreign-key order (so a changeset may list a person's
    roles before or after the person), then the other operation kinds in their order, then deletions
    in reverse foreign-key order. Because a deletion wins over any put of the same row, this gives the
    same result as applying the operations one by one, with a few statements per table instead of per row.
    """
    order, tables = _catalogue()
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
        if name not in tables:
            raise ValueError(f"unknown entity {name!r}")
    conn.info["applying"] = True
    try:
        w = _Writer(conn, stamp)
        for entity in sorted(puts, key=order.__getitem__):
            w.puts(tables[entity], puts[entity])
        for op in others:
            _EXTRA_HANDLERS[op["op"]](conn, op, stamp)
        for entity in sorted(dels, key=order.__getitem__, reverse=True):
            w.dels(tables[entity], dels[entity])
    finally:
        conn.info["applying"] = False


_CLOCKS_SQL = "SELECT row_id, fields, deleted FROM row_clocks WHERE entity = ? AND row_id IN "
_NEW_CLOCK_SQL = "INSERT INTO row_clocks (entity, row_id, fields, deleted) VALUES (?, ?, ?, ?)"
_SET_FIELDS_SQL = "UPDATE row_clocks SET fields = ? WHERE entity = ? AND row_id = ?"
_SET_DELETED_SQL = "UPDATE row_clocks SET deleted = ? WHERE entity = ? AND row_id = ?"


class _Writer:
    """One changeset's writes, in plain SQL on the connection's cursor (see :mod:`table_codec`)."""

    def __init__(self, conn: Connection, stamp: Stamp) -> None:
        self.conn = conn
        self.stamp = stamp
        self.cursor = conn.connection.cursor()
        clock_codec = codec(conn, RowClock.__table__)  # type: ignore[arg-type]
        self.encode_clock = clock_codec.to_db.get("fields", _identity)
        self.decode_clock = clock_codec.from_db[clock_codec.names.index("fields")] or _identity
        self.mine = [stamp.hlc, stamp.device, stamp.seq]
        self.bound = bound_prefix()  # a stored clock beyond it (a poisoned one) loses to any clock within it
        # Every row created by this changeset has the same clock per field: encode each layout once.
        self._new_clocks: dict[tuple[str, ...], Any] = {}

    def clocks(self, entity: str, ids: Sequence[str]) -> dict[str, tuple[dict[str, Any], str | None]]:
        out: dict[str, tuple[dict[str, Any], str | None]] = {}
        for chunk in chunks(ids):
            sql = _CLOCKS_SQL + "(" + ", ".join("?" * len(chunk)) + ")"
            for rid, fields, deleted in self.cursor.execute(sql, (entity, *chunk)):
                out[rid] = (unpack(self.decode_clock(fields)), deleted)
        return out

    def new_clock(self, keys: tuple[str, ...]) -> Any:
        encoded = self._new_clocks.get(keys)
        if encoded is None:
            encoded = self._new_clocks[keys] = self.encode_clock(pack_shared(keys, self.mine))
        return encoded

    def puts(self, table: Table, ops: list[Mapping[str, Any]]) -> None:
        entity = str(table.name)  # a plain str: SQLite adapts a str subclass (quoted_name) at every row
        tc = codec(self.conn, table)
        stamp = self.stamp
        # Merge repeated puts of one row inside the changeset (later fields win) to keep one write per row.
        merged: dict[str, dict[str, Any]] = {}
        for op in ops:
            merged.setdefault(op["id"], {}).update(op["f"])
        for fields in merged.values():
            if not tc.columns.issuperset(fields):
                raise ValueError(f"{entity}: unknown fields {sorted(set(fields) - tc.columns)}")
        ids = list(merged)
        clocks = self.clocks(entity, ids)
        existing = tc.select_rows(self.cursor, [i for i in ids if i in clocks]) if clocks else {}
        indexing = entity in search.INDEXED

        inserts: list[tuple[str, dict[str, Any]]] = []
        clock_updates: list[tuple[Any, str, str]] = []
        updated: list[tuple[str, Mapping[str, Any] | None]] = []
        for rid, fields in merged.items():
            if rid not in clocks:
                inserts.append((rid, fields))
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
                if (
                    current is None
                    or older(stamp.hlc, current[0], self.bound)
                    or (current[1], current[2]) == (stamp.device, stamp.seq)
                ):
                    if (
                        current is not None
                        and name in row
                        and not stamp.saw(current[1], current[2])
                        and to_json_value(row[name]) != value
                    ):
                        _record_conflict(
                            self.conn,
                            entity,
                            rid,
                            name,
                            kept=(value, stamp.hlc),
                            lost=(to_json_value(row[name]), current[0]),
                        )
                    changes[name] = value
                    field_clocks[name] = self.mine
                elif stamp.hlc != current[0] and to_json_value(row.get(name)) != value:
                    # Changesets arrive in causal order, so the newer value's author had not seen this one:
                    # the two writes are concurrent and the older value is kept as a conflict.
                    _record_conflict(
                        self.conn,
                        entity,
                        rid,
                        name,
                        kept=(to_json_value(row.get(name)), current[0]),
                        lost=(value, stamp.hlc),
                    )
            if changes:
                if row:
                    keys = list(changes)
                    self.cursor.execute(tc.update_sql(keys), (*(tc.stored(k, changes[k]) for k in keys), rid))
                    row.update(tc.python(changes))
                else:
                    # Rare enough to leave to SQLAlchemy, which also fills the columns' Python defaults.
                    row = dict(tc.python(changes))
                    self.conn.execute(table.insert().values(id=rid, **row))
                clock_updates.append((self.encode_clock(pack(field_clocks)), entity, rid))
                updated.append((rid, row))
        if clock_updates:
            self.cursor.executemany(_SET_FIELDS_SQL, clock_updates)
        if inserts:
            self._insert(tc, inserts)
        search.reindex_many(self.conn, entity, updated, new=False)
        if indexing and inserts:
            search.reindex_many(self.conn, entity, [(rid, tc.python(f)) for rid, f in inserts], new=True)

    def _insert(self, tc: TableCodec, rows: list[tuple[str, dict[str, Any]]]) -> None:
        """New rows in one statement, with the values a Core multi-row insert would store.

        A column some rows name and others do not gets its scalar default (else NULL) in the others;
        a column no row names gets its Python-side default in every row.
        """
        named: dict[str, Any] = {"id": None}
        for _rid, fields in rows:
            named.update(fields)  # the keys only: every column some row names, in first-named order
        defaulted = [(k, f, tc.to_db.get(k)) for k, f in tc.defaults.items() if k not in named]
        keys = (*named, *(k for k, _f, _c in defaulted))
        names = tuple(named)[1:]
        absent = {k: tc.stored(k, tc.absent[k]) for k in names}
        convert = [(k, tc.to_db.get(k)) for k in names]
        # A row naming every column (most rows: a changeset writes its rows alike) is read in one call.
        whole = itemgetter(*names) if len(names) > 1 else None
        convert_at = [(i, conv) for i, (_k, conv) in enumerate(convert, 1) if conv is not None]
        values = []
        for rid, fields in rows:
            if whole is not None and len(fields) == len(names):
                record = [rid, *whole(fields)]
                for i, to_db in convert_at:
                    record[i] = to_db(record[i])
            else:
                record = [rid]
                for k, conv in convert:
                    if k in fields:
                        v = fields[k]
                        record.append(v if conv is None else conv(v))
                    else:
                        record.append(absent[k])
            for _k, make, stored in defaulted:
                v = make()
                record.append(v if stored is None else stored(v))
            values.append(record)
        self.cursor.executemany(tc.insert_sql(keys), values)
        entity = str(tc.table.name)
        self.cursor.executemany(
            _NEW_CLOCK_SQL, [(entity, rid, self.new_clock(tuple(fields)), None) for rid, fields in rows]
        )

    def dels(self, table: Table, ops: list[Mapping[str, Any]]) -> None:
        entity = str(table.name)
        ids = list(dict.fromkeys(op["id"] for op in ops))
        clocks = self.clocks(entity, ids)
        self.cursor.executemany(f"DELETE FROM {quote(entity)} WHERE id = ?", [(rid,) for rid in ids])
        tombstones = [(self.stamp.hlc, entity, rid) for rid in ids if rid in clocks and self._later(clocks[rid][1])]
        if tombstones:
            self.cursor.executemany(_SET_DELETED_SQL, tombstones)
        fresh = [(entity, rid, self.encode_clock({}), self.stamp.hlc) for rid in ids if rid not in clocks]
        if fresh:
            self.cursor.executemany(_NEW_CLOCK_SQL, fresh)
        search.reindex_many(self.conn, entity, [(rid, None) for rid in ids])

    def _later(self, deleted: str | None) -> bool:
        """Whether this changeset's deletion stamp replaces the row's current one (the latest is kept)."""
        return deleted is None or self.stamp.hlc > deleted


# SQLite's page cache while a bulk of changesets is applied in one transaction, in KiB (negative: a
# size, not a page count). The default 2 MiB is spilled again and again by a large bundle's
# random-key index inserts (a welcome writes tens of MiB in one transaction).
BULK_CACHE_KIB = -65536


@contextmanager
def bulk_page_cache(conn: Connection) -> Iterator[None]:
    """SQLite's page cache at ``BULK_CACHE_KIB`` on ``conn`` for the block, then as it was."""
    cursor = conn.connection.cursor()
    (before,) = cursor.execute("PRAGMA cache_size").fetchone()
    cursor.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
    try:
        yield
    finally:
        cursor.execute(f"PRAGMA cache_size = {int(before)}")


def _identity(value: Any) -> Any:
    return value


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
