"""Where Homeward keeps its data and finds its resources.

One place resolves paths for the three ways Homeward runs: from the source
tree, from an installed wheel, and from a frozen (PyInstaller) build.
Nothing here creates folders at import time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Homeward"
APP_AUTHOR = "Homeward"
ORGANISATION_DOMAIN = "homeward.example"


def _bundle_root() -> Path:
    """The folder that holds desktop_app/, migrations/ and resources/."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def migrations_dir() -> Path:
    return _bundle_root() / "migrations"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def user_data_dir() -> Path:
    """The user's data folder (database, backups, logs); HOMEWARD_DATA_DIR overrides it."""
    override = os.environ.get("HOMEWARD_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return user_data_dir() / "homeward.db"


def demo_database_path() -> Path:
    return user_data_dir() / "homeward-demo.db"


def backups_dir() -> Path:
    return user_data_dir() / "backups"


def logs_dir() -> Path:
    return user_data_dir() / "logs"
