"""Each case's transitions as lasting records, kept in step with its record.

Every service that changes what a transition depends on (date of birth,
decisions, placements, offers, checklist ticks, settings, closing) calls
`refresh_cases`, which reconciles the stored transitions with the record
(`domain.transition_records.reconcile`): new ones are created, changed dates
move (audited), what the record no longer implies is resolved as
`no_longer_applies`, and what was secured on time and is past resolves itself
as `housed_on_time`. When the day changes, `roll_forward_to_today` does the
day's part: what is now past and secured resolves itself, and each case's next
transition is chosen again. Nothing open ever leaves because time passed.

The lists live in `transitions.listing`, outcomes recorded by a worker in
`transitions.outcomes`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, or_, select, update
from sqlalchemy.orm import Session

from desktop_app.db import transition_copies
from desktop_app.db.bulk import insert_values, update_values
from desktop_app.db.models import (
    Case,
    ChecklistItemState,
    HousingOffer,
    LegalDecision,
    Placement,
    Transition,
)
from desktop_app.domain.checklist import evaluate_checklist, template_for
from desktop_app.domain.transition_records import (
    CreateTransition,
    Outcome,
    ResolveTransition,
    StoredTransition,
    TransitionStatus,
    UpdateTransition,
    creations,
    reconcile,
)
from desktop_app.domain.transitions import (
    CaseFacts,
    Decision,
    ImpliedTransition,
    OfferFacts,
    PlacementFacts,
    TransitionKind,
    TransitionRules,
    is_listed,
)
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor
from desktop_app.services.trust import audit

# Bumped when the way stored transitions follow the record changes: the next opening
# reconciles every case once (after revision 0006 turned the derived rows into records).
RECORDS_VERSION = 1
_RECORDS_VERSION_KEY = "transition_records_version"


@dataclass
class CaseInputs:
    """Everything the rules read for one case, gathered in bulk."""

    facts: CaseFacts
    checklist_done: dict[str, set[str]]
    checklist_na: dict[str, set[str]]
    closed_reason: str | None = None
    # The case's values its transitions copy (`transition_copies.copied_values`), when the
    # caller holds them: new transitions are written with them instead of copied afterwards.
    copies: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Readiness:
    readiness: int
    missing: tuple[str, ...]


def readiness_of(
    inputs: CaseInputs, t: ImpliedTransition, templates: Mapping[str, Any] | None
) -> Readiness:
    """The checklist of one transition, counted."""
    items = template_for(templates, t.kind.value, t.age_group.value, t.secure_item.value)
    result = evaluate_checklist(
        items,
        inputs.checklist_done.get(t.kind.value, set()),
        t.secured,
        inputs.checklist_na.get(t.kind.value, set()),
        secure_item=t.secure_item.value,
    )
    return Readiness(result.readiness, result.missing)


def gather_inputs(session: Session, case_ids: Sequence[int]) -> dict[int, CaseInputs]:
    """Load the rule inputs for many cases with a handful of queries."""
    result: dict[int, CaseInputs] = {}
    for start in range(0, len(case_ids), 900):
        result.update(_gather_chunk(session, list(case_ids[start : start + 900])))
    return result


def _gather_chunk(session: Session, ids: list[int]) -> dict[int, CaseInputs]:
    decisions: dict[int, list[Decision]] = defaultdict(list)
    for d in session.execute(
        select(
            LegalDecision.case_id,
            LegalDecision.decision_type,
            LegalDecision.decision_date,
            LegalDecision.permit_expiry,
            LegalDecision.id,
            LegalDecision.move_out_deadline,
            LegalDecision.renewal_applied_on,
        )
        .where(LegalDecision.case_id.in_(ids), LegalDecision.withdrawn_on.is_(None))
        .order_by(LegalDecision.case_id, LegalDecision.id)
    ):
        decisions[d[0]].append(Decision(d[1], d[2], d[3], d[4], d[5], d[6]))
    placements: dict[int, list[PlacementFacts]] = defaultdict(list)
    for pl in session.execute(
        select(
            Placement.case_id,
            Placement.id,
            Placement.placement_type,
            Placement.start_date,
            Placement.planned_end_date,
            Placement.end_date,
        ).where(Placement.case_id.in_(ids))
    ):
        placements[pl[0]].append(PlacementFacts(pl[1], pl[2], pl[3], pl[4], pl[5]))
    offers: dict[int, list[OfferFacts]] = defaultdict(list)
    for of in session.execute(
        select(HousingOffer.case_id, HousingOffer.state, HousingOffer.move_in_date).where(
            HousingOffer.case_id.in_(ids)
        )
    ):
        offers[of[0]].append(OfferFacts(of[1], of[2]))
    done: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    na: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for ck in session.execute(
        select(
            ChecklistItemState.case_id,
            ChecklistItemState.transition_kind,
            ChecklistItemState.item_key,
            ChecklistItemState.done,
            ChecklistItemState.not_applicable,
        ).where(ChecklistItemState.case_id.in_(ids))
    ):
        if ck[3]:
            done[ck[0]][ck[1]].add(ck[2])
        if ck[4]:
            na[ck[0]][ck[1]].add(ck[2])
    out: dict[int, CaseInputs] = {}
    for cs in session.execute(
        select(
            Case.id,
            Case.date_of_birth,
            Case.dob_precision,
            Case.status,
            Case.in_aftercare,
            Case.created_at,
            Case.closed_reason,
        ).where(Case.id.in_(ids))
    ):
        cid = cs[0]
        out[cid] = CaseInputs(
            facts=CaseFacts(
                date_of_birth=cs[1],
                dob_precision=cs[2],
                is_open=cs[3] == "open",
                in_aftercare=bool(cs[4]),
                decisions=tuple(decisions.get(cid, ())),
                placements=tuple(placements.get(cid, ())),
                offers=tuple(offers.get(cid, ())),
                created_on=cs[5].date() if cs[5] else None,
            ),
            checklist_done=dict(done.get(cid, {})),
            checklist_na=dict(na.get(cid, {})),
            closed_reason=cs[6],
        )
    return out


def _stored(session: Session, case_ids: Sequence[int]) -> dict[int, list[StoredTransition]]:
    stored: dict[int, list[StoredTransition]] = defaultdict(list)
    for start in range(0, len(case_ids), 900):
        for row in session.execute(
            select(
                Transition.case_id,
                Transition.id,
                Transition.kind,
                Transition.source_id,
                Transition.due_date,
                Transition.status,
                Transition.outcome,
                Transition.resolved_on,
                Transition.resolved_automatically,
            ).where(Transition.case_id.in_(list(case_ids[start : start + 900])))
        ):
            stored[row[0]].append(StoredTransition(*row[1:]))
    return stored


@dataclass(frozen=True)
class NextTransition:
    """The soonest listed open transition of a case, kept on the case for fast lists."""

    kind: str
    due_date: date
    readiness: int
    housing_secured: bool
    uncertain: bool


# The case's columns that hold its next transition, in the order of `next_values`.
_NEXT_COLUMNS = (
    "next_kind",
    "next_due_date",
    "next_readiness",
    "next_housing_secured",
    "next_uncertain",
)


def next_values(nxt: NextTransition | None) -> dict[str, Any]:
    return {
        "next_kind": nxt.kind if nxt else None,
        "next_due_date": nxt.due_date if nxt else None,
        "next_readiness": nxt.readiness if nxt else None,
        "next_housing_secured": nxt.housing_secured if nxt else None,
        "next_uncertain": nxt.uncertain if nxt else None,
    }


def pick_next(
    candidates: Iterable[NextTransition], today: date, rules: TransitionRules
) -> NextTransition | None:
    listed = [t for t in candidates if is_listed(t.kind, t.due_date, today, rules)]
    return min(listed, key=lambda t: (t.due_date, t.kind), default=None)


def new_case_rows(
    case_id: int,
    inputs: CaseInputs,
    rules: TransitionRules,
    templates: Mapping[str, Any] | None,
    today: date,
    implied: Sequence[ImpliedTransition] | None = None,
) -> tuple[list[dict[str, Any]], NextTransition | None]:
    """The transition rows of a case that has none stored yet, and its next transition (for
    bulk creation, as the demo does). `implied`: `implied_by(facts, rules)`, when the caller
    has it already."""
    rows: list[dict[str, Any]] = []
    candidates: list[NextTransition] = []
    steps = (
        reconcile(inputs.facts, (), rules, today)
        if implied is None
        else creations(inputs.facts, implied, rules, today)
    )
    for step in steps:
        assert isinstance(step, CreateTransition)
        row = _row_values(inputs, step.implied, templates)
        row.update(case_id=case_id, created_on=today, **_resolution(step.outcome, today, None))
        rows.append(row)
        if step.outcome is None:
            candidates.append(_as_next(row))
    return rows, pick_next(candidates, today, rules)


def _row_values(
    inputs: CaseInputs, t: ImpliedTransition, templates: Mapping[str, Any] | None
) -> dict[str, Any]:
    ready = readiness_of(inputs, t, templates)
    return {
        "kind": t.kind.value,
        "due_date": t.due_date,
        "uncertain": t.uncertain,
        "source_id": t.source_id,
        "age_group": t.age_group.value,
        "secure_item": t.secure_item.value,
        "housing_secured": t.secured,
        "readiness": ready.readiness,
        "missing": ";".join(ready.missing),
    }


def _resolution(outcome: Outcome | None, today: date, note: str | None) -> dict[str, Any]:
    """The resolution columns of a row (all of them, so bulk inserts see the same keys)."""
    if outcome is None:
        return dict(_UNRESOLVED)
    return {
        "housing_began": None,
        "status": TransitionStatus.RESOLVED.value,
        "outcome": outcome.value,
        "outcome_note": note,
        "resolved_on": today,
        "resolved_by_id": None,
        "resolved_automatically": True,
    }


_UNRESOLVED = {
    "status": TransitionStatus.OPEN.value,
    "outcome": None,
    "outcome_note": None,
    "housing_began": None,
    "resolved_on": None,
    "resolved_by_id": None,
    "resolved_automatically": False,
}


def _as_next(row: Mapping[str, Any]) -> NextTransition:
    return NextTransition(
        row["kind"], row["due_date"], row["readiness"], row["housing_secured"], row["uncertain"]
    )


_DEFERRED = "homeward.deferred_refresh"
# session.info key: for cases created in a deferred refresh, how to have their inputs without
# reading them back (`refresh_new_cases`).
_KNOWN = "homeward.known_inputs"
# Cases reconciled together by one call of `refresh_cases`.
_REFRESH_CHUNK = 2_000

# What the rules read for each of the cases asked for, as `gather_inputs` would read it.
InputsOf = Callable[[Sequence[int]], Mapping[int, CaseInputs]]


@contextmanager
def deferred_refresh(session: Session, actor: Actor | None = None) -> Iterator[None]:
    """Collect the refreshes asked for inside the block and reconcile each case once at its end.

    For bulk work such as imports, where one case is created, given a decision
    and a placement in a row, each of which would otherwise reconcile it.
    """
    if session.info.get(_DEFERRED) is not None:
        yield  # an outer block does the work
        return
    session.info[_DEFERRED] = set()
    try:
        yield
    except BaseException:
        session.info.pop(_DEFERRED, None)
        session.info.pop(_KNOWN, None)
        raise
    pending = sorted(session.info.pop(_DEFERRED))
    known = session.info.pop(_KNOWN, None)
    _refresh(session, pending, actor, known or {})


def refresh_new_cases(
    session: Session, case_ids: Sequence[int], inputs_of: InputsOf, actor: Actor | None = None
) -> None:
    """`refresh_cases` for cases created just now, which have no transitions stored (nor a
    next transition recorded), when the caller holds what the rules read for them
    (`inputs_of`, asked only when they are reconciled): the same rows and entries, without
    reading back what was just written.

    In a deferred refresh they wait with the others; one that anything refreshes again
    before the end has its inputs read from the database after all."""
    if not case_ids:
        return
    pending = session.info.get(_DEFERRED)
    if pending is not None:
        pending.update(case_ids)
        session.info.setdefault(_KNOWN, {}).update(dict.fromkeys(case_ids, inputs_of))
        return
    _refresh(session, case_ids, actor, dict.fromkeys(case_ids, inputs_of))


def refresh_cases(session: Session, case_ids: Sequence[int], actor: Actor | None = None) -> None:
    """Bring the stored transitions of these cases in step with their records (call after any
    change to them). Moves, reopenings and resolutions are audited in the name of `actor`
    (the rules themselves when None)."""
    if not case_ids:
        return
    pending = session.info.get(_DEFERRED)
    if pending is not None:
        pending.update(case_ids)
        known = session.info.get(_KNOWN)
        if known:
            for case_id in case_ids:
                known.pop(case_id, None)  # changed since it was created: read it again
        return
    _refresh(session, case_ids, actor, {})


def _refresh(
    session: Session,
    case_ids: Sequence[int],
    actor: Actor | None,
    known: Mapping[int, InputsOf],
) -> None:
    if len(case_ids) > _REFRESH_CHUNK:
        # In order, a chunk at a time: the same rows and entries, without holding the inputs
        # and new rows of every case (an import's 50,000) at once.
        for start in range(0, len(case_ids), _REFRESH_CHUNK):
            _refresh(session, case_ids[start : start + _REFRESH_CHUNK], actor, known)
        return
    session.flush()
    rules = settings.transition_rules(session)
    templates = settings.checklist_templates(session)
    today = clock.today()
    inputs, stored = _inputs_and_stored(session, case_ids, known)
    new_rows: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    next_by_case: dict[int, NextTransition | None] = {}
    filled: set[int] = set()  # cases whose new transitions carry their copies already
    for cid, case_inputs in inputs.items():
        records = {s.id: s for s in stored.get(cid, ())}
        candidates: list[NextTransition] = []
        for step in reconcile(case_inputs.facts, list(records.values()), rules, today):
            if isinstance(step, CreateTransition):
                row = _row_values(case_inputs, step.implied, templates)
                row.update(case_id=cid, created_on=today, **_resolution(step.outcome, today, None))
                if case_inputs.copies is not None:
                    row.update(case_inputs.copies)
                    filled.add(cid)
                new_rows.append(row)
                if step.outcome is None:
                    candidates.append(_as_next(row))
                else:
                    _audit_resolution(session, actor, cid, None, row, step.outcome, None)
            elif isinstance(step, UpdateTransition):
                row = _row_values(case_inputs, step.implied, templates)
                if step.reopened:
                    row.update(_UNRESOLVED)
                if step.outcome is not None:
                    row.update(_resolution(step.outcome, today, None))
                else:
                    candidates.append(_as_next(row))
                changed.append({"b_id": step.id, **row})
                _audit_update(session, actor, cid, records[step.id], step, row)
            elif isinstance(step, ResolveTransition):
                note = (
                    case_inputs.closed_reason
                    if step.outcome is Outcome.CASE_CLOSED and case_inputs.closed_reason
                    else str(step.reason)
                    if step.reason
                    else None
                )
                row = _resolution(step.outcome, today, note)
                changed.append({"b_id": step.id, **row})
                _audit_resolution(session, actor, cid, records[step.id], None, step.outcome, note)
        next_transition = pick_next(candidates, today, rules)
        # A case created just now has no next transition recorded: none to clear.
        if next_transition is not None or cid not in known:
            next_by_case[cid] = next_transition
    _write(session, new_rows, changed, next_by_case, filled)


def _inputs_and_stored(
    session: Session, case_ids: Sequence[int], known: Mapping[int, InputsOf]
) -> tuple[dict[int, CaseInputs], dict[int, list[StoredTransition]]]:
    """The rules' inputs and stored transitions of these cases, in their order: read from the
    database but for the cases created just now whose inputs the caller holds (`known`),
    which have nothing stored."""
    given: dict[InputsOf, list[int]] = defaultdict(list)
    unknown: list[int] = []
    for case_id in case_ids:
        inputs_of = known.get(case_id)
        if inputs_of is None:
            unknown.append(case_id)
        else:
            given[inputs_of].append(case_id)
    if not given:
        return gather_inputs(session, case_ids), _stored(session, case_ids)
    found = gather_inputs(session, unknown)
    for inputs_of, ids in given.items():
        found.update(inputs_of(ids))
    inputs = {case_id: found[case_id] for case_id in case_ids if case_id in found}
    return inputs, _stored(session, unknown)


def _write(
    session: Session,
    new_rows: list[dict[str, Any]],
    changed: list[dict[str, Any]],
    next_by_case: Mapping[int, NextTransition | None],
    filled: Collection[int] = (),
) -> None:
    if new_rows:
        # Straight through the driver (`db.bulk`): the values stored are those of an INSERT
        # through SQLAlchemy, at a fraction of its cost per row.
        keys = tuple(sorted(set().union(*(row.keys() for row in new_rows))))
        insert_values(
            session.connection(),
            cast(Table, Transition.__table__),
            keys,
            [tuple(row.get(c) for c in keys) for row in new_rows],
        )
        # Written past the ORM's flush: their copies of the case's values are filled here
        # (but for the cases whose rows carried them).
        transition_copies.refresh(
            session.connection(), {row["case_id"] for row in new_rows}.difference(filled)
        )
    by_columns: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    for row in changed:
        by_columns[frozenset(row)].append(row)
    for columns, rows in by_columns.items():
        session.connection().execute(
            update(Transition)
            .where(Transition.id == bindparam("b_id"))
            .values({c: bindparam(c) for c in columns if c != "b_id"}),
            rows,
        )
    update_values(
        session.connection(),
        cast(Table, Case.__table__),
        _NEXT_COLUMNS,
        "id",
        [(*next_values(nxt).values(), cid) for cid, nxt in next_by_case.items()],
    )
    session.expire_all()


def _audit_update(
    session: Session,
    actor: Actor | None,
    case_id: int,
    before: StoredTransition,
    step: UpdateTransition,
    row: Mapping[str, Any],
) -> None:
    if step.moved_from is not None:
        audit.record(
            session,
            actor,
            "transition_moved",
            entity="transition",
            entity_id=step.id,
            case_id=case_id,
            detail={
                "kind": row["kind"],
                "changes": {
                    "due_date": {
                        "before": step.moved_from.isoformat(),
                        "after": row["due_date"].isoformat(),
                    }
                },
            },
        )
    if step.reopened:
        audit.record(
            session,
            actor,
            "transition_reopened",
            entity="transition",
            entity_id=step.id,
            case_id=case_id,
            detail={
                "kind": row["kind"],
                "changes": {"outcome": {"before": before.outcome, "after": None}},
                "reason": "the record implies it again",
            },
        )
    if step.outcome is not None:
        _audit_resolution(session, actor, case_id, before, row, step.outcome, None)


def _audit_resolution(
    session: Session,
    actor: Actor | None,
    case_id: int,
    record: StoredTransition | None,
    row: Mapping[str, Any] | None,
    outcome: Outcome,
    note: str | None,
) -> None:
    kind = row["kind"] if row else record.kind if record else None
    due = row["due_date"] if row else record.due_date if record else None
    audit.record(
        session,
        actor,
        "transition_resolved",
        entity="transition",
        entity_id=record.id if record else None,
        case_id=case_id,
        detail={
            "kind": str(kind),
            "due_date": due.isoformat() if due else None,
            "outcome": outcome.value,
            "automatic": True,
            **({"note": note} if note else {}),
        },
    )


def refresh_all(session: Session, actor: Actor | None = None) -> int:
    ids = list(session.scalars(select(Case.id).order_by(Case.id)))
    for start in range(0, len(ids), 5000):
        refresh_cases(session, ids[start : start + 5000], actor)
    settings.put(session, "derived_as_of", clock.today().isoformat())
    settings.put(session, _RECORDS_VERSION_KEY, RECORDS_VERSION)
    return len(ids)


def _cases_the_day_can_change(
    session: Session, since: date, today: date, rules: TransitionRules
) -> list[int] | None:
    """Cases whose open transitions may have crossed a boundary between `since` and `today`
    (None: all may)."""
    if since > today or (today - since).days > 366:
        return None
    return list(
        session.scalars(
            select(Transition.case_id)
            .where(
                Transition.status == TransitionStatus.OPEN.value,
                or_(
                    # passed since: may resolve itself, and the next transition may change
                    and_(
                        Transition.due_date >= since - timedelta(days=1),
                        Transition.due_date < today,
                    ),
                    # a permit expiry that entered its warning window since
                    and_(
                        Transition.kind == TransitionKind.PERMIT_EXPIRY.value,
                        Transition.due_date > since + timedelta(days=rules.permit_warning_days - 1),
                        Transition.due_date <= today + timedelta(days=rules.permit_warning_days),
                    ),
                ),
            )
            .distinct()
        )
    )


def roll_forward_to_today(session: Session) -> int:
    """The day's part of keeping transitions current, run when a database opens on a new day.

    After revision 0006 (or any change to how records follow the rules) every case is
    reconciled once. Otherwise only the cases whose open transitions crossed a
    boundary since the last day it ran are reconciled: what is now past and was
    secured on time resolves itself, a permit expiry enters its warning window.
    Returns the number of cases looked at again.
    """
    if settings.transition_records_version(session) != RECORDS_VERSION:
        return refresh_all(session)
    today = clock.today()
    stored = settings.get(session, "derived_as_of")
    if stored == today.isoformat():
        return 0
    rules = settings.transition_rules(session)
    candidates = (
        _cases_the_day_can_change(session, date.fromisoformat(stored), today, rules)
        if stored
        else None
    )
    if candidates is None:
        return refresh_all(session)
    for start in range(0, len(candidates), 5000):
        refresh_cases(session, candidates[start : start + 5000])
    settings.put(session, "derived_as_of", today.isoformat())
    return len(candidates)
