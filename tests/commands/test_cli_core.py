"""The command-line contract: init, demo, cases, transitions; exit codes and messages."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CASE_FIELDS = {
    "reference",
    "name",
    "date_of_birth",
    "age",
    "next_transition",
    "due_date",
    "risk",
    "primary_worker",
}
TRANSITION_FIELDS = {
    "reference",
    "name",
    "kind",
    "due_date",
    "days_left",
    "uncertain",
    "readiness",
    "risk",
    "missing",
    "primary_worker",
}


def test_init_creates_a_database_with_an_admin(cli, tmp_path):
    path = tmp_path / "new.db"
    result = cli("init", "--admin", "maja", "--db", str(path), password="a-long-passphrase")
    assert result.code == 0, result.err
    assert path.exists()
    # The admin can log in, but sees no case content.
    denied = cli("--db", str(path), "--user", "maja", "cases", password="a-long-passphrase")
    assert denied.code == 1
    assert "administrators do not have access to case content" in denied.err
    # Running init again only migrates.
    again = cli("init", "--admin", "someone", "--db", str(path), password="whatever-else")
    assert again.code == 0 and "already has users" in again.out


def test_demo_refuses_to_overwrite_a_database(cli, demo_db_path):
    result = cli("demo", "--cases", "5", "--db", str(demo_db_path))
    assert result.code == 1
    assert "already holds data" in result.err


def test_demo_is_deterministic_for_a_seed(cli, tmp_path):
    outputs = []
    for name in ("a.db", "b.db"):
        path = tmp_path / name
        assert cli("demo", "--cases", "40", "--seed", "3", "--db", str(path)).code == 0
        outputs.append(
            cli("--db", str(path), "--user", "coordinator", "cases", "--format", "json").out
        )
    assert outputs[0] == outputs[1]
    assert len(json.loads(outputs[0])) >= 35  # a few demo cases are closed


def test_cases_json_has_the_contract_fields(cli, demo_db_path):
    result = cli("--db", str(demo_db_path), "--user", "worker", "cases", "--format", "json")
    assert result.code == 0, result.err
    rows = json.loads(result.out)
    assert rows and all(CASE_FIELDS <= set(r) for r in rows)
    assert {r["primary_worker"] for r in rows} <= {"worker", "laura", "mikkel"}
    first = rows[0]
    assert isinstance(first["age"], int) and first["risk"] in ("red", "amber", "green", None)


def test_cases_search_finds_the_case_in_any_spelling(cli, demo_db_path):
    listed = json.loads(
        cli("--db", str(demo_db_path), "--user", "coordinator", "cases", "--format", "json").out
    )
    target = listed[0]
    given, family = target["name"].split(" ", 1)
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "cases",
        "--search",
        f"{family.upper()} {given.lower()}",
        "--format",
        "json",
    )
    assert json.loads(result.out)[0]["reference"] == target["reference"]


def test_transitions_json_and_csv_agree(cli, demo_db_path):
    base = ("--db", str(demo_db_path), "--user", "lead", "transitions", "--within", "90")
    rows = json.loads(cli(*base, "--format", "json").out)
    assert rows and all(TRANSITION_FIELDS <= set(r) for r in rows)
    assert all(isinstance(r["missing"], list) and isinstance(r["uncertain"], bool) for r in rows)
    table = list(csv.DictReader(io.StringIO(cli(*base, "--format", "csv").out)))
    assert [t["reference"] for t in table] == [r["reference"] for r in rows]
    assert table[0]["missing"] == ";".join(rows[0]["missing"])
    assert set(table[0]) >= TRANSITION_FIELDS
    # CSV has the same columns as the JSON's objects.
    assert list(table[0]) == list(rows[0])


def test_cases_json_and_csv_agree(cli, demo_db_path):
    base = ("--db", str(demo_db_path), "--user", "lead", "cases", "--search", "a")
    rows = json.loads(cli(*base, "--format", "json").out)
    assert rows and all(CASE_FIELDS <= set(r) for r in rows)
    table = list(csv.DictReader(io.StringIO(cli(*base, "--format", "csv").out)))
    assert [t["reference"] for t in table] == [r["reference"] for r in rows]
    # CSV has the same columns as the JSON's objects, the same values as text.
    assert list(table[0]) == list(rows[0])
    assert table[0]["team"] == rows[0]["team"]
    assert table[0]["readiness"] == (
        "" if rows[0]["readiness"] is None else str(rows[0]["readiness"])
    )


def test_global_options_after_the_subcommand(cli, demo_db_path):
    before = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "transitions",
        "--within",
        "30",
        "--format",
        "json",
    )
    after = cli(
        "transitions",
        "--within",
        "30",
        "--format",
        "json",
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
    )
    assert before.code == after.code == 0
    assert before.out == after.out


def test_team_filter(cli, demo_db_path):
    ok = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "transitions",
        "--within",
        "90",
        "--team",
        "Team South",
        "--format",
        "json",
    )
    assert ok.code == 0 and {r["team"] for r in json.loads(ok.out)} <= {"Team South"}
    unknown = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "transitions",
        "--within",
        "90",
        "--team",
        "Team West",
    )
    assert unknown.code == 1 and "No team called 'Team West'" in unknown.err
    other = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "transitions",
        "--within",
        "90",
        "--team",
        "Team South",
    )
    assert other.code == 1 and "Permission denied" in other.err


@pytest.mark.parametrize(
    ("args", "password", "code", "message"),
    [
        (
            ("--user", "lead", "transitions", "--within", "90"),
            "wrong",
            1,
            "user name or password is not correct",
        ),
        (("--user", "nobody", "cases"), "demo", 1, "user name or password is not correct"),
        (("transitions", "--within", "90"), "demo", 2, "--user"),
        (("--user", "lead", "transitions", "--within", "soon"), "demo", 2, "not a whole number"),
        (("--user", "lead", "cases", "--format", "xml"), "demo", 2, "invalid choice"),
    ],
)
def test_errors_are_one_plain_line(cli, demo_db_path, args, password, code, message, capsys):
    result = cli("--db", str(demo_db_path), *args, password=password)
    err = result.err + capsys.readouterr().err
    assert result.code == code
    assert message in err
    assert "Traceback" not in err


def test_missing_database_file_for_a_read_command(cli, tmp_path):
    result = cli("--db", str(tmp_path / "nowhere" / "x.db"), "--user", "lead", "cases")
    assert result.code == 1
    assert "No database file at" in result.err
    assert not (tmp_path / "nowhere").exists()  # nothing is created by a read command


@pytest.mark.slow
def test_console_script_end_to_end(tmp_path):
    """The real `python -m desktop_app` process: demo, then transitions as a lead."""
    env = {**os.environ, "HOMEWARD_DATA_DIR": str(tmp_path / "data"), "HOMEWARD_PASSWORD": "demo"}
    db = tmp_path / "x.db"
    made = subprocess.run(
        [sys.executable, "-m", "desktop_app", "demo", "--cases", "30", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    listed = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--db",
            str(db),
            "--user",
            "lead",
            "transitions",
            "--within",
            "90",
            "--format",
            "json",
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)
    failed = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--db",
            str(db),
            "--user",
            "lead",
            "transitions",
            "--within",
            "90",
        ],
        env={**env, "HOMEWARD_PASSWORD": "nope"},
        capture_output=True,
        text=True,
    )
    assert failed.returncode == 1
    assert failed.stderr.count("\n") == 1 and "Traceback" not in failed.stderr
    assert Path(tmp_path / "data" / "logs").exists()
