"""The desktop on 100,000 cases: cold start to an interactive main window, opening a case,
search-as-you-type and scrolling in the caseload table model.

Run alone with `python -m benchmarks.bench_desktop [DB]` or through `python -m benchmarks`.
The database is copied first, so logins and audit entries never change the shared one.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import (  # noqa: E402
    BENCH_DIR,
    BIG_CASES,
    bare_ms,
    literal_sql,
    report,
    summary,
)

# The child process, as `desktop_app.app.run_gui` starts: collections held, imports, open the
# database (migration check), QApplication, log in, build and show the main window on its
# start page (My day, loaded), process the events. Then, separately, the time to switch to
# the caseload page with every visible case. `argv[3]` is the clock time of the launch.
_COLD_START = r"""
import sys, time
t0 = time.perf_counter()
from desktop_app import runtime
runtime.hold_collections_for_startup()
from desktop_app.ui.application import make_application
from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import auth
db = open_database(sys.argv[1])
app = make_application(sys.argv[:1])
with db.session() as session:
    actor = auth.login(session, sys.argv[2], "demo")
from desktop_app.ui.main_window import MainWindow
window = MainWindow(db, actor)
window.show()
app.processEvents()
ready = (time.perf_counter() - t0) * 1000
launched = (time.time() - float(sys.argv[3])) * 1000
t1 = time.perf_counter()
page = window.show_page("caseload")
app.processEvents()
assert page.model.rowCount() > 0
caseload = (time.perf_counter() - t1) * 1000
view = page.table
view.scrollToBottom()
app.processEvents()
rss = 0.0
with open("/proc/self/status", encoding="ascii") as status:
    for line in status:
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
print(f"READY {ready:.1f} {page.model.rowCount()} {caseload:.1f} {rss:.1f} {launched:.1f}", flush=True)
"""


# The plainest desktop start: Qt's widgets imported, an application and an empty main window.
_BARE_START = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print(f"READY {(time.time() - float(sys.argv[1])) * 1000:.1f}", flush=True)
"""


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def bare_start(runs: int = 5) -> dict[str, float]:
    shown: list[float] = []
    wall: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(  # noqa: S603 - our own interpreter and script
            [sys.executable, "-c", _BARE_START, repr(time.time())],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        wall.append((time.perf_counter() - start) * 1000)
        shown.append(float(next(x for x in out.splitlines() if x.startswith("READY")).split()[1]))
    return {"median_ms": _median(shown), "process_ms": _median(wall)}


def cold_start(db_path: Path, username: str, runs: int = 5) -> dict[str, float]:
    """Wall time from launching Python to the main window shown on My day, loaded.

    `process_ms` is the figure as it was measured before 2026-12-07: the whole process's
    wall time less the caseload step, which also holds the interpreter's exit after the
    window (0.3 s or more: freeing every object, Qt's and Python's finalisation) and the
    caseload's scroll; nobody waits for those to see the window."""
    shown: list[float] = []
    wall: list[float] = []
    inside: list[float] = []
    caseload: list[float] = []
    memory: list[float] = []
    rows = 0.0
    env = dict(os.environ)
    env["HOMEWARD_DATA_DIR"] = tempfile.mkdtemp(prefix="homeward-bench-ui-")
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(  # noqa: S603 - our own interpreter and script
            [sys.executable, "-c", _COLD_START, str(db_path), username, repr(time.time())],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        line = next(x for x in out.splitlines() if x.startswith("READY"))
        fields = line.split()
        inside.append(float(fields[1]))
        rows = float(fields[2])
        caseload.append(float(fields[3]))
        memory.append(float(fields[4]))
        shown.append(float(fields[5]))
        wall.append((time.perf_counter() - start) * 1000 - float(fields[3]))
    return {
        "median_ms": _median(shown),
        "in_app_ms": _median(inside),
        "process_ms": _median(wall),
        "then_caseload_ms": _median(caseload),
        "cases": rows,
        "rss_mb": max(memory),
    }


def run(db_path: Path) -> None:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from desktop_app.db.models import Case
    from desktop_app.runtime import settle_after_startup
    from desktop_app.services.cases.caseload import CaseloadFilter, SortKey
    from desktop_app.services.storage.database import open_database
    from desktop_app.services.trust import auth
    from desktop_app.ui.case_record import CaseRecordPage
    from desktop_app.ui.caseload_model import CaseloadModel

    work = Path(tempfile.mkdtemp(prefix="homeward-bench-ui-")) / "desktop.db"
    shutil.copy2(db_path, work)
    try:
        plain_start = bare_start()
        for user in ("worker", "coordinator"):
            started = cold_start(work, user)
            report(
                f"cold start to main window ({user})",
                {k: v for k, v in started.items() if k != "rss_mb"},
                "<= 1,000 ms",
                plain=plain_start,
            )
            report(
                f"  resident memory, caseload open ({user})",
                {"rss_mb": started["rss_mb"]},
                "<= 200 MB",
            )
        app = QApplication.instance() or QApplication([])
        db = open_database(work)
        with db.session() as session:
            coordinator = auth.login(session, "coordinator", "demo")
            references = list(session.scalars(select(Case.reference).order_by(Case.id)))
        rng = random.Random(3)
        sample = rng.sample(references, 30)
        # A case is opened from a main window that is up, after start-up has settled.
        settle_after_startup()
        opened: list[float] = []
        every_tab: list[float] = []
        matched: list[float] = []
        for reference in sample:
            start = time.perf_counter()
            page = CaseRecordPage(db, coordinator, reference)
            app.processEvents()
            opened.append((time.perf_counter() - start) * 1000)
            for index in range(page.tabs.count()):
                page.show_tab(page.tabs.tabText(index))
                app.processEvents()
            # (The page is not on screen: its tables are fitted, and it is drawn, only when
            # shown; the figure below shows it.)
            every_tab.append((time.perf_counter() - start) * 1000)
            # The Housing tab is usable at once; its matching units arrive from the
            # background worker.
            housing = page.housing_tab
            assert housing is not None
            while housing.matching is not None:
                app.processEvents()
                time.sleep(0.001)
            matched.append((time.perf_counter() - start) * 1000)
            page.deleteLater()
        app.processEvents()
        plain_open = summary(
            [
                bare_ms(
                    db,
                    literal_sql(db, select(Case).where(Case.reference == reference)),
                )[0]
                for reference in sample
            ]
        )
        report(
            "open a case record (shown on its first tab)",
            summary(opened),
            "<= 100 ms",
            plain=plain_open,
        )
        report("  and every tab built (housing included)", summary(every_tab), "<= 100 ms")
        report("  until the housing matches are shown", summary(matched))
        # As a user sees it: the record on screen, each tab brought to the front in turn,
        # its tables fitted to their rows and the page drawn.
        shown: list[float] = []
        for reference in sample[:10]:
            start = time.perf_counter()
            page = CaseRecordPage(db, coordinator, reference)
            page.resize(1280, 680)
            page.show()
            app.processEvents()
            for index in range(page.tabs.count()):
                page.show_tab(page.tabs.tabText(index))
                app.processEvents()
            shown.append((time.perf_counter() - start) * 1000)
            while page.housing_tab is not None and page.housing_tab.matching is not None:
                app.processEvents()
                time.sleep(0.001)
            page.close()
            page.deleteLater()
            app.processEvents()
        report("  every tab shown and drawn, on screen (1280 x 680)", summary(shown))
        model = CaseloadModel(db, coordinator)
        settle_after_startup()  # as the app does once its main window is up
        typed: list[float] = []
        # Five rounds of the same searches: a p95 of seven samples would be their slowest.
        for _round in range(5):
            for word in (
                "Moh",
                "Mohamed",
                "Ahmadi",
                "tesfay",
                "Zahra Kar",
                "olena",
                "HW-2025-0001",
            ):
                start = time.perf_counter()
                model.set_filter(CaseloadFilter(search=word, sort=SortKey.RELEVANCE))
                model.data(model.index(0, 1))
                typed.append((time.perf_counter() - start) * 1000)
        report("caseload search as you type (model, 35 searches)", summary(typed), "p95 <= 25 ms")
        sorts: list[float] = []
        for key in (SortKey.DUE_DATE, SortKey.NAME, SortKey.RISK, SortKey.PRIMARY_WORKER):
            start = time.perf_counter()
            model.set_filter(CaseloadFilter(sort=key))
            model.data(model.index(0, 1))
            sorts.append((time.perf_counter() - start) * 1000)
        report(f"caseload of {model.rowCount():,} re-sorted (model)", summary(sorts))
        scroll: list[float] = []
        for _ in range(40):
            row = rng.randrange(model.rowCount())
            start = time.perf_counter()
            for r in range(row, min(row + 30, model.rowCount())):
                for c in range(model.columnCount()):
                    model.data(model.index(r, c))
            scroll.append((time.perf_counter() - start) * 1000)
        report("jump to a screenful anywhere in the list", summary(scroll))
        db.dispose()
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else BENCH_DIR / f"bench-{BIG_CASES}.db"
    if not target.exists():
        from benchmarks.bench_core import build_big_database

        build_big_database(target)
    run(target)
