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
        settings.remove("server")  # the file is now the one to open next time
    settings.sync()


SERVER_KEYS = ("host", "port", "database", "user", "tls_mode")


def last_server() -> dict[str, str] | None:
    """The team server used last (never its password: the keyring keeps that)."""
    settings = ui_settings()
    values = {key: str(settings.value(f"server/{key}", "") or "") for key in SERVER_KEYS}
    return values if values["host"] else None


def remember_server(values: dict[str, str]) -> None:
    settings = ui_settings()
    for key in SERVER_KEYS:
        settings.setValue(f"server/{key}", values.get(key, ""))
    settings.remove("database/last")  # the server is now the one to open next time
    settings.sync()
