"""Planning needs: apartments by size per quarter, and language-course places by level."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, CourseEnrolment, LanguageCourse, Transition
from desktop_app.domain.partners import CEFR_LEVELS, HOLDING_STATUSES
from desktop_app.domain.transitions import SecureItem
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor
from desktop_app.services.team.outcomes import HOUSING_KINDS, Quarter
from desktop_app.services.team.scope import planning_case_clause
from desktop_app.services.transitions import sql_rules


def rooms_needed(household: int) -> int:
    """Rooms for a household: one per person up to two, three for 3–4, four for five or more."""
    if household <= 2:
        return max(1, household)
    if household <= 4:
        return 3
    return 4


ROOM_LABELS = {1: "1 room", 2: "2 rooms", 3: "3 rooms", 4: "4 or more rooms"}


@dataclass(frozen=True)
class HousingNeed:
    quarter: str
    rooms: int
    households: int  # cases needing an apartment of this size
    persons: int  # including family expected through reunification
    awaiting_family: int  # households that count expected family members

    def as_record(self) -> dict[str, object]:
        return {
            "quarter": self.quarter,
            "rooms": self.rooms,
            "households": self.households,
            "persons": self.persons,
            "awaiting_family": self.awaiting_family,
        }


def housing_needs(
    session: Session, actor: Actor, *, months: int = 12, team: str | None = None
) -> list[HousingNeed]:
    """Apartments needed per quarter, by size, over the next `months` months.

    Each open case with a move-out, 18th-birthday, after-care-end or
    placement-end transition still without secured housing counts once, in
    the quarter of its soonest such transition (overdue ones in the current
    quarter). Household = the young person + expected family reunification.
    """
    clause = planning_case_clause(session, actor, team)
    today = clock.today()
    rules = settings.transition_rules(session)
    horizon = _add_months(today, months) - timedelta(days=1)
    soonest: dict[int, tuple[date, int]] = {}
    for case_id, due, members in session.execute(
        select(Transition.case_id, Transition.due_date, Case.family_reunification_members)
        .join(Case, Case.id == Transition.case_id)
        .where(
            clause,
            Case.status == "open",
            sql_rules.open_sql(),
            Transition.kind.in_(HOUSING_KINDS),
            # a minor's move-out needs a care placement, not an apartment
            Transition.secure_item == SecureItem.HOUSING.value,
            Transition.housing_secured.is_(False),
            sql_rules.listed_sql(Transition.kind, Transition.due_date, today, rules),
            Transition.due_date <= horizon,
        )
    ):
        if case_id not in soonest or due < soonest[case_id][0]:
            soonest[case_id] = (max(due, today), members or 0)
    tally: dict[tuple[Quarter, int], list[int]] = defaultdict(lambda: [0, 0, 0])
    for due, members in soonest.values():
        household = 1 + members
        cell = tally[(Quarter.of(due), rooms_needed(household))]
        cell[0] += 1
        cell[1] += household
        cell[2] += 1 if members else 0
    return [
        HousingNeed(q.label, rooms, *values)
        for (q, rooms), values in sorted(tally.items(), key=lambda kv: (kv[0][0].label, kv[0][1]))
    ]


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


@dataclass(frozen=True)
class LanguagePlaces:
    level: str
    needed: int  # open cases without a current course whose next level is this one
    enrolled: int  # open cases in an active or planned course of this level
    places_offered: int  # places of courses of this level running now or later

    def as_record(self) -> dict[str, object]:
        return {
            "level": self.level,
            "needed": self.needed,
            "enrolled": self.enrolled,
            "places_offered": self.places_offered,
        }


def language_places(
    session: Session, actor: Actor, *, team: str | None = None
) -> list[LanguagePlaces]:
    """Language-course places needed by CEFR level.

    A case in an active or planned course holds a place. Any other open case
    needs a place one level above the highest level it reached — the level
    recorded on an ended enrolment (completed or dropped), else the level of a
    completed course (A1 when it has none; C2 stays C2). Places offered are
    those of the registry's courses still running or to come, not retired.
    """
    clause = planning_case_clause(session, actor, team)
    today = clock.today()
    current: dict[int, str] = {}
    completed: dict[int, int] = {}
    for case_id, status, level, reached in session.execute(
        select(
            CourseEnrolment.case_id,
            CourseEnrolment.status,
            LanguageCourse.cefr_level,
            CourseEnrolment.level_reached,
        )
        .join(LanguageCourse, LanguageCourse.id == CourseEnrolment.course_id)
        .join(Case, Case.id == CourseEnrolment.case_id)
        .where(clause, Case.status == "open")
    ):
        rank = CEFR_LEVELS.index(level) if level in CEFR_LEVELS else 0
        if status in HOLDING_STATUSES:
            if case_id not in current or rank > CEFR_LEVELS.index(current[case_id]):
                current[case_id] = CEFR_LEVELS[rank]
        elif reached in CEFR_LEVELS:
            completed[case_id] = max(completed.get(case_id, -1), CEFR_LEVELS.index(reached))
        elif status == "completed":
            completed[case_id] = max(completed.get(case_id, -1), rank)
    needed: dict[str, int] = defaultdict(int)
    for (case_id,) in session.execute(select(Case.id).where(clause, Case.status == "open")):
        if case_id in current:
            continue
        rank = completed.get(case_id, -1) + 1
        needed[CEFR_LEVELS[min(rank, len(CEFR_LEVELS) - 1)]] += 1
    enrolled: dict[str, int] = defaultdict(int)
    for level in current.values():
        enrolled[level] += 1
    offered: dict[str, int] = defaultdict(int)
    for level, places in session.execute(
        select(LanguageCourse.cefr_level, func.sum(LanguageCourse.places))
        .where(
            or_(LanguageCourse.end_date.is_(None), LanguageCourse.end_date >= today),
            LanguageCourse.retired.is_(False),
        )
        .group_by(LanguageCourse.cefr_level)
    ):
        offered[level] = int(places or 0)
    return [
        LanguagePlaces(level, needed[level], enrolled[level], offered[level])
        for level in CEFR_LEVELS
    ]
