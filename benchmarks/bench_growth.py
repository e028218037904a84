"""The growth curve: search, the board and opening a case as the organisation grows.

The same calls at each size of `HOMEWARD_BENCH_GROWTH` (cases, comma-separated; by default
10,000 and 100,000) on SQLite, and at the smaller sizes (below 100,000: the 100,000 figures
on PostgreSQL are bench_postgres's) on a throwaway PostgreSQL server too. Each size's
database is built once in `bench-data/` and reused. Flat is the goal.

Run alone with `python -m benchmarks.bench_growth` or through `python -m benchmarks`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from benchmarks.bench_core import build_big_database, keystroke_timings
from benchmarks.common import BENCH_DIR, BIG_CASES, report, summary, timed
from desktop_app.services.cases import caseload, opening
from desktop_app.services.storage import database_move
from desktop_app.services.storage.database import Database, open_database
from desktop_app.services.transitions import board as transitions_board
from desktop_app.services.trust import auth

SIZES = [int(n) for n in os.environ.get("HOMEWARD_BENCH_GROWTH", "10000,100000").split(",")]


def _curve_point(db: Database, label: str) -> dict[str, float]:
    with db.session() as session:
        coordinator = auth.login(session, "coordinator", "demo")
        reference = caseload.rows(
            session,
            coordinator,
            caseload.find_cases(session, coordinator, caseload.CaseloadFilter()).ids[:1],
        )[0].reference
    search = summary(keystroke_timings(db, coordinator))

    def board() -> None:
        with db.read_session() as session:
            transitions_board.board(session, coordinator, 90)

    def open_one() -> None:
        with db.session() as session:
            opening.open_case(session, coordinator, reference, audit_read=False)

    board()
    boards = summary([timed(board) for _ in range(15)])
    opens = summary([timed(open_one) for _ in range(20)])
    report(
        f"{label}: search p95, board and open a case (median)",
        {
            "search_p95_ms": search["p95_ms"],
            "board_ms": boards["median_ms"],
            "open_ms": opens["median_ms"],
        },
    )
    return {"search_p95_ms": search["p95_ms"], "board_ms": boards["median_ms"]}


def run(_path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    paths = {}
    for size in SIZES:
        path = BENCH_DIR / f"bench-{size}.db"
        seconds = build_big_database(path, cases=size)
        if seconds:
            report(f"generate {size:,} demo cases", {"seconds": seconds})
        paths[size] = path
        db = open_database(path)
        try:
            for key, value in _curve_point(db, f"SQLite, {size:,} cases").items():
                out[f"sqlite_{size}_{key}"] = value
        finally:
            db.dispose()
    smaller = [size for size in SIZES if size < BIG_CASES]
    if not smaller:
        return out
    from tests.support import pg_server

    if pg_server.server_bin() is None:
        print("  PostgreSQL's server is not installed (make system-deps): skipped")
        return out
    with pg_server.cluster() as (base_url, _bin):
        for size in smaller:
            url = pg_server.create_database(base_url, f"growth{size}")
            sqlite_db = open_database(paths[size])
            try:
                with sqlite_db.session() as session:
                    admin = auth.login(session, "admin", "demo")
                database_move.move_to(sqlite_db, admin, url)
            finally:
                sqlite_db.dispose()
            pg_db = open_database(database_url=url)
            try:
                for key, value in _curve_point(pg_db, f"PostgreSQL, {size:,} cases").items():
                    out[f"pg_{size}_{key}"] = value
            finally:
                pg_db.dispose()
    return out


if __name__ == "__main__":
    run(Path(sys.argv[1]) if len(sys.argv) > 1 else BENCH_DIR / f"bench-{BIG_CASES}.db")
