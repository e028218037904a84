"""Demo generation, caseload search-as-you-type and the organisation's 90-day transitions."""

from __future__ import annotations

import os
import resource
import time
from pathlib import Path

from sqlalchemy import select

from benchmarks.common import BIG_CASES, bare_ms, literal_sql, report, summary, timed
from desktop_app.db.models import Case, CaseSearchToken
from desktop_app.demo import generator
from desktop_app.domain.names import tokens
from desktop_app.runtime import settle_after_startup
from desktop_app.services import clock, settings
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
    start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    with db.session() as session:
        generator.create_demo(session, cases, seed)
    seconds = time.perf_counter() - start
    # The work beside the wall time: this process stores the rows, processes of their own
    # draw them (from 10,000 cases on); the machine's other load does not inflate these.
    report(
        f"demo of {cases:,} cases, CPU seconds",
        {
            "storing": time.process_time() - cpu,
            "drawing": _children_cpu() - children,
            "load average": os.getloadavg()[0],
        },
    )
    db.dispose()
    tmp.rename(path)
    return seconds


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def typed_prefixes() -> list[str]:
    """200 strings as someone types them: 2 to 6 letters of 40 names."""
    out = []
    for name in NAMES:
        for length in range(2, 7):
            out.append(name[:length])
    return out[:200]


def bare_search_sql(db: Database, prefix: str) -> str:
    """The plainest indexed query for a typed prefix: every matching open case's row, found
    through the token index (the rows a search has to choose its best from)."""
    word = tokens(prefix)[0]
    query = select(
        Case.id, Case.reference, Case.given_name, Case.family_name, Case.search_text
    ).where(
        Case.status == "open",
        Case.id.in_(
            select(CaseSearchToken.case_id).where(
                CaseSearchToken.token >= word, CaseSearchToken.token < word + "\uffff"
            )
        ),
    )
    return literal_sql(db, query)


def keystroke_timings(db: Database, actor: Actor) -> list[float]:
    """Milliseconds per typed prefix, as the caseload asks: the best matches with the count
    of all, and the first page of rows."""
    settle_after_startup()  # as the app does once its main window is up
    timings = []
    for prefix in typed_prefixes():
        flt = caseload.CaseloadFilter(search=prefix, sort=caseload.SortKey.RELEVANCE)

        def one_keystroke(flt: caseload.CaseloadFilter = flt) -> None:
            with db.read_session() as session:  # as the caseload list reads
                found = caseload.find_cases(session, actor, flt)
                caseload.rows(session, actor, found.ids[:60])

        timings.append(timed(one_keystroke))
    return timings


def bare_search_timings(db: Database) -> list[float]:
    return [bare_ms(db, bare_search_sql(db, prefix))[0] for prefix in typed_prefixes()]


def transitions_within_90(
    db: Database, actor: Actor
) -> tuple[dict[str, float], dict[str, float], int]:
    """`homeward transitions --within 90`'s service call for the whole organisation (every
    object it prints), and the bare query of the same rows."""
    counted = 0

    def service() -> None:
        nonlocal counted
        session = db.factory()
        try:
            counted = sum(1 for _ in listing.upcoming_records(session, actor, 90))
        finally:
            session.rollback()
            session.close()

    service()  # warm the page cache
    timings = [timed(service) for _ in range(10)]
    with db.session() as session:
        today = clock.today()
        rules = settings.transition_rules(session)
        query, _municipality = listing._upcoming_query(
            session, actor, 90, today, rules, columns=listing._contract_query
        )
    bare = bare_ms(db, literal_sql(db, query), repeat=10)
    return summary(timings), summary(bare), counted


def run(path: Path) -> dict[str, float]:
    db = open_database(path)
    try:
        with db.session() as session:
            coordinator = auth.login(session, "coordinator", "demo")
        search = summary(keystroke_timings(db, coordinator))
        bare = summary(bare_search_timings(db))
        report(
            "search-as-you-type (200 prefixes)",
            search,
            "p95 <= 25 ms, <= 1x plain",
            plain=bare,
        )
        ratio = search["p95_ms"] / max(bare["p95_ms"], 0.001)
        report("search p95 / plain p95", {"ratio": ratio}, "<= 1")
        records, plain, counted = transitions_within_90(db, coordinator)
        report(
            f"transitions --within 90, service ({counted:,} rows)",
            records,
            "<= 150 ms",
            plain=plain,
        )
        return {
            "search_p95_ms": search["p95_ms"],
            "search_median_ms": search["median_ms"],
            "bare_p95_ms": bare["p95_ms"],
            "search_ratio": ratio,
            "transitions_90d_median_ms": records["median_ms"],
        }
    finally:
        db.dispose()
