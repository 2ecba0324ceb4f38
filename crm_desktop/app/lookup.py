"""Finding rows by id or unambiguous id prefix (ids are long; people type the first characters).

One rule for every id a person types: an exact id, else a *literal* prefix of at least four
characters that designates exactly one row. The prefix is compared as text (``substr``), never as a
``LIKE`` pattern, so ``%`` or ``_`` in it match only themselves. Several rows: refused, naming them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from crm_desktop.app.errors import BadInput, NotFound
from crm_desktop.domain.messages import CATALOGUE, msg
from crm_desktop.store.schema import Base

T = TypeVar("T", bound=Base)

MIN_PREFIX = 4
_SHOWN = 5  # candidates named when a prefix is ambiguous


def _noun(what: str) -> object:
    noun = f"noun.{what}"
    return msg(noun) if noun in CATALOGUE else what


def ambiguous(key: str, what: str, candidates: Iterable[str]) -> BadInput:
    shown = sorted(candidates)[:_SHOWN]
    return BadInput(msg("error.ambiguous_ids", key=key, what=_noun(what), candidates=", ".join(shown)))


def match_prefix(key: str, ids: Iterable[str]) -> list[str]:
    """The ids ``key`` designates: itself if present, else those it literally begins (any number)."""
    pool = list(ids)
    if key in pool:
        return [key]
    return [i for i in pool if len(key) >= MIN_PREFIX and i.startswith(key)]


def resolve(key: str, ids: Iterable[str], what: str) -> str:
    """The one id among ``ids`` that ``key`` designates; :class:`BadInput` if ambiguous, else NotFound."""
    found = match_prefix(key, ids)
    if len(found) > 1:
        raise ambiguous(key, what, found)
    if not found:
        raise NotFound(what, key)
    return found[0]


def get(session: Session, model: type[T], key: str, what: str) -> T:
    row = session.get(model, key)
    if row is not None:
        return row
    if len(key) >= MIN_PREFIX:
        col = model.__table__.c.id
        rows = session.scalars(select(model).where(func.substr(col, 1, len(key)) == key).limit(_SHOWN)).all()
        if len(rows) == 1:
            return rows[0]
        if len(rows) > 1:
            raise ambiguous(key, what, (str(r.id) for r in rows))  # type: ignore[attr-defined]
    raise NotFound(what, key)


def get_row(session: Session, model: type[Base], key: str, what: str, *columns: str) -> tuple[Any, ...]:
    """The ``columns`` of the row ``key`` designates (``id`` first), as :func:`get` finds it, read as a
    plain row on the session's connection: for the services' checks before a change, which need a few
    columns, not an object (synced rows are written only by the applier: nothing pending to flush)."""
    conn = session.connection()
    found = conn.execute(_by_id(model, columns), {"key": key}).first()
    if found is not None:
        return tuple(found)
    if len(key) >= MIN_PREFIX:
        table = model.__table__
        cols = [table.c.id, *(table.c[c] for c in columns)]
        where = func.substr(table.c.id, 1, len(key)) == key
        rows = conn.execute(select(*cols).where(where).limit(_SHOWN)).all()
        if len(rows) == 1:
            return tuple(rows[0])
        if len(rows) > 1:
            raise ambiguous(key, what, (str(r[0]) for r in rows))
    raise NotFound(what, key)


@cache
def _by_id(model: type[Base], columns: tuple[str, ...]) -> Select[Any]:
    """The statement reading ``columns`` of one row by its exact id, built once: building a statement
    costs several times executing it."""
    table = model.__table__
    return select(table.c.id, *(table.c[c] for c in columns)).where(table.c.id == bindparam("key"))
