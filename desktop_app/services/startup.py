"""What the desktop asks before anyone has logged in."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import User


def has_users(session: Session) -> bool:
    """False for a brand-new database: its first administrator must be created first."""
    return bool(session.scalar(select(func.count()).select_from(User)))
