"""Transitions derived from a case record, and their risk.

Transitions are never typed: they follow from the date of birth, the legal
status decisions, the placements and the settings. The functions here are
pure; the services store their results so lists stay fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.domain.dates import DobPrecision, add_years, effective_birth_date, is_uncertain
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


class PlacementType(StrEnum):
    RECEPTION = "reception"
    FOSTER = "foster"
    RESIDENTIAL = "residential"
    SUPPORTED = "supported"
    OWN_TENANCY = "own_tenancy"
    OTHER = "other"


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
    decision_type: DecisionType | str
    decision_date: date | None
    permit_expiry: date | None = None


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
    # The newest decision last.
    decisions: Sequence[Decision] = ()
    current_placement_type: PlacementType | str | None = None
    current_placement_planned_end: date | None = None
    move_out_deadline_override: date | None = None
    offers: Sequence[OfferFacts] = field(default_factory=tuple)


@dataclass(frozen=True)
class DerivedTransition:
    kind: TransitionKind
    due_date: date
    uncertain: bool


def latest_decision(decisions: Sequence[Decision]) -> Decision | None:
    """The decision in force: the one with the latest decision date (undated ones count as pending)."""
    dated = [d for d in decisions if d.decision_date is not None]
    if not dated:
        return decisions[-1] if decisions else None
    return max(dated, key=lambda d: d.decision_date or date.min)


def derive_transitions(facts: CaseFacts, rules: TransitionRules) -> list[DerivedTransition]:
    """Every transition the record implies, whatever today is (listing filters later)."""
    if not facts.is_open:
        return []
    birth = effective_birth_date(facts.date_of_birth, facts.dob_precision)
    uncertain = is_uncertain(facts.dob_precision)
    found: list[DerivedTransition] = [
        DerivedTransition(TransitionKind.TURNS_18, add_years(birth, 18), uncertain)
    ]
    if facts.in_aftercare:
        found.append(
            DerivedTransition(
                TransitionKind.AFTERCARE_END, add_years(birth, rules.aftercare_end_age), uncertain
            )
        )
    decision = latest_decision(facts.decisions)
    if decision is not None:
        granted = DecisionType(decision.decision_type) in GRANTING_DECISIONS
        in_reception = facts.current_placement_type == PlacementType.RECEPTION
        if granted and in_reception and decision.decision_date is not None:
            due = facts.move_out_deadline_override or (
                decision.decision_date + timedelta(days=rules.move_out_days)
            )
            found.append(DerivedTransition(TransitionKind.STATUS_GRANT_MOVE_OUT, due, False))
        if decision.permit_expiry is not None:
            found.append(
                DerivedTransition(TransitionKind.PERMIT_EXPIRY, decision.permit_expiry, False)
            )
    if facts.current_placement_planned_end is not None:
        found.append(
            DerivedTransition(
                TransitionKind.PLACEMENT_END, facts.current_placement_planned_end, False
            )
        )
    found.sort(key=lambda t: (t.due_date, t.kind.value))
    return found


def housing_secured(offers: Iterable[OfferFacts], due_date: date) -> bool:
    """An offer accepted, contract signed or moved in, with a move-in date on or before the due date."""
    return any(
        OfferState(o.state) in SECURING_OFFER_STATES
        and o.move_in_date is not None
        and o.move_in_date <= due_date
        for o in offers
    )


def assess_risk(
    due_date: date, today: date, secured: bool, readiness: int, rules: TransitionRules
) -> Risk:
    """Red when overdue or due within 30 days without housing; amber when due within 90 days
    and readiness is below 70; otherwise green."""
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
    secured: bool,
    rules: TransitionRules,
) -> bool:
    """Whether a transition still belongs on the lists today.

    Passed and housed: resolved. Passed and not housed: listed as overdue for
    `lookback_days`. A permit expiry shows from `permit_warning_days` before.
    """
    days_left = (due_date - today).days
    if days_left < 0:
        return not secured and days_left >= -rules.lookback_days
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
) -> str:
    """One sentence saying why a transition has its risk: English (translatable later, see
    `i18n.Message`), or through `gettext` (the printed documents pass their catalogue)."""
    text = _risk_reason(risk, days_left, secured, readiness, rules)
    return text.translated(gettext) if gettext else text


def _risk_reason(
    risk: Risk, days_left: int, secured: bool, readiness: int, rules: TransitionRules
) -> Message:
    if risk is Risk.RED:
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
        return _("Overdue, but housing is secured.")
    if days_left > rules.amber_within_days:
        return _(
            "Due in {days} days: more than {ahead} days ahead.",
            days=days_left,
            ahead=rules.amber_within_days,
        )
    if secured:
        return _("Housing is secured and {readiness}% ready.", readiness=readiness)
    return _(
        "Due in {days} days and {readiness}% ready; housing still to be secured.",
        days=days_left,
        readiness=readiness,
    )
