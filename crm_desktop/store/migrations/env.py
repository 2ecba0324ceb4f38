"""Alembic environment for the workspace database.

No ``fileConfig()`` here: it would overwrite the application's logging. The application passes its
own connection in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from crm_desktop.store.schema import Base, load_models

load_models()

config = context.config
target_metadata = Base.metadata


def _include(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # The FTS5 virtual table and its shadow tables are created by hand, not by the models.
    return not (type_ == "table" and name and name.startswith("search_index"))


def run() -> None:
    conn = config.attributes.get("connection")
    if conn is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.begin() as conn2:
            _run_with(conn2)
        return
    _run_with(conn)


def _run_with(conn) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True, include_object=_include)
    with context.begin_transaction():
        context.run_migrations()


run()
