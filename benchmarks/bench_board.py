"""The transitions board and the team figures on 100,000 cases.

The board's query (`transitions.upcoming`, the same call the board makes) for
the whole organisation and for one team, with and without a risk filter (a
first page of rows plus counts over all that match); every row unpaged; then
the caseload balance and continuity the team screen loads. Run alone with
`python -m benchmarks.bench_board [DB]` or through `python -m benchmarks`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.common import BENCH_DIR, BIG_CASES, bare_ms, literal_sql, report, summary, timed
from desktop_app.db.models import Transition
from desktop_app.services import clock, settings
from desktop_app.services.storage.database import open_database
from desktop_app.services.team import balance as team_balance
from desktop_app.services.transitions import board, listing
from desktop_app.services.trust import auth

REPEAT = 15


def _measure(db, fn) -> dict[str, float]:  # type: ignore[no-untyped-def]
    def once() -> None:
        session = db.factory()
        try:
            fn(session)
        finally:
            session.rollback()
            session.close()

    once()  # warm the page cache
    return summary([timed(once) for _ in range(REPEAT)])


def plain_board(db, actor, days: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The plainest way to the board's rows: the soonest 500 by a bare indexed query, and a
    bare count of all that match."""
    with db.session() as session:
        rules = settings.transition_rules(session)
        query, _municipality = listing._upcoming_query(session, actor, days, clock.today(), rules)
    page = literal_sql(
        db, query.order_by(Transition.due_date, Transition.case_reference).limit(500)
    )
    count = literal_sql(db, select(func.count()).select_from(query.subquery()))
    bare_ms(db, page)
    return summary([bare_ms(db, page)[0] + bare_ms(db, count)[0] for _ in range(REPEAT)])


def run(path: Path) -> dict[str, float]:
    db = open_database(path)
    try:
        with db.session() as session:
            coordinator = auth.login(session, "coordinator", "demo")
            lead = auth.login(session, "lead", "demo")
            rows = board.board(session, coordinator, 90).summary.total
        # The board's call: the first page of rows and the counts over all of them.
        org = _measure(db, lambda s: board.board(s, coordinator, 90))
        red = _measure(db, lambda s: board.board(s, coordinator, 90, risks=["red"]))
        team_board = _measure(db, lambda s: board.board(s, lead, 60))
        every_row = _measure(db, lambda s: listing.upcoming(s, coordinator, 90))
        balance = _measure(db, lambda s: team_balance.caseload_balance(s, lead))
        report(
            f"board, whole organisation, 90 days ({rows:,} match)",
            org,
            "<= 50 ms",
            plain=plain_board(db, coordinator, 90),
        )
        report("board, whole organisation, 90 days, red only", red, "<= 50 ms")
        report("board, one team, 60 days", team_board, "<= 50 ms", plain=plain_board(db, lead, 60))
        report(f"all {rows:,} rows as objects (no paging)", every_row)
        report("caseload balance, one team", balance)
        return {
            "rows": float(rows),
            "board_org_90_median_ms": org["median_ms"],
            "board_org_90_p95_ms": org["p95_ms"],
            "board_org_90_red_median_ms": red["median_ms"],
            "board_team_60_median_ms": team_board["median_ms"],
            "all_rows_median_ms": every_row["median_ms"],
            "balance_team_median_ms": balance["median_ms"],
        }
    finally:
        db.dispose()


if __name__ == "__main__":
    run(Path(sys.argv[1]) if len(sys.argv) > 1 else BENCH_DIR / f"bench-{BIG_CASES}.db")
