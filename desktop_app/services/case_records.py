"""The social worker's day and the smaller records on a case.

`my_day` gathers the start page (cases newly assigned to me, tasks due, my
transitions at risk); `likely_duplicates` warns before a case is created
twice; `continuity` gives the worker-continuity figures of one case; the
`add_*` functions record life-plan goals, belonging check-ins and community
activities with the same permission checks, validation and audit as the rest
of the case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    BelongingCheckin,
    Case,
    CaseMove,
    CaseSearchToken,
    CommunityActivity,
    CourseEnrolment,
    EmploymentSupport,
    LanguageCourse,
    LifePlanGoal,
    Task,
    Team,
    Transition,
    User,
    WorkerAssignment,
)
from desktop_app.domain.codes import UnknownCodeError, country_code
from desktop_app.domain.continuity import (
    AssignmentPeriod,
    continuity_share,
    same_worker_around,
    worker_changes_last_12_months,
)
from desktop_app.domain.i18n import message as _
from desktop_app.domain.names import skeleton, tokens
from desktop_app.services import audit, clock, settings, transitions
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.permissions import (
    can_read_case,
    load_case_for_edit,
    load_case_for_read,
    require_case_content_role,
    visible_cases_clause,
)

# --- my day -------------------------------------------------------------------


@dataclass(frozen=True)
class NewAssignment:
    reference: str
    name: str
    role: str
    start_date: date
    reason: str | None


@dataclass(frozen=True)
class DueTask:
    id: int
    reference: str
    name: str
    title: str
    due_date: date
    days_overdue: int


@dataclass(frozen=True)
class MyDay:
    new_assignments: list[NewAssignment]
    tasks: list[DueTask]
    transitions: list[transitions.TransitionRow]
    last_seen: datetime | None
    newest_assignment_at: datetime | None = None
    transitions_total: int = 0  # all of them; `transitions` holds the first few hundred
    # Overdue and open: waiting for their outcome to be recorded (they come first in the list).
    needs_outcome_total: int = 0


def my_day(session: Session, actor: Actor, *, within_days: int = 30, limit: int = 300) -> MyDay:
    """The start page: what is new for me, what is due today or overdue, what is at risk."""
    require_case_content_role(actor)
    today = clock.today()
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    last_seen = user.last_seen_assignments_at if user else None
    query = (
        select(WorkerAssignment, Case.reference, Case.given_name, Case.family_name)
        .join(Case, Case.id == WorkerAssignment.case_id)
        .where(
            WorkerAssignment.user_id == actor.user_id,
            WorkerAssignment.end_date.is_(None),
            Case.status == "open",
        )
        .order_by(WorkerAssignment.created_at.desc(), Case.reference)
    )
    if last_seen is not None:
        query = query.where(WorkerAssignment.created_at > last_seen)
    else:
        # Never looked: show the last two weeks, not a whole caseload.
        query = query.where(WorkerAssignment.start_date >= today - timedelta(days=14))
    assignments: list[NewAssignment] = []
    newest: datetime | None = None
    for a, ref, given, family in session.execute(query.limit(200)):
        assignments.append(
            NewAssignment(ref, f"{given} {family}".strip(), a.role, a.start_date, a.reason)
        )
        if a.created_at is not None and (newest is None or a.created_at > newest):
            newest = a.created_at
    task_rows = session.execute(
        select(Task, Case.reference, Case.given_name, Case.family_name)
        .join(Case, Case.id == Task.case_id)
        .where(
            Task.owner_id == actor.user_id,
            Task.done_at.is_(None),
            Task.due_date.is_not(None),
            Task.due_date <= today,
            Case.status == "open",
            visible_cases_clause(actor),
        )
        .order_by(Task.due_date, Case.reference)
        .limit(500)
    )
    tasks = [
        DueTask(
            t.id,
            ref,
            f"{given} {family}".strip(),
            t.title,
            t.due_date,
            (today - t.due_date).days,
        )
        for t, ref, given, family in task_rows
        if t.due_date is not None
    ]
    # A social worker's own cases; a team lead's team (a coordinator's organisation).
    worker_id = actor.user_id if actor.role is Role.SOCIAL_WORKER else None
    at_risk, total = _transitions_at_risk(session, actor, within_days, worker_id, limit)
    waiting = sum(1 for t in at_risk if t.needs_outcome)
    if waiting == len(at_risk) == limit:
        waiting = transitions.count_upcoming(
            session, actor, within_days, worker_id=worker_id, overdue_only=True
        )
    return MyDay(assignments, tasks, at_risk, last_seen, newest, total, waiting)


def _transitions_at_risk(
    session: Session, actor: Actor, within_days: int, worker_id: int | None, limit: int
) -> tuple[list[transitions.TransitionRow], int]:
    """Red and amber transitions due within `within_days`, and every overdue open one (those
    that need an outcome), soonest first.

    Only the first `limit` are built: a start page must not wait for a whole
    organisation's list; the count covers them all.
    """
    rules = settings.transition_rules(session)
    filters: dict[str, Any] = {"risks": ["red", "amber"], "worker_id": worker_id}
    rows = transitions.upcoming(session, actor, within_days, limit=limit, rules=rules, **filters)
    total = len(rows)
    if total == limit:  # only then is counting all of them worth a query
        total = transitions.count_upcoming(session, actor, within_days, rules=rules, **filters)
    return rows, total


def mark_assignments_seen(session: Session, actor: Actor, seen: MyDay) -> None:
    """Remember that the user has seen these new cases (so they are not 'new' next time).

    The mark is the newest assignment shown, not the clock: an assignment made
    in the same second after the page was read still counts as new.
    """
    if actor.user_id is None:
        return
    user = session.get(User, actor.user_id)
    if user is None:
        return
    newest = seen.newest_assignment_at
    if newest is None and user.last_seen_assignments_at is None:
        newest = session.scalar(
            select(func.max(WorkerAssignment.created_at)).where(
                WorkerAssignment.user_id == actor.user_id
            )
        )
    if newest is not None:
        user.last_seen_assignments_at = max(newest, user.last_seen_assignments_at or newest)


# --- duplicates ---------------------------------------------------------------


@dataclass(frozen=True)
class DuplicateCandidate:
    """A case that may be the same young person; names only when the user may read the case."""

    reference: str
    name: str | None
    birth_year: int
    nationality: str | None
    team: str | None
    visible: bool


def likely_duplicates(
    session: Session,
    actor: Actor,
    given_name: str,
    family_name: str,
    date_of_birth: date | None,
    nationality: str | None,
    *,
    limit: int = 10,
) -> list[DuplicateCandidate]:
    """Open or closed cases with a similar name, the same birth year and the same nationality.

    Names are compared by spelling skeleton (Mohammed ~ Muhammad); a case the
    user may not read is reported by reference and team only, so the warning
    never shows another team's young person.
    """
    require_case_content_role(actor)
    if date_of_birth is None:
        return []
    nat: str | None = None
    if nationality and nationality.strip():
        try:
            nat = country_code(nationality)
        except UnknownCodeError:
            nat = None
    family_keys = {skeleton(t) for t in tokens(family_name)} - {""}
    given_keys = {skeleton(t) for t in tokens(given_name)} - {""}
    if not family_keys and not given_keys:
        return []
    conditions: list[ColumnElement[bool]] = [
        Case.date_of_birth.between(
            date(date_of_birth.year, 1, 1), date(date_of_birth.year, 12, 31)
        ),
    ]
    if nat is not None:
        conditions.append(or_(Case.nationality == nat, Case.nationality.is_(None)))
    name_clauses = []
    for keys in (family_keys, given_keys):
        if keys:
            name_clauses.append(
                select(CaseSearchToken.id)
                .where(CaseSearchToken.case_id == Case.id, CaseSearchToken.skeleton.in_(keys))
                .exists()
            )
    # Both names similar, or the family name similar and nothing known of the given name.
    query = (
        select(Case, Team.name)
        .outerjoin(Team, Team.id == Case.team_id)
        .where(and_(*conditions), and_(*name_clauses))
        .order_by(Case.reference)
        .limit(limit)
    )
    out: list[DuplicateCandidate] = []
    for case, team_name in session.execute(query):
        visible = can_read_case(session, actor, case)
        out.append(
            DuplicateCandidate(
                reference=case.reference,
                name=case.display_name if visible else None,
                birth_year=case.date_of_birth.year,
                nationality=case.nationality,
                team=team_name,
                visible=visible,
            )
        )
    return out


# --- continuity -----------------------------------------------------------------


@dataclass(frozen=True)
class TransitionContinuity:
    kind: str
    due_date: date
    same_worker: bool | None  # None: the 30 days after have not passed yet


@dataclass(frozen=True)
class ContinuityFigures:
    worker_changes_12_months: int
    transitions: list[TransitionContinuity]
    same_worker_share: tuple[int, int]
    moves: int
    moves_worker_continued: int


def continuity(session: Session, actor: Actor, reference: str) -> ContinuityFigures:
    """Worker changes in the last 12 months and whether the same worker held the case
    30 days before and after each transition, as DESIGN.md measures continuity."""
    case = load_case_for_read(session, actor, reference)
    today = clock.today()
    periods = [
        AssignmentPeriod(a.user_id, a.start_date, a.end_date, a.role == "primary")
        for a in session.scalars(
            select(WorkerAssignment)
            .where(WorkerAssignment.case_id == case.id)
            .order_by(WorkerAssignment.start_date, WorkerAssignment.id)
        )
    ]
    judged = [
        TransitionContinuity(t.kind, t.due_date, same_worker_around(periods, t.due_date, 30, today))
        for t in session.scalars(
            select(Transition)
            .where(
                Transition.case_id == case.id,
                Transition.due_date <= today,
                # a transition that never applied is no moment to have kept a worker through
                or_(Transition.outcome.is_(None), Transition.outcome != "no_longer_applies"),
            )
            .order_by(Transition.due_date)
        )
    ]
    moves = list(session.scalars(select(CaseMove).where(CaseMove.case_id == case.id)))
    return ContinuityFigures(
        worker_changes_12_months=worker_changes_last_12_months(periods, today),
        transitions=judged,
        same_worker_share=continuity_share(t.same_worker for t in judged),
        moves=len(moves),
        moves_worker_continued=sum(1 for m in moves if m.worker_continued),
    )


# --- small records ------------------------------------------------------------

GOAL_DOMAINS = ("housing", "education", "work", "health", "language", "social_network")
GOAL_STATUSES = ("open", "in_progress", "achieved", "dropped")
ACTIVITY_KINDS = ("sport_club", "volunteering", "tenant_association", "other")
SCALE = range(1, 6)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def add_goal(
    session: Session,
    actor: Actor,
    reference: str,
    domain: str,
    goal: str,
    *,
    target_date: date | None = None,
    status: str = "open",
) -> LifePlanGoal:
    case = load_case_for_edit(session, actor, reference)
    errors: dict[str, str] = {}
    if domain not in GOAL_DOMAINS:
        errors["domain"] = _(
            "'{domain}' is not a life-plan domain ({goal_domains}).",
            domain=domain,
            goal_domains=", ".join(GOAL_DOMAINS),
        )
    if not goal.strip():
        errors["goal"] = _("Describe the goal.")
    if status not in GOAL_STATUSES:
        errors["status"] = _(
            "'{status}' is not a goal status ({goal_statuses}).",
            status=status,
            goal_statuses=", ".join(GOAL_STATUSES),
        )
    if errors:
        raise ValidationError(errors)
    row = LifePlanGoal(
        case_id=case.id, domain=domain, goal=goal.strip(), target_date=target_date, status=status
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "goal_added",
        entity="goal",
        entity_id=row.id,
        case_id=case.id,
        detail={"domain": domain, "target_date": _plain(target_date), "status": status},
    )
    return row


def set_goal_status(session: Session, actor: Actor, goal_id: int, status: str) -> LifePlanGoal:
    row = session.get(LifePlanGoal, goal_id)
    if row is None:
        raise NotFoundError(_("No life-plan goal {goal_id}.", goal_id=goal_id))
    case = session.get(Case, row.case_id)
    assert case is not None
    load_case_for_edit(session, actor, case.reference)
    if status not in GOAL_STATUSES:
        raise ValidationError(
            {
                "status": _(
                    "'{status}' is not a goal status ({goal_statuses}).",
                    status=status,
                    goal_statuses=", ".join(GOAL_STATUSES),
                )
            }
        )
    before = row.status
    row.status = status
    audit.record(
        session,
        actor,
        "goal_changed",
        entity="goal",
        entity_id=row.id,
        case_id=case.id,
        detail={"status": {"before": before, "after": status}},
    )
    return row


def add_checkin(
    session: Session,
    actor: Actor,
    reference: str,
    *,
    checkin_date: date | None = None,
    feels_safe: int,
    part_of_neighbourhood: int,
    people_to_turn_to: int,
    takes_part_in_activities: int,
    note: str | None = None,
) -> BelongingCheckin:
    """A belonging check-in: four answers from 1 (not at all) to 5 (very much)."""
    case = load_case_for_edit(session, actor, reference)
    day = checkin_date or clock.today()
    answers = {
        "feels_safe": feels_safe,
        "part_of_neighbourhood": part_of_neighbourhood,
        "people_to_turn_to": people_to_turn_to,
        "takes_part_in_activities": takes_part_in_activities,
    }
    errors = {
        name: "Answer from 1 (not at all) to 5 (very much)."
        for name, value in answers.items()
        if value not in SCALE
    }
    if day > clock.today():
        errors["checkin_date"] = _("The check-in date is in the future.")
    if errors:
        raise ValidationError(errors)
    row = BelongingCheckin(
        case_id=case.id, checkin_date=day, note=(note or "").strip() or None, **answers
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "checkin_added",
        entity="checkin",
        entity_id=row.id,
        case_id=case.id,
        detail={"date": day.isoformat(), **answers},
    )
    return row


def add_activity(
    session: Session,
    actor: Actor,
    reference: str,
    kind: str,
    name: str,
    *,
    start_date: date | None = None,
    end_date: date | None = None,
) -> CommunityActivity:
    case = load_case_for_edit(session, actor, reference)
    errors: dict[str, str] = {}
    if kind not in ACTIVITY_KINDS:
        errors["kind"] = _(
            "'{kind}' is not a kind of activity ({activity_kinds}).",
            kind=kind,
            activity_kinds=", ".join(ACTIVITY_KINDS),
        )
    if not name.strip():
        errors["name"] = _("Name the activity (for example the club).")
    if start_date and end_date and end_date < start_date:
        errors["end_date"] = _("The activity ends before it starts.")
    if errors:
        raise ValidationError(errors)
    row = CommunityActivity(
        case_id=case.id, kind=kind, name=name.strip(), start_date=start_date, end_date=end_date
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "activity_added",
        entity="activity",
        entity_id=row.id,
        case_id=case.id,
        detail={"kind": kind, "start": _plain(start_date)},
    )
    return row


def case_version(session: Session, actor: Actor, reference: str) -> int:
    """The current version of a case (to notice a save by someone else)."""
    return load_case_for_read(session, actor, reference).version


# --- language courses and work or education support ---------------------------

PROGRAMME_TYPES = ("job_coaching", "internship", "apprenticeship", "vocational_training", "school")
SUPPORT_STATUSES = ("planned", "active", "completed", "dropped")


@dataclass(frozen=True)
class CourseChoice:
    id: int
    name: str
    cefr_level: str
    provider: str | None
    municipality: str | None
    start_date: date | None


def language_courses(session: Session, actor: Actor) -> list[CourseChoice]:
    """Courses a young person can be enrolled in: not yet ended, soonest start first."""
    require_case_content_role(actor)
    today = clock.today()
    return [
        CourseChoice(c.id, c.name, c.cefr_level, c.provider, c.municipality, c.start_date)
        for c in session.scalars(
            select(LanguageCourse)
            .where(or_(LanguageCourse.end_date.is_(None), LanguageCourse.end_date >= today))
            .order_by(LanguageCourse.cefr_level, LanguageCourse.start_date, LanguageCourse.name)
        )
    ]


def enrol(
    session: Session,
    actor: Actor,
    reference: str,
    course_id: int,
    *,
    start_date: date | None = None,
    status: str = "active",
) -> CourseEnrolment:
    case = load_case_for_edit(session, actor, reference)
    course = session.get(LanguageCourse, course_id)
    errors: dict[str, str] = {}
    if course is None:
        errors["course"] = _("Choose a language course.")
    if status not in SUPPORT_STATUSES:
        errors["status"] = _(
            "'{status}' is not a status ({support_statuses}).",
            status=status,
            support_statuses=", ".join(SUPPORT_STATUSES),
        )
    if course is not None and session.scalar(
        select(CourseEnrolment.id).where(
            CourseEnrolment.case_id == case.id,
            CourseEnrolment.course_id == course.id,
            CourseEnrolment.status.in_(["planned", "active"]),
        )
    ):
        errors["course"] = _(
            "{case_display_name} is already enrolled in {course_name}.",
            case_display_name=case.display_name,
            course_name=course.name,
        )
    if errors:
        raise ValidationError(errors)
    assert course is not None
    row = CourseEnrolment(
        case_id=case.id,
        course_id=course.id,
        start_date=start_date or course.start_date or clock.today(),
        end_date=course.end_date,
        status=status,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "enrolment_added",
        entity="enrolment",
        entity_id=row.id,
        case_id=case.id,
        detail={"course": course.name, "level": course.cefr_level, "status": status},
    )
    return row


def add_employment(
    session: Session,
    actor: Actor,
    reference: str,
    programme_type: str,
    *,
    organisation: str | None,
    start_date: date | None,
    end_date: date | None = None,
    status: str = "active",
    outcome: str | None = None,
) -> EmploymentSupport:
    case = load_case_for_edit(session, actor, reference)
    errors: dict[str, str] = {}
    if programme_type not in PROGRAMME_TYPES:
        errors["programme_type"] = _(
            "'{programme_type}' is not a programme ({programme_types}).",
            programme_type=programme_type,
            programme_types=", ".join(PROGRAMME_TYPES),
        )
    if not (organisation or "").strip():
        errors["organisation"] = _("Name the organisation (school, employer, programme).")
    if status not in SUPPORT_STATUSES:
        errors["status"] = _(
            "'{status}' is not a status ({support_statuses}).",
            status=status,
            support_statuses=", ".join(SUPPORT_STATUSES),
        )
    if start_date and end_date and end_date < start_date:
        errors["end_date"] = _("The support ends before it starts.")
    if errors:
        raise ValidationError(errors)
    row = EmploymentSupport(
        case_id=case.id,
        programme_type=programme_type,
        organisation=(organisation or "").strip(),
        start_date=start_date,
        end_date=end_date,
        status=status,
        outcome=(outcome or "").strip() or None,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "employment_added",
        entity="employment",
        entity_id=row.id,
        case_id=case.id,
        detail={"programme": programme_type, "start": _plain(start_date), "status": status},
    )
    return row


@dataclass(frozen=True)
class WorkerChoice:
    user_id: int
    username: str
    full_name: str


def assignable_workers(session: Session, actor: Actor) -> list[WorkerChoice]:
    """Social workers a team lead may make primary worker of a new case (their own team)."""
    require_case_content_role(actor)
    if actor.role is not Role.TEAM_LEAD or actor.team_id is None:
        return []
    return [
        WorkerChoice(u.id, u.username, u.full_name)
        for u in session.scalars(
            select(User)
            .where(User.team_id == actor.team_id, User.role == "social_worker", User.active)
            .order_by(User.full_name)
        )
    ]
