"""Creating, reading and changing cases, with validation, optimistic locking and audit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.db.models import (
    AgeAssessment,
    BelongingCheckin,
    Case,
    CaseMove,
    CaseSearchToken,
    ChecklistItemState,
    CommunityActivity,
    ConsentRecord,
    Contact,
    CourseEnrolment,
    EmploymentSupport,
    HousingOffer,
    LegalDecision,
    LifePlanGoal,
    Note,
    Placement,
    Task,
    Team,
    User,
    WorkerAssignment,
)
from desktop_app.domain.checklist import CARE_PLACEMENT, HOUSING_SECURED, PERMIT_RENEWAL
from desktop_app.domain.codes import UnknownCodeError, country_code, language_codes
from desktop_app.domain.dates import (
    DateFormatError,
    DobPrecision,
    parse_date,
    parse_date_with_precision,
)
from desktop_app.domain.i18n import message as _
from desktop_app.domain.i18n import sentence, text_of
from desktop_app.domain.names import fold, skeleton, tokens
from desktop_app.domain.plain_text import plain_text_errors
from desktop_app.domain.transitions import (
    GRANTING_DECISIONS,
    DecisionType,
    PlacementType,
    TransitionKind,
)
from desktop_app.services import audit, clock, settings, transitions
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.services.permissions import (
    can_read_case,
    can_see_confidential,
    deny,
    load_case_for_edit,
    load_case_for_read,
    refuse_unseen,
    require_case_content_role,
)
from desktop_app.services.transitions import TransitionRow

SEXES = ("female", "male", "other", "unknown")
# Names and references: no control or invisible characters (domain/plain_text.py).
PLAIN_TEXT_FIELDS = (
    "given_name",
    "family_name",
    "preferred_name",
    "legal_guardian",
    "external_references",
    "preferred_municipalities",
)

# Fields a worker edits on the person record, in form order.
EDITABLE_FIELDS: tuple[str, ...] = (
    "given_name",
    "family_name",
    "preferred_name",
    "date_of_birth",
    "dob_precision",
    "sex",
    "nationality",
    "country_of_origin",
    "languages",
    "interpreter_needed",
    "interpreter_language",
    "arrival_date",
    "unaccompanied",
    "legal_guardian",
    "external_references",
    "in_aftercare",
    "family_reunification_members",
    "monthly_housing_budget",
    "preferred_municipalities",
    "needs_accessible_housing",
)

# Fields whose change can move a transition.
_RULE_FIELDS = {"date_of_birth", "dob_precision", "in_aftercare"}


def _as_date(
    value: Any, name: str, errors: dict[str, str], *, required: bool = False
) -> date | None:
    if value is None or value == "":
        if required:
            errors[name] = _("This date is required.")
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date(str(value))
    except DateFormatError as exc:
        errors[name] = sentence(text_of(exc))
        return None


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "y", "ja", "j"}
    return bool(value)


def clean_case_values(values: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    """Validate and normalise person-record fields; raises ValidationError naming each bad field."""
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    today = clock.today()
    unknown = set(values) - set(EDITABLE_FIELDS) - {"reference", "team_id", "status"}
    for name in sorted(unknown):
        errors[name] = _("This field cannot be changed here.")
    # Names and references are plain text (domain/plain_text.py): checked before anything else.
    hidden = plain_text_errors({name: values.get(name) for name in PLAIN_TEXT_FIELDS})
    for name in ("given_name", "family_name"):
        if name in values or creating:
            text = str(values.get(name) or "").strip()
            if not text:
                errors[name] = _("A name is required.")
            elif len(text) > 120:
                errors[name] = _("The name is too long (120 characters at most).")
            out[name] = text
    if "preferred_name" in values:
        out["preferred_name"] = str(values["preferred_name"] or "").strip() or None
    inferred_precision: DobPrecision | None = None
    if "date_of_birth" in values or creating:
        raw_dob = values.get("date_of_birth")
        dob = None
        if isinstance(raw_dob, str) and raw_dob.strip():
            # A date of birth may be known only to the month or year: the form tells.
            try:
                dob, inferred_precision = parse_date_with_precision(raw_dob)
            except DateFormatError as exc:
                errors["date_of_birth"] = sentence(text_of(exc))
        else:
            dob = _as_date(raw_dob, "date_of_birth", errors, required=True)
        if dob is not None:
            if dob > today:
                errors["date_of_birth"] = _("The date of birth is in the future.")
            elif dob.year < today.year - 80:
                errors["date_of_birth"] = _("The date of birth is implausibly long ago.")
        out["date_of_birth"] = dob
    if "dob_precision" in values or creating or inferred_precision is not None:
        default = inferred_precision.value if inferred_precision else "exact"
        raw = str(values.get("dob_precision") or default).strip().lower()
        try:
            out["dob_precision"] = DobPrecision(raw).value
        except ValueError:
            errors["dob_precision"] = _(
                "'{raw}' is not a precision (exact, month, year or assessed).", raw=raw
            )
    if "sex" in values:
        raw = str(values["sex"] or "unknown").strip().lower()
        if raw not in SEXES:
            errors["sex"] = _("'{raw}' is not one of female, male, other, unknown.", raw=raw)
        out["sex"] = raw
    for name in ("nationality", "country_of_origin"):
        if name in values:
            raw = str(values[name] or "").strip()
            try:
                out[name] = country_code(raw) if raw else None
            except UnknownCodeError as exc:
                errors[name] = sentence(text_of(exc))
    for name in ("languages", "interpreter_language"):
        if name in values:
            raw = str(values[name] or "").strip()
            try:
                out[name] = ";".join(language_codes(raw)) or None
            except UnknownCodeError as exc:
                errors[name] = sentence(text_of(exc))
    for name in ("interpreter_needed", "unaccompanied", "in_aftercare", "needs_accessible_housing"):
        if name in values:
            out[name] = _as_bool(values[name])
    if "arrival_date" in values:
        arrival = _as_date(values["arrival_date"], "arrival_date", errors)
        if arrival is not None and arrival > today:
            errors["arrival_date"] = _("The arrival date is in the future.")
        out["arrival_date"] = arrival
    for name in ("legal_guardian", "external_references", "preferred_municipalities"):
        if name in values:
            out[name] = str(values[name] or "").strip() or None
    if "family_reunification_members" in values:
        raw = values["family_reunification_members"]
        try:
            number = int(str(raw).strip() or "0") if not isinstance(raw, int) else raw
            if number < 0:
                raise ValueError
            out["family_reunification_members"] = number
        except ValueError:
            errors["family_reunification_members"] = _("Use a whole number, 0 or more.")
    if "monthly_housing_budget" in values:
        raw = values["monthly_housing_budget"]
        if raw in (None, ""):
            out["monthly_housing_budget"] = None
        else:
            try:
                amount = Decimal(str(raw).replace(",", "."))
                if amount < 0:
                    raise ValueError
                out["monthly_housing_budget"] = amount
            except (ValueError, ArithmeticError):
                errors["monthly_housing_budget"] = _("Use an amount, 0 or more.")
    errors.update(hidden)
    if errors:
        raise ValidationError(errors)
    return out


def set_name_keys(case: Case) -> None:
    """The folded search text and sort key, set before the case row is written."""
    names = " ".join(filter(None, [case.given_name, case.family_name, case.preferred_name or ""]))
    case.search_text = fold(names)
    case.sort_name = fold(f"{case.family_name} {case.given_name}")


def write_search_tokens(session: Session, case: Case) -> None:
    """Replace the per-token search keys of a case (a table of its own, so no version bump)."""
    names = " ".join(filter(None, [case.given_name, case.family_name, case.preferred_name or ""]))
    session.query(CaseSearchToken).filter(CaseSearchToken.case_id == case.id).delete()
    rows = [
        {"case_id": case.id, "token": tok, "skeleton": skeleton(tok)}
        for tok in sorted(set(tokens(names)))
    ]
    if rows:
        session.execute(insert(CaseSearchToken), rows)


def next_reference(session: Session, year: int | None = None) -> str:
    year = year or clock.today().year
    prefix = f"HW-{year}-"
    last = session.scalar(select(func.max(Case.reference)).where(Case.reference.like(f"{prefix}%")))
    number = int(last.rsplit("-", 1)[1]) + 1 if last and last.rsplit("-", 1)[1].isdigit() else 1
    return f"{prefix}{number:05d}"


def _team(session: Session, team_id: int | None) -> Team | None:
    return session.get(Team, team_id) if team_id is not None else None


def create_case(
    session: Session,
    actor: Actor,
    values: Mapping[str, Any],
    *,
    team_id: int | None = None,
    primary_worker_id: int | None = None,
    reference: str | None = None,
) -> Case:
    """A new case; social workers become its primary worker, leads and coordinators choose one."""
    require_case_content_role(actor)
    if actor.role is Role.COORDINATOR and not actor.is_system:
        raise deny(
            session, actor, _("create cases (coordinators edit only handover and transfer records)")
        )
    cleaned = clean_case_values(values, creating=True)
    if actor.role in (Role.SOCIAL_WORKER, Role.TEAM_LEAD) and not actor.is_system:
        if team_id is not None and team_id != actor.team_id:
            raise deny(session, actor, _("create a case in another team"))
        team_id = actor.team_id
    if actor.role is Role.SOCIAL_WORKER and primary_worker_id is None:
        primary_worker_id = actor.user_id
    reference = (reference or "").strip() or next_reference(session)
    hidden = plain_text_errors({"reference": reference})
    if hidden:
        raise ValidationError(hidden)
    if session.scalar(select(Case.id).where(Case.reference == reference)) is not None:
        raise ValidationError(
            {"reference": _("The reference '{reference}' is already used.", reference=reference)}
        )
    now = clock.now()
    case = Case(
        reference=reference,
        team_id=team_id,
        primary_worker_id=primary_worker_id,
        created_at=now,
        updated_at=now,
        status="open",
        **cleaned,
    )
    set_name_keys(case)
    session.add(case)
    session.flush()
    write_search_tokens(session, case)
    if primary_worker_id is not None:
        assign_worker(session, case, primary_worker_id, "primary", reason="Case opened")
    audit.record(
        session,
        actor,
        "case_created",
        entity="case",
        entity_id=case.reference,
        case_id=case.id,
        detail={"fields": {k: _plain(v) for k, v in cleaned.items()}},
    )
    transitions.refresh_cases(session, [case.id], actor)
    return case


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def snapshot(case: Case) -> dict[str, Any]:
    return {name: _plain(getattr(case, name)) for name in EDITABLE_FIELDS}


def update_case(
    session: Session,
    actor: Actor,
    reference: str,
    expected_version: int,
    values: Mapping[str, Any],
    *,
    reason: str | None = None,
) -> Case:
    """Save changed person-record fields in one transaction.

    Raises ConflictError when someone else saved the case since `expected_version`
    was read, and ValidationError (changing nothing) when a field is not acceptable.
    """
    case = load_case_for_edit(session, actor, reference)
    if case.version != expected_version:
        raise ConflictError(
            _(
                "{case_display_name} ({reference}) was changed by someone else since you opened it.",
                case_display_name=case.display_name,
                reference=reference,
            ),
            current=snapshot(case),
        )
    cleaned = clean_case_values(values, creating=False)
    before = snapshot(case)
    # Named before the flush: a refused flush leaves the case unreadable in this session.
    shown = case.display_name
    changes: dict[str, dict[str, Any]] = {}
    for name, value in cleaned.items():
        old = getattr(case, name)
        if _plain(old) != _plain(value) and not (
            isinstance(old, Decimal | float | int)
            and isinstance(value, Decimal)
            and Decimal(str(old)) == value
        ):
            changes[name] = {"before": before.get(name), "after": _plain(value)}
            setattr(case, name, value)
    if not changes:
        return case
    case.updated_at = clock.now()
    renamed = bool(changes.keys() & {"given_name", "family_name", "preferred_name"})
    if renamed:
        set_name_keys(case)
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(
            _(
                "{shown} ({reference}) was changed by someone else since you opened it.",
                shown=shown,
                reference=reference,
            )
        ) from None
    if renamed:
        write_search_tokens(session, case)
    audit.record(
        session,
        actor,
        "case_changed",
        entity="case",
        entity_id=reference,
        case_id=case.id,
        detail={"changes": changes, **({"reason": reason} if reason else {})},
    )
    if changes.keys() & _RULE_FIELDS:
        transitions.refresh_cases(session, [case.id], actor)
    return case


# --- workers ----------------------------------------------------------------


def assign_worker(
    session: Session,
    case: Case,
    user_id: int,
    role: str = "primary",
    *,
    start: date | None = None,
    reason: str | None = None,
    handover_note: str | None = None,
) -> WorkerAssignment:
    """Record an assignment; a new primary worker ends the previous primary assignment."""
    start = start or clock.today()
    if role == "primary":
        for current in session.scalars(
            select(WorkerAssignment).where(
                WorkerAssignment.case_id == case.id,
                WorkerAssignment.role == "primary",
                WorkerAssignment.end_date.is_(None),
            )
        ):
            current.end_date = start
        case.primary_worker_id = user_id
    assignment = WorkerAssignment(
        case_id=case.id,
        user_id=user_id,
        role=role,
        start_date=start,
        reason=reason,
        handover_note=handover_note,
        created_at=clock.now(),
    )
    session.add(assignment)
    session.flush()
    return assignment


# --- checklist --------------------------------------------------------------


def set_checklist_item(
    session: Session,
    actor: Actor,
    reference: str,
    kind: str,
    item_key: str,
    done: bool,
    *,
    not_applicable: bool = False,
    reason: str | None = None,
) -> None:
    """Tick (or untick) a checklist item of a case's transition, or mark it not applicable
    (with the reason, audited): it then leaves both counts of readiness."""
    case = load_case_for_edit(session, actor, reference)
    try:
        TransitionKind(kind)
    except ValueError:
        raise ValidationError(
            {"kind": _("'{kind}' is not a transition kind.", kind=kind)}
        ) from None
    if item_key == HOUSING_SECURED:
        raise ValidationError(
            {
                "item": _(
                    "Housing secured follows the housing offers: record an accepted offer instead."
                )
            }
        )
    if item_key == CARE_PLACEMENT:
        raise ValidationError(
            {
                "item": _(
                    "A care placement follows the placements: record the foster, residential or supported placement instead."
                )
            }
        )
    if item_key == PERMIT_RENEWAL:
        raise ValidationError(
            {
                "item": _(
                    "The permit's renewal follows the legal status: record the renewal application or the new permit instead."
                )
            }
        )
    templates = settings.checklist_templates(session)
    if not any(item_key in items for items in templates.get(kind, {}).values()):
        raise ValidationError(
            {"item": _("'{item_key}' is not a checklist item.", item_key=item_key)}
        )
    if not_applicable and done:
        raise ValidationError({"item": _("An item is either done or not applicable, not both.")})
    if not_applicable and not (reason or "").strip():
        raise ValidationError(
            {"reason": _("Say why this item does not apply to this young person.")}
        )
    state = session.scalar(
        select(ChecklistItemState).where(
            ChecklistItemState.case_id == case.id,
            ChecklistItemState.transition_kind == kind,
            ChecklistItemState.item_key == item_key,
        )
    )
    before = bool(state and state.done)
    before_na = bool(state and state.not_applicable)
    if state is None:
        state = ChecklistItemState(case_id=case.id, transition_kind=kind, item_key=item_key)
        session.add(state)
    state.done = done
    state.not_applicable = not_applicable
    state.done_on = clock.today() if done else None
    state.done_by_id = actor.user_id
    case.updated_at = clock.now()
    audit.record(
        session,
        actor,
        "checklist_changed",
        entity="case",
        entity_id=reference,
        case_id=case.id,
        detail={
            "transition": kind,
            "item": item_key,
            "before": before,
            "after": done,
            "not_applicable": not_applicable,
            **(
                {"changes": {"not_applicable": {"before": before_na, "after": not_applicable}}}
                if before_na != not_applicable
                else {}
            ),
            **({"reason": reason.strip()} if not_applicable and reason else {}),
        },
    )
    transitions.refresh_cases(session, [case.id], actor)


# --- reading a whole record -------------------------------------------------


@dataclass
class CaseRecord:
    """Everything shown in the case record, loaded once."""

    case: Case
    team_name: str | None
    primary_worker: User | None
    decisions: list[LegalDecision]
    placements: list[Placement]
    age_assessments: list[AgeAssessment]
    offers: list[HousingOffer]
    enrolments: list[CourseEnrolment]
    employment: list[EmploymentSupport]
    assignments: list[WorkerAssignment]
    moves: list[CaseMove]
    goals: list[LifePlanGoal]
    notes: list[Note]
    tasks: list[Task]
    contacts: list[Contact]
    checkins: list[BelongingCheckin]
    activities: list[CommunityActivity]
    consents: list[ConsentRecord]
    checklist: dict[str, set[str]]
    transitions: list[TransitionRow]
    can_edit: bool
    can_see_confidential: bool
    hidden_confidential_notes: int = 0
    checklist_na: dict[str, set[str]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def open_transitions(self) -> list[TransitionRow]:
        return [t for t in self.transitions if t.status == "open"]

    @property
    def resolved_transitions(self) -> list[TransitionRow]:
        return [t for t in self.transitions if t.status != "open"]

    @property
    def current_placement(self) -> Placement | None:
        current = [p for p in self.placements if p.end_date is None]
        return current[-1] if current else None


def _children(session: Session, model: Any, case_id: int, order: Sequence[Any]) -> list[Any]:
    return list(session.scalars(select(model).where(model.case_id == case_id).order_by(*order)))


def open_case(
    session: Session, actor: Actor, reference: str, *, audit_read: bool = True
) -> CaseRecord:
    """Load a case record for reading; the read is audited."""
    from desktop_app.services.permissions import can_edit_case

    case = load_case_for_read(session, actor, reference)
    confidential = can_see_confidential(session, actor, case)
    notes = _children(session, Note, case.id, [Note.note_date.desc(), Note.id.desc()])
    hidden = 0
    if not confidential:
        hidden = sum(1 for n in notes if n.confidential)
        notes = [n for n in notes if not n.confidential]
    checklist: dict[str, set[str]] = {}
    not_applicable: dict[str, set[str]] = {}
    for state in _children(session, ChecklistItemState, case.id, [ChecklistItemState.id]):
        if state.done:
            checklist.setdefault(state.transition_kind, set()).add(state.item_key)
        if state.not_applicable:
            not_applicable.setdefault(state.transition_kind, set()).add(state.item_key)
    record = CaseRecord(
        case=case,
        team_name=case.team.name if case.team else None,
        primary_worker=case.primary_worker,
        decisions=_children(
            # A pending application (no decision date yet) first, as on every backend.
            session,
            LegalDecision,
            case.id,
            [LegalDecision.decision_date.asc().nulls_first(), LegalDecision.id],
        ),
        placements=_children(session, Placement, case.id, [Placement.start_date, Placement.id]),
        age_assessments=_children(session, AgeAssessment, case.id, [AgeAssessment.assessed_on]),
        offers=_children(
            session, HousingOffer, case.id, [HousingOffer.proposed_on, HousingOffer.id]
        ),
        enrolments=_children(session, CourseEnrolment, case.id, [CourseEnrolment.start_date]),
        employment=_children(session, EmploymentSupport, case.id, [EmploymentSupport.start_date]),
        assignments=_children(
            session, WorkerAssignment, case.id, [WorkerAssignment.start_date, WorkerAssignment.id]
        ),
        moves=_children(session, CaseMove, case.id, [CaseMove.moved_on]),
        goals=_children(
            session, LifePlanGoal, case.id, [LifePlanGoal.target_date, LifePlanGoal.id]
        ),
        notes=notes,
        tasks=_children(session, Task, case.id, [Task.done_at.is_not(None), Task.due_date]),
        contacts=_children(session, Contact, case.id, [Contact.name]),
        checkins=_children(session, BelongingCheckin, case.id, [BelongingCheckin.checkin_date]),
        activities=_children(session, CommunityActivity, case.id, [CommunityActivity.start_date]),
        consents=_children(session, ConsentRecord, case.id, [ConsentRecord.given_on]),
        checklist=checklist,
        checklist_na=not_applicable,
        # Open and resolved: the resolved ones are the record's history, with their outcomes.
        transitions=transitions.case_history(session, actor, case.id),
        can_edit=can_edit_case(session, actor, case),
        can_see_confidential=confidential,
        hidden_confidential_notes=hidden,
    )
    for offer in record.offers:
        _ = offer.unit  # loaded while the session is open
    for enrolment in record.enrolments:
        _ = enrolment.course
    for assignment in record.assignments:
        _ = assignment.user
    for note in record.notes:
        _ = note.author
    for task in record.tasks:
        _ = task.owner
    if audit_read:
        audit.record(
            session, actor, "case_opened", entity="case", entity_id=reference, case_id=case.id
        )
    return record


# --- small records on a case ------------------------------------------------


def add_note(
    session: Session,
    actor: Actor,
    reference: str,
    text: str,
    *,
    kind: str = "meeting",
    note_date: date | None = None,
    confidential: bool = False,
) -> Note:
    case = load_case_for_edit(session, actor, reference)
    if not text.strip():
        raise ValidationError({"text": _("The note is empty.")})
    if kind not in ("meeting", "phone", "home_visit", "other"):
        raise ValidationError({"kind": _("'{kind}' is not a kind of note.", kind=kind)})
    note = Note(
        case_id=case.id,
        author_id=actor.user_id,
        note_date=note_date or clock.today(),
        kind=kind,
        text=text.strip(),
        confidential=confidential,
        created_at=clock.now(),
    )
    session.add(note)
    session.flush()
    audit.record(
        session,
        actor,
        "note_added",
        entity="note",
        entity_id=note.id,
        case_id=case.id,
        detail={"confidential": confidential, "kind": kind},
    )
    return note


def add_task(
    session: Session,
    actor: Actor,
    reference: str,
    title: str,
    *,
    due_date: date | None = None,
    owner_id: int | None = None,
) -> Task:
    case = load_case_for_edit(session, actor, reference)
    if not title.strip():
        raise ValidationError({"title": _("The task needs a title.")})
    task = Task(
        case_id=case.id,
        owner_id=owner_id or actor.user_id,
        title=title.strip(),
        due_date=due_date,
        created_at=clock.now(),
    )
    session.add(task)
    session.flush()
    audit.record(
        session,
        actor,
        "task_added",
        entity="task",
        entity_id=task.id,
        case_id=case.id,
        detail={"title": task.title},
    )
    return task


def complete_task(session: Session, actor: Actor, task_id: int, done: bool = True) -> Task:
    require_case_content_role(actor)
    unseen = _("There is no task {task_id} on a case you may see.", task_id=task_id)
    task = session.get(Task, task_id)
    if task is None:
        raise NotFoundError(unseen)
    case = session.get(Case, task.case_id)
    assert case is not None
    if not can_read_case(session, actor, case):
        raise refuse_unseen(actor, unseen, case)
    load_case_for_edit(session, actor, case.reference)
    task.done_at = clock.now() if done else None
    audit.record(
        session,
        actor,
        "task_done" if done else "task_reopened",
        entity="task",
        entity_id=task.id,
        case_id=case.id,
    )
    return task


def add_decision(
    session: Session,
    actor: Actor,
    reference: str,
    decision_type: str,
    *,
    decision_date: date | None,
    permit_expiry: date | None = None,
    application_date: date | None = None,
    note: str | None = None,
    move_out_deadline: date | None = None,
) -> LegalDecision:
    """Add an entry to the legal status history; a granting decision may carry its own move-out
    deadline, which then overrides the rule for that decision."""
    case = load_case_for_edit(session, actor, reference)
    errors: dict[str, str] = {}
    try:
        DecisionType(decision_type)
    except ValueError:
        errors["decision_type"] = _(
            "'{decision_type}' is not a decision type.", decision_type=decision_type
        )
    if decision_type != DecisionType.PENDING and decision_date is None:
        errors["decision_date"] = _("A decision needs its date.")
    if decision_date is not None and decision_date > clock.today():
        errors["decision_date"] = _("The decision date is in the future.")
    if permit_expiry and decision_date and permit_expiry < decision_date:
        errors["permit_expiry"] = _("The permit cannot expire before the decision.")
    errors.update(deadline_problems(decision_type, decision_date, move_out_deadline))
    if errors:
        raise ValidationError(errors)
    decision = LegalDecision(
        case_id=case.id,
        decision_type=decision_type,
        decision_date=decision_date,
        permit_expiry=permit_expiry,
        application_date=application_date,
        note=note,
        move_out_deadline=move_out_deadline,
    )
    session.add(decision)
    session.flush()
    audit.record(
        session,
        actor,
        "decision_added",
        entity="decision",
        entity_id=decision.id,
        case_id=case.id,
        detail={
            "type": decision_type,
            "date": _plain(decision_date),
            "permit_expiry": _plain(permit_expiry),
            **({"move_out_deadline": _plain(move_out_deadline)} if move_out_deadline else {}),
        },
    )
    transitions.refresh_cases(session, [case.id], actor)
    return decision


def deadline_problems(
    decision_type: str, decision_date: date | None, move_out_deadline: date | None
) -> dict[str, str]:
    """What is wrong with a per-case move-out deadline for a decision."""
    if move_out_deadline is None:
        return {}
    if decision_type not in {d.value for d in GRANTING_DECISIONS}:
        return {
            "move_out_deadline": _(
                "Only a decision that grants protection has a move-out deadline."
            )
        }
    if decision_date is not None and move_out_deadline < decision_date:
        return {"move_out_deadline": _("The move-out deadline is before the decision.")}
    return {}


def add_placement(
    session: Session,
    actor: Actor,
    reference: str,
    placement_type: str,
    *,
    municipality: str | None,
    start_date: date,
    planned_end_date: date | None = None,
    name: str | None = None,
    address: str | None = None,
) -> Placement:
    """A new current placement; the previous current one ends the day the new one starts."""
    case = load_case_for_edit(session, actor, reference)
    try:
        PlacementType(placement_type)
    except ValueError:
        raise ValidationError(
            {
                "placement_type": _(
                    "'{placement_type}' is not a placement type.", placement_type=placement_type
                )
            }
        ) from None
    if planned_end_date and planned_end_date < start_date:
        raise ValidationError({"planned_end_date": _("The planned end is before the start.")})
    for current in session.scalars(
        select(Placement).where(Placement.case_id == case.id, Placement.end_date.is_(None))
    ):
        current.end_date = start_date
    placement = Placement(
        case_id=case.id,
        placement_type=placement_type,
        municipality=municipality,
        start_date=start_date,
        planned_end_date=planned_end_date,
        name=name,
        address=address,
    )
    session.add(placement)
    session.flush()
    audit.record(
        session,
        actor,
        "placement_added",
        entity="placement",
        entity_id=placement.id,
        case_id=case.id,
        detail={"type": placement_type, "municipality": municipality, "start": _plain(start_date)},
    )
    transitions.refresh_cases(session, [case.id], actor)
    return placement


def record_age_assessment(
    session: Session,
    actor: Actor,
    reference: str,
    new_date_of_birth: date,
    *,
    assessed_on: date,
    assessed_by: str | None = None,
    method: str | None = None,
    note: str | None = None,
) -> AgeAssessment:
    """An age assessment moves the date of birth (and so the 18th-birthday transition)."""
    case = load_case_for_edit(session, actor, reference)
    if new_date_of_birth > clock.today():
        raise ValidationError(
            {"new_date_of_birth": _("The assessed date of birth is in the future.")}
        )
    assessment = AgeAssessment(
        case_id=case.id,
        assessed_on=assessed_on,
        assessed_by=assessed_by,
        method=method,
        previous_date_of_birth=case.date_of_birth,
        previous_precision=case.dob_precision,
        new_date_of_birth=new_date_of_birth,
        note=note,
    )
    session.add(assessment)
    before = {"date_of_birth": _plain(case.date_of_birth), "dob_precision": case.dob_precision}
    case.date_of_birth = new_date_of_birth
    case.dob_precision = DobPrecision.ASSESSED.value
    case.updated_at = clock.now()
    session.flush()
    audit.record(
        session,
        actor,
        "age_assessed",
        entity="case",
        entity_id=reference,
        case_id=case.id,
        detail={
            "before": before,
            "after": {"date_of_birth": _plain(new_date_of_birth), "dob_precision": "assessed"},
        },
    )
    transitions.refresh_cases(session, [case.id], actor)
    return assessment


def users_by_name(session: Session) -> dict[str, User]:
    return {u.username: u for u in session.scalars(select(User))}
