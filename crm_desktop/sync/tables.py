"""Typed access to the Core tables behind the ORM models (for bulk statements on a connection)."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table

from crm_desktop.store.schema import Base


def tbl(model: type[Base]) -> Table:
    return cast(Table, model.__table__)
