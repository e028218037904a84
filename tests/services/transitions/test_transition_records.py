"""Transitions as lasting records, as a team starting from an empty database lives them.

Each test is one of the cases DESIGN.md's "Transitions are lasting records" and the
transition rules name, driven through the services and `homeward transitions`, with
HOMEWARD_TODAY moving the calendar on.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Case, Transition
from desktop_app.domain.transition_records import OutcomeEntry
from desktop_app.services.actor import SYSTEM
from desktop_app.services.cases import editing, legal_status, my_day, status_and_placements
from desktop_app.services.errors import ConflictError, ValidationError
from desktop_app.services.housing import offers, units
from desktop_app.services.team import moves
from desktop_app.services.transitions import board as transition_board
from desktop_app.services.transitions import listing
from desktop_app.services.transitions import outcomes as transition_outcomes
from desktop_app.services.trust import auth, users
from tests.support.audit_entries import unsealed

TODAY = date(2026, 3, 16)
PW = "a long passphrase"


@pytest.fixture
def office(db, monkeypatch):
    """A team of a lead and a worker, set up as an administrator does on a new database."""
    with db.session() as s:
        admin = auth.create_user(s, SYSTEM, "root", "Root", "admin", PW, must_change_password=False)
        root = auth.actor_for(admin)
        users.create_team(s, root, "North", "Aarhus")
        for name, role in (("lena", "team_lead"), ("anna", "social_worker")):
            user = users.create_user(s, root, name, name.title(), role, PW, "North")
            user.must_change_password = False

    def actor(name):
        with db.session() as s:
            return auth.login(s, name, PW)

    return actor


def _case(db, actor, given, dob, **values):
    with db.session() as s:
        return editing.create_case(
            s, actor, {"given_name": given, "family_name": "Haile", "date_of_birth": dob, **values}
        ).reference


def _transitions_json(cli, db_path, *args, user="lena"):
    result = cli("--db", str(db_path), "--user", user, "transitions", *args, password=PW)
    assert result.code == 0, result.err
    return json.loads(result.out)


def _at(monkeypatch, day: date) -> None:
    monkeypatch.setenv("HOMEWARD_TODAY", day.isoformat())


def test_an_unhoused_move_out_stays_open_and_red_however_long_ago(
    db, db_path, office, cli, monkeypatch
):
    anna, lena = office("anna"), office("lena")
    ref = _case(db, anna, "Selam", "2004-05-01")
    with db.session() as s:
        status_and_placements.add_placement(
            s, anna, ref, "reception", municipality="Vejle", start_date=date(2025, 9, 1)
        )
        status_and_placements.add_decision(s, anna, ref, "refugee", decision_date=date(2026, 3, 10))
    due = date(2026, 4, 7)
    for later in (due + timedelta(days=61), due + timedelta(days=150), due + timedelta(days=800)):
        _at(monkeypatch, later)
        listed = _transitions_json(cli, db_path, "--within", "30", "--format", "json")
        move_out = [r for r in listed if r["kind"] == "status_grant_move_out"]
        assert move_out == [
            {
                **move_out[0],
                "reference": ref,
                "name": "Selam Haile",
                "due_date": due.isoformat(),
                "days_left": (due - later).days,
                "risk": "red",
                "status": "open",
                "outcome": None,
                "primary_worker": "anna",
            }
        ]
        assert "housing_secured" in move_out[0]["missing"]
        with db.session() as s:
            day = my_day.my_day(s, anna)
            board = transition_board.board(s, lena, 30, overdue_only=True)
        assert [(t.reference, t.kind) for t in day.transitions if t.needs_outcome] == [
            (ref, "status_grant_move_out")
        ]
        assert day.needs_outcome_total == 1
        assert [(r.reference, r.kind) for r in board.rows] == [(ref, "status_grant_move_out")]


def test_moving_in_on_time_keeps_the_move_out_and_it_resolves_itself(
    db, db_path, office, cli, monkeypatch
):
    anna, lena = office("anna"), office("lena")
    ref = _case(db, anna, "Dawit", "2003-02-02")
    with db.session() as s:
        status_and_placements.add_placement(
            s, anna, ref, "reception", municipality="Vejle", start_date=date(2025, 9, 1)
        )
        status_and_placements.add_decision(
            s, anna, ref, "subsidiary", decision_date=date(2026, 3, 1)
        )
        units.save_unit(
            s,
            lena,
            {
                "code": "U-1",
                "address": "Testvej 1",
                "municipality": "Aarhus",
                "unit_type": "social",
                "rooms": 1,
            },
        )
        offer = offers.propose_offer(s, anna, ref, "U-1")
        offers.move_offer(s, anna, offer.id, "accepted", move_in_date=date(2026, 3, 20))
        offer_id = offer.id
    _at(monkeypatch, date(2026, 3, 20))
    with db.session() as s:
        offers.move_offer(s, anna, offer_id, "contract_signed")
        offers.move_offer(s, anna, offer_id, "moved_in", move_in_date=date(2026, 3, 20))
    # Moved in: the reception placement has ended, the move-out is still there, secured.
    listed = _transitions_json(cli, db_path, "--within", "30", "--format", "json")
    (move_out,) = [r for r in listed if r["kind"] == "status_grant_move_out"]
    # Secured (not red), but only 8 % ready: amber until the rest of the checklist is done.
    assert (move_out["status"], move_out["risk"], move_out["due_date"]) == (
        "open",
        "amber",
        "2026-03-29",
    )
    assert "housing_secured" not in move_out["missing"]
    _at(monkeypatch, date(2026, 3, 30))
    assert not [
        r
        for r in _transitions_json(cli, db_path, "--within", "30", "--format", "json")
        if r["kind"] == "status_grant_move_out"
    ]
    resolved = _transitions_json(
        cli, db_path, "--within", "30", "--resolved-since", "2026-03-01", "--format", "json"
    )
    assert [
        (r["reference"], r["kind"], r["status"], r["outcome"], r["resolved_on"]) for r in resolved
    ] == [(ref, "status_grant_move_out", "resolved", "housed_on_time", "2026-03-30")]
    with db.session() as s:
        figures = {f.quarter: f for f in team_outcomes(s, lena)}
    assert figures["2026-Q1"].counts["housed_on_time"] == 1 and figures["2026-Q1"].n == 1


def team_outcomes(session, actor):
    from desktop_app.services.team import outcomes as team_outcomes

    return team_outcomes.transition_outcomes(session, actor, quarters=2)


def test_an_overdue_case_housed_late_gets_its_outcome_recorded(
    db, db_path, office, cli, monkeypatch
):
    anna, lena = office("anna"), office("lena")
    ref = _case(db, anna, "Hana", "2008-02-10")
    with db.session() as s:
        units.save_unit(
            s,
            lena,
            {
                "code": "U-2",
                "address": "Testvej 2",
                "municipality": "Aarhus",
                "unit_type": "social",
                "rooms": 1,
            },
        )
        offer = offers.propose_offer(s, anna, ref, "U-2")
        # Accepting an offer after the 18th birthday does not secure it: still red.
        offers.move_offer(s, anna, offer.id, "accepted", move_in_date=date(2026, 4, 1))
    (turns_18,) = _transitions_json(cli, db_path, "--within", "30", "--format", "json")
    assert (turns_18["kind"], turns_18["risk"], turns_18["days_left"]) == ("turns_18", "red", -34)
    refused = cli(
        "--db",
        str(db_path),
        "--user",
        "anna",
        "record-outcome",
        ref,
        "turns_18",
        "housed_late",
        "--housing-began",
        "2026-02-01",
        password=PW,
    )
    assert refused.code == 1 and "on or before the due date" in refused.err
    _at(monkeypatch, date(2026, 4, 2))
    done = cli(
        "--db",
        str(db_path),
        "--user",
        "anna",
        "record-outcome",
        ref,
        "turns_18",
        "housed_late",
        "--housing-began",
        "2026-04-01",
        password=PW,
    )
    assert done.code == 0, done.err
    assert _transitions_json(cli, db_path, "--within", "30", "--format", "json") == []
    (row,) = _transitions_json(
        cli, db_path, "--within", "30", "--resolved-since", "2026-04-02", "--format", "json"
    )
    assert (row["outcome"], row["housing_began"], row["resolved_on"]) == (
        "housed_late",
        "2026-04-01",
        "2026-04-02",
    )
    with db.session() as s:
        entry = unsealed(
            s,
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "transition_resolved")
                .order_by(AuditEntry.id.desc())
                .limit(1)
            ),
        )[0]
    assert entry.username == "anna" and entry.detail["outcome"] == "housed_late"
    assert entry.detail["automatic"] is False
    # Taken back as recorded in error: open (and red) again, audited.
    reopened = cli(
        "--db",
        str(db_path),
        "--user",
        "lena",
        "reopen-transition",
        ref,
        "turns_18",
        "--reason",
        "Wrong young person",
        password=PW,
    )
    assert reopened.code == 0, reopened.err
    (again,) = _transitions_json(cli, db_path, "--within", "30", "--format", "json")
    assert (again["status"], again["outcome"], again["risk"]) == ("open", None, "red")


def test_moved_elsewhere_needs_the_receiving_service_and_no_longer_applies_a_reason(db, office):
    anna = office("anna")
    ref = _case(db, anna, "Farah", "2008-01-20")
    with db.session() as s:
        tid = transition_outcomes.find_transition(s, anna, ref, "turns_18")
        with pytest.raises(ValidationError) as refused:
            transition_outcomes.record_outcome(s, anna, tid, OutcomeEntry("moved_elsewhere"))
        assert set(refused.value.errors) == {"receiving"}
        with pytest.raises(ValidationError) as refused:
            transition_outcomes.record_outcome(s, anna, tid, OutcomeEntry("no_longer_applies"))
        assert set(refused.value.errors) == {"reason"}
        row = transition_outcomes.record_outcome(
            s, anna, tid, OutcomeEntry("moved_elsewhere", receiving="Odense Kommune")
        )
    assert (row.outcome, row.outcome_note, row.resolved_on) == (
        "moved_elsewhere",
        "Odense Kommune",
        TODAY,
    )


def test_closing_a_case_resolves_its_transitions_which_stay_on_the_record(db, db_path, office, cli):
    anna, lena = office("anna"), office("lena")
    ref = _case(db, anna, "Idris", "2008-09-09")
    with db.session() as s:
        request = moves.request_closure(s, anna, ref, "Returned to family abroad")
        moves.decide_closure(s, lena, request.id, True)
    assert _transitions_json(cli, db_path, "--within", "365", "--format", "json") == []
    (row,) = _transitions_json(
        cli, db_path, "--within", "30", "--resolved-since", TODAY.isoformat(), "--format", "json"
    )
    assert (row["kind"], row["outcome"], row["outcome_note"]) == (
        "turns_18",
        "case_closed",
        "Returned to family abroad",
    )


def test_a_15_year_olds_move_out_needs_a_care_placement_and_no_adult_home_is_offered(
    db, db_path, office, cli
):
    anna, lena = office("anna"), office("lena")
    ref = _case(db, anna, "Yonas", "2010-11-01")
    with db.session() as s:
        status_and_placements.add_placement(
            s, anna, ref, "reception", municipality="Vejle", start_date=date(2025, 9, 1)
        )
        status_and_placements.add_decision(s, anna, ref, "refugee", decision_date=date(2026, 3, 1))
        for code, kind in (
            ("U-A", "social"),
            ("U-B", "private"),
            ("U-C", "supported"),
            ("U-D", "host_family"),
        ):
            units.save_unit(
                s,
                lena,
                {
                    "code": code,
                    "address": f"Vej {code}",
                    "municipality": "Aarhus",
                    "unit_type": kind,
                    "rooms": 1,
                },
            )
    listed = _transitions_json(cli, db_path, "--within", "30", "--format", "json")
    (move_out,) = [r for r in listed if r["kind"] == "status_grant_move_out"]
    assert move_out["missing"][0] == "care_placement"
    assert "housing_secured" not in move_out["missing"]
    assert {"budget_plan", "bank_account", "income"}.isdisjoint(move_out["missing"])
    assert {"guardian_appointed", "school_place"} <= set(move_out["missing"])
    match = cli(
        "--db",
        str(db_path),
        "--user",
        "anna",
        "housing",
        "match",
        ref,
        "--format",
        "json",
        password=PW,
    )
    assert match.code == 0, match.err
    assert {u["unit"] for u in json.loads(match.out)} == {"U-C", "U-D"}
    with db.session() as s, pytest.raises(ConflictError, match="under 18"):
        offers.propose_offer(s, anna, ref, "U-A")
    # A foster placement from before the deadline secures it.
    with db.session() as s:
        status_and_placements.add_placement(
            s, anna, ref, "foster", municipality="Aarhus", start_date=date(2026, 3, 20)
        )
    (move_out,) = [
        r
        for r in _transitions_json(cli, db_path, "--within", "30", "--format", "json")
        if r["kind"] == "status_grant_move_out"
    ]
    assert "care_placement" not in move_out["missing"] and move_out["risk"] != "red"


def test_an_expired_permit_waits_for_its_renewal_not_for_housing(db, db_path, office, cli):
    anna = office("anna")
    ref = _case(db, anna, "Rami", "2002-06-01")
    with db.session() as s:
        decision = status_and_placements.add_decision(
            s, anna, ref, "refugee", decision_date=date(2024, 3, 1), permit_expiry=date(2026, 3, 1)
        )
        decision_id = decision.id
    (permit,) = [
        r
        for r in _transitions_json(cli, db_path, "--within", "30", "--format", "json")
        if r["kind"] == "permit_expiry"
    ]
    assert (permit["risk"], permit["days_left"]) == ("red", -15)
    assert "permit_renewal" in permit["missing"] and "housing_secured" not in permit["missing"]
    with db.session() as s:
        rows = listing.upcoming(s, anna, 30, kinds=["permit_expiry"])
    assert "renewal" in rows[0].explanation and "housing" not in rows[0].explanation
    # The renewal applied for before the expiry: secured; past its date it resolves itself.
    with db.session() as s:
        legal_status.record_renewal_application(s, anna, ref, decision_id, date(2026, 2, 10))
    assert not [
        r
        for r in _transitions_json(cli, db_path, "--within", "30", "--format", "json")
        if r["kind"] == "permit_expiry"
    ]
    (row,) = _transitions_json(
        cli, db_path, "--within", "30", "--resolved-since", TODAY.isoformat(), "--format", "json"
    )
    assert (row["kind"], row["outcome"]) == ("permit_expiry", "housed_on_time")


def test_the_decision_in_force(db, db_path, office, cli):
    anna = office("anna")
    same_day = _case(db, anna, "Amal", "2004-01-01")
    appealed = _case(db, anna, "Bilal", "2004-01-01")
    with db.session() as s:
        for ref in (same_day, appealed):
            status_and_placements.add_placement(
                s, anna, ref, "reception", municipality="Vejle", start_date=date(2025, 9, 1)
            )
        # Two decisions on one date: the one recorded last is in force.
        status_and_placements.add_decision(
            s, anna, same_day, "rejected", decision_date=date(2026, 3, 2)
        )
        status_and_placements.add_decision(
            s,
            anna,
            same_day,
            "subsidiary",
            decision_date=date(2026, 3, 2),
            permit_expiry=date(2027, 3, 2),
        )
        # An appeal after a grant does not cancel the move-out or the permit warning.
        status_and_placements.add_decision(
            s,
            anna,
            appealed,
            "subsidiary",
            decision_date=date(2026, 3, 1),
            permit_expiry=date(2026, 6, 1),
        )
        status_and_placements.add_decision(
            s, anna, appealed, "appeal", decision_date=date(2026, 3, 10)
        )
    listed = {
        (r["reference"], r["kind"]): r
        for r in _transitions_json(cli, db_path, "--within", "90", "--format", "json")
    }
    assert listed[(same_day, "status_grant_move_out")]["due_date"] == "2026-03-30"
    assert listed[(appealed, "status_grant_move_out")]["due_date"] == "2026-03-29"
    assert listed[(appealed, "permit_expiry")]["due_date"] == "2026-06-01"


def test_a_per_case_deadline_belongs_to_its_decision_and_corrections_move_the_transition(
    db, db_path, office, cli
):
    anna = office("anna")
    ref = _case(db, anna, "Goran", "2004-01-01")
    with db.session() as s:
        status_and_placements.add_placement(
            s, anna, ref, "reception", municipality="Vejle", start_date=date(2025, 9, 1)
        )
        first = status_and_placements.add_decision(
            s,
            anna,
            ref,
            "subsidiary",
            decision_date=date(2026, 3, 1),
            move_out_deadline=date(2026, 5, 15),
        ).id
    due = lambda: {  # noqa: E731
        r["kind"]: r["due_date"]
        for r in _transitions_json(cli, db_path, "--within", "120", "--format", "json")
    }["status_grant_move_out"]
    assert due() == "2026-05-15"
    with db.session() as s:
        second = status_and_placements.add_decision(
            s, anna, ref, "refugee", decision_date=date(2026, 3, 12)
        ).id
    assert due() == "2026-04-09"  # the new decision's own 28 days, not the old deadline
    # A mistyped decision date corrected with a reason moves the same transition, audited.
    with db.session() as s:
        with pytest.raises(ValidationError):
            legal_status.correct_decision(
                s, anna, ref, second, {"decision_date": date(2026, 3, 11)}, reason=" "
            )
        legal_status.correct_decision(
            s, anna, ref, second, {"decision_date": date(2026, 3, 11)}, reason="Typed the wrong day"
        )
        ids = set(
            s.scalars(select(Transition.id).where(Transition.kind == "status_grant_move_out"))
        )
    assert due() == "2026-04-08" and len(ids) == 1
    with db.session() as s:
        moved = unsealed(
            s,
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "transition_moved")
                .order_by(AuditEntry.id.desc())
                .limit(1)
            ),
        )[0]
    assert moved.detail["changes"]["due_date"] == {"before": "2026-04-09", "after": "2026-04-08"}
    # Withdrawn as recorded in error: the first decision (and its deadline) is in force again.
    with db.session() as s:
        legal_status.withdraw_decision(s, anna, ref, second, reason="Entered on the wrong case")
    assert due() == "2026-05-15"
    with db.session() as s:
        legal_status.withdraw_decision(s, anna, ref, first, reason="Entered on the wrong case")
    assert "status_grant_move_out" not in {
        r["kind"] for r in _transitions_json(cli, db_path, "--within", "120", "--format", "json")
    }
    (gone,) = [
        r
        for r in _transitions_json(
            cli,
            db_path,
            "--within",
            "30",
            "--resolved-since",
            TODAY.isoformat(),
            "--format",
            "json",
        )
        if r["kind"] == "status_grant_move_out"
    ]
    assert gone["outcome"] == "no_longer_applies"


def test_csv_has_status_and_outcome(db, db_path, office, cli):
    anna = office("anna")
    _case(db, anna, "Elif", "2008-04-01")
    result = cli(
        "--db",
        str(db_path),
        "--user",
        "lena",
        "transitions",
        "--within",
        "30",
        "--format",
        "csv",
        password=PW,
    )
    (row,) = list(csv.DictReader(io.StringIO(result.out)))
    assert (row["status"], row["outcome"], row["kind"]) == ("open", "", "turns_18")


def test_an_age_assessment_moves_the_18th_birthday_rather_than_replacing_it(db, office):
    anna = office("anna")
    ref = _case(db, anna, "Omar", "2008-09-01")
    with db.session() as s:
        before = s.scalars(select(Transition).join(Case).where(Case.reference == ref)).one()
        first_id = before.id
        status_and_placements.record_age_assessment(
            s, anna, ref, date(2008, 5, 1), assessed_on=TODAY, assessed_by="Age assessment team"
        )
    with db.session() as s:
        after = s.scalars(select(Transition).join(Case).where(Case.reference == ref)).one()
    assert (after.id, after.due_date, after.uncertain) == (first_id, date(2026, 5, 1), True)
