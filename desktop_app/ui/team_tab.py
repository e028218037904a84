"""What the tabs of the team screen share: reading their figures when shown, and making a
change through a service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage.database import Database
from desktop_app.ui.messages import error_text, tell_done


def percent_text(value: int | None) -> str:
    return "—" if value is None else f"{value} %"


class TeamTab(QWidget):
    """One tab of the team screen. The screen asks it to `reload` the first time it is
    shown and when it is shown again after a change; `load` reads what the tab shows."""

    open_case = Signal(str)
    changed = Signal()  # this tab changed something: the screen reads its figures again
    failed = Signal(str)  # a service refused to read: the screen says why

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor

    def reload(self) -> bool:
        """Read the tab's figures again; False (and `failed`) when a service refused."""
        try:
            with self._database.session() as session:
                self.load(session)
        except HomewardError as exc:
            self.failed.emit(error_text(exc))
            return False
        return True

    def load(self, session: Any) -> None:
        raise NotImplementedError

    def _run(self, action: Callable[[Any], Any], done: str = "") -> bool:
        """Make one change through a service; say that it is done, or why it was refused."""
        try:
            with self._database.session() as session:
                action(session)
        except HomewardError as exc:
            QMessageBox.warning(self, self.tr("Not done"), error_text(exc))
            return False
        tell_done(self, done)
        self.changed.emit()
        return True
