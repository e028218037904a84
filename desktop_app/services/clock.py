"""Today's date for the rules. HOMEWARD_TODAY (YYYY-MM-DD) pins it for tests and rehearsals."""

from __future__ import annotations

import os
from datetime import date, datetime


def today() -> date:
    pinned = os.environ.get("HOMEWARD_TODAY")
    if pinned:
        return date.fromisoformat(pinned)
    return date.today()


def now() -> datetime:
    pinned = os.environ.get("HOMEWARD_TODAY")
    current = datetime.now().replace(microsecond=0)
    if pinned:
        return datetime.combine(date.fromisoformat(pinned), current.time())
    return current
