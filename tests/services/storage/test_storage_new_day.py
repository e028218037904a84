"""A database kept open across midnight (the desktop left on overnight) does the new day's
part of keeping transitions current, as opening it that day would."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desktop_app.db.models import Transition
from desktop_app.services.cases import status_and_placements
from desktop_app.services.transitions import board


def test_the_first_read_of_a_new_day_resolves_what_was_secured_on_time(small, monkeypatch):
    # D (16) is granted status on 1 March in a reception centre: her move-out on 29 March is
    # met by the foster placement she moves into on 16 March.
    with small.db.session() as s:
        status_and_placements.add_placement(
            s,
            small.actors["dina"],
            small.refs["D"],
            "foster",
            municipality="Horsens",
            start_date=date(2026, 3, 16),
        )
    d = small.case_id("D")
    # The same Database object (the open window) on 2 April: the board reads first that day.
    monkeypatch.setenv("HOMEWARD_TODAY", "2026-04-02")
    with small.db.read_session() as s:
        waiting = board.board(s, small.actors["cora"], 0, overdue_only=True).rows
    assert small.refs["D"] not in {r.reference for r in waiting}
    with small.db.session() as s:
        status, outcome = s.execute(
            select(Transition.status, Transition.outcome).where(
                Transition.case_id == d, Transition.kind == "status_grant_move_out"
            )
        ).one()
    assert (status, outcome) == ("resolved", "housed_on_time")
    # A day on which nothing was secured changes nothing but the days left.
    monkeypatch.setenv("HOMEWARD_TODAY", "2026-04-03")
    with small.db.read_session() as s:
        again = board.board(s, small.actors["cora"], 0, overdue_only=True).rows
    assert [(r.reference, r.kind, r.due_date) for r in again] == [
        (r.reference, r.kind, r.due_date) for r in waiting
    ]
    assert all(r.days_left == w.days_left - 1 for r, w in zip(again, waiting, strict=True))
