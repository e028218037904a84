"""The growth curve: search, the board and opening a case as the organisation grows.

The same calls at each size of `HOMEWARD_BENCH_GROWTH` (cases, comma-separated; by default
10,000, 100,000 and 300,000) on SQLite and on PostgreSQL, then the curve at a glance. Each
size's SQLite database is built once in `bench-data/` and reused; its PostgreSQL copy is
moved with `migrate-to` once into a cluster kept in `bench-data/pg-growth/` (delete that
folder, or the SQLite file, to move it again). The first run at 300,000 cases takes about
ten minutes more for building and moving. Flat is the goal.

Run alone with `python -m benchmarks.bench_growth` or through `python -m benchmarks`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from pathlib import Path

from benchmarks.bench_core import build_big_database, keystroke_timings
from benchmarks.common import BENCH_DIR, BIG_CASES, report, summary, timed
from desktop_app.services.cases import caseload, opening
from desktop_app.services.storage import database_move
from desktop_app.services.storage.database import Database, open_database
from desktop_app.services.transitions import board as transitions_board
from desktop_app.services.trust import auth
from tests.support import pg_server

SIZES = [int(n) for n in os.environ.get("HOMEWARD_BENCH_GROWTH", "10000,100000,300000").split(",")]


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
        with db.glance() as session:  # as the board on screen reads
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
    return {
        "search_p95_ms": search["p95_ms"],
        "board_ms": boards["median_ms"],
        "open_ms": opens["median_ms"],
    }


def _moved_database(server: pg_server.Cluster, size: int, sqlite_path: Path) -> str:
    """The PostgreSQL copy of the `size`-case database, moved with `migrate-to` the first time
    and kept in the cluster under bench-data/ after that (minutes at 300,000 cases). A stamp
    file names the SQLite database it was moved from; one generated again is moved again."""
    name = f"growth{size}"
    stamp_file = server.root / f"{name}.stamp"
    # The database's own random id: a file generated again gets a new one. (A schema
    # upgrade keeps it; opening the PostgreSQL copy upgrades that copy the same way.)
    with contextlib.closing(sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)) as conn:
        stamp = str(conn.execute("SELECT id FROM database_identity").fetchone()[0])
    url = f"{server.base_url}/{name}"
    if stamp_file.exists() and stamp_file.read_text() == stamp:
        return url
    pg_server.drop_database(server.base_url, name)
    stamp_file.unlink(missing_ok=True)
    pg_server.create_database(server.base_url, name)
    sqlite_db = open_database(sqlite_path)
    try:
        with sqlite_db.session() as session:
            admin = auth.login(session, "admin", "demo")
        started = time.perf_counter()
        database_move.move_to(sqlite_db, admin, url)
        report(
            f"migrate-to PostgreSQL, {size:,} cases (kept for later runs)",
            {"seconds": time.perf_counter() - started},
        )
    finally:
        sqlite_db.dispose()
    stamp_file.write_text(stamp)
    return url


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
    if pg_server.server_bin() is None:
        print("  PostgreSQL's server is not installed (make system-deps): skipped")
    else:
        with pg_server.kept_cluster(BENCH_DIR / "pg-growth") as server:
            for size in SIZES:
                pg_db = open_database(database_url=_moved_database(server, size, paths[size]))
                try:
                    for key, value in _curve_point(pg_db, f"PostgreSQL, {size:,} cases").items():
                        out[f"pg_{size}_{key}"] = value
                finally:
                    pg_db.dispose()
    _print_curve(out)
    return out


def _print_curve(out: dict[str, float]) -> None:
    """The curve at a glance: each figure at every size, side by side."""
    print("  growth curve (ms): " + " / ".join(f"{size:,}" for size in SIZES) + " cases")
    for backend, label in (("sqlite", "SQLite"), ("pg", "PostgreSQL")):
        for key, what in (
            ("search_p95_ms", "search p95"),
            ("board_ms", "board median"),
            ("open_ms", "open a case median"),
        ):
            values = [out.get(f"{backend}_{size}_{key}") for size in SIZES]
            if all(v is None for v in values):
                continue
            shown = " / ".join("-" if v is None else f"{v:.1f}" for v in values)
            print(f"    {label:<10} {what:<20} {shown}")


if __name__ == "__main__":
    run(Path(sys.argv[1]) if len(sys.argv) > 1 else BENCH_DIR / f"bench-{BIG_CASES}.db")
