"""Opening a database that is already at the newest revision needs no Alembic; one that is
behind is still upgraded by it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from alembic import command
from sqlalchemy import text

from desktop_app.config import migrations_dir
from desktop_app.db import migrate
from desktop_app.db.engine import make_engine, sqlite_url
from desktop_app.services.storage.database import open_database
from tests.support.paths import REPO

pytestmark = pytest.mark.sqlite_only(
    reason="a SQLite file opened by its path; PostgreSQL opens through the same upgrade()"
)

_OPEN = """
import sys
from desktop_app.services.storage.database import open_database
db = open_database(sys.argv[1])
print(db.migration.from_revision, db.migration.to_revision, "alembic" in sys.modules)
db.dispose()
"""


def test_the_head_read_from_the_files_is_alembics(db_path):
    engine = make_engine(sqlite_url(db_path))
    try:
        assert migrate._head_from_text(str(migrations_dir())) == migrate.head_revision(engine)
    finally:
        engine.dispose()


def test_a_database_at_the_head_opens_without_alembic(db_path):
    open_database(db_path).dispose()  # at the head
    head = migrate._head_from_text(str(migrations_dir()))
    out = subprocess.run(
        [sys.executable, "-c", _OPEN, str(db_path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout.split()
    assert out == [head, head, "False"]


def test_a_database_behind_is_still_upgraded(db_path):
    engine = make_engine(sqlite_url(db_path))
    try:
        head = migrate.head_revision(engine)
        command.downgrade(migrate.alembic_config(engine), "-1")
        previous = migrate.current_revision(engine)
        assert previous not in (None, head)
    finally:
        engine.dispose()
    db = open_database(db_path)
    try:
        assert db.migration is not None
        assert (db.migration.from_revision, db.migration.to_revision) == (previous, head)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
    finally:
        db.dispose()
