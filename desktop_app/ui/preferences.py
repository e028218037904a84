"""Per-user UI preferences (window geometry, column layout, last database) in QSettings.

Kept in an INI file in Homeward's user-data folder, so HOMEWARD_DATA_DIR moves
it with the data (and tests never touch the real user's settings).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app import config


def ui_settings() -> QSettings:
    path = config.user_data_dir() / "homeward-ui.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def last_database() -> Path | None:
    value = ui_settings().value("database/last")
    return Path(str(value)) if value else None


def remember_database(path: Path | None) -> None:
    settings = ui_settings()
    if path is None:
        settings.remove("database/last")
    else:
        settings.setValue("database/last", str(path))
    settings.sync()
