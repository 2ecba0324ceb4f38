"""Plain SQL and value conversions of one synced table, for the applier's hot path.

Building a SQLAlchemy statement costs far more than SQLite takes to run it, and the applier runs
several statements per changeset (thousands per imported bundle). So it speaks plain SQL on the
connection's own DBAPI cursor, and converts values with the very processors SQLAlchemy would use
for the same columns (JSON serialiser, SQLite date and datetime formats, booleans): a row written
here is stored byte for byte as a Core ``INSERT`` would store it, and reads back the same.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Connection, Date, DateTime, Table
from sqlalchemy.engine import Dialect

# SQLite's historical limit of host parameters in one statement is 999.
CHUNK = 400

Convert = Callable[[Any], Any]


def quote(name: str) -> str:
    """A quoted identifier: some columns are SQL keywords ("end", "date", "update")."""
    return '"' + name.replace('"', '""') + '"'


def _from_json_date(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _from_json_datetime(value: Any) -> Any:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _default_factory(default: Any) -> Callable[[], Any]:
    if getattr(default, "is_scalar", False):
        value = default.arg
        return lambda: value
    if getattr(default, "is_callable", False):
        # SQLAlchemy wraps a callable taking no argument as one taking the execution context.
        fn = default.arg
        return lambda: fn(None)
    raise TypeError(f"unsupported column default {default!r}")


_JSON_PROBE = {"a": [1, 2.5, "é\u2028", None, True], "b": {"c": ""}}
_PLAIN_JSON = frozenset({dict, list, str, int, float, bool})


def _json_fast(bind: Convert) -> Convert:
    """SQLAlchemy's JSON bind processor, short-cut to ``json.dumps`` for plain values when it gives the
    very same text (it does with the default serialiser): the processor's checks for its NULL
    sentinels cost more than the encoding of a small value. Other values go through it unchanged."""
    if bind(_JSON_PROBE) != json.dumps(_JSON_PROBE):
        return bind
    dumps = json.dumps
    empty: dict[type, str] = {list: "[]", dict: "{}"}  # most JSON values of an import: an item's documents

    def fast(v: Any) -> Any:
        kind = type(v)
        if kind in _PLAIN_JSON:
            return empty[kind] if not v and kind in empty else dumps(v)
        return bind(v)

    return fast


def _chain(first: Convert, then: Convert | None) -> Convert:
    if then is None:
        return first
    return lambda v: None if v is None else then(first(v))


@dataclass
class TableCodec:
    """One table's column conversions and statements (built once per table and dialect)."""

    table: Table
    names: tuple[str, ...]
    columns: frozenset[str]
    # JSON value of an operation → the stored value, only for the columns that need a conversion.
    to_db: dict[str, Convert]
    # JSON value → the Python value a row mapping holds (dates, datetimes), for the search index.
    to_python: dict[str, Convert]
    # Stored value → Python value, aligned with ``names`` (None: stored as is).
    from_db: tuple[Convert | None, ...]
    # For a column some rows of a multi-row insert name and others do not: a scalar default, else None.
    absent: dict[str, Any]
    # Python-side defaults, applied (as SQLAlchemy does) to the columns an insert does not name at all.
    defaults: dict[str, Callable[[], Any]]
    _inserts: dict[tuple[str, ...], str] = field(default_factory=dict)

    @classmethod
    def build(cls, table: Table, dialect: Dialect) -> TableCodec:
        to_db: dict[str, Convert] = {}
        to_python: dict[str, Convert] = {}
        from_db: list[Convert | None] = []
        absent: dict[str, Any] = {}
        defaults: dict[str, Callable[[], Any]] = {}
        for col in table.columns:
            impl = col.type.dialect_impl(dialect)
            bind = impl.bind_processor(dialect)
            parse: Convert | None = None
            if isinstance(col.type, DateTime):
                parse = _from_json_datetime
            elif isinstance(col.type, Date):
                parse = _from_json_date
            if parse is not None:
                to_python[col.name] = parse
                to_db[col.name] = _chain(parse, bind)
            elif bind is not None:
                to_db[col.name] = _json_fast(bind) if isinstance(col.type, JSON) else bind
            from_db.append(impl.result_processor(dialect, None))
            default = getattr(col.default, "arg", None)
            absent[col.name] = None if callable(default) else default
            if col.default is not None:
                defaults[col.name] = _default_factory(col.default)
        names = tuple(c.name for c in table.columns)
        return cls(table, names, frozenset(names), to_db, to_python, tuple(from_db), absent, defaults)

    def stored(self, name: str, value: Any) -> Any:
        conv = self.to_db.get(name)
        return value if conv is None else conv(value)

    def python(self, fields: Mapping[str, Any]) -> Mapping[str, Any]:
        """The Python values of ``fields`` (a copy when a value is converted; read it, do not change it)."""
        if not self.to_python:
            return fields
        out = dict(fields)
        for name, conv in self.to_python.items():
            if name in out and out[name] is not None:
                out[name] = conv(out[name])
        return out

    def insert_sql(self, keys: tuple[str, ...]) -> str:
        sql = self._inserts.get(keys)
        if sql is None:
            cols = ", ".join(quote(k) for k in keys)
            marks = ", ".join("?" * len(keys))
            sql = self._inserts[keys] = f"INSERT INTO {quote(self.table.name)} ({cols}) VALUES ({marks})"
        return sql

    def update_sql(self, keys: Sequence[str]) -> str:
        sets = ", ".join(f"{quote(k)} = ?" for k in keys)
        return f"UPDATE {quote(self.table.name)} SET {sets} WHERE id = ?"

    def select_rows(self, cursor: Any, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The current rows of ``ids`` as Python values, keyed by id."""
        return {row["id"]: row for chunk in chunks(ids) for row in self.select_where(cursor, "id", chunk)}

    def select_where(
        self, cursor: Any, column: str, values: Sequence[Any], *, or_null: bool = False
    ) -> list[dict[str, Any]]:
        """The current rows whose ``column`` is one of ``values`` (at most one chunk), or NULL with
        ``or_null``, as Python values, in one statement (read whole: the cursor may serve nested reads)."""
        where = [f"{quote(column)} IN ({', '.join('?' * len(values))})"] if values else []
        if or_null:
            where.append(f"{quote(column)} IS NULL")
        cols = ", ".join(quote(n) for n in self.names)
        sql = f"SELECT {cols} FROM {quote(self.table.name)} WHERE {' OR '.join(where) or '0'}"
        return [
            {n: (v if p is None or v is None else p(v)) for n, v, p in zip(self.names, raw, self.from_db, strict=True)}
            for raw in cursor.execute(sql, tuple(values)).fetchall()
        ]


_CODECS: dict[tuple[int, int], TableCodec] = {}


def codec(conn: Connection, table: Table) -> TableCodec:
    key = (id(table), id(conn.dialect))
    found = _CODECS.get(key)
    if found is None or found.table is not table:
        found = _CODECS[key] = TableCodec.build(table, conn.dialect)
    return found


def chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]
