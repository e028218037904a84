"""Errors a user can understand; the UI and CLI show their message as it is."""

from __future__ import annotations

from collections.abc import Mapping


class HomewardError(Exception):
    """A user error: the message names the problem in plain words."""


class NotFoundError(HomewardError):
    pass


class PermissionDeniedError(HomewardError):
    """Refused by the permission matrix; the unit of work writes it to the audit log."""

    def __init__(
        self,
        message: str,
        *,
        actor: object | None = None,
        case_id: int | None = None,
        detail: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.actor = actor
        self.case_id = case_id
        self.detail = detail or {}


class AuthenticationError(HomewardError):
    pass


class ConflictError(HomewardError):
    """Someone else saved the same record since it was opened."""

    def __init__(self, message: str, current: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.current = current or {}


class ValidationError(HomewardError):
    """One or more fields are not acceptable; `errors` maps field name to reason."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        text = "; ".join(f"{field}: {reason}" for field, reason in self.errors.items())
        super().__init__(text)


class DatabaseUnavailableError(HomewardError):
    """The database server cannot be reached (restarted, network gone).

    Whatever the step was doing was rolled back; what the user typed stays in
    the window, and the same step can be tried again once the server is back.
    """


class StorageError(HomewardError):
    """The database or a file is damaged, read-only, on a full disk or locked (db/storage.py).

    The environment's fault, not Homeward's: the message says which, and that
    nothing of the step was saved.
    """

    def __init__(self, message: str, problem: str) -> None:
        super().__init__(message)
        self.problem = problem
