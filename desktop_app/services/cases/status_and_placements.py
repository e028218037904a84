"""The legal-status and residence history of a case: decisions, placements, age assessments.

Each of them moves the dates the transitions are derived from, so each
re-derives the case's transitions.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import AgeAssessment, LegalDecision, Placement
from desktop_app.domain.dates import DobPrecision
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transitions import GRANTING_DECISIONS, DecisionType, PlacementType
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import ValidationError
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import load_case_for_edit


def add_decision(
    session: Session,
    actor: Actor,
    reference: str,
    decision_type: str,
    *,
    decision_date: date | None,
    permit_expiry: date | None = None,
    application_date: date | None = None,
    note: str | None = None,
    move_out_deadline: date | None = None,
    authority_reference: str | None = None,
) -> LegalDecision:
    """Add an entry to the legal status history; a granting decision may carry its own move-out
    deadline, which then overrides the rule for that decision."""
    case = load_case_for_edit(session, actor, reference)
    errors: dict[str, str] = {}
    try:
        DecisionType(decision_type)
    except ValueError:
        errors["decision_type"] = _(
            "'{decision_type}' is not a decision type.", decision_type=decision_type
        )
    if decision_type != DecisionType.PENDING and decision_date is None:
        errors["decision_date"] = _("A decision needs its date.")
    if decision_date is not None and decision_date > clock.today():
        errors["decision_date"] = _("The decision date is in the future.")
    if permit_expiry and decision_date and permit_expiry < decision_date:
        errors["permit_expiry"] = _("The permit cannot expire before the decision.")
    errors.update(deadline_problems(decision_type, decision_date, move_out_deadline))
    if errors:
        raise ValidationError(errors)
    decision = LegalDecision(
        case_id=case.id,
        decision_type=decision_type,
        decision_date=decision_date,
        permit_expiry=permit_expiry,
        application_date=application_date,
        note=note,
        move_out_deadline=move_out_deadline,
        authority_reference=authority_reference,
    )
    session.add(decision)
    session.flush()
    audit.record(
        session,
        actor,
        "decision_added",
        entity="decision",
        entity_id=decision.id,
        case_id=case.id,
        detail={
            "type": decision_type,
            "date": audit.plain_value(decision_date),
            "permit_expiry": audit.plain_value(permit_expiry),
            **(
                {"move_out_deadline": audit.plain_value(move_out_deadline)}
                if move_out_deadline
                else {}
            ),
        },
    )
    derivation.refresh_cases(session, [case.id], actor)
    return decision


def deadline_problems(
    decision_type: str, decision_date: date | None, move_out_deadline: date | None
) -> dict[str, str]:
    """What is wrong with a per-case move-out deadline for a decision."""
    if move_out_deadline is None:
        return {}
    if decision_type not in {d.value for d in GRANTING_DECISIONS}:
        return {
            "move_out_deadline": _(
                "Only a decision that grants protection has a move-out deadline."
            )
        }
    if decision_date is not None and move_out_deadline < decision_date:
        return {"move_out_deadline": _("The move-out deadline is before the decision.")}
    return {}


def add_placement(
    session: Session,
    actor: Actor,
    reference: str,
    placement_type: str,
    *,
    municipality: str | None,
    start_date: date,
    planned_end_date: date | None = None,
    name: str | None = None,
    address: str | None = None,
) -> Placement:
    """A new current placement; the previous current one ends the day the new one starts."""
    case = load_case_for_edit(session, actor, reference)
    try:
        PlacementType(placement_type)
    except ValueError:
        raise ValidationError(
            {
                "placement_type": _(
                    "'{placement_type}' is not a placement type.", placement_type=placement_type
                )
            }
        ) from None
    if planned_end_date and planned_end_date < start_date:
        raise ValidationError({"planned_end_date": _("The planned end is before the start.")})
    for current in session.scalars(
        select(Placement).where(Placement.case_id == case.id, Placement.end_date.is_(None))
    ):
        current.end_date = start_date
    placement = Placement(
        case_id=case.id,
        placement_type=placement_type,
        municipality=municipality,
        start_date=start_date,
        planned_end_date=planned_end_date,
        name=name,
        address=address,
    )
    session.add(placement)
    session.flush()
    audit.record(
        session,
        actor,
        "placement_added",
        entity="placement",
        entity_id=placement.id,
        case_id=case.id,
        detail={
            "type": placement_type,
            "municipality": municipality,
            "start": audit.plain_value(start_date),
        },
    )
    derivation.refresh_cases(session, [case.id], actor)
    return placement


def record_age_assessment(
    session: Session,
    actor: Actor,
    reference: str,
    new_date_of_birth: date,
    *,
    assessed_on: date,
    assessed_by: str | None = None,
    method: str | None = None,
    note: str | None = None,
) -> AgeAssessment:
    """An age assessment moves the date of birth (and so the 18th-birthday transition)."""
    case = load_case_for_edit(session, actor, reference)
    if new_date_of_birth > clock.today():
        raise ValidationError(
            {"new_date_of_birth": _("The assessed date of birth is in the future.")}
        )
    assessment = AgeAssessment(
        case_id=case.id,
        assessed_on=assessed_on,
        assessed_by=assessed_by,
        method=method,
        previous_date_of_birth=case.date_of_birth,
        previous_precision=case.dob_precision,
        new_date_of_birth=new_date_of_birth,
        note=note,
    )
    session.add(assessment)
    before = {
        "date_of_birth": audit.plain_value(case.date_of_birth),
        "dob_precision": case.dob_precision,
    }
    case.date_of_birth = new_date_of_birth
    case.dob_precision = DobPrecision.ASSESSED.value
    case.updated_at = clock.now()
    session.flush()
    audit.record(
        session,
        actor,
        "age_assessed",
        entity="case",
        entity_id=reference,
        case_id=case.id,
        detail={
            "before": before,
            "after": {
                "date_of_birth": audit.plain_value(new_date_of_birth),
                "dob_precision": "assessed",
            },
        },
    )
    derivation.refresh_cases(session, [case.id], actor)
    return assessment
