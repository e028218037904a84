"""What Help → About shows: version, where the data lives, the database and its schema."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop_app import __version__, config
from desktop_app.db import migrate
from desktop_app.services.storage.database import Database


@dataclass(frozen=True)
class AboutFacts:
    name: str
    version: str
    database: str  # the file path, or the server URL without its password
    encrypted: bool
    schema_revision: str | None
    newest_revision: str | None
    data_folder: Path
    backups_folder: Path
    logs_folder: Path
    python_version: str
    frozen: bool  # running from the installed bundle rather than a Python environment

    @property
    def schema_is_current(self) -> bool:
        return self.schema_revision == self.newest_revision


def about_facts(database: Database) -> AboutFacts:
    path = database.path
    if path is not None:
        shown = str(path.resolve())
    else:
        shown = database.url.render_as_string(hide_password=True)
    return AboutFacts(
        name=config.APP_NAME,
        version=__version__,
        database=shown,
        encrypted=database.encryption_key is not None,
        schema_revision=migrate.current_revision(database.engine),
        newest_revision=migrate.head_revision(database.engine),
        data_folder=config.user_data_dir(),
        backups_folder=config.backups_dir(),
        logs_folder=config.logs_dir(),
        python_version=platform.python_version(),
        frozen=bool(getattr(sys, "frozen", False)),
    )
