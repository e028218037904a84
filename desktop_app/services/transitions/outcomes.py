"""What became of a transition: outcomes a worker records, and taking one back.

`housed_on_time`, `no_longer_applies` (when the record stops implying a
transition) and the closure of a case are recorded by the rules themselves
(`transitions.derivation.refresh_cases`); everything else that happens to a young person
around a due date is recorded here, dated and audited.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, Transition
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transition_records import (
    OutcomeEntry,
    TransitionStatus,
    check_outcome,
)
from desktop_app.domain.transitions import TransitionKind
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.transitions import derivation, listing
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import load_case_for_edit


def find_transition(
    session: Session,
    actor: Actor,
    reference: str,
    kind: str,
    due_date: date | None = None,
    *,
    open_only: bool = True,
) -> int:
    """The id of a case's transition of `kind` (the one due on `due_date` when a case has
    several, e.g. one permit after another); the caller must be allowed to edit the case."""
    case = load_case_for_edit(session, actor, reference)
    try:
        TransitionKind(kind)
    except ValueError:
        raise ValidationError(
            {
                "kind": _(
                    "'{kind}' is not a transition kind (one of: {choices}).",
                    kind=kind,
                    choices=", ".join(k.value for k in TransitionKind),
                )
            }
        ) from None
    query = select(Transition.id, Transition.due_date).where(
        Transition.case_id == case.id, Transition.kind == kind
    )
    if open_only:
        query = query.where(Transition.status == TransitionStatus.OPEN.value)
    if due_date is not None:
        query = query.where(Transition.due_date == due_date)
    found = list(session.execute(query.order_by(Transition.due_date, Transition.id)))
    if not found:
        raise NotFoundError(
            _(
                "{reference} has no open transition '{kind}'{on}.",
                reference=reference,
                kind=kind,
                on=_(" due on {date}", date=due_date.isoformat()) if due_date else "",
            )
            if open_only
            else _("{reference} has no transition '{kind}'.", reference=reference, kind=kind)
        )
    if len(found) > 1:
        raise ValidationError(
            {
                "due_date": _(
                    "{reference} has {count} transitions '{kind}' (due {dates}): say which with its due date.",
                    reference=reference,
                    count=len(found),
                    kind=kind,
                    dates=", ".join(d.isoformat() for _id, d in found),
                )
            }
        )
    return int(found[0][0])


def _load(session: Session, actor: Actor, transition_id: int) -> tuple[Transition, Case]:
    transition = session.get(Transition, transition_id)
    if transition is None:
        raise NotFoundError(_("No transition number {number}.", number=transition_id))
    reference = session.scalar(select(Case.reference).where(Case.id == transition.case_id))
    case = load_case_for_edit(session, actor, str(reference))
    return transition, case


def record_outcome(
    session: Session, actor: Actor, transition_id: int, entry: OutcomeEntry
) -> listing.TransitionRow:
    """Resolve an open transition with the outcome a worker records (changes nothing when the
    outcome is not acceptable)."""
    transition, case = _load(session, actor, transition_id)
    if transition.status != TransitionStatus.OPEN.value:
        raise ValidationError(
            {
                "outcome": _(
                    "This transition already has an outcome ({outcome}); reopen it first to record another.",
                    outcome=transition.outcome or "",
                )
            }
        )
    today = clock.today()
    errors = check_outcome(entry, transition.due_date, today)
    if errors:
        raise ValidationError(errors)
    note = (entry.receiving or entry.reason or "").strip() or None
    transition.status = TransitionStatus.RESOLVED.value
    transition.outcome = str(entry.outcome)
    transition.outcome_note = note
    transition.housing_began = entry.housing_began
    transition.resolved_on = today
    transition.resolved_by_id = actor.user_id
    transition.resolved_automatically = False
    case.updated_at = clock.now()
    audit.record(
        session,
        actor,
        "transition_resolved",
        entity="transition",
        entity_id=transition.id,
        case_id=case.id,
        detail={
            "kind": transition.kind,
            "due_date": transition.due_date.isoformat(),
            "outcome": transition.outcome,
            "automatic": False,
            **({"note": note} if note else {}),
            **({"housing_began": entry.housing_began.isoformat()} if entry.housing_began else {}),
        },
    )
    derivation.refresh_cases(session, [case.id], actor)
    return _row(session, actor, transition_id, case.id)


def reopen(
    session: Session, actor: Actor, transition_id: int, reason: str
) -> listing.TransitionRow:
    """Take back an outcome recorded in error: the transition is open again (audited)."""
    transition, case = _load(session, actor, transition_id)
    if transition.status == TransitionStatus.OPEN.value:
        raise ValidationError({"outcome": _("This transition is open already.")})
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Say why the outcome is taken back.")})
    if transition.outcome == "case_closed" and case.status != "open":
        raise ValidationError(
            {"outcome": _("The case is closed: its transitions reopen when the case does.")}
        )
    before = transition.outcome
    transition.status = TransitionStatus.OPEN.value
    transition.outcome = None
    transition.outcome_note = None
    transition.housing_began = None
    transition.resolved_on = None
    transition.resolved_by_id = None
    transition.resolved_automatically = False
    case.updated_at = clock.now()
    audit.record(
        session,
        actor,
        "transition_reopened",
        entity="transition",
        entity_id=transition.id,
        case_id=case.id,
        detail={
            "kind": transition.kind,
            "changes": {"outcome": {"before": before, "after": None}},
            "reason": reason.strip(),
        },
    )
    derivation.refresh_cases(session, [case.id], actor)
    return _row(session, actor, transition_id, case.id)


def _row(session: Session, actor: Actor, transition_id: int, case_id: int) -> listing.TransitionRow:
    return next(
        r for r in listing.case_history(session, actor, case_id) if r.transition_id == transition_id
    )
