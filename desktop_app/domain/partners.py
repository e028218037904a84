"""Partners' offers: the rules of a language course's or a programme's places, and of an
enrolment's or a work support's status as it moves on (pure rules, no database)."""

from __future__ import annotations

from datetime import date

CEFR_LEVELS: tuple[str, ...] = ("A1", "A2", "B1", "B2", "C1", "C2")

PROGRAMME_TYPES: tuple[str, ...] = (
    "job_coaching",
    "internship",
    "apprenticeship",
    "vocational_training",
    "school",
)

# An enrolment and a work support move through the same states.
STATUSES: tuple[str, ...] = ("planned", "active", "completed", "dropped")
# Planned and active ones hold a place of their course or programme; ended ones free it.
HOLDING_STATUSES: tuple[str, ...] = ("planned", "active")
ENDED_STATUSES: tuple[str, ...] = ("completed", "dropped")

# What came of a work or education support when it ended.
OUTCOMES: tuple[str, ...] = ("in_work", "in_education", "none")
# Outcomes that count the young person as in work or education from the support's end.
WORKING_OUTCOMES: tuple[str, ...] = ("in_work", "in_education")

_RANK = {"planned": 0, "active": 1, "completed": 2, "dropped": 2}


def holds_place(status: str) -> bool:
    return status in HOLDING_STATUSES


def is_ended(status: str) -> bool:
    return status in ENDED_STATUSES


def places_left(places: int | None, taken: int) -> int | None:
    """Free places of a course or programme; None when it sets no limit."""
    if places is None:
        return None
    return max(0, places - taken)


def is_full(places: int | None, taken: int) -> bool:
    left = places_left(places, taken)
    return left is not None and left <= 0


def status_goes_back(before: str, after: str) -> bool:
    """A change that undoes what was recorded (completed → active, dropped → completed…):
    a correction, which needs its reason. Moving on (planned → active → completed or
    dropped) does not."""
    if before == after:
        return False
    return _RANK.get(after, 0) <= _RANK.get(before, 0)


def default_status(start: date | None, today: date) -> str:
    """A new enrolment or support is planned until its start date, active from then."""
    return "planned" if start is not None and start > today else "active"


def level_rank(level: str | None) -> int:
    """A CEFR level's place in A1…C2 (-1 for none or an unknown one)."""
    return CEFR_LEVELS.index(level) if level in CEFR_LEVELS else -1
