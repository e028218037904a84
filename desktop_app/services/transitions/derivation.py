"""Deriving each case's transitions from its record and storing them for fast lists.

Every service that changes what a transition depends on (date of birth,
decisions, placements, offers, checklist ticks, settings) calls
`refresh_cases`. The stored rows carry what the rules worked out (due date,
readiness, housing secured); lists add the day-dependent parts (days left,
risk, overdue) against today. When the day changes, `roll_forward_to_today`
moves each case's "next transition" on without deriving everything again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Case,
    ChecklistItemState,
    HousingOffer,
    LegalDecision,
    Placement,
    Transition,
)
from desktop_app.domain.checklist import evaluate_checklist
from desktop_app.domain.transitions import (
    CaseFacts,
    Decision,
    OfferFacts,
    TransitionKind,
    TransitionRules,
    derive_transitions,
    housing_secured,
    is_listed,
)
from desktop_app.services import clock, settings


@dataclass
class CaseInputs:
    """Everything the rules read for one case, gathered in bulk."""

    facts: CaseFacts
    checklist_done: dict[str, set[str]]
    checklist_na: dict[str, set[str]]


@dataclass(frozen=True)
class ComputedTransition:
    kind: str
    due_date: date
    uncertain: bool
    housing_secured: bool
    readiness: int
    missing: tuple[str, ...]


def compute(
    inputs: CaseInputs, rules: TransitionRules, template: Sequence[str]
) -> list[ComputedTransition]:
    out: list[ComputedTransition] = []
    for t in derive_transitions(inputs.facts, rules):
        secured = housing_secured(inputs.facts.offers, t.due_date)
        result = evaluate_checklist(
            template,
            inputs.checklist_done.get(t.kind.value, set()),
            secured,
            inputs.checklist_na.get(t.kind.value, set()),
        )
        out.append(
            ComputedTransition(
                kind=t.kind.value,
                due_date=t.due_date,
                uncertain=t.uncertain,
                housing_secured=secured,
                readiness=result.readiness,
                missing=result.missing,
            )
        )
    return out


def pick_next(
    computed: Iterable[ComputedTransition], today: date, rules: TransitionRules
) -> ComputedTransition | None:
    listed = [t for t in computed if is_listed(t.kind, t.due_date, today, t.housing_secured, rules)]
    return min(listed, key=lambda t: (t.due_date, t.kind), default=None)


def gather_inputs(session: Session, case_ids: Sequence[int]) -> dict[int, CaseInputs]:
    """Load the rule inputs for many cases with a handful of queries."""
    result: dict[int, CaseInputs] = {}
    for start in range(0, len(case_ids), 900):
        chunk = list(case_ids[start : start + 900])
        result.update(_gather_chunk(session, chunk))
    return result


def _gather_chunk(session: Session, ids: list[int]) -> dict[int, CaseInputs]:
    decisions: dict[int, list[Decision]] = defaultdict(list)
    for d in session.execute(
        select(
            LegalDecision.case_id,
            LegalDecision.decision_type,
            LegalDecision.decision_date,
            LegalDecision.permit_expiry,
        )
        .where(LegalDecision.case_id.in_(ids))
        .order_by(LegalDecision.case_id, LegalDecision.id)
    ):
        decisions[d[0]].append(Decision(d[1], d[2], d[3]))
    placements: dict[int, tuple[str, date | None]] = {}
    for pl in session.execute(
        select(Placement.case_id, Placement.placement_type, Placement.planned_end_date)
        .where(Placement.case_id.in_(ids), Placement.end_date.is_(None))
        .order_by(Placement.case_id, Placement.start_date, Placement.id)
    ):
        placements[pl[0]] = (pl[1], pl[2])  # the latest current placement wins
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
            Case.move_out_deadline,
        ).where(Case.id.in_(ids))
    ):
        cid = cs[0]
        placement = placements.get(cid)
        out[cid] = CaseInputs(
            facts=CaseFacts(
                date_of_birth=cs[1],
                dob_precision=cs[2],
                is_open=cs[3] == "open",
                in_aftercare=bool(cs[4]),
                decisions=tuple(decisions.get(cid, ())),
                current_placement_type=placement[0] if placement else None,
                current_placement_planned_end=placement[1] if placement else None,
                move_out_deadline_override=cs[5],
                offers=tuple(offers.get(cid, ())),
            ),
            checklist_done=dict(done.get(cid, {})),
            checklist_na=dict(na.get(cid, {})),
        )
    return out


def transition_rows(case_id: int, computed: Iterable[ComputedTransition]) -> list[dict[str, Any]]:
    return [
        {
            "case_id": case_id,
            "kind": t.kind,
            "due_date": t.due_date,
            "uncertain": t.uncertain,
            "housing_secured": t.housing_secured,
            "readiness": t.readiness,
            "missing": ";".join(t.missing),
        }
        for t in computed
    ]


def next_values(nxt: ComputedTransition | None) -> dict[str, Any]:
    return {
        "next_kind": nxt.kind if nxt else None,
        "next_due_date": nxt.due_date if nxt else None,
        "next_readiness": nxt.readiness if nxt else None,
        "next_housing_secured": nxt.housing_secured if nxt else None,
        "next_uncertain": nxt.uncertain if nxt else None,
    }


_DEFERRED = "homeward.deferred_refresh"


@contextmanager
def deferred_refresh(session: Session) -> Iterator[None]:
    """Collect the refreshes asked for inside the block and derive each case once at its end.

    For bulk work such as imports, where one case is created, given a decision
    and a placement in a row, each of which would otherwise re-derive it.
    """
    if session.info.get(_DEFERRED) is not None:
        yield  # an outer block does the work
        return
    session.info[_DEFERRED] = set()
    try:
        yield
    except BaseException:
        session.info.pop(_DEFERRED, None)
        raise
    pending = sorted(session.info.pop(_DEFERRED))
    refresh_cases(session, pending)


def refresh_cases(session: Session, case_ids: Sequence[int]) -> None:
    """Re-derive and store the transitions of these cases (call after any change to them)."""
    if not case_ids:
        return
    pending = session.info.get(_DEFERRED)
    if pending is not None:
        pending.update(case_ids)
        return
    session.flush()
    rules = settings.transition_rules(session)
    template = settings.checklist_template(session)
    today = clock.today()
    inputs = gather_inputs(session, case_ids)
    rows: list[dict[str, Any]] = []
    for start in range(0, len(case_ids), 900):
        session.execute(
            delete(Transition).where(Transition.case_id.in_(list(case_ids[start : start + 900])))
        )
    for cid, case_inputs in inputs.items():
        computed = compute(case_inputs, rules, template)
        rows.extend(transition_rows(cid, computed))
        session.execute(
            update(Case)
            .where(Case.id == cid)
            .values(**next_values(pick_next(computed, today, rules)))
            .execution_options(synchronize_session=False)
        )
    if rows:
        session.execute(insert(Transition), rows)
    session.expire_all()


def refresh_all(session: Session) -> int:
    ids = list(session.scalars(select(Case.id).order_by(Case.id)))
    for start in range(0, len(ids), 5000):
        refresh_cases(session, ids[start : start + 5000])
    settings.put(session, "derived_as_of", clock.today().isoformat())
    return len(ids)


def _cases_the_day_can_change(
    session: Session, since: date, today: date, rules: TransitionRules
) -> list[int] | None:
    """Cases whose next transition may differ between `since` and `today` (None: all may)."""
    if since > today or (today - since).days > 366:
        return None
    return list(
        session.scalars(
            select(Transition.case_id)
            .where(
                or_(
                    # passed since (may be resolved) or left the look-back window since
                    and_(
                        Transition.due_date >= since - timedelta(days=rules.lookback_days + 1),
                        Transition.due_date < today,
                    ),
                    # a permit expiry that entered its warning window since
                    and_(
                        Transition.kind == TransitionKind.PERMIT_EXPIRY.value,
                        Transition.due_date > since + timedelta(days=rules.permit_warning_days - 1),
                        Transition.due_date <= today + timedelta(days=rules.permit_warning_days),
                    ),
                )
            )
            .distinct()
        )
    )


def roll_forward_to_today(session: Session) -> int:
    """Move each case's "next transition" on when the day changes (overdue ones drop out, permits appear).

    Only the day-dependent choice is redone, from the stored rows, and only for
    the cases whose transitions crossed a boundary since the last day it ran;
    returns the number of cases whose next transition changed.
    """
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
    changed = []
    chunks = (
        [None]
        if candidates is None
        else [candidates[start : start + 900] for start in range(0, len(candidates), 900)]
    )
    for chunk in chunks:
        transition_query = select(
            Transition.case_id,
            Transition.kind,
            Transition.due_date,
            Transition.uncertain,
            Transition.housing_secured,
            Transition.readiness,
            Transition.missing,
        )
        case_query = select(Case.id, Case.next_kind, Case.next_due_date)
        if chunk is not None:
            transition_query = transition_query.where(Transition.case_id.in_(chunk))
            case_query = case_query.where(Case.id.in_(chunk))
        by_case: dict[int, list[ComputedTransition]] = defaultdict(list)
        for t in session.execute(transition_query):
            by_case[t[0]].append(
                ComputedTransition(
                    t[1], t[2], t[3], t[4], t[5], tuple(filter(None, t[6].split(";")))
                )
            )
        for cid, kind, due in session.execute(case_query):
            nxt = pick_next(by_case.get(cid, ()), today, rules)
            if (nxt.kind if nxt else None, nxt.due_date if nxt else None) != (kind, due):
                changed.append({"b_id": cid, **next_values(nxt)})
    if changed:
        session.connection().execute(
            update(Case)
            .where(Case.id == bindparam("b_id"))
            .values({k: bindparam(k) for k in next_values(None)}),
            changed,
        )
    settings.put(session, "derived_as_of", today.isoformat())
    return len(changed)
