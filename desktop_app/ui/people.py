"""People by their names: the lists hold user names (the command line's words), the screens
show the person's name ("Laura Winther", not "laura")."""

from __future__ import annotations

from desktop_app.services import changes, directory
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage.database import Database


class People:
    """The names of one database's users, read once and again after a user changed."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._names: dict[str, str] | None = None
        database.changes.subscribe(self._changed)

    def _changed(self, change: changes.Changes) -> None:
        if changes.USER in change.kinds:
            self._names = None

    def name(self, username: str | None) -> str:
        """The person's name for a user name ("" for none; the user name if unknown)."""
        if not username:
            return ""
        if self._names is None:
            try:
                with self._database.read_session() as session:
                    self._names = directory.full_names(session)
            except HomewardError:
                return username
        return self._names.get(username, username)


def people(database: Database) -> People:
    """The one `People` of `database`."""
    found = getattr(database, "_people", None)
    if found is None:
        found = People(database)
        database._people = found  # type: ignore[attr-defined]
    return found
