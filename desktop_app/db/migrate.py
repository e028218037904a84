"""Alembic, configured in code so it works from a source tree, a wheel and a frozen build."""

from __future__ import annotations

import functools
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop_app.config import migrations_dir
from desktop_app.domain.i18n import message as _


class DatabaseTooNewError(RuntimeError):
    """The database was written by a newer Homeward than this one."""


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine) -> str | None:
    return _scripts(str(migrations_dir())).get_current_head()


@functools.cache
def _scripts(location: str) -> ScriptDirectory:
    """The migration scripts, read once per process.

    Every open compares the database with them; reading them means compiling
    each revision file again wherever Python keeps no bytecode cache.
    """
    config = Config()
    config.set_main_option("script_location", location)
    return ScriptDirectory.from_config(config)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str | None
    backup: Path | None


def _known_revisions(engine: Engine) -> set[str]:
    return {rev.revision for rev in _scripts(str(migrations_dir())).walk_revisions()}


def upgrade(engine: Engine) -> MigrationResult:
    """Bring the database to the newest schema, backing an existing SQLite file up first."""
    current = current_revision(engine)
    head = head_revision(engine)
    if current is not None and current not in _known_revisions(engine):
        raise DatabaseTooNewError(
            _(
                "This database was written by a newer version of Homeward (schema {current}). Please update Homeward before opening it.",
                current=current,
            )
        )
    if current == head:
        return MigrationResult(current, head, None)
    backup = None
    database = engine.url.database
    if (
        current is not None
        and engine.url.get_backend_name() == "sqlite"
        and database
        and Path(database).exists()
    ):
        backup = backup_before_migration(engine, Path(database), current)
    command.upgrade(alembic_config(engine), "head")
    return MigrationResult(current, head, backup)


def backup_before_migration(engine: Engine, path: Path, revision: str) -> Path:
    """A consistent copy next to the database, named by time and old schema revision."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix}")
    raw = engine.raw_connection()
    try:
        import sqlite3

        dest = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()
    except Exception:
        shutil.copy2(path, target)
    finally:
        raw.close()
    return target


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)
