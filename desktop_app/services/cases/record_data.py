"""The case record as plain, immutable values: what the case screen, its tabs and the printed
documents read, with no database session behind them.

`services.cases.opening` builds these from the rows of one case in one unit of work; a
screen can keep them as long as it likes, and nothing in them loads anything later.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from desktop_app.services.partners.enrolments import Enrolment
from desktop_app.services.partners.work_support import WorkSupport
from desktop_app.services.transitions.listing import TransitionRow

# Who the people around a young person are (contacts' roles).
CONTACT_ROLES = (
    "guardian",
    "mentor",
    "family",
    "teacher",
    "landlord",
    "lawyer",
    "interpreter",
    "other",
)
# The roles that make up a young person's adult network ("adult connections" on the checklist).
NETWORK_ROLES = frozenset({"mentor", "family", "teacher", "other"})


@dataclass(frozen=True)
class PersonRef:
    """A user of Homeward named on the record (a worker, an author, a task's owner)."""

    id: int
    username: str
    full_name: str


@dataclass(frozen=True)
class CaseDetails:
    """The person record and the case's state (the `cases` row, as values)."""

    id: int
    reference: str
    given_name: str
    family_name: str
    preferred_name: str | None
    date_of_birth: date
    dob_precision: str
    sex: str
    nationality: str | None
    country_of_origin: str | None
    languages: str | None
    interpreter_needed: bool
    interpreter_language: str | None
    arrival_date: date | None
    unaccompanied: bool
    legal_guardian: str | None
    external_references: str | None
    status: str
    closed_reason: str | None
    closed_on: date | None
    in_aftercare: bool
    family_reunification_members: int
    monthly_housing_budget: Decimal | float | None
    preferred_municipalities: str | None
    needs_accessible_housing: bool
    team_id: int | None
    primary_worker_id: int | None
    anonymised: bool
    next_kind: str | None
    next_due_date: date | None
    created_at: datetime
    updated_at: datetime
    version: int

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True)
class DecisionFacts:
    id: int
    decision_type: str
    application_date: date | None
    decision_date: date | None
    permit_expiry: date | None
    authority_reference: str | None
    note: str | None
    move_out_deadline: date | None
    renewal_applied_on: date | None
    withdrawn_on: date | None
    withdrawn_reason: str | None


@dataclass(frozen=True)
class PlacementFacts:
    id: int
    placement_type: str
    name: str | None
    address: str | None
    municipality: str | None
    start_date: date | None
    planned_end_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class AgeAssessmentFacts:
    id: int
    assessed_on: date
    assessed_by: str | None
    method: str | None
    previous_date_of_birth: date | None
    previous_precision: str | None
    new_date_of_birth: date
    note: str | None


@dataclass(frozen=True)
class UnitFacts:
    id: int
    code: str
    address: str
    municipality: str
    unit_type: str
    rooms: int
    monthly_rent: Decimal | float | None


@dataclass(frozen=True)
class OfferFacts:
    id: int
    state: str
    proposed_on: date
    move_in_date: date | None
    end_date: date | None
    decline_reason: str | None
    unit: UnitFacts


@dataclass(frozen=True)
class AssignmentFacts:
    id: int
    user_id: int
    user: PersonRef
    role: str
    start_date: date
    end_date: date | None
    reason: str | None
    handover_note: str | None


@dataclass(frozen=True)
class MoveFacts:
    """A school change, a move between municipalities, a hand-over to after-care or a team
    transfer, with whether the worker continued."""

    id: int
    kind: str
    moved_on: date
    from_place: str | None
    to_place: str | None
    worker_continued: bool
    note: str | None


@dataclass(frozen=True)
class GoalFacts:
    id: int
    domain: str
    goal: str
    target_date: date | None
    status: str
    ended_on: date | None


@dataclass(frozen=True)
class NoteFacts:
    id: int
    note_date: date
    kind: str
    text: str
    confidential: bool
    author: PersonRef | None
    created_at: datetime


@dataclass(frozen=True)
class TaskFacts:
    id: int
    title: str
    due_date: date | None
    done_at: datetime | None
    owner: PersonRef | None
    created_at: datetime

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class ContactFacts:
    id: int
    name: str
    role: str
    relation: str | None
    organisation: str | None
    phone: str | None
    email: str | None
    note: str | None
    ended_on: date | None

    def current_on(self, day: date) -> bool:
        return self.ended_on is None or self.ended_on > day


@dataclass(frozen=True)
class CheckinFacts:
    id: int
    checkin_date: date
    feels_safe: int
    part_of_neighbourhood: int
    people_to_turn_to: int
    takes_part_in_activities: int
    note: str | None


@dataclass(frozen=True)
class ActivityFacts:
    id: int
    kind: str
    name: str
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class ConsentFacts:
    """Consent to share with a recipient, for a scope (`purpose`), from a day, perhaps until
    an expiry; a withdrawal ends it."""

    id: int
    purpose: str
    recipient: str
    given_on: date
    expires_on: date | None
    withdrawn_on: date | None
    note: str | None

    def in_force_on(self, day: date) -> bool:
        return (
            self.given_on <= day
            and (self.withdrawn_on is None or self.withdrawn_on > day)
            and (self.expires_on is None or self.expires_on >= day)
        )


@dataclass(frozen=True)
class ClosureFacts:
    """A request to close the case and what the team lead decided."""

    id: int
    requested_by: str
    requested_at: datetime
    reason: str
    state: str  # requested / approved / returned
    comment: str | None
    decided_by: str | None


@dataclass(frozen=True)
class ContinuityFacts:
    """The case's worker-continuity figures, as DESIGN.md measures continuity."""

    worker_changes_12_months: int
    same_worker: int
    judged: int
    moves: int
    moves_worker_continued: int


def frozen_sets(values: Mapping[str, set[str]]) -> Mapping[str, frozenset[str]]:
    """A read-only mapping of read-only sets (ticks by transition kind)."""
    return MappingProxyType({key: frozenset(items) for key, items in values.items()})


@dataclass(frozen=True)
class CaseRecord:
    """Everything shown in the case record, read once, as values."""

    case: CaseDetails
    team_name: str | None
    primary_worker: PersonRef | None
    decisions: tuple[DecisionFacts, ...]
    placements: tuple[PlacementFacts, ...]
    age_assessments: tuple[AgeAssessmentFacts, ...]
    offers: tuple[OfferFacts, ...]
    # Kept as the partners' services hand them over.
    enrolments: tuple[Enrolment, ...]
    employment: tuple[WorkSupport, ...]
    assignments: tuple[AssignmentFacts, ...]
    moves: tuple[MoveFacts, ...]
    goals: tuple[GoalFacts, ...]
    notes: tuple[NoteFacts, ...]
    tasks: tuple[TaskFacts, ...]
    contacts: tuple[ContactFacts, ...]
    checkins: tuple[CheckinFacts, ...]
    activities: tuple[ActivityFacts, ...]
    consents: tuple[ConsentFacts, ...]
    checklist: Mapping[str, frozenset[str]]
    transitions: tuple[TransitionRow, ...]
    can_edit: bool
    can_see_confidential: bool
    continuity: ContinuityFacts
    hidden_confidential_notes: int = 0
    checklist_na: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    # The request to close the case that waits for the team lead, if any; every request.
    pending_closure: ClosureFacts | None = None
    closures: tuple[ClosureFacts, ...] = ()
    # The team lead of the case's team: decides on closing it, merges duplicates into it.
    leads_team: bool = False
    # References of duplicates merged into this case (aliases that still find it).
    aliases: tuple[str, ...] = ()

    @property
    def open_transitions(self) -> list[TransitionRow]:
        return [t for t in self.transitions if t.status == "open"]

    @property
    def resolved_transitions(self) -> list[TransitionRow]:
        return [t for t in self.transitions if t.status != "open"]

    @property
    def current_placement(self) -> PlacementFacts | None:
        current = [p for p in self.placements if p.end_date is None]
        return current[-1] if current else None

    def network_contacts(self, day: date) -> list[ContactFacts]:
        """The adults around the young person now (mentor, family, teacher, others)."""
        return [c for c in self.contacts if c.role in NETWORK_ROLES and c.current_on(day)]


def values_of(row: Any, kind: type[Any], **extra: Any) -> Any:
    """A plain `kind` from the columns of an ORM row of the same field names."""
    names = [f for f in kind.__dataclass_fields__ if f not in extra]
    return kind(**{name: getattr(row, name) for name in names}, **extra)
