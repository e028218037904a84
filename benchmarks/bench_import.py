"""Import 50,000 generated spreadsheet rows (time and peak memory, in a process of its own),
and export a team's caseload and the statistics."""

from __future__ import annotations

import csv
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import report
from desktop_app.services import clock
from desktop_app.services.cases import caseload
from desktop_app.services.exchange import exporter
from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import auth

ROWS = 50_000
GIVEN = ["Amanuel", "Zahra", "Yusuf", "Olena", "Hodan", "Mariam", "Bilal", "Nour", "Dawit", "Lina"]
FAMILY = ["Tesfay", "Rahimi", "Haddad", "Kovalenko", "Warsame", "Noori", "Karimi", "Bekele"]
NATIONS = ["ER", "AF", "Syria", "UKR", "SO", "IR"]
LANGUAGES = {"ER": "ti", "AF": "fa, ps", "Syria": "ar", "UKR": "uk", "SO": "so", "IR": "fa"}


def write_rows(path: Path, rows: int = ROWS, seed: int = 3) -> None:
    """A semicolon CSV like the teams' spreadsheets: mixed date forms, a decision on most rows."""
    rng = random.Random(seed)
    year = clock.today().year
    lines = [
        "reference;given_name;family_name;date_of_birth;nationality;languages;unaccompanied;"
        "arrival_date;status_decision;decision_date;placement_type;placement_municipality;team"
    ]
    for i in range(rows):
        nation = rng.choice(NATIONS)
        born = (year - rng.randint(15, 20), rng.randint(1, 12), rng.randint(1, 28))
        dob = rng.choice(
            [
                f"{born[0]}-{born[1]:02d}-{born[2]:02d}",
                f"{born[2]:02d}.{born[1]:02d}.{born[0]}",
                f"{born[0]}-{born[1]:02d}",
                f"{born[0]}",
            ]
        )
        decision = rng.choice(["refugee", "subsidiary", "pending", ""])
        decided = f"{year - 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        lines.append(
            ";".join(
                [
                    f"BENCH-{i:05d}",
                    rng.choice(GIVEN),
                    rng.choice(FAMILY),
                    dob,
                    nation,
                    LANGUAGES[nation],
                    rng.choice(["yes", "ja", "1", "nej"]),
                    f"{year - 2}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    decision,
                    decided if decision not in ("", "pending") else "",
                    rng.choice(["reception", "foster", "residential", "supported"]),
                    rng.choice(["Aarhus", "Randers", "Viborg"]),
                    "Team North",
                ]
            )
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# The import in a fresh process, so its peak resident memory is its own: every row checked
# and written, then rolled back (a dry run), leaving the benchmark database as it was.
_IMPORT = r"""
import sys, time
from pathlib import Path
from desktop_app.services.exchange import importer
from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import auth
db = open_database(Path(sys.argv[1]))
with db.session() as session:
    coordinator = auth.login(session, "coordinator", "demo")
session = db.factory()
start = time.perf_counter()
result = importer.import_cases(session, coordinator, Path(sys.argv[2]), dry_run=True)
seconds = time.perf_counter() - start
session.rollback()
session.close()
peak = 0.0
with open("/proc/self/status", encoding="ascii") as status:
    for line in status:
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) / 1024
print(f"IMPORTED {seconds:.3f} {result.created} {result.rejected} {peak:.1f}", flush=True)
"""


def plain_insert(source: Path, folder: Path) -> float:
    """The plainest way to the same rows in a database: the file read with csv and inserted
    with one executemany into a bare table."""
    start = time.perf_counter()
    conn = sqlite3.connect(folder / "plain.db")
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        header = next(reader)
        conn.execute(f"CREATE TABLE rows ({', '.join(header)})")
        conn.executemany(f"INSERT INTO rows VALUES ({', '.join('?' * len(header))})", reader)
    conn.commit()
    conn.close()
    return time.perf_counter() - start


def run(path: Path) -> dict[str, float]:
    db = open_database(path)
    figures: dict[str, float] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="homeward-bench-import-") as folder:
            source = Path(folder) / "caseload.csv"
            write_rows(source)
            with db.session() as session:
                coordinator = auth.login(session, "coordinator", "demo")
                lead = auth.login(session, "lead", "demo")
            out = subprocess.run(  # noqa: S603 - our own interpreter and script
                [sys.executable, "-c", _IMPORT, str(path), str(source)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            line = next(x for x in out.splitlines() if x.startswith("IMPORTED"))
            _word, seconds_text, created, rejected, peak = line.split()
            seconds = float(seconds_text)
            figures["import_rows_s"] = seconds
            figures["import_peak_mb"] = float(peak)
            report(
                f"import {ROWS:,} rows ({int(created):,} new, {rejected} rejected)",
                {"seconds": seconds, "peak_rss_mb": float(peak)},
                "<= 20 s, <= 300 MB",
                plain={"seconds": plain_insert(source, Path(folder))},
            )
            for name, suffix in (("csv", ".csv"), ("xlsx", ".xlsx")):
                out = Path(folder) / f"team{suffix}"
                session = db.factory()
                try:
                    start = time.perf_counter()
                    count = exporter.export_cases(session, lead, caseload.CaseloadFilter(), out)
                    seconds = time.perf_counter() - start
                finally:
                    session.rollback()
                    session.close()
                figures[f"export_team_{name}_s"] = seconds
                report(
                    f"export a team's caseload to {name} ({count:,} cases)", {"seconds": seconds}
                )
            session = db.factory()
            try:
                start = time.perf_counter()
                exporter.export_statistics(session, coordinator, Path(folder) / "stats.csv")
                seconds = time.perf_counter() - start
            finally:
                session.rollback()
                session.close()
            figures["export_statistics_s"] = seconds
            report("anonymised statistics, whole organisation", {"seconds": seconds})
    finally:
        db.dispose()
    return figures
