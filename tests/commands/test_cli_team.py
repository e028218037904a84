"""The team commands on the hand-built team (tests/support/small_team_db.py)."""

from __future__ import annotations

import csv
import io
import json


def test_balance_json(small, small_db_path, cli):
    result = cli("--db", str(small_db_path), "--user", "lena", "balance", "--format", "json")
    assert result.code == 0, result.err
    rows = json.loads(result.out)
    assert [(r["worker"], r["primary_cases"], r["red"]) for r in rows] == [
        ("bo", 4, 2),  # H and F, overdue without housing
        ("anna", 2, 1),
        ("cleo", 0, 0),
        ("lena", 0, 0),
        (None, 1, 0),
    ]


def test_reassign_asks_for_reason_then_succeeds(small, small_db_path, cli):
    ref = small.refs["A"]
    first = cli(
        "--db", str(small_db_path), "--user", "lena", "reassign", ref, "--to", "bo", "--note", "x"
    )
    assert first.code == 1
    assert "give a reason" in first.err and "Traceback" not in first.err
    second = cli(
        "--db",
        str(small_db_path),
        "--user",
        "lena",
        "reassign",
        ref,
        "--to",
        "bo",
        "--note",
        "Prefers afternoons.",
        "--reason",
        "Leave",
        "--keep-secondary-days",
        "14",
    )
    assert second.code == 0, second.err
    assert (
        second.out.strip()
        == f"{ref}: primary worker anna -> bo; anna stays secondary until 2026-03-30"
    )


def test_worker_may_not_reassign(small, small_db_path, cli):
    result = cli(
        "--db",
        str(small_db_path),
        "--user",
        "anna",
        "reassign",
        small.refs["B"],
        "--to",
        "cleo",
        "--note",
        "x",
    )
    assert result.code == 1 and "Permission denied" in result.err


def test_planning_needs_and_data_quality_csv(small, small_db_path, cli):
    result = cli("--db", str(small_db_path), "--user", "cora", "planning-needs", "--format", "csv")
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert [(r["quarter"], r["rooms"], r["households"]) for r in rows] == [
        ("2026-Q1", "1", "2"),  # F and H, overdue without housing
        ("2026-Q2", "2", "1"),
        ("2026-Q2", "3", "1"),
        ("2027-Q1", "1", "2"),
    ]
    lang = cli(
        "--db",
        str(small_db_path),
        "--user",
        "cora",
        "planning-needs",
        "--what",
        "language",
        "--format",
        "json",
    )
    assert {r["level"]: r["needed"] for r in json.loads(lang.out)}["A1"] == 6
    dq = cli("--db", str(small_db_path), "--user", "cora", "data-quality", "--format", "json")
    issues = [r["issue"] for r in json.loads(dq.out)]
    assert issues.count("stale_record") == 6 and issues.count("no_primary_worker") == 1


def test_outcomes_and_continuity_json(small, small_db_path, cli):
    out = cli(
        "--db",
        str(small_db_path),
        "--user",
        "cora",
        "outcomes",
        "--quarters",
        "1",
        "--format",
        "json",
    )
    assert out.code == 0, out.err
    figures = {(r["team"], r["measure"]): r for r in json.loads(out.out)}
    assert (
        figures[("North", "belonging_average")]["average"],
        figures[("North", "belonging_average")]["count"],
    ) == (2.75, 2)
    cont = cli("--db", str(small_db_path), "--user", "lena", "continuity", "--format", "json")
    assert [
        (r["group"], r["worker_changes"], r["same_worker_percent"]) for r in json.loads(cont.out)
    ] == [("North", 1, 33)]


def test_transfer_and_closure_from_the_command_line(small, small_db_path, cli):
    db = str(small_db_path)
    ref = small.refs["B"]
    asked = cli(
        "--db",
        db,
        "--user",
        "lena",
        "request-transfer",
        ref,
        "--to-team",
        "South",
        "--note",
        "Moves",
    )
    assert asked.code == 0, asked.err
    listed = json.loads(cli("--db", db, "--user", "sam", "transfers", "--format", "json").out)
    assert [(r["reference"], r["direction"]) for r in listed] == [(ref, "incoming")]
    refused = cli("--db", db, "--user", "sam", "decide-transfer", str(listed[0]["id"]), "--reject")
    assert refused.code == 1 and "reason" in refused.err
    done = cli(
        "--db",
        db,
        "--user",
        "sam",
        "decide-transfer",
        str(listed[0]["id"]),
        "--accept",
        "--new-primary",
        "eli",
    )
    assert done.code == 0 and "accepted" in done.out
    closing = cli(
        "--db", db, "--user", "anna", "request-closure", small.refs["A"], "--reason", "Moved"
    )
    assert closing.code == 0, closing.err
    pending = json.loads(cli("--db", db, "--user", "lena", "closures", "--format", "json").out)
    assert [r["reference"] for r in pending] == [small.refs["A"]]
    returned = cli(
        "--db",
        db,
        "--user",
        "lena",
        "decide-closure",
        str(pending[0]["id"]),
        "--return",
        "--comment",
        "Record the new address first",
    )
    assert returned.code == 0 and "returned" in returned.out
    assert json.loads(cli("--db", db, "--user", "lena", "closures", "--format", "json").out) == []
