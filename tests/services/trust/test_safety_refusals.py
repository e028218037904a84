"""Refusals that give nothing away, numbers with ranges, and --out that never clobbers.

Findings 8, 9 and 10 of the safety review.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from desktop_app.db.models import Case, HousingOffer, Task
from desktop_app.services.errors import AuthenticationError, ValidationError
from desktop_app.services.housing import offers, units
from desktop_app.services.trust import auth
from tests.support.backends import db_args

REFUSED = "The user name or password is not correct"


# --- logins ---------------------------------------------------------------------------


def _refusal(demo_db, username: str, password: str) -> str:
    with demo_db.session() as session, pytest.raises(AuthenticationError) as refused:
        auth.login(session, username, password)
    return str(refused.value)


def test_unknown_disabled_locked_and_wrong_all_answer_the_same(demo_db, login):
    wrong = _refusal(demo_db, "worker", "not-the-password")
    unknown = _refusal(demo_db, "no-such-user", "demo")
    for _ in range(5):
        _refusal(demo_db, "worker2", "not-the-password")
    locked = _refusal(demo_db, "worker2", "demo")  # the right password, but locked
    assert wrong == unknown == locked and wrong.startswith(REFUSED)


@pytest.mark.real_password_cost
def test_an_unknown_name_costs_a_password_hash_like_a_known_one(demo_db, monkeypatch):
    checked: list[str] = []

    class Counting(PasswordHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> bool:  # noqa: A002
            checked.append(str(hash))
            return super().verify(hash, password)

    monkeypatch.setattr(auth, "_hasher", Counting())
    _refusal(demo_db, "no-such-user", "demo")
    _refusal(demo_db, "worker", "wrong")
    assert len(checked) == 2
    # The stand-in hash is as costly as a real account's (the same argon2 parameters).
    assert checked[0].split("$")[3] == auth._hasher.hash("x").split("$")[3]


def test_an_initial_password_cannot_be_changed_to_itself(cli, db_path, monkeypatch):
    # (Not a demo database: there, initial passwords need no change.)
    assert cli(*db_args(db_path), "init", "--admin", "admin", password="long-password-1").code == 0
    assert (
        cli(
            *db_args(db_path),
            "--user",
            "admin",
            "teams",
            "create",
            "Team North",
            password="long-password-1",
        ).code
        == 0
    )
    created = cli(
        *db_args(db_path),
        "--user",
        "admin",
        "users",
        "create",
        "mona",
        "--role",
        "social_worker",
        "--team",
        "Team North",
        password="long-password-1",
    )
    assert created.code == 0, created.err
    initial = created.out.split("Initial password: ")[1].split(" ")[0]
    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", initial)
    same = cli(*db_args(db_path), "--user", "mona", "password", password=initial)
    assert same.code == 1 and "must be different" in same.err
    still = cli(*db_args(db_path), "--user", "mona", "cases", password=initial)
    assert still.code == 1 and "initial password" in still.err


# --- other teams' cases ---------------------------------------------------------------------


def _south_offer_and_task(demo_db, login) -> tuple[int, int, str]:
    with demo_db.session() as session:
        offer = session.scalar(
            select(HousingOffer)
            .join(Case, Case.id == HousingOffer.case_id)
            .where(Case.team.has(name="Team South"))
            .limit(1)
        )
        task = session.scalar(
            select(Task).join(Case, Case.id == Task.case_id).where(Case.team.has(name="Team South"))
        )
        if offer is None:
            case = session.scalar(select(Case).where(Case.team.has(name="Team South")).limit(1))
            unit = units.list_units(session, login("lead.south"))[0]
            offer = offers.propose_offer(session, login("lead.south"), case.reference, unit.code)
        case = session.get(Case, offer.case_id)
        return offer.id, task.id, case.reference


def test_an_offer_or_task_of_another_team_is_answered_as_if_it_did_not_exist(
    cli, demo_db, demo_db_path, login
):
    offer_id, task_id, reference = _south_offer_and_task(demo_db, login)
    theirs = cli(
        *db_args(demo_db_path), "--user", "worker", "housing", "move", str(offer_id), "viewing"
    )
    missing = cli(
        *db_args(demo_db_path), "--user", "worker", "housing", "move", "2000000000", "viewing"
    )
    assert theirs.code == missing.code == 1
    assert reference not in theirs.err and "Team South" not in theirs.err
    assert theirs.err.replace(str(offer_id), "N") == missing.err.replace("2000000000", "N")
    from desktop_app.services.cases import notes_and_tasks

    with demo_db.session() as session, pytest.raises(Exception) as refused:
        notes_and_tasks.complete_task(session, login("worker"), task_id)
    assert reference not in str(refused.value)
    assert "on a case you may see" in str(refused.value)


# --- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("transitions", "--within", "99999999999"),
        ("transitions", "--within", "-1"),
        ("print", "transitions", "--within", "99999999", "--out", "x.pdf"),
        ("planning", "--months", "100000"),
        ("outcomes", "--quarters", "0"),
        ("housing", "move", "99999999999999999999", "viewing"),
        ("housing", "support", "1", "rent_subsidy", "--amount", "nan"),
        ("audit", "--limit", "0"),
        ("demo", "--cases", "1000000000000"),
        ("cases", "--within", "ten"),
    ],
)
def test_numbers_out_of_range_are_usage_errors(cli, demo_db_path, args, capsys):
    result = cli(*db_args(demo_db_path), "--user", "lead", *args)
    said = capsys.readouterr().err  # argparse's usage errors
    assert result.code == 2, said
    assert "unexpected" not in said and "Traceback" not in said
    assert "out of range" in said or "not a whole number" in said or "not an amount" in said


def test_a_demo_the_disk_cannot_hold_is_refused_before_anything_is_written(
    cli, tmp_path, monkeypatch
):
    from desktop_app.commands import database

    monkeypatch.setattr(database, "DEMO_BYTES_PER_CASE", 10**15)
    target = tmp_path / "big.db"
    result = cli("demo", "--cases", "1000", "--db", str(target))
    assert result.code == 1 and "Not enough free disk space" in result.err
    assert not target.exists()


# --- the file given as --db ------------------------------------------------------------------


@pytest.mark.sqlite_only(reason="a file given as --db")
def test_an_empty_file_is_not_a_database_unless_init_makes_it_one(cli, tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    result = cli("--db", str(empty), "--user", "admin", "cases")
    assert result.code == 1 and "is not a Homeward database" in result.err
    assert empty.stat().st_size == 0
    other = tmp_path / "other-program.db"
    import sqlite3

    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    result = cli("--db", str(other), "--user", "admin", "cases")
    assert result.code == 1 and "is not a Homeward database" in result.err
    result = cli("--db", str(other), "init", "--admin", "admin", password="long-password-1")
    assert result.code == 1 and "is not a Homeward database" in result.err
    assert cli("--db", str(empty), "init", "--admin", "admin", password="long-password-1").code == 0


# --- --out ------------------------------------------------------------------------------------


def _outputs(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    fifo = tmp_path / "a-pipe"
    os.mkfifo(fifo)
    link = tmp_path / "link-to-pipe"
    link.symlink_to(fifo)
    return {"folder": folder, "pipe": fifo, "link": link}


@pytest.mark.parametrize(
    "command",
    [
        ("print", "transitions", "--within", "30"),
        ("export", "cases"),
        ("export", "statistics"),
    ],
)
def test_out_never_replaces_a_file_unasked_nor_writes_to_a_non_file(
    cli, demo_db_path, tmp_path, command
):
    suffix = ".pdf" if command[0] == "print" else ".csv"
    existing = tmp_path / f"existing{suffix}"
    existing.write_text("keep me", encoding="utf-8")
    refused = cli(*db_args(demo_db_path), "--user", "lead", *command, "--out", str(existing))
    assert refused.code == 1 and "--overwrite" in refused.err
    assert existing.read_text(encoding="utf-8") == "keep me"
    done = cli(
        *db_args(demo_db_path), "--user", "lead", *command, "--out", str(existing), "--overwrite"
    )
    assert done.code == 0, done.err
    assert existing.read_text(encoding="latin-1") != "keep me"
    for what, target in _outputs(tmp_path).items():
        if suffix == ".csv" and what != "folder":
            target = target.rename(target.with_suffix(".csv")) if what == "pipe" else target
        result = cli(
            *db_args(demo_db_path), "--user", "lead", *command, "--out", str(target), "--overwrite"
        )
        assert result.code == 1, (what, result.out)
        assert "Traceback" not in result.err and "unexpected" not in result.err
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.sqlite_only(reason="backups of the SQLite file")
def test_backup_out_never_replaces_a_device_or_a_file_unasked(cli, demo_db_path, tmp_path):
    outputs = _outputs(tmp_path)
    # A character device like /dev/null, made here (as root) rather than touching the real one.
    device = tmp_path / "null-device"
    try:
        os.mknod(device, 0o666 | 0o020000, os.makedev(1, 3))
        outputs["device"] = device
    except PermissionError:
        pass  # not root: the pipe and the folder stand for every non-file
    for what, target in outputs.items():
        result = cli(
            *db_args(demo_db_path), "--user", "admin", "backup", "--out", str(target), "--overwrite"
        )
        assert result.code == 1, what
        assert "not a regular file" in result.err or "is a folder" in result.err
    if "device" in outputs:
        assert device.is_char_device()
    existing = tmp_path / "backup.db"
    existing.write_bytes(b"an older backup")
    result = cli(*db_args(demo_db_path), "--user", "admin", "backup", "--out", str(existing))
    assert result.code == 1 and existing.read_bytes() == b"an older backup"
    result = cli(
        *db_args(demo_db_path), "--user", "admin", "backup", "--out", str(existing), "--overwrite"
    )
    assert result.code == 0 and existing.read_bytes()[:15] == b"SQLite format 3"


def test_a_user_name_with_a_control_character_is_refused_on_the_command_line(cli, demo_db_path):
    result = cli(
        *db_args(demo_db_path),
        "--user",
        "admin",
        "users",
        "create",
        "mo\x1bna",
        "--role",
        "social_worker",
        "--team",
        "Team North",
    )
    assert result.code == 1 and "U+001B" in result.err and "\x1b" not in result.err
    with pytest.raises(ValidationError):
        from desktop_app.domain.plain_text import plain_text_errors

        errors = plain_text_errors({"name": "\u202e"})
        raise ValidationError(errors)
