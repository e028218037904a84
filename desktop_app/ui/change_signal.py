"""The change signal on the desktop: every open screen hears what changed.

The database publishes a `Changes` after each commit (services/changes.py), on
whichever thread committed, and other PCs' changes on a background thread. One bridge
per database posts them to the GUI thread — always queued, so a screen never redraws
in the middle of the unit of work that caused it. A screen follows the kinds it shows
with `follow_changes`: it reads them again at once when it is in front, and when it
is next shown otherwise; changes it already read (it refreshed itself after its own
action) are not read twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.services.changes import ChangePublisher, Changes
from desktop_app.services.storage.database import Database


class ChangeBridge(QObject):
    """Delivers a database's `Changes` on the GUI thread as the `changed` signal."""

    changed = Signal(object)
    _arrived = Signal(object)

    def __init__(self, publisher: ChangePublisher, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.publisher = publisher
        # Queued even from the GUI thread: delivered once the current event is done.
        self._arrived.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = publisher.subscribe(self._arrived.emit)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def close(self) -> None:
        self._unsubscribe()


def bridge_for(database: Database) -> ChangeBridge:
    """The one bridge of `database` (made the first time it is asked for)."""
    bridge = getattr(database, "_qt_change_bridge", None)
    if bridge is None:
        bridge = ChangeBridge(database.changes, QCoreApplication.instance())
        database._qt_change_bridge = bridge  # type: ignore[attr-defined]
    return bridge


class ChangeFollower(QObject):
    """Keeps one widget's view of some kinds of thing up to date.

    `refresh` reads what the widget shows again. The follower calls it when a change
    of those kinds arrives and the widget is visible, else when the widget is next
    shown; several changes arriving together cause one refresh. Call `read()` at the
    start of any refresh the widget makes itself, so a change it has already read is
    not read again.
    """

    def __init__(
        self,
        widget: QWidget,
        database: Database,
        kinds: Iterable[str],
        refresh: Callable[[], object],
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._publisher = database.changes
        self._kinds = frozenset(kinds)
        self._refresh = refresh
        self._seen = self._publisher.latest_serial
        self.stale = False
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self._refresh_if_shown)
        bridge_for(database).changed.connect(self._changed)
        widget.installEventFilter(self)

    def read(self) -> None:
        """The widget is reading its data now: it sees every change published so far."""
        self._seen = self._publisher.latest_serial
        self.stale = False

    def _changed(self, changes: Changes) -> None:
        if changes.serial <= self._seen or not changes.touches(self._kinds):
            return
        self.stale = True
        if self._widget.isVisible():
            self._soon.start(0)

    def _refresh_if_shown(self) -> None:
        if self.stale and self._widget.isVisible():
            self.read()
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Read before the first paint, so stale figures never show — also a change whose
        # signal is still on its way. (getattr: Qt may still ask while Python takes the
        # follower apart.)
        if event.type() == QEvent.Type.Show and hasattr(self, "_publisher"):
            if self._publisher.kinds_since(self._seen) & self._kinds:
                self.stale = True
            self._refresh_if_shown()
        return False


def follow_changes(
    widget: QWidget, database: Database, kinds: Iterable[str], refresh: Callable[[], object]
) -> ChangeFollower:
    return ChangeFollower(widget, database, kinds, refresh)
