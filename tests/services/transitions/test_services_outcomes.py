"""Outcomes per team and quarter, planning needs and data quality on the hand-built team.

Expected numbers are worked out by hand from tests/support/small_team_db.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.services.errors import PermissionDeniedError
from desktop_app.services.team import data_quality, outcomes
from desktop_app.services.team import needs as team_needs


def _by_key(figures):
    return {(f.team, f.quarter, f.measure): f for f in figures}


def test_quarters():
    q = outcomes.Quarter.of(date(2026, 3, 16))
    assert (q.label, q.start, q.end) == ("2026-Q1", date(2026, 1, 1), date(2026, 3, 31))
    assert [x.label for x in outcomes.last_quarters(3, date(2026, 3, 16))] == [
        "2025-Q3",
        "2025-Q4",
        "2026-Q1",
    ]


def test_outcomes_per_team_and_quarter(small):
    with small.db.session() as s:
        figures = _by_key(outcomes.outcomes(s, small.actors["cora"], quarters=2))
    # 2025-Q4: North counts A B C F G H and I (closed 2025-12-20); E arrived 2026-01-20.
    q4 = {m: figures[("North", "2025-Q4", m)] for m in outcomes.MEASURES}
    assert (
        q4["housing_secured_before_deadline"].count,
        q4["housing_secured_before_deadline"].base,
    ) == (1, 2)
    assert q4["housing_secured_before_deadline"].unit == "transitions"
    assert (q4["in_language_training"].count, q4["in_language_training"].base) == (2, 7)
    assert (q4["in_work_or_education"].count, q4["in_work_or_education"].base) == (0, 7)
    assert (q4["moved_into_own_tenancy"].count, q4["moved_into_own_tenancy"].base) == (1, 7)
    assert (q4["belonging_average"].count, q4["belonging_average"].average) == (1, 4.0)
    assert (q4["community_participation"].count, q4["community_participation"].base) == (1, 7)
    assert q4["in_language_training"].percent == 28
    # 2026-Q1 (to 16 March): A B C E F G H (I closed before it).
    q1 = {m: figures[("North", "2026-Q1", m)] for m in outcomes.MEASURES}
    assert (
        q1["housing_secured_before_deadline"].count,
        q1["housing_secured_before_deadline"].base,
    ) == (0, 1)
    assert (q1["in_language_training"].count, q1["in_language_training"].base) == (1, 7)
    assert (q1["in_work_or_education"].count, q1["in_work_or_education"].base) == (1, 7)
    assert (q1["moved_into_own_tenancy"].count, q1["moved_into_own_tenancy"].base) == (0, 7)
    # A: (2.5 + 5.0) / 2 = 3.75; B: 1.75; mean of the two cases 2.75.
    assert (q1["belonging_average"].count, q1["belonging_average"].average) == (2, 2.75)
    assert q1["belonging_average"].percent is None
    assert (q1["community_participation"].count, q1["community_participation"].base) == (1, 7)
    south = figures[("South", "2026-Q1", "housing_secured_before_deadline")]
    assert (south.count, south.base, south.percent) == (0, 0, None)
    assert figures[("South", "2026-Q1", "in_language_training")].base == 1


def test_team_lead_sees_only_own_team_outcomes(small):
    with small.db.session() as s:
        figures = outcomes.outcomes(s, small.actors["lena"], quarters=1)
    assert {f.team for f in figures} == {"North"}
    with pytest.raises(PermissionDeniedError):
        with small.db.session() as s:
            outcomes.outcomes(s, small.actors["anna"])


def test_housing_needs_per_quarter_by_apartment_size(small):
    with small.db.session() as s:
        needs = team_needs.housing_needs(s, small.actors["cora"], months=12)
    assert [(n.quarter, n.rooms, n.households, n.persons, n.awaiting_family) for n in needs] == [
        ("2026-Q1", 1, 2, 2, 0),  # F and H, overdue without housing: needed now
        # (D's move-out on 29 March is a 16-year-old's: it needs a care placement, no apartment.)
        ("2026-Q2", 2, 1, 2, 1),  # C turns 18 in May, one family member expected
        ("2026-Q2", 3, 1, 3, 1),  # A turns 18 on 1 April, two expected
        ("2027-Q1", 1, 2, 2, 0),  # B and E turn 18 in January 2027
    ]
    with small.db.session() as s:
        north = team_needs.housing_needs(s, small.actors["lena"], months=3)
    assert [(n.quarter, n.rooms, n.households) for n in north] == [
        ("2026-Q1", 1, 2),
        ("2026-Q2", 2, 1),
        ("2026-Q2", 3, 1),
    ]


def test_rooms_needed():
    assert [team_needs.rooms_needed(n) for n in (1, 2, 3, 4, 5, 9)] == [1, 2, 3, 3, 4, 4]


def test_language_places_by_level(small):
    with small.db.session() as s:
        rows = {r.level: r for r in team_needs.language_places(s, small.actors["cora"])}
    # A holds an A1 place; B completed A2 and needs B1; C D E F G H need A1.
    assert (rows["A1"].needed, rows["A1"].enrolled, rows["A1"].places_offered) == (6, 1, 10)
    assert (rows["B1"].needed, rows["B1"].enrolled) == (1, 0)
    assert (rows["A2"].needed, rows["A2"].places_offered) == (0, 0)


def test_data_quality_panel(small):
    with small.db.session() as s:
        report = data_quality.data_quality(s, small.actors["cora"])
    assert report.open_cases == 8
    assert report.counts == {
        "uncertain_birth_date": 2,  # E (year), F (assessed)
        "missing_decision_date": 1,  # C
        "no_primary_worker": 1,  # E
        "stale_record": 6,  # B (last note 2025-11-01), C E F G H (none)
    }
    refs = {v: k for k, v in small.refs.items()}
    stale = sorted(refs[i.reference] for i in report.issues if i.issue == "stale_record")
    assert stale == ["B", "C", "E", "F", "G", "H"]
    with small.db.session() as s:
        south = data_quality.data_quality(s, small.actors["sam"])
    assert south.open_cases == 1 and south.counts["stale_record"] == 0


def test_every_transition_due_in_a_quarter_is_counted_by_what_became_of_it(small, monkeypatch):
    """Worked out by hand from tests/support/small_team_db.py, then a fortnight of recorded outcomes."""
    from desktop_app.domain.transition_records import OutcomeEntry
    from desktop_app.services.cases import status_and_placements
    from desktop_app.services.team import moves
    from desktop_app.services.transitions import derivation
    from desktop_app.services.transitions import outcomes as transition_outcomes

    def figures(actor="cora"):
        with small.db.session() as s:
            found = outcomes.transition_outcomes(s, small.actors[actor], quarters=4)
        return {(f.team, f.quarter): (f.n, {k: v for k, v in f.counts.items() if v}) for f in found}

    # Today (16 March): G housed on time on 1 October; F (1 December) and H (10 February) past
    # without housing and open; D's move-out on 29 March open. Nothing fell due before October.
    assert figures() == {
        ("North", "2025-Q2"): (0, {}),
        ("South", "2025-Q2"): (0, {}),
        ("North", "2025-Q3"): (0, {}),
        ("South", "2025-Q3"): (0, {}),
        ("North", "2025-Q4"): (2, {"housed_on_time": 1, "open": 1}),
        ("South", "2025-Q4"): (0, {}),
        ("North", "2026-Q1"): (1, {"open": 1}),
        ("South", "2026-Q1"): (1, {"open": 1}),
    }
    assert {k for k in figures("lena")} == {
        ("North", q) for q in ("2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1")
    }
    # Bo records what became of H and F; D (16) moves into foster care before the deadline;
    # C's case is closed.
    with small.db.session() as s:
        bo = small.actors["bo"]
        h = transition_outcomes.find_transition(s, bo, small.refs["H"], "turns_18")
        transition_outcomes.record_outcome(
            s, bo, h, OutcomeEntry("housed_late", housing_began=date(2026, 3, 10))
        )
        f = transition_outcomes.find_transition(s, bo, small.refs["F"], "turns_18")
        transition_outcomes.record_outcome(s, bo, f, OutcomeEntry("lost_contact"))
        status_and_placements.add_placement(
            s,
            small.actors["dina"],
            small.refs["D"],
            "foster",
            municipality="Horsens",
            start_date=date(2026, 3, 16),
        )
        request = moves.request_closure(s, small.actors["lena"], small.refs["C"], "Returned home")
        moves.decide_closure(s, small.actors["lena"], request.id, True)
    monkeypatch.setenv("HOMEWARD_TODAY", "2026-04-02")
    with small.db.session() as s:
        derivation.roll_forward_to_today(s)
    # On 2 April, the last four quarters: D's move-out resolved itself as housed on time and
    # stays in the figures; A's 18th birthday (1 April) is open and overdue; C's (20 May) was
    # resolved by the closure.
    assert figures() == {
        ("North", "2025-Q3"): (0, {}),
        ("South", "2025-Q3"): (0, {}),
        ("North", "2025-Q4"): (2, {"housed_on_time": 1, "lost_contact": 1}),
        ("South", "2025-Q4"): (0, {}),
        ("North", "2026-Q1"): (1, {"housed_late": 1}),
        ("South", "2026-Q1"): (1, {"housed_on_time": 1}),
        ("North", "2026-Q2"): (2, {"open": 1, "case_closed": 1}),
        ("South", "2026-Q2"): (0, {}),
    }
