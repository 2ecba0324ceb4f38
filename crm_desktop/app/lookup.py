"""Finding rows by id or unambiguous id prefix (ids are long; people type the first characters)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app.errors import BadInput, NotFound
from crm_desktop.domain.messages import CATALOGUE, msg
from crm_desktop.store.schema import Base

T = TypeVar("T", bound=Base)


def get(session: Session, model: type[T], key: str, what: str) -> T:
    row = session.get(model, key)
    if row is not None:
        return row
    if len(key) >= 4:
        col = model.__table__.c.id  # type: ignore[attr-defined]
        rows = session.scalars(select(model).where(col.like(f"{key}%")).limit(2)).all()
        if len(rows) == 1:
            return rows[0]
        if len(rows) > 1:
            noun = f"noun.{what}"
            raise BadInput(msg("error.ambiguous", key=key, what=msg(noun) if noun in CATALOGUE else what))
    raise NotFound(what, key)
