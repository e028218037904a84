"""`python -m benchmarks`: build the 100,000-case database once, then print every figure.

Other benchmark modules named `benchmarks/bench_*.py` with a `run(db_path)`
function are run too, each on the same database.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import tempfile
import time
import traceback

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HOMEWARD_DATA_DIR", tempfile.mkdtemp(prefix="homeward-bench-"))

from benchmarks import bench_core  # noqa: E402
from benchmarks.common import BENCH_DIR, BIG_CASES, report  # noqa: E402


def main() -> int:
    path = BENCH_DIR / f"bench-{BIG_CASES}.db"
    print(f"Homeward benchmarks on {BIG_CASES:,} synthetic cases ({path})")
    started = time.perf_counter()
    seconds = bench_core.build_big_database(path)
    if seconds:
        report(f"generate {BIG_CASES:,} demo cases", {"seconds": seconds}, "<= 30 s")
    else:
        print("  (database reused; delete it to time the generation again)")
    failures = 0
    names = ["bench_core"] + sorted(
        m.name
        for m in pkgutil.iter_modules(sys.modules["benchmarks"].__path__)
        if m.name.startswith("bench_") and m.name != "bench_core"
    )
    for name in names:
        print(f"[{name}]", flush=True)
        try:
            importlib.import_module(f"benchmarks.{name}").run(path)
        except Exception:
            failures += 1
            traceback.print_exc()
    print(f"done in {time.perf_counter() - started:,.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
