"""Transitions as lasting records: created, moved, resolved with an outcome, never dropped.

A transition is created the first time the record implies it and kept for the
life of the case. A change to the record moves its due date rather than
deleting it; when the record no longer implies it at all it is resolved with
`no_longer_applies`. Once its due date has passed, a transition whose need was
secured on time resolves itself (`housed_on_time`); every other one stays open,
overdue and red until a worker records what became of it.

`reconcile` compares what the record implies with the stored transitions of one
case and says what to change; the services apply and audit it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.domain.dates import add_years, is_uncertain
from desktop_app.domain.i18n import Message
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transitions import (
    CaseFacts,
    ImpliedTransition,
    PlacementFacts,
    PlacementType,
    TransitionKind,
    TransitionRules,
    decision_in_force,
    implied,
    is_granting,
    move_out_due,
)


class TransitionStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class Outcome(StrEnum):
    HOUSED_ON_TIME = "housed_on_time"
    HOUSED_LATE = "housed_late"
    STAYED_IN_CARE = "stayed_in_care"
    MOVED_ELSEWHERE = "moved_elsewhere"
    NO_HOUSING = "no_housing"
    LOST_CONTACT = "lost_contact"
    NO_LONGER_APPLIES = "no_longer_applies"
    # Closing a case resolves its open transitions with the closure as their outcome.
    CASE_CLOSED = "case_closed"


# What a worker records; `housed_on_time` follows from the record, `case_closed` from closing.
WORKER_OUTCOMES: tuple[Outcome, ...] = (
    Outcome.HOUSED_LATE,
    Outcome.STAYED_IN_CARE,
    Outcome.MOVED_ELSEWHERE,
    Outcome.NO_HOUSING,
    Outcome.LOST_CONTACT,
    Outcome.NO_LONGER_APPLIES,
)

# English labels; the UI and reports translate them.
OUTCOME_LABELS: dict[str, str] = {
    Outcome.HOUSED_ON_TIME: "Housed on time",
    Outcome.HOUSED_LATE: "Housed late",
    Outcome.STAYED_IN_CARE: "Stayed in care",
    Outcome.MOVED_ELSEWHERE: "Moved elsewhere",
    Outcome.NO_HOUSING: "Left without housing",
    Outcome.LOST_CONTACT: "Lost contact",
    Outcome.NO_LONGER_APPLIES: "No longer applies",
    Outcome.CASE_CLOSED: "Case closed",
}


@dataclass(frozen=True)
class StoredTransition:
    """A case's transition as kept, for reconciling with the record."""

    id: int
    kind: TransitionKind | str
    source_id: int | None
    due_date: date
    status: TransitionStatus | str = TransitionStatus.OPEN
    outcome: Outcome | str | None = None
    resolved_on: date | None = None
    # Resolved by the rules (the record stopped implying it, or the case closed) rather than
    # by a worker: such a transition reopens when the record implies it again.
    resolved_automatically: bool = False

    @property
    def is_open(self) -> bool:
        return TransitionStatus(self.status) is TransitionStatus.OPEN


@dataclass(frozen=True)
class CreateTransition:
    implied: ImpliedTransition
    # Set when it is already past and was secured on time: created resolved.
    outcome: Outcome | None = None


@dataclass(frozen=True)
class UpdateTransition:
    """Keep an open transition current (or reopen a resolved one); `moved_from` when its due
    date changes."""

    id: int
    implied: ImpliedTransition
    moved_from: date | None = None
    reopened: bool = False
    outcome: Outcome | None = None


@dataclass(frozen=True)
class ResolveTransition:
    id: int
    outcome: Outcome
    reason: Message | None = None


Step = CreateTransition | UpdateTransition | ResolveTransition


def reconcile(
    facts: CaseFacts,
    stored: Sequence[StoredTransition],
    rules: TransitionRules,
    today: date,
) -> list[Step]:
    """What to change so the stored transitions of one case follow its record today."""
    if not facts.is_open:
        return [
            ResolveTransition(s.id, Outcome.CASE_CLOSED, _("The case was closed."))
            for s in stored
            if s.is_open
        ]
    plan = _Plan(facts, stored, rules, today)
    plan.singleton(TransitionKind.TURNS_18, _turns_18(facts))
    plan.singleton(
        TransitionKind.AFTERCARE_END, _aftercare_end(facts, rules) if facts.in_aftercare else None
    )
    plan.move_out()
    plan.permit_expiries()
    plan.placement_ends()
    return plan.steps


def derive_transitions(facts: CaseFacts, rules: TransitionRules) -> list[ImpliedTransition]:
    """The transitions a new record implies (what `reconcile` creates when nothing is stored)."""
    created = [
        step.implied
        for step in reconcile(facts, (), rules, date.min)
        if isinstance(step, CreateTransition)
    ]
    return sorted(created, key=lambda t: (t.due_date, t.kind.value))


def implied_by(facts: CaseFacts, rules: TransitionRules) -> list[ImpliedTransition]:
    """Every transition the record implies, look-back aside, in the order `reconcile` creates
    them for a case with nothing stored (for `creations`)."""
    unbounded = replace(facts, created_on=None) if facts.created_on is not None else facts
    return [
        step.implied
        for step in reconcile(unbounded, (), rules, date.min)
        if isinstance(step, CreateTransition)
    ]


def creations(
    facts: CaseFacts,
    implied_transitions: Sequence[ImpliedTransition],
    rules: TransitionRules,
    today: date,
) -> list[CreateTransition]:
    """What `reconcile(facts, (), rules, today)` creates, from `implied_by(facts, rules)`: the
    look-back applied and the ones already secured on time resolved (bulk creation reads the
    rules once per case instead of twice)."""
    plan = _Plan(facts, (), rules, today)
    for want in implied_transitions:
        plan.create(want)
    return [step for step in plan.steps if isinstance(step, CreateTransition)]


def _turns_18(facts: CaseFacts) -> ImpliedTransition:
    return implied(
        facts,
        TransitionKind.TURNS_18,
        add_years(facts.birth, 18),
        None,
        is_uncertain(facts.dob_precision),
    )


def _aftercare_end(facts: CaseFacts, rules: TransitionRules) -> ImpliedTransition:
    return implied(
        facts,
        TransitionKind.AFTERCARE_END,
        add_years(facts.birth, rules.aftercare_end_age),
        None,
        is_uncertain(facts.dob_precision),
    )


def placement_end_date(placement: PlacementFacts) -> date | None:
    """A placement ends at its planned end, or earlier on the day it actually ended."""
    planned = placement.planned_end_date
    if planned is None:
        return None
    if placement.end_date is not None and placement.end_date < planned:
        return placement.end_date
    return planned


class _Plan:
    def __init__(
        self,
        facts: CaseFacts,
        stored: Sequence[StoredTransition],
        rules: TransitionRules,
        today: date,
    ) -> None:
        self.facts = facts
        self.stored = stored
        self.rules = rules
        self.today = today
        self.steps: list[Step] = []

    # --- helpers -------------------------------------------------------------

    def of_kind(self, kind: TransitionKind) -> list[StoredTransition]:
        return [s for s in self.stored if TransitionKind(s.kind) is kind]

    def _on_time(self, want: ImpliedTransition) -> Outcome | None:
        return Outcome.HOUSED_ON_TIME if want.secured and want.due_date < self.today else None

    def creatable(self, want: ImpliedTransition) -> bool:
        """History from before the case was opened is created only `lookback_days` back."""
        created = self.facts.created_on
        return created is None or want.due_date >= created - timedelta(
            days=self.rules.lookback_days
        )

    def create(self, want: ImpliedTransition) -> None:
        if self.creatable(want):
            self.steps.append(CreateTransition(want, self._on_time(want)))

    def keep(self, record: StoredTransition, want: ImpliedTransition) -> None:
        moved = record.due_date if record.due_date != want.due_date else None
        self.steps.append(UpdateTransition(record.id, want, moved, False, self._on_time(want)))

    def reopen(self, record: StoredTransition, want: ImpliedTransition) -> None:
        moved = record.due_date if record.due_date != want.due_date else None
        self.steps.append(UpdateTransition(record.id, want, moved, True, self._on_time(want)))

    def end(self, record: StoredTransition, reason: Message) -> None:
        self.steps.append(ResolveTransition(record.id, Outcome.NO_LONGER_APPLIES, reason))

    def reopens(self, record: StoredTransition, want: ImpliedTransition) -> bool:
        """A resolved transition the record implies again: reopened when the rules resolved it
        as no longer applying (or closed with its case), or when a change to the record moved
        its date to after its outcome was recorded (the outcome was about a date that was wrong)."""
        if record.resolved_automatically and record.outcome in (
            Outcome.NO_LONGER_APPLIES,
            Outcome.CASE_CLOSED,
        ):
            return True
        return (
            record.resolved_on is not None
            and want.due_date != record.due_date
            and want.due_date > record.resolved_on
        )

    def resume(self, records: list[StoredTransition], want: ImpliedTransition) -> None:
        """No open record for `want`: reopen its resolved one when it should, else create it."""
        if not records:
            self.create(want)
            return
        latest = max(records, key=lambda r: (r.resolved_on or date.min, r.id))
        if self.reopens(latest, want):
            self.reopen(latest, want)

    # --- the kinds -----------------------------------------------------------

    def singleton(self, kind: TransitionKind, want: ImpliedTransition | None) -> None:
        records = self.of_kind(kind)
        open_ = [r for r in records if r.is_open]
        if want is None:
            for r in open_:
                self.end(r, _("The record no longer implies it."))
            return
        if open_:
            self.keep(open_[0], want)
            for duplicate in open_[1:]:
                self.end(duplicate, _("Kept once per case."))
            return
        self.resume(records, want)

    def move_out(self) -> None:
        kind = TransitionKind.STATUS_GRANT_MOVE_OUT
        records = self.of_kind(kind)
        open_ = [r for r in records if r.is_open]
        decision = decision_in_force(self.facts.decisions)
        due = move_out_due(decision, self.rules) if decision and is_granting(decision) else None
        if decision is None or due is None:
            for r in open_:
                self.end(r, _("The decision in force no longer grants protection."))
            return
        want = implied(self.facts, kind, due, decision.id)
        if open_:
            # A new granting decision moves the move-out it finds; it is not a second one.
            self.keep(open_[0], want)
            for duplicate in open_[1:]:
                self.end(duplicate, _("Kept once per case."))
            return
        same = [r for r in records if r.source_id == decision.id]
        if same:
            self.resume(same, want)
            return
        current = self.facts.current_placement
        if current is not None and PlacementType(current.placement_type) is PlacementType.RECEPTION:
            self.create(want)

    def permit_expiries(self) -> None:
        kind = TransitionKind.PERMIT_EXPIRY
        records = self.of_kind(kind)
        decision = decision_in_force(self.facts.decisions)
        if not is_granting(decision):
            for r in records:
                if r.is_open:
                    self.end(r, _("The decision in force no longer grants protection."))
            return
        assert decision is not None
        permits = {
            d.id: d.permit_expiry
            for d in self.facts.decisions
            if is_granting(d) and d.permit_expiry is not None
        }
        for r in records:
            if not r.is_open:
                continue
            expiry = permits.get(r.source_id or 0)
            if expiry is None:
                self.end(r, _("The permit is no longer on the record."))
            else:
                self.keep(r, implied(self.facts, kind, expiry, r.source_id))
        if decision.permit_expiry is None:
            return
        same = [r for r in records if r.source_id == decision.id]
        if any(r.is_open for r in same):
            return
        self.resume(same, implied(self.facts, kind, decision.permit_expiry, decision.id))

    def placement_ends(self) -> None:
        kind = TransitionKind.PLACEMENT_END
        records = self.of_kind(kind)
        placements = {p.id: p for p in self.facts.placements}
        for r in records:
            if not r.is_open:
                continue
            placement = placements.get(r.source_id or 0)
            due = placement_end_date(placement) if placement else None
            if due is None:
                self.end(r, _("The placement no longer has a planned end."))
            else:
                self.keep(r, implied(self.facts, kind, due, r.source_id))
        current = self.facts.current_placement
        if current is None or current.planned_end_date is None:
            return
        same = [r for r in records if r.source_id == current.id]
        if any(r.is_open for r in same):
            return
        self.resume(same, implied(self.facts, kind, current.planned_end_date, current.id))


# --- outcomes recorded by a worker ------------------------------------------------


@dataclass(frozen=True)
class OutcomeEntry:
    outcome: Outcome | str
    housing_began: date | None = None
    # The receiving service or municipality (moved elsewhere).
    receiving: str | None = None
    reason: str | None = None


def check_outcome(entry: OutcomeEntry, due_date: date, today: date) -> dict[str, Message]:
    """What is wrong with an outcome a worker records, by field (empty when it is fine)."""
    errors: dict[str, Message] = {}
    try:
        outcome = Outcome(entry.outcome)
    except ValueError:
        outcome = None
    if outcome not in WORKER_OUTCOMES:
        errors["outcome"] = _(
            "'{value}' is not an outcome a worker records (one of: {choices}).",
            value=str(entry.outcome),
            choices=", ".join(o.value for o in WORKER_OUTCOMES),
        )
        return errors
    if outcome is Outcome.HOUSED_LATE:
        if entry.housing_began is None:
            errors["housing_began"] = _("Give the date housing began.")
        elif entry.housing_began <= due_date:
            errors["housing_began"] = _(
                "Housing began on or before the due date: record the offer (accepted, with its "
                "move-in date) and the transition counts as housed on time."
            )
        elif entry.housing_began > today:
            errors["housing_began"] = _("The date housing began cannot be in the future.")
    if outcome is Outcome.MOVED_ELSEWHERE and not (entry.receiving or "").strip():
        errors["receiving"] = _("Name the receiving service or municipality.")
    if outcome is Outcome.NO_LONGER_APPLIES and not (entry.reason or "").strip():
        errors["reason"] = _("Give the reason it no longer applies.")
    return errors
