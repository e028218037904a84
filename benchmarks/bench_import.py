"""Import 5,000 generated spreadsheet rows, and export a team's caseload and the statistics."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from benchmarks.common import report
from desktop_app.services import clock
from desktop_app.services.cases import caseload
from desktop_app.services.exchange import exporter, importer
from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import auth

ROWS = 5_000
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
            # Every row checked and written, then rolled back (a dry run) so the shared
            # benchmark database is left as it was.
            session = db.factory()
            try:
                start = time.perf_counter()
                result = importer.import_cases(session, coordinator, source, dry_run=True)
                seconds = time.perf_counter() - start
            finally:
                session.rollback()
                session.close()
            figures["import_5000_rows_s"] = seconds
            figures["import_rows_per_s"] = ROWS / seconds
            report(
                f"import {ROWS:,} rows ({result.created:,} new, {result.rejected} rejected)",
                {"seconds": seconds, "rows_per_s": ROWS / seconds},
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
