"""Alembic environment: the engine comes from Homeward's own factory (see db/migrate.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from desktop_app.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    connection = config.attributes.get("connection")
    if connection is None:
        if not isinstance(engine, Engine):
            raise RuntimeError("Homeward runs its migrations with an engine in config.attributes")
        with engine.begin() as conn:
            _run(conn)
    else:
        _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
