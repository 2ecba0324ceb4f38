"""What a backup must be before it replaces a workspace: exactly the product's schema, of this workspace.

A backup is a whole SQLite database, so it can carry more than data: a trigger that rewrites
every change, a view in place of a table, an index or a CHECK that makes imports fail, a table
dropped. The schema of a backup is therefore compared, structure by structure, with the schema
this program's own migrations build for the backup's revision (:func:`schema_problem`): the same
tables with the same columns, keys, foreign keys and indexes, and no trigger or view at all.
Comparing structures rather than SQL text lets a workspace created at one version and upgraded by
migrations match one created afresh.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

Schema = dict[str, Any]

# Clauses that change what a table accepts without showing in SQLite's table pragmas.
_CLAUSES = re.compile(r"\b(CHECK|COLLATE|GENERATED|AUTOINCREMENT|WITHOUT\s+ROWID|STRICT)\b", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table(conn: sqlite3.Connection, name: str, sql: str) -> dict[str, Any]:
    q = _quoted(name)
    columns = sorted(
        (str(r[1]), str(r[2]).upper(), int(r[3]), r[4], int(r[5]), int(r[6]))
        for r in conn.execute(f"PRAGMA table_xinfo({q})")
    )
    fks = sorted(tuple(str(v) for v in r[2:]) for r in conn.execute(f"PRAGMA foreign_key_list({q})"))
    indexes = []
    for _seq, index, unique, origin, partial in conn.execute(f"PRAGMA index_list({q})").fetchall():
        keys = tuple(
            (r[2], int(r[3]), str(r[4]))
            for r in conn.execute(f"PRAGMA index_xinfo({_quoted(index)})")
            if r[5]  # key columns only (not the rowid every index carries)
        )
        # Indexes SQLite makes for a UNIQUE or PRIMARY KEY constraint are named by their order only.
        label = index if origin == "c" else ""
        indexes.append((label, int(unique), str(origin), int(partial), keys))
    clauses = sorted(Counter(_SPACES.sub(" ", c.upper()) for c in _CLAUSES.findall(sql or "")).items())
    return {"columns": columns, "foreign_keys": fks, "indexes": sorted(indexes), "clauses": clauses}


def schema_of(conn: sqlite3.Connection) -> Schema:
    """The structure of a database: its tables (with columns, keys, indexes), triggers and views."""
    tables: dict[str, Any] = {}
    virtual: dict[str, str] = {}
    others: dict[str, list[str]] = {"trigger": [], "view": []}
    for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall():
        if kind == "table" and name.startswith("sqlite_"):
            continue  # SQLite's own bookkeeping (sqlite_sequence, sqlite_stat1)
        if kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL TABLE"):
            virtual[name] = _SPACES.sub(" ", sql.replace("IF NOT EXISTS ", "")).strip()
        elif kind == "table":
            tables[name] = _table(conn, name, sql)
        elif kind in others:
            others[kind].append(name)
    return {"tables": tables, "virtual": virtual, "triggers": others["trigger"], "views": others["view"]}


@cache
def product_schema(revision: str) -> Schema:
    """The schema this program's migrations build for ``revision`` (built once per process)."""
    from alembic import command

    from crm_desktop.store.db import _alembic_config, make_engine

    with tempfile.TemporaryDirectory(prefix="crm-schema-") as tmp:
        path = Path(tmp) / "reference.sqlite3"
        engine = make_engine(path)
        try:
            with engine.begin() as conn:
                cfg = _alembic_config(str(engine.url))
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
        finally:
            engine.dispose()
        db = sqlite3.connect(path)
        try:
            return schema_of(db)
        finally:
            db.close()


def _names(items: list[str] | set[str]) -> str:
    shown = sorted(items)
    return ", ".join(shown[:5]) + (" …" if len(shown) > 5 else "")


def schema_problem(conn: sqlite3.Connection, revision: str) -> str | None:
    """How the database of ``conn`` differs from the product's schema at ``revision``; None if it does not.

    The answer names structures only (a table, a trigger), never data: it is shown to the user.
    """
    have, want = schema_of(conn), product_schema(revision)
    if have["triggers"]:
        return f"triggers: {_names(have['triggers'])}"
    if have["views"]:
        return f"views: {_names(have['views'])}"
    missing = set(want["tables"]) - set(have["tables"])
    if missing:
        return f"missing tables: {_names(missing)}"
    extra = set(have["tables"]) - set(want["tables"])
    if extra:
        return f"unknown tables: {_names(extra)}"
    for name in sorted(want["tables"]):
        for part in ("columns", "foreign_keys", "indexes", "clauses"):
            if have["tables"][name][part] != want["tables"][name][part]:
                return f"table {name}: {part.replace('_', ' ')}"
    if have["virtual"] != want["virtual"]:
        return f"virtual tables: {_names(set(have['virtual']) ^ set(want['virtual']) or set(want['virtual']))}"
    return None
