"""Planning figures on a small hand-built database, with the numbers worked out by hand.

Today is pinned to 2026-03-16, so a 12-month window runs March 2026 – February 2027.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.db.models import Case, Team
from desktop_app.services.actor import SYSTEM, Role
from desktop_app.services.cases import editing, status_and_placements
from desktop_app.services.errors import PermissionDeniedError, ValidationError
from desktop_app.services.team import planning
from desktop_app.services.trust import auth


@pytest.fixture
def planning_db(db):
    """Five cases in two teams; see each comment for the transitions they bring."""
    with db.session() as s:
        north, south = Team(name="North"), Team(name="South")
        s.add_all([north, south])
        s.flush()
        users = {
            name: auth.create_user(s, SYSTEM, name, name.title(), role, "x", team, demo=True)
            for name, role, team in (
                ("lead", Role.TEAM_LEAD, north),
                ("coord", Role.COORDINATOR, None),
                ("wrk", Role.SOCIAL_WORKER, north),
            )
        }

        def new(ref, dob, precision="exact", team=north, **extra):
            values = {"given_name": "Test", "family_name": ref, "date_of_birth": dob}
            values.update(dob_precision=precision, **extra)
            return editing.create_case(s, SYSTEM, values, team_id=team.id, reference=ref)

        # A: turns 18 on 2026-04-10; refugee status 2026-03-01 while in reception in Aarhus
        #    → move-out 2026-03-29; permit expires 2027-02-28 (inside the window).
        new("A", date(2008, 4, 10))
        status_and_placements.add_placement(
            s, SYSTEM, "A", "reception", municipality="Aarhus", start_date=date(2025, 1, 1)
        )
        status_and_placements.add_decision(
            s,
            SYSTEM,
            "A",
            "refugee",
            decision_date=date(2026, 3, 1),
            permit_expiry=date(2027, 2, 28),
        )
        # B: born June 2008 (month precision) → turns 18 on 2026-06-01; moved from Odense to a
        #    foster placement in Vejle that is planned to end 2026-06-30.
        new("B", date(2008, 6, 20), "month")
        status_and_placements.add_placement(
            s, SYSTEM, "B", "reception", municipality="Odense", start_date=date(2024, 5, 1)
        )
        status_and_placements.add_placement(
            s,
            SYSTEM,
            "B",
            "foster",
            municipality="Vejle",
            start_date=date(2025, 2, 1),
            planned_end_date=date(2026, 6, 30),
        )
        # C: in after-care, born 2005-05-05 → after-care ends 2026-05-05 (turned 18 in 2023).
        #    Permit expires 2027-03-01: one day after the window.
        new("C", date(2005, 5, 5), in_aftercare=True)
        status_and_placements.add_placement(
            s, SYSTEM, "C", "supported", municipality="Aarhus", start_date=date(2024, 1, 1)
        )
        status_and_placements.add_decision(
            s,
            SYSTEM,
            "C",
            "subsidiary",
            decision_date=date(2024, 2, 1),
            permit_expiry=date(2027, 3, 1),
        )
        # D: would turn 18 in April but the case is closed: not counted.
        d = new("D", date(2008, 4, 20))
        status_and_placements.add_placement(
            s, SYSTEM, "D", "foster", municipality="Aarhus", start_date=date(2025, 1, 1)
        )
        s.flush()
        s.get(Case, d.id).status = "closed"
        # E: the other team, no placement recorded; turns 18 on 2026-03-20.
        new("E", date(2008, 3, 20), team=south)
        actors = {name: auth.actor_for(user) for name, user in users.items()}
    return db, actors


def _grid(rows):
    return {
        (r.month_label, r.municipality): {k: v for k, v in r.counts.items() if v}
        for r in rows
        if r.total
    }


def test_coordinator_sees_every_open_case_by_month_and_municipality(planning_db):
    db, actors = planning_db
    with db.session() as s:
        rows = planning.monthly_figures(s, actors["coord"], 12)
    assert [r.month_label for r in rows[::3]] == [
        "2026-03",
        "2026-04",
        "2026-05",
        "2026-06",
        "2026-07",
        "2026-08",
        "2026-09",
        "2026-10",
        "2026-11",
        "2026-12",
        "2027-01",
        "2027-02",
    ]
    # every month lists the same municipalities, no-placement last
    assert [r.municipality for r in rows[:3]] == ["Aarhus", "Vejle", None]
    assert len(rows) == 36
    assert _grid(rows) == {
        ("2026-03", "Aarhus"): {"status_grant_move_out": 1},
        ("2026-03", None): {"turns_18": 1},
        ("2026-04", "Aarhus"): {"turns_18": 1},
        ("2026-05", "Aarhus"): {"aftercare_end": 1},
        ("2026-06", "Vejle"): {"turns_18": 1, "placement_end": 1},
        ("2027-02", "Aarhus"): {"permit_expiry": 1},
    }
    contract = rows[0].as_contract()
    assert contract == {
        "month": "2026-03",
        "municipality": "Aarhus",
        "turns_18": 0,
        "aftercare_end": 0,
        "status_grant_move_out": 1,
        "permit_expiry": 0,
        "placement_end": 0,
        "total": 1,
    }
    by_month = dict(planning.totals_by_month(rows))
    assert by_month[date(2026, 3, 1)]["turns_18"] == 1
    assert by_month[date(2026, 6, 1)] == {
        "turns_18": 1,
        "aftercare_end": 0,
        "status_grant_move_out": 0,
        "permit_expiry": 0,
        "placement_end": 1,
    }
    assert planning.totals_by_municipality(rows) == [("Aarhus", 4), ("Vejle", 2), (None, 1)]


def test_team_lead_sees_only_their_team(planning_db):
    db, actors = planning_db
    with db.session() as s:
        rows = planning.monthly_figures(s, actors["lead"], 12)
        assert {r.municipality for r in rows} == {"Aarhus", "Vejle"}
        assert sum(r.total for r in rows) == 6
        with pytest.raises(PermissionDeniedError, match="own team"):
            planning.monthly_figures(s, actors["lead"], 12, team="South")


def test_start_month_and_window_length(planning_db):
    db, actors = planning_db
    with db.session() as s:
        june = planning.monthly_figures(s, actors["coord"], 1, start=date(2026, 6, 10))
        assert _grid(june) == {("2026-06", "Vejle"): {"turns_18": 1, "placement_end": 1}}
        # 13 months reach March 2027 and C's permit expiry
        longer = planning.monthly_figures(s, actors["coord"], 13)
        assert _grid(longer)[("2027-03", "Aarhus")] == {"permit_expiry": 1}


def test_workers_and_bad_months_are_refused(planning_db):
    db, actors = planning_db
    with db.session() as s:
        with pytest.raises(PermissionDeniedError):
            planning.monthly_figures(s, actors["wrk"], 12)
        with pytest.raises(ValidationError, match="months"):
            planning.monthly_figures(s, actors["coord"], 0)
