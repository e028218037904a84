"""Transitions implied by a case record, what must be secured for each, and their risk.

Transitions are never typed: they follow from the date of birth, the legal
status decisions, the placements and the settings. The functions here are
pure. The services keep each transition as a lasting record (see
`transition_records`, which also says which transitions a record implies):
created the first time the record implies it, moved when the record changes,
resolved with an outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.domain.dates import (
    DobPrecision,
    age_on,
    effective_birth_date,
)
from desktop_app.domain.i18n import Message
from desktop_app.domain.i18n import message as _


class TransitionKind(StrEnum):
    STATUS_GRANT_MOVE_OUT = "status_grant_move_out"
    TURNS_18 = "turns_18"
    AFTERCARE_END = "aftercare_end"
    PERMIT_EXPIRY = "permit_expiry"
    PLACEMENT_END = "placement_end"


class Risk(StrEnum):
    RED = "red"
    AMBER = "amber"
    GREEN = "green"


class DecisionType(StrEnum):
    REFUGEE = "refugee"
    SUBSIDIARY = "subsidiary"
    HUMANITARIAN = "humanitarian"
    TEMPORARY = "temporary"
    REJECTED = "rejected"
    # The authority withdraws (revokes) a status it granted.
    WITHDRAWN = "withdrawn"
    APPEAL = "appeal"
    PENDING = "pending"


GRANTING_DECISIONS = frozenset(
    {
        DecisionType.REFUGEE,
        DecisionType.SUBSIDIARY,
        DecisionType.HUMANITARIAN,
        DecisionType.TEMPORARY,
    }
)

# Entries that do not end a granted status: a young person appealing for a better
# status must still leave reception.
NON_ENDING_DECISIONS = frozenset({DecisionType.APPEAL, DecisionType.PENDING})


class PlacementType(StrEnum):
    RECEPTION = "reception"
    FOSTER = "foster"
    RESIDENTIAL = "residential"
    SUPPORTED = "supported"
    OWN_TENANCY = "own_tenancy"
    OTHER = "other"


# What a minor's move-out is met by.
CARE_PLACEMENTS = frozenset(
    {PlacementType.FOSTER, PlacementType.RESIDENTIAL, PlacementType.SUPPORTED}
)


class OfferState(StrEnum):
    PROPOSED = "proposed"
    VIEWING = "viewing"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CONTRACT_SIGNED = "contract_signed"
    MOVED_IN = "moved_in"
    ENDED = "ended"


SECURING_OFFER_STATES = frozenset(
    {OfferState.ACCEPTED, OfferState.CONTRACT_SIGNED, OfferState.MOVED_IN}
)


class SecureItem(StrEnum):
    """What must be secured before a transition's due date (a checklist key never ticked by hand)."""

    HOUSING = "housing_secured"
    CARE_PLACEMENT = "care_placement"
    PERMIT_RENEWAL = "permit_renewal"


class AgeGroup(StrEnum):
    ADULT = "adult"
    MINOR = "minor"


@dataclass(frozen=True)
class TransitionRules:
    """The numbers of DESIGN.md's transition rules; each one is a setting."""

    move_out_days: int = 28
    aftercare_end_age: int = 21
    permit_warning_days: int = 120
    lookback_days: int = 60
    red_within_days: int = 30
    amber_within_days: int = 90
    amber_readiness_below: int = 70


@dataclass(frozen=True)
class Decision:
    """A legal status entry as the rules see it (entries withdrawn as recorded in error are left out).

    `id` is the recording order: on the same decision date, the one recorded last is in force.
    """

    decision_type: DecisionType | str
    decision_date: date | None
    permit_expiry: date | None = None
    id: int = 0
    # A per-case move-out deadline belongs to the decision it was set for.
    move_out_deadline: date | None = None
    # The permit's renewal, applied for on this date.
    renewal_applied_on: date | None = None


@dataclass(frozen=True)
class PlacementFacts:
    id: int
    placement_type: PlacementType | str
    start_date: date | None
    planned_end_date: date | None = None
    end_date: date | None = None  # None: current


@dataclass(frozen=True)
class OfferFacts:
    state: OfferState | str
    move_in_date: date | None


@dataclass(frozen=True)
class CaseFacts:
    """What the rules need to know about one case."""

    date_of_birth: date
    dob_precision: DobPrecision | str
    is_open: bool = True
    in_aftercare: bool = False
    decisions: Sequence[Decision] = ()
    placements: Sequence[PlacementFacts] = ()
    offers: Sequence[OfferFacts] = field(default_factory=tuple)
    # The day the case was created or imported (the look-back counts from it).
    created_on: date | None = None

    @property
    def birth(self) -> date:
        return effective_birth_date(self.date_of_birth, self.dob_precision)

    @property
    def current_placement(self) -> PlacementFacts | None:
        """The latest placement that has not ended (a new placement ends the previous one)."""
        current = [p for p in self.placements if p.end_date is None]
        return max(current, key=lambda p: (p.start_date or date.min, p.id), default=None)


@dataclass(frozen=True)
class ImpliedTransition:
    """A transition the record implies, with what it needs and whether that is secured."""

    kind: TransitionKind
    due_date: date
    uncertain: bool
    # The decision (move-out, permit expiry) or placement (placement end) it comes from.
    source_id: int | None
    age_group: AgeGroup
    secure_item: SecureItem
    secured: bool


def decision_in_force(decisions: Sequence[Decision]) -> Decision | None:
    """The decision in force: the latest by decision date, on the same date the one recorded last.

    An appeal or pending entry does not end a granted status: only a later granting,
    rejecting or withdrawing decision replaces it. Undated entries count as recorded
    after every dated one.
    """
    in_force: Decision | None = None
    for decision in sorted(
        decisions, key=lambda d: (d.decision_date is None, d.decision_date or date.min, d.id)
    ):
        ending = DecisionType(decision.decision_type) not in NON_ENDING_DECISIONS
        if ending or in_force is None or not is_granting(in_force):
            in_force = decision
    return in_force


def is_granting(decision: Decision | None) -> bool:
    return decision is not None and DecisionType(decision.decision_type) in GRANTING_DECISIONS


def age_group_on(facts: CaseFacts, day: date) -> AgeGroup:
    return AgeGroup.MINOR if age_on(facts.birth, day) < 18 else AgeGroup.ADULT


def move_out_due(decision: Decision, rules: TransitionRules) -> date | None:
    if decision.decision_date is None:
        return None
    return decision.move_out_deadline or decision.decision_date + timedelta(
        days=rules.move_out_days
    )


def housing_secured(offers: Iterable[OfferFacts], due_date: date) -> bool:
    """An offer accepted, contract signed or moved in, with a move-in date on or before the due date."""
    return any(
        OfferState(o.state) in SECURING_OFFER_STATES
        and o.move_in_date is not None
        and o.move_in_date <= due_date
        for o in offers
    )


def care_placement_secured(placements: Iterable[PlacementFacts], due_date: date) -> bool:
    """A foster, residential or supported placement starting on or before the due date (and not
    ended before it)."""
    return any(
        PlacementType(p.placement_type) in CARE_PLACEMENTS
        and p.start_date is not None
        and p.start_date <= due_date
        and (p.end_date is None or p.end_date >= due_date)
        for p in placements
    )


def aftercare_keeps_placement(facts: CaseFacts, due_date: date) -> bool:
    """An after-care decision keeping the young person in their current placement past the date."""
    current = facts.current_placement
    return (
        facts.in_aftercare
        and current is not None
        and PlacementType(current.placement_type) is not PlacementType.RECEPTION
        and (current.start_date is None or current.start_date <= due_date)
        and (current.planned_end_date is None or current.planned_end_date > due_date)
    )


def permit_renewal_secured(permit: Decision, due_date: date, decisions: Sequence[Decision]) -> bool:
    """A renewal applied for, or a new permit recorded, on or before the due date."""
    if permit.renewal_applied_on is not None and permit.renewal_applied_on <= due_date:
        return True
    return any(
        d.id != permit.id
        and is_granting(d)
        and d.permit_expiry is not None
        and d.permit_expiry > due_date
        and d.decision_date is not None
        and d.decision_date <= due_date
        for d in decisions
    )


def secure_item_for(kind: TransitionKind, age_group: AgeGroup) -> SecureItem:
    if kind is TransitionKind.PERMIT_EXPIRY:
        return SecureItem.PERMIT_RENEWAL
    if kind is TransitionKind.STATUS_GRANT_MOVE_OUT and age_group is AgeGroup.MINOR:
        return SecureItem.CARE_PLACEMENT
    return SecureItem.HOUSING


def is_secured(
    facts: CaseFacts,
    kind: TransitionKind,
    due_date: date,
    age_group: AgeGroup,
    source_id: int | None = None,
) -> bool:
    """Whether what this transition needs (its kind's secure item) is secured by its due date."""
    item = secure_item_for(kind, age_group)
    if item is SecureItem.PERMIT_RENEWAL:
        permit = next((d for d in facts.decisions if d.id == source_id), None)
        return permit is not None and permit_renewal_secured(permit, due_date, facts.decisions)
    if item is SecureItem.CARE_PLACEMENT:
        return care_placement_secured(facts.placements, due_date)
    if housing_secured(facts.offers, due_date):
        return True
    return kind is TransitionKind.TURNS_18 and aftercare_keeps_placement(facts, due_date)


def implied(
    facts: CaseFacts,
    kind: TransitionKind,
    due_date: date,
    source_id: int | None,
    uncertain: bool = False,
) -> ImpliedTransition:
    group = age_group_on(facts, due_date)
    return ImpliedTransition(
        kind=kind,
        due_date=due_date,
        uncertain=uncertain,
        source_id=source_id,
        age_group=group,
        secure_item=secure_item_for(kind, group),
        secured=is_secured(facts, kind, due_date, group, source_id),
    )


def assess_risk(
    due_date: date, today: date, secured: bool, readiness: int, rules: TransitionRules
) -> Risk:
    """Red when overdue or due within 30 days without what must be secured; amber when due
    within 90 days and readiness is below 70; otherwise green."""
    days_left = (due_date - today).days
    if not secured and days_left <= rules.red_within_days:
        return Risk.RED
    if 0 <= days_left <= rules.amber_within_days and readiness < rules.amber_readiness_below:
        return Risk.AMBER
    return Risk.GREEN


def is_listed(
    kind: TransitionKind | str,
    due_date: date,
    today: date,
    rules: TransitionRules,
) -> bool:
    """Whether an open transition belongs on the lists today.

    Every overdue open transition is listed, however old, until its outcome is
    recorded; a permit expiry shows from `permit_warning_days` before it.
    """
    days_left = (due_date - today).days
    if days_left < 0:
        return True
    if TransitionKind(kind) is TransitionKind.PERMIT_EXPIRY:
        return days_left <= rules.permit_warning_days
    return True


def explain_risk(
    risk: Risk,
    days_left: int,
    secured: bool,
    readiness: int,
    rules: TransitionRules,
    gettext: Callable[[str], str] | None = None,
    secure_item: SecureItem | str = SecureItem.HOUSING,
) -> str:
    """One sentence saying why a transition has its risk: English (translatable later, see
    `i18n.Message`), or through `gettext` (the printed documents pass their catalogue)."""
    text = _risk_reason(risk, days_left, secured, readiness, rules, SecureItem(secure_item))
    return text.translated(gettext) if gettext else text


def _risk_reason(
    risk: Risk,
    days_left: int,
    secured: bool,
    readiness: int,
    rules: TransitionRules,
    item: SecureItem,
) -> Message:
    if risk is Risk.RED:
        if item is SecureItem.PERMIT_RENEWAL:
            if days_left < 0:
                return _(
                    "Overdue by {days} days and no permit renewal is recorded.", days=-days_left
                )
            return _("Due in {days} days and no permit renewal is recorded.", days=days_left)
        if item is SecureItem.CARE_PLACEMENT:
            if days_left < 0:
                return _(
                    "Overdue by {days} days and no care placement is secured.", days=-days_left
                )
            return _("Due in {days} days and no care placement is secured.", days=days_left)
        if days_left < 0:
            return _("Overdue by {days} days and no housing is secured.", days=-days_left)
        return _("Due in {days} days and no housing is secured.", days=days_left)
    if risk is Risk.AMBER:
        return _(
            "Due in {days} days and only {readiness}% ready (below {threshold}%).",
            days=days_left,
            readiness=readiness,
            threshold=rules.amber_readiness_below,
        )
    if days_left < 0:
        if item is SecureItem.PERMIT_RENEWAL:
            return _("Overdue, but the permit's renewal is recorded.")
        if item is SecureItem.CARE_PLACEMENT:
            return _("Overdue, but a care placement is secured.")
        return _("Overdue, but housing is secured.")
    if days_left > rules.amber_within_days:
        return _(
            "Due in {days} days: more than {ahead} days ahead.",
            days=days_left,
            ahead=rules.amber_within_days,
        )
    if secured:
        if item is SecureItem.PERMIT_RENEWAL:
            return _(
                "The permit's renewal is recorded and {readiness}% ready.", readiness=readiness
            )
        if item is SecureItem.CARE_PLACEMENT:
            return _("A care placement is secured and {readiness}% ready.", readiness=readiness)
        return _("Housing is secured and {readiness}% ready.", readiness=readiness)
    if item is SecureItem.PERMIT_RENEWAL:
        return _(
            "Due in {days} days and {readiness}% ready; the permit's renewal still to be applied for.",
            days=days_left,
            readiness=readiness,
        )
    if item is SecureItem.CARE_PLACEMENT:
        return _(
            "Due in {days} days and {readiness}% ready; a care placement still to be secured.",
            days=days_left,
            readiness=readiness,
        )
    return _(
        "Due in {days} days and {readiness}% ready; housing still to be secured.",
        days=days_left,
        readiness=readiness,
    )
