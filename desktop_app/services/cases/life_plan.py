"""The life plan's goals, and the soft outcomes: belonging check-ins and community activities."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.db.models import BelongingCheckin, Case, CommunityActivity, LifePlanGoal
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.cases.corrections import (
    apply_changes,
    change_detail,
    fact_on_case,
    unknown_fields,
)
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import load_case_for_edit

GOAL_DOMAINS = ("housing", "education", "work", "health", "language", "social_network")


GOAL_STATUSES = ("open", "in_progress", "achieved", "dropped")


ACTIVITY_KINDS = ("sport_club", "volunteering", "tenant_association", "other")


SCALE = range(1, 6)


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
        detail={"domain": domain, "target_date": audit.plain_value(target_date), "status": status},
    )
    return row


ENDED_STATUSES = ("achieved", "dropped")
GOAL_FIELDS = ("domain", "goal", "target_date", "status")


def _goal_problems(values: Mapping[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if values["domain"] not in GOAL_DOMAINS:
        errors["domain"] = _(
            "'{domain}' is not a life-plan domain ({goal_domains}).",
            domain=values["domain"],
            goal_domains=", ".join(GOAL_DOMAINS),
        )
    if not (values["goal"] or "").strip():
        errors["goal"] = _("Describe the goal.")
    if values["status"] not in GOAL_STATUSES:
        errors["status"] = _(
            "'{status}' is not a goal status ({goal_statuses}).",
            status=values["status"],
            goal_statuses=", ".join(GOAL_STATUSES),
        )
    return errors


def update_goal(
    session: Session,
    actor: Actor,
    reference: str,
    goal_id: int,
    values: Mapping[str, Any],
    *,
    ended_on: date | None = None,
) -> LifePlanGoal:
    """Change a goal: its words, domain, target date or status. A goal achieved or dropped
    ends (on `ended_on`, today when not given); set open again, it no longer has an end."""
    case, row = fact_on_case(session, actor, reference, LifePlanGoal, goal_id)
    unknown_fields(values, GOAL_FIELDS)
    merged = {name: getattr(row, name) for name in GOAL_FIELDS}
    merged.update(values)
    merged["goal"] = (merged["goal"] or "").strip()
    errors = _goal_problems(merged)
    if ended_on is not None and ended_on > clock.today():
        errors["ended_on"] = _("The date is in the future.")
    if errors:
        raise ValidationError(errors)
    if merged["status"] in ENDED_STATUSES:
        if row.status not in ENDED_STATUSES or ended_on is not None:
            merged["ended_on"] = ended_on or clock.today()
    else:
        merged["ended_on"] = None
    changes = apply_changes(row, merged)
    if changes:
        session.flush()
        audit.record(
            session,
            actor,
            "goal_changed",
            entity="goal",
            entity_id=row.id,
            case_id=case.id,
            detail=change_detail(changes),
        )
    return row


def set_goal_status(session: Session, actor: Actor, goal_id: int, status: str) -> LifePlanGoal:
    """A goal's new status (achieved or dropped: it ends today)."""
    row = session.get(LifePlanGoal, goal_id)
    if row is None:
        raise NotFoundError(_("No life-plan goal {goal_id}.", goal_id=goal_id))
    case = session.get(Case, row.case_id)
    assert case is not None
    return update_goal(session, actor, case.reference, goal_id, {"status": status})


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
        detail={"kind": kind, "start": audit.plain_value(start_date)},
    )
    return row


ACTIVITY_FIELDS = ("kind", "name", "start_date", "end_date")


def update_activity(
    session: Session,
    actor: Actor,
    reference: str,
    activity_id: int,
    values: Mapping[str, Any],
) -> CommunityActivity:
    """Change an activity (its name, kind or dates); an end date ends it."""
    case, row = fact_on_case(session, actor, reference, CommunityActivity, activity_id)
    unknown_fields(values, ACTIVITY_FIELDS)
    merged = {name: getattr(row, name) for name in ACTIVITY_FIELDS}
    merged.update(values)
    merged["name"] = (merged["name"] or "").strip()
    errors: dict[str, str] = {}
    if merged["kind"] not in ACTIVITY_KINDS:
        errors["kind"] = _(
            "'{kind}' is not a kind of activity ({activity_kinds}).",
            kind=merged["kind"],
            activity_kinds=", ".join(ACTIVITY_KINDS),
        )
    if not merged["name"]:
        errors["name"] = _("Name the activity (for example the club).")
    start, end = merged["start_date"], merged["end_date"]
    if start and end and end < start:
        errors["end_date"] = _("The activity ends before it starts.")
    if end and end > clock.today():
        errors["end_date"] = _("The date is in the future.")
    if errors:
        raise ValidationError(errors)
    changes = apply_changes(row, merged)
    if changes:
        session.flush()
        audit.record(
            session,
            actor,
            "activity_changed",
            entity="activity",
            entity_id=row.id,
            case_id=case.id,
            detail=change_detail(changes),
        )
    return row


def end_activity(
    session: Session, actor: Actor, reference: str, activity_id: int, ended_on: date
) -> CommunityActivity:
    """The young person no longer takes part, from `ended_on` (kept on the record)."""
    _case, row = fact_on_case(session, actor, reference, CommunityActivity, activity_id)
    if row.end_date is not None:
        raise ValidationError({"activity": _("This activity has ended already.")})
    return update_activity(session, actor, reference, activity_id, {"end_date": ended_on})
