"""Full-text search over people, meetings, agenda items and document text (SQLite FTS5).

Accent-insensitive: ``unicode61 remove_diacritics 2`` folds "Reunión" and "reunion" together.
The index is maintained by the change applier, so it can never drift from the data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from crm_desktop.domain.bilingual import presenter_name, reference_delegations

# entity (table) -> function building the indexed text from a row mapping
INDEXED: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "people": lambda r: " ".join(
        filter(
            None,
            [
                r.get("name"),
                r.get("title"),
                r.get("institution"),
                r.get("title_en"),
                r.get("institution_en"),
                r.get("email"),
                r.get("country_id"),
                r.get("organisation_id"),
            ],
        )
    ),
    "meetings": lambda r: " ".join(
        filter(
            None,
            [
                r.get("title"),
                r.get("title_en"),
                r.get("ordinal"),
                r.get("city"),
                r.get("venue"),
                r.get("host_country_id"),
            ],
        )
    ),
    "agenda_items": lambda r: " ".join(filter(None, [r.get("title_es"), r.get("title_en"), _presenter(r)])),
    "decisions": lambda r: str(r.get("text") or ""),
}


def _presenter(row: Mapping[str, Any]) -> str:
    """An item's presenter by its names in both languages (it is stored as a role or delegation code)."""
    value = row.get("presenter")
    if not value:
        return ""  # what the names of no presenter give, without looking for them
    return " ".join(dict.fromkeys(presenter_name(value, reference_delegations(), lang) for lang in ("es", "en")))


def register(entity: str, builder: Callable[[Mapping[str, Any]], str]) -> None:
    """Let another subsystem (drafting) index its own rows."""
    INDEXED[entity] = builder


def create(conn: Connection) -> None:
    conn.execute(
        text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5("
            "entity UNINDEXED, row_id, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
    )


def _row_match(row_id: str) -> str:
    # row_id is an indexed column so a deletion is an index lookup, not a scan of the whole index.
    return 'row_id : "' + row_id.replace('"', '""') + '"'


def reindex(conn: Connection, entity: str, row_id: str, row: Mapping[str, Any] | None) -> None:
    reindex_many(conn, entity, [(row_id, row)])


def reindex_many(
    conn: Connection, entity: str, rows: list[tuple[str, Mapping[str, Any] | None]], *, new: bool = False
) -> None:
    """Replace the indexed text of ``rows`` (``None`` removes a row). ``new``: rows never indexed before.

    Run by the applier for every changeset, so it uses plain SQL on the connection's cursor.
    """
    builder = INDEXED.get(entity)
    if builder is None or not rows:
        return
    cursor = conn.connection.cursor()
    if not new:
        cursor.executemany(_DELETE, [(_row_match(rid), entity) for rid, _ in rows])
    inserts = [(entity, rid, builder(row)) for rid, row in rows if row is not None]
    if inserts:
        cursor.executemany(_INSERT, inserts)


_DELETE = "DELETE FROM search_index WHERE search_index MATCH ? AND entity = ?"
_INSERT = "INSERT INTO search_index (entity, row_id, body) VALUES (?, ?, ?)"


@dataclass(frozen=True, slots=True)
class Hit:
    entity: str
    row_id: str
    snippet: str


_TOKEN = re.compile(r"\w+", re.UNICODE)


def to_query(user_text: str) -> str:
    """Turn what a user typed into a safe FTS5 prefix query ("reun gua" → "reun"* "gua"*)."""
    tokens = _TOKEN.findall(user_text)
    return "body : (" + " ".join(f'"{t}"*' for t in tokens) + ")" if tokens else ""


def search(conn: Connection, user_text: str, *, limit: int = 50, entity: str | None = None) -> list[Hit]:
    query = to_query(user_text)
    if not query:
        return []
    sql = (
        "SELECT entity, row_id, snippet(search_index, 2, '[', ']', '…', 12) FROM search_index "
        "WHERE search_index MATCH :q"
    )
    params: dict[str, Any] = {"q": query, "n": limit}
    if entity:
        sql += " AND entity = :e"
        params["e"] = entity
    sql += " ORDER BY rank LIMIT :n"
    return [Hit(e, r, s) for e, r, s in conn.execute(text(sql), params)]
