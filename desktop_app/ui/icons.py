"""Icons from resources/icons: SVG, so they stay sharp on high-DPI screens."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop_app import config


@cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg` (an empty icon if it is missing)."""
    path = config.icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("homeward")
