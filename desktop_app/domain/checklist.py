"""The readiness checklist: its items and how readiness is counted."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

HOUSING_SECURED = "housing_secured"

# Keys of DESIGN.md, in the order a worker reads them.
DEFAULT_CHECKLIST: tuple[str, ...] = (
    HOUSING_SECURED,
    "income",
    "budget_plan",
    "bank_account",
    "identity_documents",
    "health_registration",
    "language_course",
    "education_employment_plan",
    "adult_connections",
    "guardian_aftercare",
    "worker_continuity",
    "life_plan_reviewed",
)

# English labels; the UI and reports translate them.
CHECKLIST_LABELS: Mapping[str, str] = {
    HOUSING_SECURED: "Housing secured",
    "income": "Income or benefits arranged",
    "budget_plan": "Budget plan",
    "bank_account": "Bank account",
    "identity_documents": "Identity documents",
    "health_registration": "Health registration and insurance",
    "language_course": "Language course",
    "education_employment_plan": "Education or employment plan",
    "adult_connections": "Adult connections (mentor, network)",
    "guardian_aftercare": "Guardian / after-care arranged",
    "worker_continuity": "Worker continuity confirmed",
    "life_plan_reviewed": "Life plan reviewed",
}


@dataclass(frozen=True)
class ChecklistResult:
    readiness: int
    missing: tuple[str, ...]
    done: tuple[str, ...]


def evaluate_checklist(
    template: Iterable[str],
    done_items: Iterable[str],
    housing_secured: bool,
    not_applicable: Iterable[str] = (),
) -> ChecklistResult:
    """Readiness = done applicable items ÷ applicable items × 100, rounded down.

    `housing_secured` is never ticked by hand: it follows the housing offers.
    """
    done_set = set(done_items) - {HOUSING_SECURED}
    if housing_secured:
        done_set.add(HOUSING_SECURED)
    skip = set(not_applicable) - {HOUSING_SECURED}
    applicable = [key for key in template if key not in skip]
    done = tuple(key for key in applicable if key in done_set)
    missing = tuple(key for key in applicable if key not in done_set)
    readiness = (len(done) * 100) // len(applicable) if applicable else 100
    return ChecklistResult(readiness=readiness, missing=missing, done=done)
