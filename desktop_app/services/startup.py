"""What the desktop asks before anyone has logged in."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import User


def has_users(session: Session) -> bool:
    """False for a brand-new database: its first administrator must be created first."""
    return bool(session.scalar(select(func.count()).select_from(User)))


def is_demo_database(session: Session) -> bool:
    """A demo database (made by `homeward demo`), whose users all have the password 'demo'."""
    from desktop_app.services import settings

    return settings.is_demo(session)
