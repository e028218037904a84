"""Reassignment, transfers, bulk reassignment, closure, balance and continuity on a hand-built team.

Every expected number was worked out by hand from tests/support/small_team_db.py.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Case, CaseMove, WorkerAssignment
from desktop_app.services.cases import opening
from desktop_app.services.errors import PermissionDeniedError, ValidationError
from desktop_app.services.team import balance, continuity, moves, reassignment
from desktop_app.services.transitions import board
from desktop_app.services.trust.permissions import load_case_for_read
from tests.support.audit_entries import unsealed
from tests.support.small_team_db import SmallTeam


def _assignments(small: SmallTeam, letter: str) -> list[tuple[str, str, date, date | None]]:
    with small.db.session() as s:
        cid = s.scalar(select(Case.id).where(Case.reference == small.refs[letter]))
        return [
            (a.user.username, a.role, a.start_date, a.end_date)
            for a in s.scalars(
                select(WorkerAssignment)
                .where(WorkerAssignment.case_id == cid)
                .order_by(WorkerAssignment.id)
            )
        ]


def _primary(small: SmallTeam, letter: str) -> str | None:
    with small.db.session() as s:
        case = s.scalar(select(Case).where(Case.reference == small.refs[letter]))
        return case.primary_worker.username if case.primary_worker else None


# --- reassignment -------------------------------------------------------------


def test_reassign_near_transition_asks_for_a_reason_and_changes_nothing(small):
    with pytest.raises(reassignment.ContinuityReasonRequired) as err:
        with small.db.session() as s:
            reassignment.reassign(
                s, small.actors["lena"], small.refs["A"], "bo", "Knows the school."
            )
    assert err.value.days_left == 16
    assert err.value.kind == "turns_18"
    assert "reason" in err.value.errors
    assert _primary(small, "A") == "anna"
    assert _assignments(small, "A") == [("anna", "primary", date(2026, 3, 16), None)]


def test_reassign_with_handover_note_keeps_old_worker_as_secondary(small, monkeypatch):
    with small.db.session() as s:
        result = reassignment.reassign(
            s,
            small.actors["lena"],
            small.refs["A"],
            "bo",
            "Amal prefers afternoon meetings.",
            reason="Anna goes on parental leave",
            keep_secondary_days=14,
        )
    assert (result.from_worker, result.to_worker) == ("anna", "bo")
    assert result.secondary_until == date(2026, 3, 30)
    assert _primary(small, "A") == "bo"
    assert _assignments(small, "A") == [
        ("anna", "primary", date(2026, 3, 16), date(2026, 3, 16)),
        ("bo", "primary", date(2026, 3, 16), None),
        ("anna", "secondary", date(2026, 3, 16), date(2026, 3, 30)),
    ]
    with small.db.session() as s:
        new = s.scalar(
            select(WorkerAssignment).where(
                WorkerAssignment.role == "primary",
                WorkerAssignment.end_date.is_(None),
                WorkerAssignment.case_id
                == s.scalar(select(Case.id).where(Case.reference == small.refs["A"])),
            )
        )
        assert new.handover_note == "Amal prefers afternoon meetings."
        assert new.reason == "Anna goes on parental leave"
        (entry,) = unsealed(
            s, s.scalars(select(AuditEntry).where(AuditEntry.action == "case_reassigned"))
        )
        assert entry.username == "lena"
        assert entry.detail["before"] == {"primary_worker": "anna"}
        assert entry.detail["after"] == {"primary_worker": "bo"}
        assert entry.detail["secondary_until"] == "2026-03-30"
        # During the hand-over period Anna still reads the case…
        load_case_for_read(s, small.actors["anna"], small.refs["A"])
    # …and after it she does not.
    monkeypatch.setenv("HOMEWARD_TODAY", "2026-03-31")
    with pytest.raises(PermissionDeniedError):
        with small.db.session() as s:
            load_case_for_read(s, small.actors["anna"], small.refs["A"])


def test_reassign_far_from_transition_needs_no_reason(small):
    with small.db.session() as s:
        result = reassignment.reassign(
            s, small.actors["lena"], small.refs["B"], "cleo", "All documents in the folder."
        )
    assert result.reason is None and result.secondary_until is None
    assert _primary(small, "B") == "cleo"


def test_reassign_refuses_empty_note(small):
    with pytest.raises(ValidationError) as err:
        with small.db.session() as s:
            reassignment.reassign(s, small.actors["lena"], small.refs["B"], "cleo", "   ")
    assert "handover_note" in err.value.errors
    assert _primary(small, "B") == "anna"


def test_reassign_to_worker_of_other_team_points_to_transfer(small):
    with pytest.raises(ValidationError) as err:
        with small.db.session() as s:
            reassignment.reassign(s, small.actors["lena"], small.refs["B"], "dina", "Note.")
    assert "transfer" in err.value.errors["to"]


@pytest.mark.parametrize("who", ["anna", "sam", "root"])
def test_only_lead_of_team_or_coordinator_reassigns(small, who):
    with pytest.raises(PermissionDeniedError):
        with small.db.session() as s:
            reassignment.reassign(
                s, small.actors[who], small.refs["B"], "cleo", "Note.", reason="x"
            )
    assert _primary(small, "B") == "anna"
    with small.db.session() as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.action == "permission_denied")).all()
    assert [d.username for d in denied] == [who]


def test_coordinator_reassigns_in_any_team(small):
    with small.db.session() as s:
        reassignment.reassign(
            s, small.actors["cora"], small.refs["D"], "eli", "Speaks Tigrinya.", reason="Language"
        )
    assert _primary(small, "D") == "eli"


# --- transfers ----------------------------------------------------------------


def test_transfer_waits_for_receiving_lead_and_is_listed_on_both_sides(small):
    with small.db.session() as s:
        request = moves.request_transfer(
            s, small.actors["lena"], small.refs["B"], "South", "Moves to Horsens with his uncle."
        )
        request_id = request.id
    with small.db.session() as s:
        outgoing = moves.transfers(s, small.actors["lena"])
        incoming = moves.transfers(s, small.actors["sam"])
        everyone = moves.transfers(s, small.actors["cora"])
    assert [(r.reference, r.direction) for r in outgoing] == [(small.refs["B"], "outgoing")]
    assert [(r.reference, r.direction, r.from_team, r.to_team) for r in incoming] == [
        (small.refs["B"], "incoming", "North", "South")
    ]
    assert [r.direction for r in everyone] == ["other"]
    # The sending lead cannot decide; the case has not moved.
    with pytest.raises(PermissionDeniedError):
        with small.db.session() as s:
            moves.decide_transfer(s, small.actors["lena"], request_id, True)
    with pytest.raises(ValidationError):
        with small.db.session() as s:
            moves.decide_transfer(s, small.actors["sam"], request_id, False)
    with small.db.session() as s:
        moves.decide_transfer(s, small.actors["sam"], request_id, True, new_primary="dina")
    with small.db.session() as s:
        case = s.scalar(select(Case).where(Case.reference == small.refs["B"]))
        assert case.team.name == "South"
        assert case.primary_worker.username == "dina"
        move = s.scalars(select(CaseMove).where(CaseMove.case_id == case.id)).one()
        assert (move.kind, move.from_place, move.to_place, move.worker_continued) == (
            "team_transfer",
            "North",
            "South",
            False,
        )
        assert moves.transfers(s, small.actors["sam"]) == []


def test_rejected_transfer_keeps_case_and_reason(small):
    with small.db.session() as s:
        request_id = moves.request_transfer(
            s, small.actors["cora"], small.refs["C"], "South", "Closer to school."
        ).id
    with small.db.session() as s:
        moves.decide_transfer(s, small.actors["sam"], request_id, False, reason="No capacity.")
    with small.db.session() as s:
        rows = moves.transfers(s, small.actors["cora"], pending_only=False)
    assert [(r.state, r.decision_reason) for r in rows] == [("rejected", "No capacity.")]
    assert _primary(small, "C") == "bo"


# --- bulk reassignment ----------------------------------------------------------


def test_bulk_reassign_spreads_a_leaving_workers_cases_to_the_least_loaded(small):
    # anna holds A and B (open); bo holds 4 cases, cleo none.
    with small.db.session() as s:
        result = reassignment.bulk_reassign(
            s,
            small.actors["lena"],
            "anna",
            ["bo", "cleo"],
            "See the handover folder.",
            reason="Anna leaves the service",
        )
    assert [(m.reference, m.to_worker) for m in result.moved] == [
        (small.refs["A"], "cleo"),
        (small.refs["B"], "cleo"),
    ]
    assert _primary(small, "A") == "cleo" and _primary(small, "B") == "cleo"
    # The closed case I stays as it was.
    assert _primary(small, "I") == "anna"


def test_bulk_reassign_needs_reason_and_note(small):
    with pytest.raises(ValidationError) as err:
        with small.db.session() as s:
            reassignment.bulk_reassign(s, small.actors["lena"], "anna", ["bo"], "", reason="")
    assert set(err.value.errors) == {"handover_note", "reason"}


# --- closure --------------------------------------------------------------------


def test_closure_is_requested_returned_then_approved(small):
    with small.db.session() as s:
        first = moves.request_closure(s, small.actors["anna"], small.refs["B"], "Moved abroad").id
    with pytest.raises(PermissionDeniedError):
        with small.db.session() as s:
            moves.decide_closure(s, small.actors["anna"], first, True)
    with pytest.raises(ValidationError):
        with small.db.session() as s:
            moves.decide_closure(s, small.actors["lena"], first, False)
    with small.db.session() as s:
        assert [r.reference for r in moves.closure_requests(s, small.actors["lena"])] == [
            small.refs["B"]
        ]
        moves.decide_closure(
            s, small.actors["lena"], first, False, comment="Record the new address"
        )
    with small.db.session() as s:
        second = moves.request_closure(s, small.actors["anna"], small.refs["B"], "Moved abroad").id
        moves.decide_closure(s, small.actors["lena"], second, True)
    with small.db.session() as s:
        case = s.scalar(select(Case).where(Case.reference == small.refs["B"]))
        assert (case.status, case.closed_on, case.closed_reason) == (
            "closed",
            date(2026, 3, 16),
            "Moved abroad",
        )
        assert moves.closure_requests(s, small.actors["lena"]) == []
        states = [
            r.state for r in moves.closure_requests(s, small.actors["lena"], pending_only=False)
        ]
        assert states == ["returned", "approved"]


# --- balance and continuity -------------------------------------------------------


def test_caseload_balance_of_a_team(small):
    with small.db.session() as s:
        rows = balance.caseload_balance(s, small.actors["lena"])
    got = [
        (r.username, r.primary_cases, r.secondary_cases, r.transitions_30, r.transitions_90, r.red)
        for r in rows
    ]
    assert got == [
        # C (65 days); H and F overdue without housing (red, still open); G was housed on time
        ("bo", 4, 0, 2, 3, 2),
        ("anna", 2, 0, 1, 1, 1),  # A (16 days, red); B is 300 days away
        ("cleo", 0, 0, 0, 0, 0),
        ("lena", 0, 0, 0, 0, 0),
        (None, 1, 0, 0, 0, 0),  # E has no primary worker
    ]


def test_caseload_balance_other_team_refused_for_lead(small):
    with pytest.raises(PermissionDeniedError):
        with small.db.session() as s:
            balance.caseload_balance(s, small.actors["lena"], team="South")
    with small.db.session() as s:
        south = balance.caseload_balance(s, small.actors["cora"], team="South")
    assert [(r.username, r.primary_cases, r.transitions_30, r.red) for r in south] == [
        ("dina", 1, 1, 1),
        ("eli", 0, 0, 0),
        ("sam", 0, 0, 0),
    ]


def test_continuity_per_team(small):
    with small.db.session() as s:
        rows = {r.group: r for r in continuity.continuity(s, small.actors["cora"])}
    north = rows["North"]
    # Open cases A B C E F G H; one change (F, 2025-11-20); three transitions judged
    # (F 2025-12-01 changed worker; G 2025-10-01 kept bo; H 2026-02-10 had nobody primary
    # 30 days before, as bo only took it today); one school change, worker continued.
    assert (north.cases, north.worker_changes, north.transitions_judged) == (7, 1, 3)
    assert (north.transitions_same_worker, north.same_worker_share) == (1, 33)
    assert (north.moves, north.moves_worker_continued, north.moves_continued_share) == (1, 1, 100)
    assert north.changes_per_case_year == 0.14
    south = rows["South"]
    assert (south.cases, south.worker_changes, south.transitions_judged, south.moves) == (
        1,
        0,
        0,
        0,
    )
    assert south.same_worker_share is None


def test_continuity_per_worker(small):
    with small.db.session() as s:
        rows = {r.group: r for r in continuity.continuity(s, small.actors["lena"], by="worker")}
    assert set(rows) == {"anna", "bo", "No primary worker"}
    assert (rows["bo"].cases, rows["bo"].worker_changes, rows["bo"].transitions_judged) == (4, 1, 3)
    assert rows["bo"].transitions_same_worker == 1
    assert (rows["anna"].cases, rows["anna"].transitions_judged) == (2, 0)


def test_continuity_alert_when_worker_is_about_to_change_before_transition(small):
    with small.db.session() as s:
        assert continuity.continuity_alerts(s, small.actors["lena"]) == []
        moves.request_transfer(s, small.actors["lena"], small.refs["A"], "South", "Moves south.")
    with small.db.session() as s:
        reassignment.reassign(
            s, small.actors["lena"], small.refs["H"], "cleo", "Note.", reason="Sick leave"
        )
    with small.db.session() as s:
        alerts = continuity.continuity_alerts(s, small.actors["lena"])
    assert [(a.reference, a.days_left, a.why) for a in alerts] == [
        (small.refs["H"], -34, "The primary worker changed in the last 30 days."),
        (small.refs["A"], 16, "A transfer to another team is waiting for a decision."),
    ]


def test_closed_case_not_in_balance_after_approval(small):
    with small.db.session() as s:
        rid = moves.request_closure(s, small.actors["lena"], small.refs["A"], "Returned home").id
        moves.decide_closure(s, small.actors["lena"], rid, True)
    with small.db.session() as s:
        anna = next(
            r for r in balance.caseload_balance(s, small.actors["lena"]) if r.username == "anna"
        )
        assert (anna.primary_cases, anna.transitions_30) == (1, 0)
        record = opening.open_case(s, small.actors["lena"], small.refs["A"], audit_read=False)
        # Closing resolved A's 18th birthday with the closure; it stays on the record.
        assert record.open_transitions == []
        assert [(t.kind, t.outcome, t.outcome_note) for t in record.transitions] == [
            ("turns_18", "case_closed", "Returned home")
        ]


def test_board_page_and_counts_over_every_matching_row(small):
    with small.db.session() as s:
        page = board.board(s, small.actors["cora"], 90, limit=2)
    refs = {v: k for k, v in small.refs.items()}
    # Within 90 days: F and H (overdue, waiting for an outcome), D (29 March), A (1 April),
    # C (20 May, amber).
    assert [refs[r.reference] for r in page.rows] == ["F", "H"]
    assert page.truncated
    counts = page.summary
    assert (counts.total, counts.overdue, counts.without_housing) == (5, 2, 5)
    assert counts.by_risk == {"red": 4, "amber": 1, "green": 0}
    assert counts.by_month == [
        (None, {"red": 2, "amber": 0, "green": 0}),
        (date(2026, 3, 1), {"red": 1, "amber": 0, "green": 0}),
        (date(2026, 4, 1), {"red": 1, "amber": 0, "green": 0}),
        (date(2026, 5, 1), {"red": 0, "amber": 1, "green": 0}),
    ]
    with small.db.session() as s:
        aarhus = board.board(s, small.actors["cora"], 90, municipality="Aarhus", risks=["red"])
    assert [refs[r.reference] for r in aarhus.rows] == ["D"] and aarhus.summary.total == 1
    assert not aarhus.truncated


def test_board_counts_leave_out_cases_that_are_not_open(small):
    """The counts of the organisation's board (an anti-join) and a team's (the team's open
    cases) agree with its rows; a team lead without a team sees none."""
    from dataclasses import replace

    from desktop_app.services.transitions import derivation, listing

    no_team = replace(small.actors["lena"], team_id=None)

    def board_agrees_with_rows(s) -> int:
        totals = []
        for actor in (small.actors["cora"], small.actors["lena"], no_team):
            page = board.board(s, actor, 200, limit=1000)
            listed = listing.upcoming(s, actor, 200)
            assert page.summary.total == len(listed) == len(page.rows)
            assert page.summary.by_risk == {
                risk: sum(1 for r in listed if r.risk == risk) for risk in ("red", "amber", "green")
            }
            totals.append(page.summary.total)
        assert totals[1] > 0 and totals[2] == 0
        return totals[0]

    with small.db.session() as s:
        before = board_agrees_with_rows(s)
        # Idris (I, closed) turns 18 on 2026-09-09, inside 200 days once his case is open.
        idris = s.scalar(select(Case).where(Case.reference == small.refs["I"]))
        idris.status = "open"
        derivation.refresh_cases(s, [idris.id])
        assert board_agrees_with_rows(s) == before + 1
        # Closed again: its stored transition is left out even before it is re-derived.
        idris = s.scalar(select(Case).where(Case.reference == small.refs["I"]))
        idris.status = "closed"
        s.flush()
        assert board_agrees_with_rows(s) == before
    with small.db.session() as s:
        rid = moves.request_closure(s, small.actors["lena"], small.refs["A"], "Returned home").id
        moves.decide_closure(s, small.actors["lena"], rid, True)
    with small.db.session() as s:
        assert board_agrees_with_rows(s) == before - 1
        # A case without a team is no team lead's, not even one's without a team.
        case = s.scalar(select(Case).where(Case.reference == small.refs["D"]))
        case.team_id = None
        s.flush()
        assert board_agrees_with_rows(s) == before - 1
