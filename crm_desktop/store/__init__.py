"""Persistence: SQLAlchemy models, the database file, migrations, the change applier and search."""
