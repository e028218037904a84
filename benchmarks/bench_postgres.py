"""The same figures on PostgreSQL, side by side with SQLite, and the board while others save.

A throwaway PostgreSQL cluster is started (the server binaries must be
installed: `make system-deps`), the 100,000-case SQLite database is moved up
with `migrate-to`'s service, and then each figure is measured on both
databases with the same calls: search as you type, the organisation's board,
opening a case, one case summary's data and PDF. Last, 20 writer processes save
case fields and notes for 20 seconds while the board is timed again.

Run alone with `python -m benchmarks.bench_postgres [DB]` or through
`python -m benchmarks` (skipped, with a line saying so, where no server is
installed).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from benchmarks.bench_board import plain_board
from benchmarks.bench_core import bare_search_timings, keystroke_timings, transitions_within_90
from benchmarks.common import BENCH_DIR, BIG_CASES, report, summary, timed
from desktop_app.reports.case_documents import render_case_report
from desktop_app.services.cases import caseload, opening
from desktop_app.services.report_data import case_documents
from desktop_app.services.report_data import meta as report_data_meta
from desktop_app.services.storage import database_move
from desktop_app.services.storage.database import Database, open_database
from desktop_app.services.transitions import board as transitions_board
from desktop_app.services.trust import auth

WRITERS = 20
WRITE_SECONDS = 20

WRITER = """
import sys, time
from desktop_app.services.cases import editing, notes_and_tasks, opening
from desktop_app.services.errors import ConflictError
from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import auth
db = open_database(database_url=sys.argv[1], run_migrations=False)
with db.session() as s:
    lead = auth.login(s, "lead", "demo")
refs = sys.argv[3].split(",")
deadline = time.monotonic() + float(sys.argv[2])
i = 0
while time.monotonic() < deadline:
    ref = refs[i % len(refs)]
    try:
        with db.session() as s:
            version = opening.open_case(s, lead, ref, audit_read=False).case.version
            editing.update_case(s, lead, ref, version, {"legal_guardian": f"Guardian {i}"})
        with db.session() as s:
            notes_and_tasks.add_note(s, lead, ref, f"Benchmark note {i}", kind="phone")
    except ConflictError:
        pass
    i += 1
print(i)
db.dispose()
"""


def _figures(db: Database, label: str) -> dict[str, float]:
    with db.session() as session:
        coordinator = auth.login(session, "coordinator", "demo")
        reference = caseload.rows(
            session,
            coordinator,
            caseload.case_ids(session, coordinator, caseload.CaseloadFilter())[:1],
        )[0].reference
    search_ms = keystroke_timings(db, coordinator)
    bare_search = summary(bare_search_timings(db))

    def board() -> None:
        with db.glance() as session:  # as the board on screen reads
            transitions_board.board(session, coordinator, 90)

    def open_one() -> None:
        with db.session() as session:
            opening.open_case(session, coordinator, reference)

    def summary_pdf() -> None:
        with db.session() as session:
            data = case_documents.case_summary(session, coordinator, reference)
            meta = report_data_meta.document_meta(session, coordinator, "Case summary")
        assert render_case_report(data, meta).startswith(b"%PDF")

    board()
    figures = {
        "search": summary(search_ms),
        "board": summary([timed(board) for _ in range(15)]),
        "open": summary([timed(open_one) for _ in range(20)]),
        "pdf": summary([timed(summary_pdf) for _ in range(10)]),
    }
    records, plain_records, counted = transitions_within_90(db, coordinator)
    figures["transitions"] = records
    report(
        f"{label}: search-as-you-type (200 prefixes)",
        figures["search"],
        "p95 <= 25 ms, <= 1x plain",
        plain=bare_search,
    )
    report(
        f"{label}: board, whole organisation, 90 days",
        figures["board"],
        "<= 50 ms",
        plain=plain_board(db, coordinator, 90),
    )
    report(
        f"{label}: transitions --within 90 ({counted:,} rows)",
        records,
        "<= 150 ms",
        plain=plain_records,
    )
    report(f"{label}: open a case (service)", figures["open"], "<= 100 ms")
    report(f"{label}: one case-summary PDF", figures["pdf"], "<= 50 ms")
    out = {f"{label}_{k}_median_ms": v["median_ms"] for k, v in figures.items()}
    out[f"{label}_search_p95_ms"] = figures["search"]["p95_ms"]
    return out


def _board_while_writing(db: Database, url: str) -> dict[str, float]:
    with db.session() as session:
        lead = auth.login(session, "lead", "demo")
        coordinator = auth.login(session, "coordinator", "demo")
        refs = [
            row.reference
            for row in caseload.rows(
                session, lead, caseload.case_ids(session, lead, caseload.CaseloadFilter())[:40]
            )
        ]
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WRITER,
                url,
                str(WRITE_SECONDS),
                ",".join(refs[n::WRITERS] or refs),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(WRITERS)
    ]
    time.sleep(3)  # let the writers import and start saving

    def board() -> None:
        with db.glance() as session:  # as the board on screen reads
            transitions_board.board(session, coordinator, 90)

    timings = []
    deadline = time.monotonic() + WRITE_SECONDS - 5
    while time.monotonic() < deadline:
        timings.append(timed(board))
    saves = sum(int(w.communicate()[0].strip() or 0) for w in writers)
    figures = summary(timings)
    report(
        f"PostgreSQL: board while {WRITERS} writers save ({saves:,} saves)",
        figures,
        "p95 <= 100 ms",
    )
    return {"pg_board_under_writers_median_ms": figures["median_ms"], "writer_saves": float(saves)}


def run(path: Path) -> dict[str, float]:
    from tests.support import pg_server

    if pg_server.server_bin() is None:
        print("  PostgreSQL's server is not installed (make system-deps): skipped")
        return {}
    out: dict[str, float] = {}
    sqlite_db = open_database(path)
    try:
        out.update(_figures(sqlite_db, "SQLite"))
        with pg_server.cluster() as (base_url, _bin):
            url = pg_server.create_database(base_url, "bench")
            with sqlite_db.session() as session:
                admin = auth.login(session, "admin", "demo")
            started = time.perf_counter()
            database_move.move_to(sqlite_db, admin, url)
            report(
                "migrate-to PostgreSQL, with verification",
                {"seconds": time.perf_counter() - started},
            )
            pg_db = open_database(database_url=url)
            try:
                out.update(_figures(pg_db, "PostgreSQL"))
                out.update(_board_while_writing(pg_db, url))
            finally:
                pg_db.dispose()
    finally:
        sqlite_db.dispose()
    return out


if __name__ == "__main__":
    run(Path(sys.argv[1]) if len(sys.argv) > 1 else BENCH_DIR / f"bench-{BIG_CASES}.db")
