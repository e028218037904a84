"""Where a demo young person stands: when they turn 18, their status decision, where they live,
how far their housing and readiness have come. The first twelve cases are written by hand so
`worker` sees every risk level; the others are drawn."""

from __future__ import annotations

import random
from dataclasses import dataclass

from desktop_app.demo.draws import cumulative, weighted

GRANTS = ("refugee", "subsidiary", "humanitarian", "temporary")
# How precisely a drawn date of birth is known, and how often.
_PRECISIONS = ("exact", "month", "year", "assessed")
_PRECISIONS_CUM = cumulative((70, 10, 10, 10))

# Hand-made first cases: (days until the 18th birthday, decision, days since decision,
# placement, offer state or None, share of checklist done, in after-care)
SCENARIOS: tuple[tuple[int, str, int | None, str, str | None, float, bool], ...] = (
    (20, "pending", None, "residential", None, 0.3, False),  # red: turns 18 in 3 weeks, no housing
    (
        -400,
        "refugee",
        5,
        "reception",
        "accepted",
        0.5,
        False,
    ),  # amber: move-out secured, half ready
    (75, "subsidiary", 300, "foster", None, 0.9, False),  # green: 75 days, 90 % ready
    (-200, "refugee", 70, "reception", None, 0.2, False),  # red: move-out overdue
    (60, "humanitarian", 200, "supported", "viewing", 0.4, False),  # amber: 60 days, 40 %
    (-900, "temporary", 400, "own_tenancy", "moved_in", 0.8, True),  # after-care ending
    (300, "pending", None, "foster", None, 0.1, False),  # green: far ahead
    (45, "rejected", 100, "residential", "proposed", 0.6, False),  # amber
    (25, "refugee", 150, "supported", "contract_signed", 0.7, False),  # secured before 18
    (-30, "appeal", 60, "residential", None, 0.2, False),  # red: overdue
    (100, "refugee", 12, "reception", None, 0.3, False),  # red: move-out in 16 days
    (500, "subsidiary", 500, "foster", None, 0.5, False),
)


@dataclass(frozen=True, slots=True)
class Situation:
    days_to_18: int  # negative: turned 18 that many days ago
    precision: str  # of the date of birth: exact, month, year, assessed
    decision_type: str
    since_decision: int | None  # days since the decision; None while it is pending
    placement_type: str
    offer_state: str | None  # the state of the housing offer, if there is one
    done_share: float  # the share of checklist items done
    aftercare: bool


def hand_made(scenario: int) -> Situation:
    """One of the first twelve cases, as planned (no random draws)."""
    (
        days_to_18,
        decision_type,
        since_decision,
        placement_type,
        offer_state,
        done_share,
        aftercare,
    ) = SCENARIOS[scenario]
    precision = ("exact", "year", "exact", "month", "assessed", "exact")[scenario % 6]
    if precision in ("year", "month"):
        precision = "exact"  # keep the hand-made dates exactly as planned
    return Situation(
        days_to_18,
        precision,
        decision_type,
        since_decision,
        placement_type,
        offer_state,
        done_share,
        aftercare,
    )


def draw(rng: random.Random) -> Situation:
    """A drawn case: every age around 18, decisions in their usual shares, housing under way."""
    days_to_18 = rng.randint(-4 * 365, 3 * 365)
    precision = weighted(rng, _PRECISIONS, _PRECISIONS_CUM)
    roll = rng.random()
    since_decision: int | None
    if roll < 0.15:
        decision_type, since_decision = "pending", None
    elif roll < 0.25:
        decision_type, since_decision = rng.choice(GRANTS), rng.randint(0, 70)
    elif roll < 0.75:
        decision_type, since_decision = rng.choice(GRANTS), rng.randint(71, 900)
    elif roll < 0.88:
        decision_type, since_decision = "rejected", rng.randint(10, 700)
    else:
        decision_type, since_decision = "appeal", rng.randint(10, 400)
    age_now = 18 - days_to_18 / 365.25
    if decision_type in GRANTS and since_decision is not None and since_decision <= 70:
        placement_type = "reception"
    elif age_now >= 18:
        placement_type = rng.choice(
            ("supported", "own_tenancy", "residential", "other", "reception")
        )
    else:
        placement_type = rng.choice(
            ("foster", "residential", "residential", "supported", "reception")
        )
    offer_state = None
    if days_to_18 < 200 or placement_type == "reception":
        offer_state = rng.choice(
            (
                None,
                None,
                "proposed",
                "viewing",
                "accepted",
                "declined",
                "contract_signed",
                "moved_in",
            )
        )
    done_share = rng.random()
    aftercare = age_now >= 18 and placement_type != "reception" and rng.random() < 0.5
    return Situation(
        days_to_18,
        precision,
        decision_type,
        since_decision,
        placement_type,
        offer_state,
        done_share,
        aftercare,
    )
