"""Alembic, configured in code so it works from a source tree, a wheel and a frozen build.

Alembic is imported only when it is needed: a database already at the newest revision
(every start but the first after an update) is recognised from the revision files' text
and the `alembic_version` table alone, which spares a start the import of Alembic.
"""

from __future__ import annotations

import functools
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from desktop_app.config import migrations_dir
from desktop_app.domain.i18n import message as _

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


class DatabaseTooNewError(RuntimeError):
    """The database was written by a newer Homeward than this one."""


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

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
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", location)
    return ScriptDirectory.from_config(config)


_REVISION = re.compile(r"""^revision\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"""^down_revision\s*=\s*(?:["']([^"']+)["']|None)""", re.MULTILINE)


@functools.cache
def _head_from_text(location: str) -> str | None:
    """The newest revision, read from the scripts' text (one chain, as ours is); None when
    the files do not say it plainly (then Alembic reads them)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in Path(location, "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision = _REVISION.search(text)
        if revision is None:
            continue
        down = _DOWN_REVISION.search(text)
        if down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _at_head(engine: Engine) -> str | None:
    """The head revision when the database is known to be at it, without Alembic."""
    head = _head_from_text(str(migrations_dir()))
    if head is None:
        return None
    try:
        with engine.connect() as conn:
            stored = [
                row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")
            ]
    except DBAPIError:
        return None  # no version table yet: a new database
    return head if stored == [head] else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

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
    at_head = _at_head(engine)
    if at_head is not None:
        return MigrationResult(at_head, at_head, None)
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
    from alembic import command

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
    from alembic import command

    command.downgrade(alembic_config(engine), revision)
