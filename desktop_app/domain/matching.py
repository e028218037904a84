"""Matching housing units and young people, both ways, with every score explained in words.

A unit's fit for a case is scored out of 100 from four parts:

- size (30): the household — the young person plus the family members expected
  through family reunification — against the unit's rooms; a place in a shared
  home suits one person only;
- rent (30): the monthly rent against the person's housing budget (up to 10 %
  over still counts half);
- place (20): the unit's municipality against the preferred ones;
- timing (20): available on or before the date the home is needed (the due
  date of the next transition; today when that is overdue).

A unit without step-free access for someone who needs it loses 40 points.
A young person who is still a child when the home is needed is offered only
homes made for children (supported housing, a host family): never an adult unit.
Each part adds one sentence to the reasons. Ties are broken by lower rent,
then by the unit code, so the same data always gives the same order.

Pure functions: the housing service gathers the facts, this module ranks them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.i18n import message as _
from desktop_app.domain.i18n import number

SIZE_POINTS = 30
RENT_POINTS = 30
PLACE_POINTS = 20
TIMING_POINTS = 20
ACCESSIBILITY_PENALTY = 40
# Up to this share over budget the rent still counts half.
RENT_TOLERANCE = 0.10
# A unit ready at most this many days after the due date still counts half.
LATE_TOLERANCE_DAYS = 14
# The only homes offered to someone under 18 on the day the home is needed.
CHILD_UNIT_TYPES = frozenset({"supported", "host_family"})


@dataclass(frozen=True)
class HousingNeeds:
    """What a young person's next home must offer."""

    reunification_members: int = 0
    monthly_budget: float | None = None
    preferred_municipalities: tuple[str, ...] = ()
    needs_accessible: bool = False
    needed_by: date | None = None
    # Under 18 on the day the home is needed.
    minor: bool = False

    @property
    def household_size(self) -> int:
        return 1 + max(0, self.reunification_members)


@dataclass(slots=True)
class UnitFacts:
    """What matching reads about one unit (free places already counted by the caller).

    Not frozen: thousands are built per match, and a frozen dataclass is slower to build.
    """

    unit_id: int
    code: str
    address: str
    municipality: str
    unit_type: str
    rooms: int
    monthly_rent: float | None
    available_from: date | None
    accessible: bool = False
    shared: bool = False
    places: int = 1
    free_places: int = 1
    available_until: date | None = None


@dataclass(frozen=True)
class UnitMatch:
    unit: UnitFacts
    score: int
    # Hard misfits (too small, inaccessible, far over budget, too late) — shown, ranked low.
    fits: bool
    needs: HousingNeeds = field(repr=False, compare=False)
    today: date = field(repr=False, compare=False)

    @property
    def reasons(self) -> tuple[str, ...]:
        """One sentence per part of the score (worked out when asked: ranking skips the words)."""
        return explain_unit(self.needs, self.unit, self.today)


@dataclass(frozen=True)
class CaseCandidate:
    """A case that needs a home, for matching the other way round."""

    case_id: int
    reference: str
    name: str
    needs: HousingNeeds
    transition_kind: str | None
    due_date: date | None


@dataclass(frozen=True)
class CaseMatch:
    candidate: CaseCandidate
    score: int
    reasons: tuple[str, ...]


def money(amount: float) -> str:
    """4500.0 → '4,500', and '4.500' when shown in Danish (the currency is the
    organisation's own)."""
    return number(amount)


def _household_words(needs: HousingNeeds) -> str:
    size = needs.household_size
    if needs.reunification_members > 0:
        return _("a household of {size} expected", size=size)
    return _("one person") if size == 1 else _("a household of {size}", size=size)


def _rooms_words(rooms: int) -> str:
    return _("1 room") if rooms == 1 else _("{rooms} rooms", rooms=rooms)


def _assess(
    needs: HousingNeeds,
    unit: UnitFacts,
    today: date,
    preferred_folded: frozenset[str] | None,
    reasons: list[str] | None,
) -> tuple[int, bool]:
    """The score and whether the unit fits; with a `reasons` list, the sentences too.

    One function for both, so the words can never disagree with the numbers.
    """
    fits = True
    household = needs.household_size
    # Size.
    if unit.shared:
        if household == 1:
            size = SIZE_POINTS
            if reasons is not None:
                reasons.append(_("A place in a shared home for one person: fits."))
        else:
            size = 0
            fits = False
            if reasons is not None:
                reasons.append(
                    _(
                        "A place in a shared home for {value}: too small.",
                        value=_household_words(needs),
                    )
                )
    elif unit.rooms < household:
        size = 0
        fits = False
        if reasons is not None:
            reasons.append(
                _(
                    "{value} for {value2}: too small.",
                    value=_rooms_words(unit.rooms),
                    value2=_household_words(needs),
                )
            )
    elif unit.rooms > household + 1:
        size = SIZE_POINTS * 2 // 3
        if reasons is not None:
            reasons.append(
                _(
                    "{value} for {value2}: larger than needed.",
                    value=_rooms_words(unit.rooms),
                    value2=_household_words(needs),
                )
            )
    else:
        size = SIZE_POINTS
        if reasons is not None:
            reasons.append(
                _(
                    "{value} for {value2}: fits.",
                    value=_rooms_words(unit.rooms),
                    value2=_household_words(needs),
                )
            )
    # Rent.
    rent = unit.monthly_rent
    budget = needs.monthly_budget
    if rent is None:
        rent_points = RENT_POINTS // 2
        if reasons is not None:
            reasons.append(_("Rent not known yet."))
    elif budget is None or budget <= 0:
        rent_points = RENT_POINTS // 2
        if reasons is not None:
            reasons.append(
                _("Rent {value}; no housing budget recorded to compare.", value=money(rent))
            )
    elif rent <= budget:
        rent_points = RENT_POINTS
        if reasons is not None:
            reasons.append(
                _(
                    "Rent {value} within the budget of {value2}.",
                    value=money(rent),
                    value2=money(budget),
                )
            )
    elif rent <= budget * (1 + RENT_TOLERANCE):
        rent_points = RENT_POINTS // 2
        if reasons is not None:
            reasons.append(
                _(
                    "Rent {value} is {value2} over the budget of {value3}.",
                    value=money(rent),
                    value2=money(rent - budget),
                    value3=money(budget),
                )
            )
    else:
        rent_points = 0
        fits = False
        if reasons is not None:
            reasons.append(
                _(
                    "Rent {value} is {value2} over the budget of {value3}: too expensive.",
                    value=money(rent),
                    value2=money(rent - budget),
                    value3=money(budget),
                )
            )
    # Place.
    if preferred_folded is None:
        preferred_folded = frozenset(m.casefold() for m in needs.preferred_municipalities)
    if not preferred_folded:
        place = PLACE_POINTS // 2
        if reasons is not None:
            reasons.append(
                _(
                    "In {unit_municipality}; no preferred municipality recorded.",
                    unit_municipality=unit.municipality,
                )
            )
    elif unit.municipality.casefold() in preferred_folded:
        place = PLACE_POINTS
        if reasons is not None:
            reasons.append(
                _(
                    "In {unit_municipality}, a preferred municipality.",
                    unit_municipality=unit.municipality,
                )
            )
    else:
        place = 0
        if reasons is not None:
            wanted = ", ".join(needs.preferred_municipalities)
            reasons.append(
                _(
                    "In {unit_municipality}, not a preferred municipality ({wanted}).",
                    unit_municipality=unit.municipality,
                    wanted=wanted,
                )
            )
    # Timing.
    needed_by = needs.needed_by
    if needed_by is not None and needed_by < today:
        needed_by = today  # overdue: needed now
    start = unit.available_from
    if start is None or start <= today:
        timing = TIMING_POINTS
        if reasons is not None:
            reasons.append(_("Available now."))
    elif needed_by is None:
        timing = TIMING_POINTS
        if reasons is not None:
            reasons.append(
                _("Available from {value}; no move-out date yet.", value=start.isoformat())
            )
    elif start <= needed_by:
        timing = TIMING_POINTS
        if reasons is not None:
            reasons.append(
                _(
                    "Available from {value}, before the move on {value2}.",
                    value=start.isoformat(),
                    value2=needed_by.isoformat(),
                )
            )
    else:
        late = (start - needed_by).days
        if late <= LATE_TOLERANCE_DAYS:
            timing = TIMING_POINTS // 2
            if reasons is not None:
                days = _("1 day") if late == 1 else _("{late} days", late=late)
                reasons.append(
                    _(
                        "Available from {value}, {days} after the move on {value2}.",
                        value=start.isoformat(),
                        days=days,
                        value2=needed_by.isoformat(),
                    )
                )
        else:
            timing = 0
            fits = False
            if reasons is not None:
                days = _("1 day") if late == 1 else _("{late} days", late=late)
                reasons.append(
                    _(
                        "Available from {value}, {days} after the move on {value2}: too late.",
                        value=start.isoformat(),
                        days=days,
                        value2=needed_by.isoformat(),
                    )
                )
    if unit.available_until is not None and reasons is not None:
        reasons.append(_("Available only until {value}.", value=unit.available_until.isoformat()))
    score = size + rent_points + place + timing
    # Accessibility.
    if needs.needs_accessible:
        if unit.accessible:
            if reasons is not None:
                reasons.append(_("Step-free access, as needed."))
        else:
            score = max(0, score - ACCESSIBILITY_PENALTY)
            fits = False
            if reasons is not None:
                reasons.append(_("No step-free access, which is needed."))
    # Age.
    if not suits_age(needs, unit):
        score, fits = 0, False
        if reasons is not None:
            reasons.append(
                _("Not a home for someone under 18: only supported housing or a host family.")
            )
    return score, fits


def explain_unit(needs: HousingNeeds, unit: UnitFacts, today: date) -> tuple[str, ...]:
    """The reasons for a unit's score, in words."""
    reasons: list[str] = []
    _assess(needs, unit, today, None, reasons)
    return tuple(reasons)


def suits_age(needs: HousingNeeds, unit: UnitFacts) -> bool:
    """No adult unit for a child."""
    return not needs.minor or unit.unit_type in CHILD_UNIT_TYPES


def score_unit(
    needs: HousingNeeds,
    unit: UnitFacts,
    today: date,
    *,
    preferred_folded: frozenset[str] | None = None,
) -> UnitMatch:
    """Score one unit for one person's needs (its `reasons` say why in words)."""
    score, fits = _assess(needs, unit, today, preferred_folded, None)
    return UnitMatch(unit=unit, score=score, fits=fits, needs=needs, today=today)


def rank_units(needs: HousingNeeds, units: Iterable[UnitFacts], today: date) -> list[UnitMatch]:
    """Every unit with a free place that suits the person's age, best fit first (ties: lower
    rent, then code)."""
    preferred = frozenset(m.casefold() for m in needs.preferred_municipalities)
    inf = float("inf")
    scored = []
    for unit in units:
        if unit.free_places > 0 and suits_age(needs, unit):
            score, fits = _assess(needs, unit, today, preferred, None)
            rent = unit.monthly_rent
            scored.append((-score, rent if rent is not None else inf, unit.code, fits, unit))
    scored.sort(key=lambda row: row[:3])
    return [
        UnitMatch(unit=unit, score=-neg, fits=fits, needs=needs, today=today)
        for neg, _, _, fits, unit in scored
    ]


def rank_cases(
    unit: UnitFacts, candidates: Sequence[CaseCandidate], today: date
) -> list[CaseMatch]:
    """The cases this unit fits, most urgent transition first (then best score, reference)."""
    found: list[CaseMatch] = []
    for candidate in candidates:
        if not suits_age(candidate.needs, unit):
            continue
        match = score_unit(candidate.needs, unit, today)
        if match.fits:
            found.append(CaseMatch(candidate=candidate, score=match.score, reasons=match.reasons))
    found.sort(
        key=lambda m: (
            m.candidate.due_date or date.max,
            -m.score,
            m.candidate.reference,
        )
    )
    return found


def split_municipalities(text: str | None) -> tuple[str, ...]:
    """'Aarhus; Skanderborg, Odder' → ('Aarhus', 'Skanderborg', 'Odder')."""
    if not text:
        return ()
    parts = [p.strip() for p in text.replace(",", ";").split(";")]
    return tuple(p for p in parts if p)
