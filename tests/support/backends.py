"""Which backend a test database lives on, for tests that reach it by its path.

The database fixtures in conftest.py give a test a path. On SQLite that is the
file itself; with `--backend postgresql` the path stands for a PostgreSQL
database cloned for the test, and these helpers find it.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.storage.database import Database, open_database

# A placeholder path -> the PostgreSQL URL that stands for it in this test.
_PG_TARGETS: dict[str, str] = {}


def database_url_for(path: str | Path) -> str | None:
    """The PostgreSQL URL standing for a test database path, or None on SQLite."""
    return _PG_TARGETS.get(str(path))


def open_test_database(path: str | Path, **kwargs: object) -> Database:
    """Open a test database by the path its fixture gave, on whichever backend runs."""
    url = database_url_for(path)
    if url is not None:
        return open_database(database_url=url, **kwargs)  # type: ignore[arg-type]
    return open_database(path, **kwargs)  # type: ignore[arg-type]


def db_args(path: str | Path) -> list[str]:
    """The command-line options that name a test database."""
    url = database_url_for(path)
    return ["--database-url", url] if url else ["--db", str(path)]


def raw_sql(
    path: str | Path, statement: str, params: dict[str, object] | None = None
) -> list[tuple]:  # type: ignore[type-arg]
    """Run one SQL statement on a test database behind Homeward's back (to damage it on purpose).

    A plain connection, without Homeward's engine set-up: on SQLite, foreign
    keys are not enforced, as with any outside tool.
    """
    from sqlalchemy import create_engine, text

    url = database_url_for(path) or f"sqlite:///{path}"
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(statement), params or {})
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def database_location(database: Database) -> str:
    """How Homeward names a database to its user: the file, or the server URL without password."""
    if database.path is not None:
        return str(database.path.resolve())
    return database.url.render_as_string(hide_password=True)


def database_label(path: str | Path) -> str:
    """The short name in the window title and status bar for a test database path."""
    url = database_url_for(path)
    if url is None:
        return Path(path).name
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return f"{parsed.database}@{parsed.host}"
