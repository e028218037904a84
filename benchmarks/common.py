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


def report(name: str, figures: dict[str, float], target: str = "") -> None:
    text = ", ".join(f"{k} {v:,.1f}" for k, v in figures.items())
    print(f"  {name:<46} {text}" + (f"   (target: {target})" if target else ""), flush=True)
