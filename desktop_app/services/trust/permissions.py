"""The permission matrix of DESIGN.md, enforced here for every service call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, false, or_, select, true
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, Transition, WorkerAssignment
from desktop_app.domain.i18n import message as _
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import NotFoundError, PermissionDeniedError


def _assignment_current() -> ColumnElement[bool]:
    # A hand-over period is a secondary assignment with a future end date: still current.
    from desktop_app.services import clock

    return or_(WorkerAssignment.end_date.is_(None), WorkerAssignment.end_date > clock.today())


def _active_assignment(actor: Actor, case_id: Any = Case.id) -> ColumnElement[bool]:
    return exists(
        select(WorkerAssignment.id).where(
            WorkerAssignment.case_id == case_id,
            WorkerAssignment.user_id == actor.user_id,
            _assignment_current(),
        )
    )


def sees_every_case(actor: Actor) -> bool:
    """True for those who may read every case of the organisation (coordinators, the system)."""
    return actor.is_system or actor.role is Role.COORDINATOR


def team_column_walking_by_date(session: Session) -> ColumnElement[Any]:
    """`Case.team_id` as a query that walks transitions in due-date order and checks
    each one's case (the board, the balance) should compare it.

    Given a team lead's `team_id = ?`, SQLite starts from the team's 33,000 cases
    instead and sorts their transitions afterwards, two to four times slower; there
    `team_id + 0` (the same rows) keeps that index out of its choice. PostgreSQL's
    planner weighs both ways well on its own (and the hint would mislead it).
    """
    if session.get_bind().dialect.name == "sqlite":
        return Case.team_id + 0
    return Case.team_id.expression


def visible_cases_clause(
    actor: Actor, *, team_column: ColumnElement[Any] | None = None
) -> ColumnElement[bool]:
    """A WHERE clause limiting `Case` rows to those the actor may read.

    `team_column` stands for `Case.team_id` in the team lead's comparison (see
    `team_column_walking_by_date`).
    """
    if sees_every_case(actor):
        return true()
    if actor.role is Role.TEAM_LEAD:
        team = Case.team_id if team_column is None else team_column
        return and_(Case.team_id.is_not(None), team == actor.team_id)
    if actor.role is Role.SOCIAL_WORKER:
        return _active_assignment(actor)
    return false()


def visible_transitions_clause(actor: Actor) -> ColumnElement[bool]:
    """`visible_cases_clause` for `Transition` rows, by the case's values each carries (its
    team, its id), so a list of transitions needs no join to the cases."""
    if sees_every_case(actor):
        return true()
    if actor.role is Role.TEAM_LEAD:
        return and_(Transition.case_team_id.is_not(None), Transition.case_team_id == actor.team_id)
    if actor.role is Role.SOCIAL_WORKER:
        return _active_assignment(actor, Transition.case_id)
    return false()


def visible_case_ids(actor: Actor) -> Select[Any] | None:
    """The ids of the cases the actor may read, as a query answered from a narrow index (the
    team's cases, the worker's current assignments); None when that is every case, and an
    empty query for those who may read none. The same rule as `visible_cases_clause`, for
    lists that filter case ids without reading the cases (a search's matches)."""
    if sees_every_case(actor):
        return None
    if actor.role is Role.TEAM_LEAD and actor.team_id is not None:
        return select(Case.id).where(Case.team_id == actor.team_id)
    if actor.role is Role.SOCIAL_WORKER:
        return select(WorkerAssignment.case_id).where(
            WorkerAssignment.user_id == actor.user_id, _assignment_current()
        )
    return select(Case.id).where(false())


def require_case_content_role(actor: Actor) -> None:
    if actor.role is Role.ADMIN and not actor.is_system:
        raise PermissionDeniedError(
            _("Permission denied: administrators do not have access to case content."), actor=actor
        )


def is_assigned(session: Session, actor: Actor, case_id: int) -> bool:
    return (
        session.scalar(
            select(WorkerAssignment.id).where(
                WorkerAssignment.case_id == case_id,
                WorkerAssignment.user_id == actor.user_id,
                _assignment_current(),
            )
        )
        is not None
    )


def can_read_case(session: Session, actor: Actor, case: Case) -> bool:
    if actor.is_system or actor.role is Role.COORDINATOR:
        return True
    if actor.role is Role.TEAM_LEAD:
        return case.team_id is not None and case.team_id == actor.team_id
    if actor.role is Role.SOCIAL_WORKER:
        return is_assigned(session, actor, case.id)
    return False


def can_edit_case(session: Session, actor: Actor, case: Case) -> bool:
    """Case content: assigned workers and the team lead; coordinators edit only handover records."""
    if actor.is_system:
        return True
    if actor.role is Role.TEAM_LEAD:
        return case.team_id is not None and case.team_id == actor.team_id
    if actor.role is Role.SOCIAL_WORKER:
        return is_assigned(session, actor, case.id)
    return False


def can_see_confidential(session: Session, actor: Actor, case: Case) -> bool:
    if actor.role is Role.SOCIAL_WORKER:
        return is_assigned(session, actor, case.id)
    if actor.role is Role.TEAM_LEAD:
        return case.team_id is not None and case.team_id == actor.team_id
    return False


def deny(
    session: Session, actor: Actor, what: str, case_id: int | None = None, **detail: Any
) -> PermissionDeniedError:
    """The error to raise; the unit of work audits it after rolling the rest back."""
    return PermissionDeniedError(
        _("Permission denied: you may not {what}.", what=what),
        actor=actor,
        case_id=case_id,
        detail={"what": what, **detail},
    )


def refuse_unseen(actor: Actor, message: str, case: Case) -> PermissionDeniedError:
    """A refusal about a record (an offer, a task, a request) behind a case the actor may not
    see: the message names neither the case nor its team, and reads as for a record that
    does not exist, so numbers cannot be tried to learn about other teams' cases. The audit
    entry keeps which case it was."""
    return PermissionDeniedError(
        message, actor=actor, case_id=case.id, detail={"what": message, "case": case.reference}
    )


def case_by_reference(session: Session, reference: str) -> Case | None:
    """The case a reference names: its own, or the one a duplicate was merged into (the
    merged duplicate's reference is an alias of it). No permission is checked here."""
    case = session.scalar(select(Case).where(Case.reference == reference))
    if case is not None and case.merged_into_id is not None:
        # A merge points every earlier alias at the case kept, so one step is enough.
        return session.get(Case, case.merged_into_id)
    return case


@dataclass(frozen=True)
class CaseAccess:
    """What one actor may do with one case, worked out once (one look at the assignments)."""

    read: bool
    edit: bool
    confidential: bool


def case_access(session: Session, actor: Actor, case: Case) -> CaseAccess:
    """`can_read_case`, `can_edit_case` and `can_see_confidential` together."""
    if actor.is_system:
        return CaseAccess(True, True, False)
    if actor.role is Role.COORDINATOR:
        return CaseAccess(True, False, False)
    if actor.role is Role.TEAM_LEAD:
        own = case.team_id is not None and case.team_id == actor.team_id
        return CaseAccess(own, own, own)
    if actor.role is Role.SOCIAL_WORKER:
        assigned = is_assigned(session, actor, case.id)
        return CaseAccess(assigned, assigned, assigned)
    return CaseAccess(False, False, False)


def load_case_for_read(session: Session, actor: Actor, reference: str) -> Case:
    return load_case_with_access(session, actor, reference)[0]


def load_case_with_access(
    session: Session, actor: Actor, reference: str
) -> tuple[Case, CaseAccess]:
    """The case a reference names (an alias finds the case it was merged into), refused
    unless the actor may read it, with what else they may do with it."""
    require_case_content_role(actor)
    case = case_by_reference(session, reference)
    if case is None:
        raise NotFoundError(_("No case with the reference '{reference}'.", reference=reference))
    access = case_access(session, actor, case)
    if not access.read:
        raise deny(session, actor, _("open the case {reference}", reference=reference), case.id)
    return case, access


def access_to(session: Session, actor: Actor, reference: str) -> CaseAccess:
    """What the actor may do with the case a reference names (refused unless they may read
    it) — for screens, which get the answer and not the case."""
    return load_case_with_access(session, actor, reference)[1]


def load_case_for_edit(session: Session, actor: Actor, reference: str) -> Case:
    case = load_case_for_read(session, actor, reference)
    if not can_edit_case(session, actor, case):
        raise deny(session, actor, _("change the case {reference}", reference=reference), case.id)
    return case


def require_admin(actor: Actor) -> None:
    if not (actor.is_system or actor.role is Role.ADMIN):
        raise PermissionDeniedError(
            _("Permission denied: only an administrator may do this."), actor=actor
        )


def can_print_case_summary(session: Session, actor: Actor, case: Case) -> bool:
    return actor.role is not Role.ADMIN and can_read_case(session, actor, case)


def can_print_reports(actor: Actor) -> bool:
    """Handover and planning reports: team leads (their team) and coordinators (all)."""
    return actor.is_system or actor.role in (Role.TEAM_LEAD, Role.COORDINATOR)


def can_import(actor: Actor) -> bool:
    return actor.is_system or actor.role in (Role.TEAM_LEAD, Role.COORDINATOR)
