"""The readiness checklists: their items, the templates per transition kind and age group,
and how readiness is counted."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

HOUSING_SECURED = "housing_secured"
CARE_PLACEMENT = "care_placement"
PERMIT_RENEWAL = "permit_renewal"

# Items that follow from the record and are never ticked by hand: what must be
# secured before a transition's due date (housing, a minor's care placement, a
# permit's renewal). Each transition has exactly one of them.
SECURE_ITEMS = frozenset({HOUSING_SECURED, CARE_PLACEMENT, PERMIT_RENEWAL})

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

# A young person under 18 on the due date of a move-out after a status grant.
MINOR_MOVE_OUT_CHECKLIST: tuple[str, ...] = (
    CARE_PLACEMENT,
    "guardian_appointed",
    "school_place",
    "health_registration",
    "language_course",
    "identity_documents",
    "adult_connections",
    "worker_continuity",
    "life_plan_reviewed",
)

# An expiring permit is a legal matter: its renewal takes housing's place.
PERMIT_EXPIRY_CHECKLIST: tuple[str, ...] = tuple(
    PERMIT_RENEWAL if key == HOUSING_SECURED else key for key in DEFAULT_CHECKLIST
)

TRANSITION_KINDS: tuple[str, ...] = (
    "status_grant_move_out",
    "turns_18",
    "aftercare_end",
    "permit_expiry",
    "placement_end",
)
AGE_GROUPS: tuple[str, ...] = ("adult", "minor")


def default_templates() -> dict[str, dict[str, list[str]]]:
    """One template per transition kind and age group (a setting an administrator edits)."""
    templates: dict[str, dict[str, list[str]]] = {}
    for kind in TRANSITION_KINDS:
        adult = PERMIT_EXPIRY_CHECKLIST if kind == "permit_expiry" else DEFAULT_CHECKLIST
        minor = MINOR_MOVE_OUT_CHECKLIST if kind == "status_grant_move_out" else adult
        templates[kind] = {"adult": list(adult), "minor": list(minor)}
    return templates


# Read by `template_for` only, never handed out (callers get their own copy above).
_DEFAULT_TEMPLATES = default_templates()


def template_for(
    templates: Mapping[str, Any] | None, kind: str, age_group: str, secure_item: str
) -> tuple[str, ...]:
    """The checklist of one transition: its kind's and age group's template, with the
    transition's own secure item first if the template left it out, and no other."""
    chosen: Iterable[str] | None = None
    if templates:
        chosen = (templates.get(kind) or {}).get(age_group)
    if not chosen:
        chosen = _DEFAULT_TEMPLATES[kind][age_group]
    items = [k for k in dict.fromkeys(chosen) if k not in SECURE_ITEMS or k == secure_item]
    if secure_item not in items:
        items.insert(0, secure_item)
    return tuple(items)


# English labels; the UI and reports translate them.
CHECKLIST_LABELS: Mapping[str, str] = {
    HOUSING_SECURED: "Housing secured",
    CARE_PLACEMENT: "Care placement secured (foster, residential or supported)",
    PERMIT_RENEWAL: "Permit renewal applied for or new permit",
    "guardian_appointed": "Guardian appointed",
    "school_place": "School place",
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
    secured: bool,
    not_applicable: Iterable[str] = (),
    secure_item: str = HOUSING_SECURED,
) -> ChecklistResult:
    """Readiness = done applicable items ÷ applicable items × 100, rounded down.

    The secure item (housing, a care placement, a permit's renewal) is never ticked
    by hand and never "not applicable": it follows the record (`secured`).
    """
    done_set = set(done_items) - SECURE_ITEMS
    if secured:
        done_set.add(secure_item)
    skip = set(not_applicable) - SECURE_ITEMS
    applicable = [key for key in template if key not in skip]
    done = tuple(key for key in applicable if key in done_set)
    missing = tuple(key for key in applicable if key not in done_set)
    readiness = (len(done) * 100) // len(applicable) if applicable else 100
    return ChecklistResult(readiness=readiness, missing=missing, done=done)
