"""Demo generation, caseload search-as-you-type and the organisation's 90-day transitions."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from benchmarks.common import BIG_CASES, report, summary, timed
from desktop_app.demo import generator
from desktop_app.domain.names import tokens
from desktop_app.runtime import settle_after_startup
from desktop_app.services.actor import Actor
from desktop_app.services.cases import caseload
from desktop_app.services.storage.database import Database, open_database
from desktop_app.services.transitions import listing
from desktop_app.services.trust import auth

NAMES = [
    "Mohammed",
    "Ahmad",
    "Zahra",
    "Amanuel",
    "Fatima",
    "Yusuf",
    "Olena",
    "Hodan",
    "Mustafa",
    "Rahimi",
    "Tesfay",
    "Haddad",
    "Kovalenko",
    "Warsame",
    "Hussein",
    "Diallo",
    "Mariam",
    "Omar",
    "Senait",
    "Karimi",
    "Abdi",
    "Ali",
    "Nour",
    "Bekele",
    "Shevchenko",
    "Hosseini",
    "Khalil",
    "Farah",
    "Ibrahim",
    "Ruta",
    "Amina",
    "Dawit",
    "Ahmadi",
    "Sara",
    "Hamid",
    "Yonas",
    "Lina",
    "Noori",
    "Bilal",
    "Iryna",
]


def build_big_database(path: Path, cases: int = BIG_CASES, seed: int = 1) -> float:
    """Create the benchmark database once; returns the generation time in seconds (0 when cached)."""
    if path.exists():
        return 0.0
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    for leftover in path.parent.glob(tmp.name + "*"):
        leftover.unlink()
    db = open_database(tmp)
    start = time.perf_counter()
    with db.session() as session:
        generator.create_demo(session, cases, seed)
    seconds = time.perf_counter() - start
    db.dispose()
    tmp.rename(path)
    return seconds


def typed_prefixes() -> list[str]:
    """200 strings as someone types them: 2 to 6 letters of 40 names."""
    out = []
    for name in NAMES:
        for length in range(2, 7):
            out.append(name[:length])
    return out[:200]


def bare_query_ms(path: Path, prefix: str) -> float:
    """The same candidate rows straight from sqlite3: the floor any search can reach."""
    word = tokens(prefix)[0]
    conn = sqlite3.connect(path)
    try:
        start = time.perf_counter()
        conn.execute(
            "SELECT c.id, c.reference, c.given_name, c.family_name, c.search_text FROM cases c "
            "WHERE c.status = 'open' AND EXISTS (SELECT 1 FROM case_search_tokens t "
            "WHERE t.case_id = c.id AND t.token >= ? AND t.token < ?)",
            (word, word + "\uffff"),
        ).fetchall()
        return (time.perf_counter() - start) * 1000
    finally:
        conn.close()


def keystroke_timings(db: Database, actor: Actor) -> list[float]:
    """Milliseconds per typed prefix: the matching ids and the first page of rows, as the caseload asks."""
    settle_after_startup()  # as the app does once its main window is up
    timings = []
    for prefix in typed_prefixes():
        flt = caseload.CaseloadFilter(search=prefix, sort=caseload.SortKey.RELEVANCE)

        def one_keystroke(flt: caseload.CaseloadFilter = flt) -> None:
            with db.session() as session:
                ids = caseload.case_ids(session, actor, flt)
                caseload.rows(session, actor, ids[:60])

        timings.append(timed(one_keystroke))
    return timings


def run(path: Path) -> dict[str, float]:
    db = open_database(path)
    try:
        with db.session() as session:
            coordinator = auth.login(session, "coordinator", "demo")
        search_ms = keystroke_timings(db, coordinator)
        bare_ms = [bare_query_ms(path, prefix) for prefix in typed_prefixes()]
        search = summary(search_ms)
        bare = summary(bare_ms)
        report("search-as-you-type (200 prefixes)", search, "p95 <= 50 ms")
        report("bare SQLite query, same candidate rows", bare)
        ratio = search["p95_ms"] / max(bare["p95_ms"], 0.001)
        report("search p95 / bare p95", {"ratio": ratio}, "<= 3")

        board = []
        for _ in range(10):

            def org_board() -> None:
                with db.session() as session:
                    listing.upcoming(session, coordinator, 90)

            board.append(timed(org_board))
        board_summary = summary(board)
        report("transitions, whole organisation, 90 days", board_summary, "<= 100 ms")
        return {
            "search_p95_ms": search["p95_ms"],
            "search_median_ms": search["median_ms"],
            "bare_p95_ms": bare["p95_ms"],
            "search_ratio": ratio,
            "transitions_90d_median_ms": board_summary["median_ms"],
        }
    finally:
        db.dispose()
