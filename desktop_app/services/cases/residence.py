"""Keeping placements and age assessments true: a placement corrected, its planned end changed,
or ended on the day it ended; an age assessment corrected (the date of birth it set follows).

Each of them moves dates the transitions are derived from, so each re-derives the case's
transitions; a correction says why, and the audit log keeps the values before and after.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import AgeAssessment, Placement
from desktop_app.domain.dates import DobPrecision
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transitions import PlacementType
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.cases.corrections import (
    apply_changes,
    change_detail,
    clean_text,
    fact_on_case,
    require_reason,
    text_problems,
    unknown_fields,
)
from desktop_app.services.errors import ValidationError
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import audit

PLACEMENT_FIELDS = (
    "placement_type",
    "name",
    "address",
    "municipality",
    "start_date",
    "planned_end_date",
    "end_date",
)
ASSESSMENT_FIELDS = ("assessed_on", "assessed_by", "method", "new_date_of_birth", "note")


def _placement_problems(merged: Mapping[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    try:
        PlacementType(str(merged["placement_type"] or ""))
    except ValueError:
        errors["placement_type"] = _(
            "'{placement_type}' is not a placement type.", placement_type=merged["placement_type"]
        )
    start, planned, ended = merged["start_date"], merged["planned_end_date"], merged["end_date"]
    if start is None:
        errors["start_date"] = _("Give the day the placement started.")
    elif start > clock.today():
        errors["start_date"] = _("The start date is in the future.")
    if start is not None and planned is not None and planned < start:
        errors["planned_end_date"] = _("The planned end is before the start.")
    if ended is not None:
        if start is not None and ended < start:
            errors["end_date"] = _("The placement ends before it starts.")
        if ended > clock.today():
            errors["end_date"] = _("The placement has not ended yet: set its planned end instead.")
    errors.update(text_problems(merged, ("name", "municipality")))
    return errors


def correct_placement(
    session: Session,
    actor: Actor,
    reference: str,
    placement_id: int,
    values: Mapping[str, Any],
    *,
    reason: str,
) -> Placement:
    """Correct a placement recorded wrongly (its type, place, dates), with the reason."""
    case, placement = fact_on_case(session, actor, reference, Placement, placement_id)
    why = require_reason(reason)
    unknown_fields(values, PLACEMENT_FIELDS)
    merged = {name: getattr(placement, name) for name in PLACEMENT_FIELDS}
    merged.update(
        {
            name: clean_text(value) if name in ("name", "address", "municipality") else value
            for name, value in values.items()
        }
    )
    errors = _placement_problems(merged)
    if errors:
        raise ValidationError(errors)
    changes = apply_changes(placement, merged)
    if changes:
        session.flush()
        audit.record(
            session,
            actor,
            "placement_changed",
            entity="placement",
            entity_id=placement.id,
            case_id=case.id,
            detail=change_detail(changes, why, correction=True),
        )
        derivation.refresh_cases(session, [case.id], actor)
    return placement


def set_planned_end(
    session: Session,
    actor: Actor,
    reference: str,
    placement_id: int,
    planned_end: date | None,
    *,
    note: str | None = None,
) -> Placement:
    """The plan changed: the placement now ends on `planned_end` (None: no end planned).

    Its placement-end transition moves with it (audited)."""
    case, placement = fact_on_case(session, actor, reference, Placement, placement_id)
    if placement.end_date is not None:
        raise ValidationError({"placement": _("This placement has ended already.")})
    merged = {name: getattr(placement, name) for name in PLACEMENT_FIELDS}
    merged["planned_end_date"] = planned_end
    errors = _placement_problems(merged)
    if errors:
        raise ValidationError(errors)
    changes = apply_changes(placement, {"planned_end_date": planned_end})
    if changes:
        session.flush()
        audit.record(
            session,
            actor,
            "placement_changed",
            entity="placement",
            entity_id=placement.id,
            case_id=case.id,
            detail=change_detail(changes, clean_text(note)),
        )
        derivation.refresh_cases(session, [case.id], actor)
    return placement


def end_placement(
    session: Session, actor: Actor, reference: str, placement_id: int, ended_on: date
) -> Placement:
    """The young person left this placement on `ended_on` (without a new one yet).

    An end before the planned end moves the placement-end transition to that day."""
    case, placement = fact_on_case(session, actor, reference, Placement, placement_id)
    if placement.end_date is not None:
        raise ValidationError({"placement": _("This placement has ended already.")})
    merged = {name: getattr(placement, name) for name in PLACEMENT_FIELDS}
    merged["end_date"] = ended_on
    errors = _placement_problems(merged)
    if errors:
        raise ValidationError(errors)
    changes = apply_changes(placement, {"end_date": ended_on})
    session.flush()
    audit.record(
        session,
        actor,
        "placement_changed",
        entity="placement",
        entity_id=placement.id,
        case_id=case.id,
        detail=change_detail(changes, ended=True),
    )
    derivation.refresh_cases(session, [case.id], actor)
    return placement


def correct_age_assessment(
    session: Session,
    actor: Actor,
    reference: str,
    assessment_id: int,
    values: Mapping[str, Any],
    *,
    reason: str,
) -> AgeAssessment:
    """Correct an age assessment recorded wrongly, with the reason.

    When it is the assessment the date of birth comes from (the latest one, and the date of
    birth was not changed since), the date of birth follows the corrected assessed date —
    and with it the 18th birthday."""
    case, assessment = fact_on_case(session, actor, reference, AgeAssessment, assessment_id)
    why = require_reason(reason)
    unknown_fields(values, ASSESSMENT_FIELDS)
    merged = {name: getattr(assessment, name) for name in ASSESSMENT_FIELDS}
    merged.update(
        {
            name: clean_text(value) if name in ("assessed_by", "method", "note") else value
            for name, value in values.items()
        }
    )
    errors: dict[str, str] = {}
    today = clock.today()
    if not isinstance(merged["new_date_of_birth"], date):
        errors["new_date_of_birth"] = _("Give the assessed date of birth.")
    elif merged["new_date_of_birth"] > today:
        errors["new_date_of_birth"] = _("The assessed date of birth is in the future.")
    if not isinstance(merged["assessed_on"], date):
        errors["assessed_on"] = _("Give the day of the assessment.")
    elif merged["assessed_on"] > today:
        errors["assessed_on"] = _("The assessment date is in the future.")
    errors.update(text_problems(merged, ("assessed_by", "method")))
    if errors:
        raise ValidationError(errors)
    latest = session.scalar(
        select(AgeAssessment.id)
        .where(AgeAssessment.case_id == case.id)
        .order_by(AgeAssessment.assessed_on.desc(), AgeAssessment.id.desc())
        .limit(1)
    )
    sets_birth = (
        latest == assessment.id
        and case.dob_precision == DobPrecision.ASSESSED.value
        and case.date_of_birth == assessment.new_date_of_birth
    )
    changes = apply_changes(assessment, merged)
    if not changes:
        return assessment
    birth_before = case.date_of_birth
    if sets_birth and case.date_of_birth != assessment.new_date_of_birth:
        case.date_of_birth = assessment.new_date_of_birth
        case.updated_at = clock.now()
    session.flush()
    audit.record(
        session,
        actor,
        "age_assessment_corrected",
        entity="age_assessment",
        entity_id=assessment.id,
        case_id=case.id,
        detail=change_detail(
            changes,
            why,
            **(
                {
                    "date_of_birth": {
                        "before": audit.plain_value(birth_before),
                        "after": audit.plain_value(case.date_of_birth),
                    }
                }
                if birth_before != case.date_of_birth
                else {}
            ),
        ),
    )
    derivation.refresh_cases(session, [case.id], actor)
    return assessment
