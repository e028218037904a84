"""Two cases of one person become one: the team lead merges a duplicate into the case kept.

Everything the duplicate held moves onto the case kept — decisions, placements,
assessments, offers, enrolments, support, assignments, moves, goals, notes, tasks, contacts,
check-ins, activities, consents, checklist ticks, transitions, documents, appointments —
and what was recorded twice is reconciled so no twins remain: the same decision recorded on
both is withdrawn as recorded twice, the same placement kept once, a checklist item ticked
on either is ticked, and of two transitions of one kind and date the one whose outcome a
worker recorded is kept. Blank person fields of the case kept are filled from the
duplicate; where both hold different values, the case kept wins and the audit entry keeps
the other.

The duplicate's row stays, marked `merged` and pointing at the case kept: its reference is
then an alias that opening, search and import still find, and what the audit log sealed
about it stays readable (and is erased with the case kept). Audit entries keep referring to
the case they were written about.

Both cases are named with the version the team lead saw; if either changed since, the merge
is refused as a conflict and nothing is changed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.db.models import (
    Base,
    Case,
    CaseSearchToken,
    ChecklistItemState,
    ClosureRequest,
    LegalDecision,
    Placement,
    Team,
    TransferRequest,
    Transition,
    User,
    WorkerAssignment,
)
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.cases.person_fields import EDITABLE_FIELDS
from desktop_app.services.errors import ConflictError, ValidationError
from desktop_app.services.team.scope import is_lead
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import deny, load_case_for_edit

# Tables whose rows are moved by hand (reconciled), or that stay with the duplicate's row.
_RECONCILED = {
    "legal_decisions",
    "placements",
    "worker_assignments",
    "checklist_items",
    "transitions",
}
_STAYING = {"cases", "case_keys", "case_search_tokens", "audit_log"}
# Kinds a case has once at a time: two open ones of them are twins whatever their dates.
_SINGLETON_KINDS = {"turns_18", "aftercare_end", "status_grant_move_out"}


def case_tables() -> list[Any]:
    """Every table holding rows of one case (by a `case_id` column)."""
    return [
        table
        for table in Base.metadata.sorted_tables
        if "case_id" in table.c and table.name not in _STAYING
    ]


@dataclass(frozen=True)
class MergeSide:
    """One of the two cases as the team lead compares them."""

    reference: str
    name: str
    date_of_birth: date
    nationality: str | None
    status: str
    team: str | None
    primary_worker: str | None
    version: int
    # How many rows of each kind the case holds ("notes": 4…), the empty ones left out.
    holds: dict[str, int]


@dataclass(frozen=True)
class MergePreview:
    keep: MergeSide
    other: MergeSide
    # Person fields blank on the case kept that the duplicate fills.
    fills: tuple[str, ...]
    # Person fields both hold with different values: the case kept's stay.
    differences: tuple[str, ...]


def _side(session: Session, case: Case) -> MergeSide:
    holds: dict[str, int] = {}
    for table in case_tables():
        count = session.scalar(
            select(func.count()).select_from(table).where(table.c.case_id == case.id)
        )
        if count:
            holds[table.name] = int(count)
    team = session.scalar(select(Team.name).where(Team.id == case.team_id))
    worker = session.scalar(select(User.full_name).where(User.id == case.primary_worker_id))
    return MergeSide(
        reference=case.reference,
        name=case.display_name,
        date_of_birth=case.date_of_birth,
        nationality=case.nationality,
        status=case.status,
        team=team,
        primary_worker=worker,
        version=case.version,
        holds=holds,
    )


def _blank(value: Any) -> bool:
    return value is None or value == ""


def _compare(keep: Case, other: Case) -> tuple[tuple[str, ...], tuple[str, ...]]:
    fills, differences = [], []
    for name in EDITABLE_FIELDS:
        mine, theirs = getattr(keep, name), getattr(other, name)
        if _blank(mine) and not _blank(theirs):
            fills.append(name)
        elif not _blank(theirs) and mine != theirs:
            differences.append(name)
    return tuple(fills), tuple(differences)


def _two_cases(
    session: Session, actor: Actor, keep_reference: str, other_reference: str
) -> tuple[Case, Case]:
    """Both cases, which only the team lead of their team may merge."""
    keep = load_case_for_edit(session, actor, keep_reference)
    other = load_case_for_edit(session, actor, other_reference)
    if not (is_lead(actor) or actor.is_system):
        raise deny(
            session,
            actor,
            _("merge cases (only the team lead of their team may)"),
            keep.id,
        )
    if keep.id == other.id:
        raise ValidationError(
            {
                "other": _(
                    "{reference} and {other} are the same case.",
                    reference=keep_reference,
                    other=other_reference,
                )
            }
        )
    if keep.team_id != other.team_id:
        raise ValidationError(
            {
                "other": _(
                    "{other} is in another team; transfer it to this team before merging.",
                    other=other.reference,
                )
            }
        )
    return keep, other


def merge_preview(
    session: Session, actor: Actor, keep_reference: str, other_reference: str
) -> MergePreview:
    """What merging `other_reference` into `keep_reference` would do (nothing is changed)."""
    keep, other = _two_cases(session, actor, keep_reference, other_reference)
    fills, differences = _compare(keep, other)
    return MergePreview(_side(session, keep), _side(session, other), fills, differences)


def merge_cases(
    session: Session,
    actor: Actor,
    keep_reference: str,
    keep_version: int,
    other_reference: str,
    other_version: int,
    *,
    reason: str,
) -> Case:
    """Merge the case `other_reference` into `keep_reference` (see the module's description).

    The versions are those the team lead saw (`merge_preview`): a case changed since is a
    conflict, and nothing is merged."""
    keep, other = _two_cases(session, actor, keep_reference, other_reference)
    why = (reason or "").strip()
    if not why:
        raise ValidationError({"reason": _("Say why the two cases are one person.")})
    if keep.version != keep_version or other.version != other_version:
        changed = keep if keep.version != keep_version else other
        raise ConflictError(
            _(
                "{name} ({reference}) was changed by someone else since you compared the two cases. Compare them again.",
                name=changed.display_name,
                reference=changed.reference,
            )
        )
    _refuse_waiting_requests(session, keep, other)
    today = clock.today()
    fills, differences = _compare(keep, other)
    filled = {}
    for name in fills:
        filled[name] = audit.plain_value(getattr(other, name))
        setattr(keep, name, getattr(other, name))
    moved: dict[str, int] = {}
    for table in case_tables():
        if table.name in _RECONCILED:
            continue
        result = cast(
            "CursorResult[Any]",
            session.execute(
                update(table).where(table.c.case_id == other.id).values(case_id=keep.id)
            ),
        )
        if result.rowcount:
            moved[table.name] = result.rowcount
    twins: dict[str, list[Any]] = defaultdict(list)
    _merge_decisions(session, keep, other, today, moved, twins)
    _merge_placements(session, keep, other, moved, twins)
    _merge_assignments(session, keep, other, today, moved)
    _merge_checklist(session, keep, other, moved)
    _merge_transitions(session, keep, other, moved, twins)
    session.execute(delete(CaseSearchToken).where(CaseSearchToken.case_id == other.id))
    # Aliases of the duplicate are aliases of the case kept from now on.
    session.execute(
        update(Case).where(Case.merged_into_id == other.id).values(merged_into_id=keep.id)
    )
    other.status = "merged"
    other.merged_into_id = keep.id
    other.primary_worker_id = None
    other.search_text = ""
    other.updated_at = clock.now()
    keep.updated_at = clock.now()
    if keep.primary_worker_id is None:
        keep.primary_worker_id = session.scalar(
            select(WorkerAssignment.user_id).where(
                WorkerAssignment.case_id == keep.id,
                WorkerAssignment.role == "primary",
                WorkerAssignment.end_date.is_(None),
            )
        )
    if "given_name" in fills or "family_name" in fills or "preferred_name" in fills:
        from desktop_app.services.cases.editing import set_name_keys, write_search_tokens

        set_name_keys(keep)
        write_search_tokens(session, keep)
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(
            _(
                "{name} ({reference}) was changed by someone else since you compared the two cases. Compare them again.",
                name=keep.display_name,
                reference=keep.reference,
            )
        ) from None
    audit.record(
        session,
        actor,
        "cases_merged",
        entity="case",
        entity_id=keep.reference,
        case_id=keep.id,
        detail={
            "merged": other.reference,
            "reason": why,
            "moved": moved,
            "filled": filled,
            "kept_over": {name: audit.plain_value(getattr(other, name)) for name in differences},
            "twins": dict(twins),
        },
    )
    audit.record(
        session,
        actor,
        "cases_merged",
        entity="case",
        entity_id=other.reference,
        case_id=other.id,
        detail={"merged_into": keep.reference, "reason": why},
    )
    derivation.refresh_cases(session, [keep.id, other.id], actor)
    return keep


def _refuse_waiting_requests(session: Session, keep: Case, other: Case) -> None:
    ids = [keep.id, other.id]
    transfer = session.scalar(
        select(Case.reference)
        .join(TransferRequest, TransferRequest.case_id == Case.id)
        .where(TransferRequest.case_id.in_(ids), TransferRequest.state == "pending")
    )
    if transfer is not None:
        raise ValidationError(
            {
                "case": _(
                    "A transfer of {reference} is waiting for a decision; decide it before merging.",
                    reference=transfer,
                )
            }
        )
    closing = session.scalar(
        select(Case.reference)
        .join(ClosureRequest, ClosureRequest.case_id == Case.id)
        .where(ClosureRequest.case_id == other.id, ClosureRequest.state == "requested")
    )
    if closing is not None:
        raise ValidationError(
            {
                "case": _(
                    "Closing {reference} is waiting for the team lead; approve or return it before merging.",
                    reference=closing,
                )
            }
        )


def _merge_decisions(
    session: Session,
    keep: Case,
    other: Case,
    today: date,
    moved: dict[str, int],
    twins: dict[str, list[Any]],
) -> None:
    """The same decision recorded on both stays once in the rules: the duplicate's copy is
    withdrawn as recorded twice (kept on the record, marked)."""
    kept = {
        (d.decision_type, d.decision_date, d.permit_expiry)
        for d in session.scalars(
            select(LegalDecision).where(
                LegalDecision.case_id == keep.id, LegalDecision.withdrawn_on.is_(None)
            )
        )
    }
    rows = list(session.scalars(select(LegalDecision).where(LegalDecision.case_id == other.id)))
    for decision in rows:
        decision.case_id = keep.id
        key = (decision.decision_type, decision.decision_date, decision.permit_expiry)
        if decision.withdrawn_on is None and key in kept:
            decision.withdrawn_on = today
            decision.withdrawn_reason = (
                f"Recorded on both {keep.reference} and {other.reference}; "
                "kept once when they were merged."
            )
            twins["decisions_withdrawn"].append(decision.id)
    if rows:
        moved["legal_decisions"] = len(rows)


def _merge_placements(
    session: Session,
    keep: Case,
    other: Case,
    moved: dict[str, int],
    twins: dict[str, list[Any]],
) -> None:
    """The same placement (type, start, municipality) recorded on both is kept once: the case
    kept's row takes what only the duplicate's knew, and the transitions that followed the
    duplicate's row follow it."""
    kept = {
        (p.placement_type, p.start_date, p.municipality): p
        for p in session.scalars(select(Placement).where(Placement.case_id == keep.id))
    }
    rows = list(session.scalars(select(Placement).where(Placement.case_id == other.id)))
    count = 0
    for placement in rows:
        twin = kept.get((placement.placement_type, placement.start_date, placement.municipality))
        if twin is None:
            placement.case_id = keep.id
            count += 1
            continue
        for name in ("name", "address", "planned_end_date", "end_date"):
            if getattr(twin, name) is None and getattr(placement, name) is not None:
                setattr(twin, name, getattr(placement, name))
        session.execute(
            update(Transition)
            .where(
                Transition.case_id == other.id,
                Transition.kind == "placement_end",
                Transition.source_id == placement.id,
            )
            .values(source_id=twin.id)
        )
        twins["placements_kept_once"].append(
            {
                "type": placement.placement_type,
                "start": audit.plain_value(placement.start_date),
                "municipality": placement.municipality,
            }
        )
        session.delete(placement)
    if count:
        moved["placements"] = count


def _merge_assignments(
    session: Session, keep: Case, other: Case, today: date, moved: dict[str, int]
) -> None:
    """The duplicate's assignment history moves as it was. Its current workers stay with the
    young person: a primary worker of the duplicate becomes a secondary worker of the case
    kept (unless already assigned there)."""
    current_here = set(
        session.scalars(
            select(WorkerAssignment.user_id).where(
                WorkerAssignment.case_id == keep.id,
                (WorkerAssignment.end_date.is_(None)) | (WorkerAssignment.end_date > today),
            )
        )
    )
    rows = list(
        session.scalars(select(WorkerAssignment).where(WorkerAssignment.case_id == other.id))
    )
    for assignment in rows:
        assignment.case_id = keep.id
        current = assignment.end_date is None or assignment.end_date > today
        if not current:
            continue
        if assignment.user_id in current_here:
            assignment.end_date = today
        elif assignment.role == "primary":
            assignment.end_date = today
            session.add(
                WorkerAssignment(
                    case_id=keep.id,
                    user_id=assignment.user_id,
                    role="secondary",
                    start_date=today,
                    reason=f"Worker of {other.reference}, merged into this case",
                    created_at=clock.now(),
                )
            )
            current_here.add(assignment.user_id)
        else:
            current_here.add(assignment.user_id)
    if rows:
        moved["worker_assignments"] = len(rows)


def _merge_checklist(session: Session, keep: Case, other: Case, moved: dict[str, int]) -> None:
    """A readiness item done on either case is done; not applicable on either (and done on
    neither) is not applicable."""
    kept = {
        (s.transition_kind, s.item_key): s
        for s in session.scalars(
            select(ChecklistItemState).where(ChecklistItemState.case_id == keep.id)
        )
    }
    rows = list(
        session.scalars(select(ChecklistItemState).where(ChecklistItemState.case_id == other.id))
    )
    for state in rows:
        twin = kept.get((state.transition_kind, state.item_key))
        if twin is None:
            state.case_id = keep.id
            continue
        if state.done and not twin.done:
            twin.done, twin.done_on, twin.done_by_id = True, state.done_on, state.done_by_id
        twin.not_applicable = (twin.not_applicable or state.not_applicable) and not twin.done
        session.delete(state)
    if rows:
        moved["checklist_items"] = len(rows)


def _rank(t: Transition) -> int:
    """A worker's outcome outranks an open transition, which outranks one the rules resolved."""
    if t.status != "open" and not t.resolved_automatically:
        return 2
    return 1 if t.status == "open" else 0


def _merge_transitions(
    session: Session,
    keep: Case,
    other: Case,
    moved: dict[str, int],
    twins: dict[str, list[Any]],
) -> None:
    """Of twin transitions — one kind on one date, or two open ones of a kind a case has only
    once (turning 18, after-care ending, the move-out) — one is kept: the one whose outcome a
    worker recorded, else an open one, the case kept's on a tie. The rules then move what
    is kept to the dates of the merged record."""
    mine = list(session.scalars(select(Transition).where(Transition.case_id == keep.id)))
    theirs = list(session.scalars(select(Transition).where(Transition.case_id == other.id)))
    for transition in theirs:
        twin = next(
            (
                t
                for t in mine
                if t.kind == transition.kind
                and (
                    t.due_date == transition.due_date
                    or (
                        t.kind in _SINGLETON_KINDS
                        and t.status == "open"
                        and transition.status == "open"
                    )
                )
            ),
            None,
        )
        if twin is None:
            transition.case_id = keep.id
            mine.append(transition)
            continue
        loser, winner = (
            (twin, transition) if _rank(transition) > _rank(twin) else (transition, twin)
        )
        twins["transitions_kept_once"].append(
            {
                "kind": loser.kind,
                "due_date": audit.plain_value(loser.due_date),
                "status": loser.status,
                "outcome": loser.outcome,
            }
        )
        if winner is transition:
            transition.case_id = keep.id
            mine[mine.index(twin)] = transition
        session.delete(loser)
    if theirs:
        moved["transitions"] = len(theirs)
