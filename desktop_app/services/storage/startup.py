"""What the desktop and `homeward init` or `demo` ask of a database before anyone has logged in."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, User
from desktop_app.services import settings


def has_users(session: Session) -> bool:
    """False for a brand-new database: its first administrator must be created first."""
    return bool(session.scalar(select(func.count()).select_from(User)))


def is_demo_database(session: Session) -> bool:
    """A demo database (made by `homeward demo`), whose users all have the password 'demo'."""
    return settings.is_demo(session)


def holds_data(session: Session) -> bool:
    """True when the database has any case or user: a demo is made only in an empty one."""
    return bool(
        session.scalar(select(func.count()).select_from(Case))
        or session.scalar(select(func.count()).select_from(User))
    )
