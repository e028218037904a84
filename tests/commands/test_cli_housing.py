"""`homeward housing …` on a demo database, checked from outside like a script would."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult

RED_CASE = "HW-2026-00001"

Cli = Callable[..., CliResult]


def test_match_json_contract(cli: Cli, demo_db_path: Path) -> None:
    result = cli(
        "housing",
        "match",
        RED_CASE,
        "--db",
        str(demo_db_path),
        "--user",
        "worker",
        "--format",
        "json",
    )
    assert result.code == 0, result.err
    records = json.loads(result.out)
    assert records
    for record in records:
        assert {"unit", "address", "score", "reasons"} <= set(record)
        assert isinstance(record["score"], int) and 0 <= record["score"] <= 100
        assert record["reasons"] and all(
            isinstance(r, str) and r.endswith(".") for r in record["reasons"]
        )
    scores = [r["score"] for r in records]
    assert scores == sorted(scores, reverse=True)
    assert len({r["unit"] for r in records}) == len(records)


def test_match_table_and_limit(cli: Cli, demo_db_path: Path) -> None:
    result = cli(
        "--db", str(demo_db_path), "--user", "worker", "housing", "match", RED_CASE, "--limit", "2"
    )
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split()[:2] == ["unit", "address"]
    assert len(lines) == 4  # header, rule, two units


def test_match_user_errors(cli: Cli, demo_db_path: Path) -> None:
    unknown = cli(
        "housing", "match", "HW-1999-00000", "--db", str(demo_db_path), "--user", "worker"
    )
    assert unknown.code == 1
    assert unknown.err.strip() == "homeward: No case with the reference 'HW-1999-00000'."
    denied = cli("housing", "match", RED_CASE, "--db", str(demo_db_path), "--user", "worker2")
    assert denied.code == 1
    assert "Permission denied" in denied.err and "Traceback" not in denied.err
    usage = cli("housing", "match", "--db", str(demo_db_path), "--user", "worker")
    assert usage.code == 2


def test_propose_accept_support_from_the_command_line(cli: Cli, demo_db_path: Path) -> None:
    db = ("--db", str(demo_db_path), "--user", "worker")
    best = json.loads(cli("housing", "match", RED_CASE, "--format", "json", *db).out)[0]["unit"]
    proposed = cli("housing", "propose", RED_CASE, best, *db)
    assert proposed.code == 0, proposed.err
    offer = proposed.out.split()[1].rstrip(":")
    refused = cli("housing", "move", offer, "moved_in", "--move-in", "2026-03-16", *db)
    assert refused.code == 1
    assert "the contract must be signed first" in refused.err
    accepted = cli("housing", "move", offer, "accepted", "--move-in", "2026-03-30", *db)
    assert accepted.code == 0, accepted.err
    support = cli("housing", "support", offer, "rent_guarantee", "--amount", "12000", *db)
    assert support.code == 0, support.err
    offers = json.loads(cli("housing", "offers", RED_CASE, "--format", "json", *db).out)
    assert [(o["unit"], o["state"], o["support"]) for o in offers] == [
        (best, "accepted", ["rent_guarantee"])
    ]
    listed = json.loads(cli("transitions", "--within", "30", "--format", "json", *db).out)
    mine = [t for t in listed if t["reference"] == RED_CASE]
    assert mine and all("housing_secured" not in t["missing"] for t in mine)
    assert all(t["risk"] != "red" for t in mine)


def test_units_listing(cli: Cli, demo_db_path: Path) -> None:
    result = cli(
        "housing",
        "units",
        "--type",
        "student",
        "--format",
        "json",
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
    )
    assert result.code == 0, result.err
    units = json.loads(result.out)
    assert units and all(u["type"] == "student" for u in units)


def test_fits_lists_cases_most_urgent_first(cli: Cli, demo_db_path: Path) -> None:
    db = ("--db", str(demo_db_path), "--user", "lead")
    unit = json.loads(cli("housing", "match", RED_CASE, "--format", "json", *db).out)[0]["unit"]
    result = cli("housing", "fits", unit, "--format", "json", *db)
    assert result.code == 0, result.err
    records = json.loads(result.out)
    assert RED_CASE in [r["reference"] for r in records]
    dues = [r["due_date"] for r in records]
    assert dues == sorted(dues)
    assert all(r["reasons"] for r in records)
    missing = cli("housing", "fits", "U-99999", *db)
    assert missing.code == 1 and "No housing unit with the code 'U-99999'" in missing.err
