"""Shared helpers: the cached big database, timing, and printing figures."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

BENCH_DIR = Path(
    os.environ.get("HOMEWARD_BENCH_DIR", Path(__file__).resolve().parent.parent / "bench-data")
)
BIG_CASES = int(os.environ.get("HOMEWARD_BENCH_CASES", "100000"))


def timed(fn: Callable[[], object]) -> float:
    """Milliseconds one call takes."""
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(values: list[float]) -> dict[str, float]:
    return {"median_ms": statistics.median(values), "p95_ms": percentile(values, 95)}


def report(
    name: str,
    figures: dict[str, float],
    target: str = "",
    plain: dict[str, float] | None = None,
) -> None:
    """One figure, its target, and beside it (`plain`) the same work done the plainest way
    (a bare indexed query, a bare insert) in the same run."""
    text = ", ".join(f"{k} {v:,.1f}" for k, v in figures.items())
    line = f"  {name:<46} {text}"
    if plain is not None:
        line += "   | plain: " + ", ".join(f"{k} {v:,.1f}" for k, v in plain.items())
    print(line + (f"   (target: {target})" if target else ""), flush=True)


def bare_ms(db: object, sql: str, repeat: int = 1) -> list[float]:
    """Milliseconds to run `sql` (literal values, no parameters) straight through the driver
    and fetch every row: the floor any service call for the same rows can reach."""
    raw = db.engine.raw_connection()  # type: ignore[attr-defined]
    try:
        timings = []
        for _ in range(repeat):
            cursor = raw.cursor()
            start = time.perf_counter()
            cursor.execute(sql)
            cursor.fetchall()
            timings.append((time.perf_counter() - start) * 1000)
            cursor.close()
        raw.rollback()
        return timings
    finally:
        raw.close()


def literal_sql(db: object, query: object) -> str:
    """A SQLAlchemy query as the SQL text its database runs, values written in."""
    dialect = db.engine.dialect  # type: ignore[attr-defined]
    return str(query.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]
