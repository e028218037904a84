from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.checklist import DEFAULT_CHECKLIST, HOUSING_SECURED, evaluate_checklist
from desktop_app.domain.transition_records import derive_transitions
from desktop_app.domain.transitions import (
    CaseFacts,
    Decision,
    OfferFacts,
    PlacementFacts,
    Risk,
    TransitionKind,
    TransitionRules,
    assess_risk,
    decision_in_force,
    explain_risk,
    housing_secured,
    is_listed,
)

RULES = TransitionRules()
TODAY = date(2026, 3, 16)


def kinds(facts, rules=RULES):
    return {t.kind: t for t in derive_transitions(facts, rules)}


def living_in(placement_type, planned_end=None):
    return (PlacementFacts(1, placement_type, date(2025, 1, 1), planned_end),)


def test_turns_18_from_an_exact_date():
    found = kinds(CaseFacts(date(2008, 4, 5), "exact"))
    assert found[TransitionKind.TURNS_18].due_date == date(2026, 4, 5)
    assert found[TransitionKind.TURNS_18].uncertain is False


@pytest.mark.parametrize(
    ("stored", "precision", "due"),
    [
        (date(2008, 7, 19), "month", date(2026, 7, 1)),
        (date(2008, 7, 19), "year", date(2026, 1, 1)),
        (date(2008, 7, 19), "assessed", date(2026, 7, 19)),
    ],
)
def test_uncertain_dates_of_birth(stored, precision, due):
    t = kinds(CaseFacts(stored, precision))[TransitionKind.TURNS_18]
    assert t.due_date == due
    assert t.uncertain is True


def test_leap_day_turns_18_on_first_of_march():
    assert kinds(CaseFacts(date(2008, 2, 29), "exact"))[TransitionKind.TURNS_18].due_date == date(
        2026, 3, 1
    )


def test_aftercare_end_only_when_in_aftercare_and_at_the_configured_age():
    facts = CaseFacts(date(2005, 6, 1), "exact", in_aftercare=True)
    assert kinds(facts)[TransitionKind.AFTERCARE_END].due_date == date(2026, 6, 1)
    assert kinds(facts, TransitionRules(aftercare_end_age=23))[
        TransitionKind.AFTERCARE_END
    ].due_date == date(2028, 6, 1)
    assert TransitionKind.AFTERCARE_END not in kinds(CaseFacts(date(2005, 6, 1), "exact"))


@pytest.mark.parametrize("decision", ["refugee", "subsidiary", "humanitarian", "temporary"])
def test_status_grant_move_out_for_every_granting_decision_in_reception(decision):
    facts = CaseFacts(
        date(2004, 1, 1),
        "exact",
        decisions=(Decision(decision, date(2026, 3, 1)),),
        placements=living_in("reception"),
    )
    assert kinds(facts)[TransitionKind.STATUS_GRANT_MOVE_OUT].due_date == date(2026, 3, 29)


@pytest.mark.parametrize("decision", ["rejected", "appeal", "pending"])
def test_no_move_out_without_a_grant(decision):
    facts = CaseFacts(
        date(2004, 1, 1),
        "exact",
        decisions=(Decision(decision, date(2026, 3, 1)),),
        placements=living_in("reception"),
    )
    assert TransitionKind.STATUS_GRANT_MOVE_OUT not in kinds(facts)


def test_no_move_out_once_out_of_reception():
    facts = CaseFacts(
        date(2004, 1, 1),
        "exact",
        decisions=(Decision("refugee", date(2026, 3, 1)),),
        placements=living_in("supported"),
    )
    assert TransitionKind.STATUS_GRANT_MOVE_OUT not in kinds(facts)


def test_move_out_days_setting_and_per_case_override():
    base = CaseFacts(
        date(2004, 1, 1),
        "exact",
        decisions=(Decision("refugee", date(2026, 3, 1)),),
        placements=living_in("reception"),
    )
    assert kinds(base, TransitionRules(move_out_days=14))[
        TransitionKind.STATUS_GRANT_MOVE_OUT
    ].due_date == date(2026, 3, 15)
    overridden = CaseFacts(
        date(2004, 1, 1),
        "exact",
        decisions=(Decision("refugee", date(2026, 3, 1), move_out_deadline=date(2026, 5, 1)),),
        placements=living_in("reception"),
    )
    assert kinds(overridden)[TransitionKind.STATUS_GRANT_MOVE_OUT].due_date == date(2026, 5, 1)


def test_the_latest_decision_is_in_force():
    decisions = (
        Decision("refugee", date(2025, 1, 1), date(2027, 1, 1)),
        Decision("rejected", date(2024, 1, 1)),
    )
    assert decision_in_force(decisions).decision_type == "refugee"
    facts = CaseFacts(
        date(2004, 1, 1), "exact", decisions=decisions, placements=living_in("foster")
    )
    assert kinds(facts)[TransitionKind.PERMIT_EXPIRY].due_date == date(2027, 1, 1)


def test_placement_end_and_closed_cases():
    facts = CaseFacts(date(2004, 1, 1), "exact", placements=living_in("foster", date(2026, 9, 30)))
    assert kinds(facts)[TransitionKind.PLACEMENT_END].due_date == date(2026, 9, 30)
    assert derive_transitions(CaseFacts(date(2009, 1, 1), "exact", is_open=False), RULES) == []


def test_housing_secured_needs_a_securing_state_and_a_move_in_by_the_due_date():
    due = date(2026, 4, 1)
    assert housing_secured([OfferFacts("accepted", date(2026, 4, 1))], due)
    assert housing_secured([OfferFacts("contract_signed", date(2026, 3, 20))], due)
    assert housing_secured([OfferFacts("moved_in", date(2026, 1, 1))], due)
    assert not housing_secured([OfferFacts("accepted", date(2026, 4, 2))], due)
    assert not housing_secured([OfferFacts("accepted", None)], due)
    for state in ("proposed", "viewing", "declined", "ended"):
        assert not housing_secured([OfferFacts(state, date(2026, 3, 1))], due)


@pytest.mark.parametrize(
    ("days", "secured", "readiness", "risk"),
    [
        (-1, False, 100, Risk.RED),  # overdue without housing
        (0, False, 100, Risk.RED),
        (30, False, 100, Risk.RED),  # due within 30 days without housing
        (31, False, 100, Risk.GREEN),
        (31, False, 69, Risk.AMBER),
        (90, True, 69, Risk.AMBER),
        (91, True, 0, Risk.GREEN),
        (10, True, 69, Risk.AMBER),
        (10, True, 70, Risk.GREEN),
        (-5, True, 10, Risk.GREEN),  # resolved: housed after the date
    ],
)
def test_risk_rules(days, secured, readiness, risk):
    assert assess_risk(TODAY + timedelta(days=days), TODAY, secured, readiness, RULES) is risk


def test_listing_rules():
    # Nothing open leaves the lists because time passed.
    assert is_listed("turns_18", TODAY - timedelta(days=60), TODAY, RULES)
    assert is_listed("turns_18", TODAY - timedelta(days=61), TODAY, RULES)
    assert is_listed("status_grant_move_out", TODAY - timedelta(days=3000), TODAY, RULES)
    assert is_listed("permit_expiry", TODAY - timedelta(days=500), TODAY, RULES)
    assert is_listed("turns_18", TODAY, TODAY, RULES)
    assert is_listed("permit_expiry", TODAY + timedelta(days=120), TODAY, RULES)
    assert not is_listed("permit_expiry", TODAY + timedelta(days=121), TODAY, RULES)
    assert is_listed("turns_18", TODAY + timedelta(days=400), TODAY, RULES)


def test_readiness_counts_done_over_applicable_rounded_down():
    result = evaluate_checklist(DEFAULT_CHECKLIST, ["income", "budget_plan"], secured=False)
    assert result.readiness == 16  # 2 of 12 = 16.67 -> 16
    assert HOUSING_SECURED in result.missing and "income" not in result.missing
    housed = evaluate_checklist(DEFAULT_CHECKLIST, ["income"], secured=True)
    assert housed.readiness == 16 and HOUSING_SECURED in housed.done
    # A ticked "housing secured" without an offer does not count.
    assert (
        HOUSING_SECURED in evaluate_checklist(DEFAULT_CHECKLIST, [HOUSING_SECURED], False).missing
    )
    partial = evaluate_checklist(
        DEFAULT_CHECKLIST, ["income"], False, not_applicable=["budget_plan"]
    )
    assert partial.readiness == 9  # 1 of 11


def test_explanations_say_why():
    assert "no housing" in explain_risk(Risk.RED, 12, False, 50, RULES)
    assert "Overdue by 3 days" in explain_risk(Risk.RED, -3, False, 50, RULES)
    assert "50%" in explain_risk(Risk.AMBER, 40, True, 50, RULES)


@given(
    days=st.integers(-400, 400),
    secured=st.booleans(),
    done=st.sets(st.sampled_from(DEFAULT_CHECKLIST)),
    na=st.sets(st.sampled_from(DEFAULT_CHECKLIST)),
)
def test_properties_of_risk_and_readiness(days, secured, done, na):
    result = evaluate_checklist(DEFAULT_CHECKLIST, done, secured, na)
    assert 0 <= result.readiness <= 100
    assert set(result.missing).isdisjoint(result.done)
    risk = assess_risk(TODAY + timedelta(days=days), TODAY, secured, result.readiness, RULES)
    if days < 0 and not secured:
        assert risk is Risk.RED  # never green when overdue without housing
    if secured:
        assert risk is not Risk.RED
    if days > 90 and secured:
        assert risk is Risk.GREEN


@given(
    birth=st.dates(min_value=date(1995, 1, 1), max_value=date(2015, 12, 31)),
    precision=st.sampled_from(["exact", "month", "year", "assessed"]),
)
def test_turns_18_falls_in_the_recorded_year_and_never_after_the_stated_day(birth, precision):
    t = kinds(CaseFacts(birth, precision))[TransitionKind.TURNS_18]
    assert t.due_date.year == birth.year + 18
    # Rounding down to the 1st of the month or year can only move the date earlier,
    # except that 29 February moves to 1 March in a non-leap year.
    latest = (
        date(birth.year + 18, 3, 1)
        if (birth.month, birth.day) == (2, 29)
        else birth.replace(year=birth.year + 18)
    )
    assert t.due_date <= latest
    assert t.uncertain is (precision != "exact")
