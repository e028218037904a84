"""Keeping the legal status history true: corrections, withdrawals, deadlines, renewals.

A decision recorded in error is corrected or withdrawn, never silently deleted:
every change keeps the before and after values and the reason in the audit log,
and a withdrawn entry stays on the record, marked, but leaves the rules. A
per-case move-out deadline belongs to the decision it was set for; a permit's
renewal is recorded on the decision that gave the permit.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.db.models import LegalDecision
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transitions import GRANTING_DECISIONS, DecisionType
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.cases.status_and_placements import deadline_problems
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import load_case_for_edit

# What a correction may change, and how it is shown in the audit log.
CORRECTABLE = (
    "decision_type",
    "decision_date",
    "permit_expiry",
    "application_date",
    "move_out_deadline",
    "authority_reference",
    "note",
)
_DATES = {"decision_date", "permit_expiry", "application_date", "move_out_deadline"}


def _decision(session: Session, actor: Actor, reference: str, decision_id: int) -> LegalDecision:
    case = load_case_for_edit(session, actor, reference)
    decision = session.get(LegalDecision, decision_id)
    if decision is None or decision.case_id != case.id:
        raise NotFoundError(
            _(
                "{reference} has no legal status entry number {number}.",
                reference=reference,
                number=decision_id,
            )
        )
    return decision


def _require_reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError({"reason": _("Say why the entry is changed.")})
    return text


def correct_decision(
    session: Session,
    actor: Actor,
    reference: str,
    decision_id: int,
    values: Mapping[str, Any],
    *,
    reason: str,
) -> LegalDecision:
    """Correct a legal status entry (a mistyped date, the wrong type) with the reason; the
    transitions it implies move with it."""
    decision = _decision(session, actor, reference, decision_id)
    why = _require_reason(reason)
    if decision.withdrawn_on is not None:
        raise ValidationError(
            {"decision": _("This entry was withdrawn as recorded in error; record a new one.")}
        )
    unknown = sorted(set(values) - set(CORRECTABLE))
    if unknown:
        raise ValidationError({name: _("This field cannot be changed here.") for name in unknown})
    merged = {name: getattr(decision, name) for name in CORRECTABLE}
    merged.update(values)
    errors: dict[str, str] = {}
    kind = str(merged["decision_type"] or "")
    try:
        DecisionType(kind)
    except ValueError:
        errors["decision_type"] = _("'{decision_type}' is not a decision type.", decision_type=kind)
    for name in _DATES:
        if merged[name] is not None and not isinstance(merged[name], date):
            errors[name] = _("Give a date.")
    if not errors:
        decided = merged["decision_date"]
        if kind != DecisionType.PENDING and decided is None:
            errors["decision_date"] = _("A decision needs its date.")
        if decided is not None and decided > clock.today():
            errors["decision_date"] = _("The decision date is in the future.")
        expiry = merged["permit_expiry"]
        if expiry and decided and expiry < decided:
            errors["permit_expiry"] = _("The permit cannot expire before the decision.")
        errors.update(deadline_problems(kind, decided, merged["move_out_deadline"]))
    if errors:
        raise ValidationError(errors)
    changes = {
        name: {
            "before": audit.plain_value(getattr(decision, name)),
            "after": audit.plain_value(merged[name]),
        }
        for name in CORRECTABLE
        if getattr(decision, name) != merged[name]
    }
    if not changes:
        return decision
    for name in changes:
        setattr(decision, name, merged[name])
    session.flush()
    audit.record(
        session,
        actor,
        "decision_corrected",
        entity="decision",
        entity_id=decision.id,
        case_id=decision.case_id,
        detail={"changes": changes, "reason": why},
    )
    derivation.refresh_cases(session, [decision.case_id], actor)
    return decision


def withdraw_decision(
    session: Session, actor: Actor, reference: str, decision_id: int, *, reason: str
) -> LegalDecision:
    """Withdraw an entry recorded in error: kept on the record, marked, left out of the rules
    (what it implied is resolved as no longer applying)."""
    decision = _decision(session, actor, reference, decision_id)
    why = _require_reason(reason)
    if decision.withdrawn_on is not None:
        raise ValidationError({"decision": _("This entry is withdrawn already.")})
    decision.withdrawn_on = clock.today()
    decision.withdrawn_reason = why
    decision.withdrawn_by_id = actor.user_id
    session.flush()
    audit.record(
        session,
        actor,
        "decision_withdrawn",
        entity="decision",
        entity_id=decision.id,
        case_id=decision.case_id,
        detail={
            "type": decision.decision_type,
            "date": audit.plain_value(decision.decision_date),
            "reason": why,
        },
    )
    derivation.refresh_cases(session, [decision.case_id], actor)
    return decision


def set_move_out_deadline(
    session: Session,
    actor: Actor,
    reference: str,
    decision_id: int,
    deadline: date | None,
    *,
    reason: str,
) -> LegalDecision:
    """Set (or clear) the per-case move-out deadline of a granting decision, with the reason."""
    return correct_decision(
        session, actor, reference, decision_id, {"move_out_deadline": deadline}, reason=reason
    )


def record_renewal_application(
    session: Session, actor: Actor, reference: str, decision_id: int, applied_on: date
) -> LegalDecision:
    """The permit of this decision: its renewal was applied for on `applied_on`."""
    decision = _decision(session, actor, reference, decision_id)
    if decision.withdrawn_on is not None or DecisionType(decision.decision_type) not in (
        GRANTING_DECISIONS
    ):
        raise ValidationError(
            {"decision": _("Only a permit of a decision in the record can be renewed.")}
        )
    if decision.permit_expiry is None:
        raise ValidationError({"decision": _("This decision has no permit with an expiry date.")})
    if applied_on > clock.today():
        raise ValidationError({"applied_on": _("The application date is in the future.")})
    before = decision.renewal_applied_on
    decision.renewal_applied_on = applied_on
    session.flush()
    audit.record(
        session,
        actor,
        "permit_renewal_applied",
        entity="decision",
        entity_id=decision.id,
        case_id=decision.case_id,
        detail={
            "changes": {
                "renewal_applied_on": {
                    "before": audit.plain_value(before),
                    "after": audit.plain_value(applied_on),
                }
            }
        },
    )
    derivation.refresh_cases(session, [decision.case_id], actor)
    return decision
