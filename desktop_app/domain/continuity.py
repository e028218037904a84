"""Continuity of the worker relationship, measured from the assignment history."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class AssignmentPeriod:
    worker_id: int
    start: date
    end: date | None  # None: still assigned
    primary: bool = True

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


def primary_worker_on(assignments: Iterable[AssignmentPeriod], day: date) -> int | None:
    for a in assignments:
        if a.primary and a.covers(day):
            return a.worker_id
    return None


def worker_changes_last_12_months(assignments: Sequence[AssignmentPeriod], today: date) -> int:
    """How many times the primary worker changed in the 12 months up to today.

    A change is a primary assignment that started within the window and
    followed an earlier primary assignment (the first worker is not a change).
    """
    window_start = today - timedelta(days=365)
    primaries = sorted((a for a in assignments if a.primary), key=lambda a: a.start)
    changes = 0
    for previous, current in zip(primaries, primaries[1:], strict=False):
        if window_start < current.start <= today and current.worker_id != previous.worker_id:
            changes += 1
    return changes


def same_worker_around(
    assignments: Sequence[AssignmentPeriod],
    transition_date: date,
    days: int = 30,
    today: date | None = None,
) -> bool | None:
    """Whether one primary worker held the case from `days` before to `days` after a transition.

    None when the window after has not fully happened yet and the question
    cannot be answered; False when nobody was primary at either end or the
    primary changed at any point within the window.
    """
    before = transition_date - timedelta(days=days)
    after = transition_date + timedelta(days=days)
    if today is not None and after > today:
        return None
    primaries = [a for a in assignments if a.primary]
    holder = primary_worker_on(primaries, before)
    if holder is None:
        return False
    for a in primaries:
        if a.worker_id == holder and a.covers(before):
            return a.end is None or a.end > after
    return False


def continuity_share(flags: Iterable[bool | None]) -> tuple[int, int]:
    """(transitions with the same worker around them, transitions that can be judged)."""
    judged = [f for f in flags if f is not None]
    return sum(1 for f in judged if f), len(judged)
