"""Transitions as lasting records: DESIGN.md's "Transitions are lasting records", case by case."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.checklist import (
    CARE_PLACEMENT,
    DEFAULT_CHECKLIST,
    HOUSING_SECURED,
    MINOR_MOVE_OUT_CHECKLIST,
    PERMIT_RENEWAL,
    default_templates,
    evaluate_checklist,
    template_for,
)
from desktop_app.domain.transition_records import (
    CreateTransition,
    Outcome,
    OutcomeEntry,
    ResolveTransition,
    StoredTransition,
    UpdateTransition,
    check_outcome,
    derive_transitions,
    reconcile,
)
from desktop_app.domain.transitions import (
    AgeGroup,
    CaseFacts,
    Decision,
    OfferFacts,
    PlacementFacts,
    Risk,
    SecureItem,
    TransitionKind,
    TransitionRules,
    assess_risk,
    decision_in_force,
    explain_risk,
    is_listed,
)

RULES = TransitionRules()
TODAY = date(2026, 3, 16)
MOVE_OUT = TransitionKind.STATUS_GRANT_MOVE_OUT

RECEPTION = PlacementFacts(1, "reception", date(2025, 6, 1))


def adult(**kw):
    base = dict(
        date_of_birth=date(2004, 5, 1),
        dob_precision="exact",
        decisions=(Decision("refugee", date(2026, 1, 1), date(2029, 1, 1), id=10),),
        placements=(RECEPTION,),
        created_on=date(2025, 6, 1),
    )
    base.update(kw)
    return CaseFacts(**base)


def stored_from(steps, today=TODAY):
    """What the service would keep after applying `steps` to an empty case."""
    out = []
    for number, step in enumerate(steps, start=1):
        assert isinstance(step, CreateTransition)
        t = step.implied
        resolved = step.outcome is not None
        out.append(
            StoredTransition(
                id=number,
                kind=t.kind,
                source_id=t.source_id,
                due_date=t.due_date,
                status="resolved" if resolved else "open",
                outcome=step.outcome,
                resolved_on=today if resolved else None,
                resolved_automatically=resolved,
            )
        )
    return out


def apply(stored, steps, today=TODAY):
    """Apply update and resolve steps to stored records (creates are appended)."""
    by_id = {s.id: s for s in stored}
    next_id = max(by_id, default=0) + 1
    for step in steps:
        if isinstance(step, CreateTransition):
            t = step.implied
            by_id[next_id] = StoredTransition(next_id, t.kind, t.source_id, t.due_date)
            next_id += 1
        elif isinstance(step, UpdateTransition):
            old = by_id[step.id]
            resolved = step.outcome is not None
            by_id[step.id] = StoredTransition(
                old.id,
                old.kind,
                step.implied.source_id,
                step.implied.due_date,
                "resolved" if resolved else "open",
                step.outcome,
                today if resolved else None,
                resolved,
            )
        else:
            old = by_id[step.id]
            by_id[step.id] = StoredTransition(
                old.id, old.kind, old.source_id, old.due_date, "resolved", step.outcome, today, True
            )
    return list(by_id.values())


def of_kind(steps, kind):
    return [s for s in steps if getattr(s, "implied", None) and s.implied.kind is kind]


# --- nothing drops off because time passed ---------------------------------


def test_an_unhoused_move_out_61_days_late_stays_open_listed_and_red():
    facts = adult()
    records = stored_from(reconcile(facts, (), RULES, date(2025, 12, 1)))
    move_out = next(r for r in records if r.kind is MOVE_OUT)
    assert move_out.due_date == date(2026, 1, 29)
    later = move_out.due_date + timedelta(days=61)
    steps = reconcile(facts, records, RULES, later)
    assert not any(isinstance(s, ResolveTransition) for s in steps)
    assert all(s.outcome is None for s in steps if isinstance(s, UpdateTransition))
    assert is_listed(MOVE_OUT, move_out.due_date, later, RULES)
    assert assess_risk(move_out.due_date, later, False, 100, RULES) is Risk.RED


@given(days=st.integers(0, 4000))
def test_letting_days_pass_changes_nothing_but_days_left_and_risk(days):
    facts = adult()
    records = stored_from(reconcile(facts, (), RULES, TODAY))
    later = TODAY + timedelta(days=days)
    steps = reconcile(facts, records, RULES, later)
    # Every open record is kept as it is (same due date, same source), none resolved or moved.
    assert all(isinstance(s, UpdateTransition) for s in steps)
    assert all(s.moved_from is None and not s.reopened and s.outcome is None for s in steps)
    assert {s.id for s in steps} == {r.id for r in records if r.is_open}


def test_secured_on_time_resolves_itself_once_the_date_has_passed():
    facts = adult(offers=(OfferFacts("accepted", date(2026, 1, 20)),))
    records = stored_from(reconcile(facts, (), RULES, date(2026, 1, 10)))
    move_out = next(r for r in records if r.kind is MOVE_OUT)
    assert move_out.is_open
    on_the_day = reconcile(facts, records, RULES, move_out.due_date)
    assert next(s for s in on_the_day if s.id == move_out.id).outcome is None
    after = reconcile(facts, records, RULES, move_out.due_date + timedelta(days=1))
    assert next(s for s in after if s.id == move_out.id).outcome is Outcome.HOUSED_ON_TIME


def test_a_move_in_after_the_deadline_is_not_on_time():
    facts = adult(offers=(OfferFacts("moved_in", date(2026, 2, 10)),))
    records = stored_from(reconcile(facts, (), RULES, date(2026, 1, 10)))
    steps = reconcile(facts, records, RULES, date(2026, 3, 1))
    assert all(getattr(s, "outcome", None) is None for s in steps)


# --- moving in does not delete the move-out --------------------------------


def test_moving_in_keeps_the_move_out_and_it_counts_as_housed_on_time():
    facts = adult()
    records = stored_from(reconcile(facts, (), RULES, date(2026, 1, 5)))
    moved = adult(
        placements=(
            PlacementFacts(1, "reception", date(2025, 6, 1), end_date=date(2026, 1, 20)),
            PlacementFacts(2, "own_tenancy", date(2026, 1, 20)),
        ),
        offers=(OfferFacts("moved_in", date(2026, 1, 20)),),
    )
    steps = reconcile(moved, records, RULES, date(2026, 1, 21))
    assert not any(isinstance(s, ResolveTransition) for s in steps)
    move_out = next(
        s for s in steps if isinstance(s, UpdateTransition) and s.implied.kind is MOVE_OUT
    )
    assert move_out.implied.secured and move_out.outcome is None
    steps = reconcile(moved, records, RULES, date(2026, 1, 30))
    assert (
        next(s for s in steps if getattr(s, "implied", None) and s.implied.kind is MOVE_OUT).outcome
        is Outcome.HOUSED_ON_TIME
    )


def test_closing_a_case_resolves_its_open_transitions_and_reopening_brings_them_back():
    facts = adult()
    records = stored_from(reconcile(facts, (), RULES, TODAY))
    closing = reconcile(adult(is_open=False), records, RULES, TODAY)
    assert {s.id for s in closing} == {r.id for r in records}
    assert {s.outcome for s in closing} == {Outcome.CASE_CLOSED}
    closed = apply(records, closing)
    reopened = reconcile(facts, closed, RULES, TODAY + timedelta(days=10))
    assert {s.id for s in reopened if isinstance(s, UpdateTransition) and s.reopened} == {
        r.id for r in records
    }
    assert not any(isinstance(s, CreateTransition) for s in reopened)


# --- changes move a transition, never delete it ----------------------------


def test_an_age_assessment_moves_the_18th_birthday_rather_than_replacing_it():
    facts = adult(date_of_birth=date(2008, 9, 1), decisions=(), placements=())
    records = stored_from(reconcile(facts, (), RULES, TODAY))
    assessed = adult(
        date_of_birth=date(2008, 5, 1), dob_precision="assessed", decisions=(), placements=()
    )
    (step,) = reconcile(assessed, records, RULES, TODAY)
    assert isinstance(step, UpdateTransition) and step.id == records[0].id
    assert step.moved_from == date(2026, 9, 1) and step.implied.due_date == date(2026, 5, 1)
    assert step.implied.uncertain


def test_what_the_record_no_longer_implies_is_resolved_as_no_longer_applying():
    facts = adult(in_aftercare=True, decisions=(), placements=())
    records = stored_from(reconcile(facts, (), RULES, TODAY))
    steps = reconcile(adult(in_aftercare=False, decisions=(), placements=()), records, RULES, TODAY)
    ended = [s for s in steps if isinstance(s, ResolveTransition)]
    assert len(ended) == 1 and ended[0].outcome is Outcome.NO_LONGER_APPLIES
    assert next(r for r in records if r.id == ended[0].id).kind is TransitionKind.AFTERCARE_END


def test_a_resolved_transition_is_not_created_again():
    facts = adult(decisions=(), placements=())
    records = stored_from(reconcile(facts, (), RULES, TODAY))
    done = [
        StoredTransition(
            r.id, r.kind, r.source_id, r.due_date, "resolved", Outcome.STAYED_IN_CARE, r.due_date
        )
        for r in records
    ]
    assert reconcile(facts, done, RULES, TODAY + timedelta(days=900)) == []


def test_look_back_limits_only_history_from_before_the_case_was_opened():
    # Turned 18 on 2026-01-15; the case was opened 2026-03-16: 60 days back reaches 2026-01-15.
    facts = adult(
        date_of_birth=date(2008, 1, 15), decisions=(), placements=(), created_on=date(2026, 3, 16)
    )
    assert [t.kind for t in derive_transitions(facts, RULES)] == [TransitionKind.TURNS_18]
    older = adult(
        date_of_birth=date(2008, 1, 14), decisions=(), placements=(), created_on=date(2026, 3, 16)
    )
    assert derive_transitions(older, RULES) == []


def test_a_placement_that_ends_early_moves_its_end_to_the_day_it_ended():
    facts = adult(
        decisions=(), placements=(PlacementFacts(3, "foster", date(2024, 1, 1), date(2026, 8, 31)),)
    )
    records = stored_from(reconcile(facts, (), RULES, TODAY))
    ended = adult(
        decisions=(),
        placements=(
            PlacementFacts(
                3, "foster", date(2024, 1, 1), date(2026, 8, 31), end_date=date(2026, 3, 1)
            ),
            PlacementFacts(4, "residential", date(2026, 3, 1)),
        ),
    )
    steps = reconcile(ended, records, RULES, TODAY)
    placement = next(
        s
        for s in steps
        if getattr(s, "implied", None) and s.implied.kind is TransitionKind.PLACEMENT_END
    )
    assert placement.implied.due_date == date(2026, 3, 1) and placement.moved_from == date(
        2026, 8, 31
    )
    assert placement.outcome is None  # overdue, needs an outcome


# --- the decision in force -------------------------------------------------


def test_on_the_same_date_the_decision_recorded_last_is_in_force():
    decisions = (
        Decision("rejected", date(2026, 2, 1), id=1),
        Decision("subsidiary", date(2026, 2, 1), date(2027, 2, 1), id=2),
    )
    assert decision_in_force(decisions).id == 2
    assert decision_in_force(tuple(reversed(decisions))).id == 2
    found = {t.kind for t in derive_transitions(adult(decisions=decisions), RULES)}
    assert MOVE_OUT in found and TransitionKind.PERMIT_EXPIRY in found


def test_an_appeal_after_a_grant_keeps_the_move_out_and_the_permit_warning():
    grant = Decision("subsidiary", date(2026, 1, 1), date(2027, 1, 1), id=1)
    appeal = Decision("appeal", date(2026, 1, 20), id=2)
    pending = Decision("pending", None, id=3)
    assert decision_in_force((grant, appeal, pending)) is grant
    facts = adult(decisions=(grant, appeal))
    kinds = {t.kind: t for t in derive_transitions(facts, RULES)}
    assert kinds[MOVE_OUT].due_date == date(2026, 1, 29)
    assert kinds[TransitionKind.PERMIT_EXPIRY].due_date == date(2027, 1, 1)
    # A later rejection does end it.
    rejected = adult(decisions=(grant, appeal, Decision("rejected", date(2026, 2, 1), id=4)))
    records = stored_from(reconcile(facts, (), RULES, TODAY))
    steps = reconcile(rejected, records, RULES, TODAY)
    ended = {s.id for s in steps if isinstance(s, ResolveTransition)}
    assert ended == {r.id for r in records if r.kind in (MOVE_OUT, TransitionKind.PERMIT_EXPIRY)}


def test_a_per_case_deadline_belongs_to_the_decision_it_was_set_for():
    first = Decision("subsidiary", date(2026, 1, 1), id=1, move_out_deadline=date(2026, 4, 30))
    records = stored_from(reconcile(adult(decisions=(first,)), (), RULES, TODAY))
    move_out = next(r for r in records if r.kind is MOVE_OUT)
    assert move_out.due_date == date(2026, 4, 30)
    upgraded = (first, Decision("refugee", date(2026, 3, 1), id=2))
    steps = reconcile(adult(decisions=upgraded), records, RULES, TODAY)
    step = next(s for s in steps if s.id == move_out.id)
    # The same move-out, moved to the new decision's date + 28 days, not the old deadline.
    assert step.implied.due_date == date(2026, 3, 29) and step.moved_from == date(2026, 4, 30)
    assert step.implied.source_id == 2


def test_a_decision_withdrawn_as_recorded_in_error_ends_what_it_implied():
    grant = Decision("refugee", date(2026, 1, 1), date(2029, 1, 1), id=1)
    records = stored_from(reconcile(adult(decisions=(grant,)), (), RULES, TODAY))
    steps = reconcile(adult(decisions=()), records, RULES, TODAY)
    ended = {s.id for s in steps if isinstance(s, ResolveTransition)}
    assert ended == {r.id for r in records if r.kind in (MOVE_OUT, TransitionKind.PERMIT_EXPIRY)}


# --- minors' move-out ------------------------------------------------------


def test_a_15_year_olds_move_out_needs_a_care_placement_and_the_minors_checklist():
    facts = adult(date_of_birth=date(2011, 2, 1))
    move_out = next(t for t in derive_transitions(facts, RULES) if t.kind is MOVE_OUT)
    assert move_out.age_group is AgeGroup.MINOR
    assert move_out.secure_item is SecureItem.CARE_PLACEMENT and not move_out.secured
    items = template_for(None, MOVE_OUT, move_out.age_group, move_out.secure_item)
    assert items == MINOR_MOVE_OUT_CHECKLIST
    assert "budget_plan" not in items and "bank_account" not in items
    # A housing offer does not meet it; a foster placement from the due date does.
    offered = adult(
        date_of_birth=date(2011, 2, 1), offers=(OfferFacts("accepted", date(2026, 1, 10)),)
    )
    assert not next(t for t in derive_transitions(offered, RULES) if t.kind is MOVE_OUT).secured
    records = stored_from(reconcile(facts, (), RULES, date(2026, 1, 10)))
    fostered = adult(
        date_of_birth=date(2011, 2, 1),
        placements=(
            PlacementFacts(1, "reception", date(2025, 6, 1), end_date=date(2026, 1, 29)),
            PlacementFacts(2, "foster", date(2026, 1, 29)),
        ),
    )
    steps = reconcile(fostered, records, RULES, date(2026, 1, 20))
    assert next(s for s in steps if s.implied.kind is MOVE_OUT).implied.secured
    steps = reconcile(fostered, records, RULES, date(2026, 2, 1))
    assert next(s for s in steps if s.implied.kind is MOVE_OUT).outcome is Outcome.HOUSED_ON_TIME
    assert "no care placement" in explain_risk(
        Risk.RED, 10, False, 0, RULES, secure_item=CARE_PLACEMENT
    )


def test_an_adults_move_out_keeps_the_adult_checklist():
    move_out = next(t for t in derive_transitions(adult(), RULES) if t.kind is MOVE_OUT)
    assert move_out.age_group is AgeGroup.ADULT and move_out.secure_item is SecureItem.HOUSING
    assert template_for(None, MOVE_OUT, "adult", HOUSING_SECURED) == DEFAULT_CHECKLIST


def test_templates_are_per_kind_and_age_group_and_keep_their_secure_item():
    templates = default_templates()
    assert set(templates) == {k.value for k in TransitionKind}
    assert all(set(groups) == {"adult", "minor"} for groups in templates.values())
    custom = {"turns_18": {"adult": ["income", HOUSING_SECURED, "income", CARE_PLACEMENT]}}
    assert template_for(custom, "turns_18", "adult", HOUSING_SECURED) == ("income", HOUSING_SECURED)
    assert template_for(custom, "aftercare_end", "adult", HOUSING_SECURED) == DEFAULT_CHECKLIST
    assert template_for(
        {"turns_18": {"adult": ["income"]}}, "turns_18", "adult", HOUSING_SECURED
    ) == (
        HOUSING_SECURED,
        "income",
    )


# --- a permit's expiry needs its renewal, not housing -----------------------


def test_an_expired_permit_is_red_for_a_missing_renewal_not_for_housing():
    facts = adult(
        decisions=(Decision("refugee", date(2025, 1, 1), date(2026, 3, 1), id=1),), placements=()
    )
    permit = next(
        t
        for t in reconcile(facts, (), RULES, TODAY)
        if t.implied.kind is TransitionKind.PERMIT_EXPIRY
    ).implied
    assert permit.secure_item is SecureItem.PERMIT_RENEWAL and not permit.secured
    items = template_for(None, "permit_expiry", "adult", PERMIT_RENEWAL)
    assert PERMIT_RENEWAL in items and HOUSING_SECURED not in items
    result = evaluate_checklist(items, [], permit.secured, secure_item=PERMIT_RENEWAL)
    assert PERMIT_RENEWAL in result.missing and HOUSING_SECURED not in result.missing
    text = explain_risk(Risk.RED, -15, False, 0, RULES, secure_item=PERMIT_RENEWAL)
    assert "renewal" in text and "housing" not in text
    # A housing offer does not secure it.
    housed = adult(
        decisions=facts.decisions, placements=(), offers=(OfferFacts("moved_in", date(2025, 6, 1)),)
    )
    assert not next(
        t for t in derive_transitions(housed, RULES) if t.kind is TransitionKind.PERMIT_EXPIRY
    ).secured


def test_a_renewal_applied_for_or_a_new_permit_secures_the_expiry():
    applied = Decision(
        "refugee", date(2025, 1, 1), date(2026, 3, 1), id=1, renewal_applied_on=date(2026, 2, 1)
    )
    permit = next(t for t in derive_transitions(adult(decisions=(applied,), placements=()), RULES))
    assert permit.kind is TransitionKind.PERMIT_EXPIRY and permit.secured
    late = Decision(
        "refugee", date(2025, 1, 1), date(2026, 3, 1), id=1, renewal_applied_on=date(2026, 3, 5)
    )
    assert not derive_transitions(adult(decisions=(late,), placements=()), RULES)[0].secured
    # A new permit recorded before the old one expires: the old one is secured and resolves
    # itself as on time; the new one is a transition of its own.
    old = Decision("refugee", date(2025, 1, 1), date(2026, 3, 1), id=1)
    records = stored_from(
        reconcile(adult(decisions=(old,), placements=()), (), RULES, date(2026, 1, 1))
    )
    renewed = (old, Decision("refugee", date(2026, 2, 20), date(2029, 2, 20), id=2))
    steps = reconcile(adult(decisions=renewed, placements=()), records, RULES, TODAY)
    old_step = next(
        s for s in steps if isinstance(s, UpdateTransition) and s.implied.source_id == 1
    )
    assert old_step.outcome is Outcome.HOUSED_ON_TIME
    new = [
        s
        for s in steps
        if isinstance(s, CreateTransition) and s.implied.kind is TransitionKind.PERMIT_EXPIRY
    ]
    assert [s.implied.due_date for s in new] == [date(2029, 2, 20)]


# --- outcomes a worker records ---------------------------------------------


def test_outcomes_need_what_makes_them_true():
    due = date(2026, 2, 1)
    assert check_outcome(OutcomeEntry("housed_late", date(2026, 3, 1)), due, TODAY) == {}
    assert "housing_began" in check_outcome(OutcomeEntry("housed_late"), due, TODAY)
    assert "housing_began" in check_outcome(
        OutcomeEntry("housed_late", date(2026, 2, 1)), due, TODAY
    )
    assert "housing_began" in check_outcome(
        OutcomeEntry("housed_late", date(2026, 4, 1)), due, TODAY
    )
    assert "receiving" in check_outcome(OutcomeEntry("moved_elsewhere"), due, TODAY)
    assert check_outcome(OutcomeEntry("moved_elsewhere", receiving="Aarhus"), due, TODAY) == {}
    assert "reason" in check_outcome(OutcomeEntry("no_longer_applies", reason="  "), due, TODAY)
    assert "outcome" in check_outcome(OutcomeEntry("housed_on_time"), due, TODAY)
    assert "outcome" in check_outcome(OutcomeEntry("someday"), due, TODAY)
    for outcome in ("stayed_in_care", "no_housing", "lost_contact"):
        assert check_outcome(OutcomeEntry(outcome), due, TODAY) == {}
