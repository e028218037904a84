"""Every cell of DESIGN.md's permission matrix, through the services and the command line.

Demo users: worker (Team North social worker), worker2 (Team South social
worker), lead (Team North lead), coordinator, admin.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Case, Note, Team, User, WorkerAssignment
from desktop_app.services import settings
from desktop_app.services.actor import Actor
from desktop_app.services.cases import editing, opening
from desktop_app.services.errors import PermissionDeniedError
from desktop_app.services.exchange import subject_export
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import audit_query, backup, retention, users
from tests.support.backends import database_url_for

ROLES = ("worker", "worker2", "lead", "coordinator", "admin")


@dataclass(frozen=True)
class Refs:
    own: str  # a Team North case assigned to `worker`, with a confidential note
    north: str  # a Team North case not assigned to `worker`
    south: str  # a Team South case not assigned to `worker2`
    south_of_worker2: str  # a Team South case assigned to `worker2`


def _refs(db: Database) -> Refs:
    with db.session() as session:
        team = {t.name: t.id for t in session.scalars(select(Team))}
        user = {u.username: u.id for u in session.scalars(select(User))}

        def assigned(username: str) -> set[int]:
            return set(
                session.scalars(
                    select(WorkerAssignment.case_id).where(
                        WorkerAssignment.user_id == user[username],
                        WorkerAssignment.end_date.is_(None),
                    )
                )
            )

        mine = assigned("worker")
        mine2 = assigned("worker2")
        north = list(
            session.scalars(
                select(Case).where(Case.team_id == team["Team North"]).order_by(Case.id)
            )
        )
        south = list(
            session.scalars(
                select(Case).where(Case.team_id == team["Team South"]).order_by(Case.id)
            )
        )
        own = next(c for c in north if c.id in mine)
        other_north = next(c for c in north if c.id not in mine)
        other_south = next(c for c in south if c.id not in mine2)
        own2 = next(c for c in south if c.id in mine2)
        # A confidential note on the worker's own case.
        session.add(
            Note(
                case_id=own.id,
                author_id=user["worker"],
                note_date=own.created_at.date(),
                kind="meeting",
                text="Synthetic confidential remark",
                confidential=True,
                created_at=own.created_at,
            )
        )
        return Refs(own.reference, other_north.reference, other_south.reference, own2.reference)


@pytest.fixture
def refs(demo_db: Database) -> Refs:
    return _refs(demo_db)


class _Actors(dict[str, Actor]):
    """Logs a demo user in the first time a test asks for them.

    A login writes, so ask before a unit of work has started writing.
    """

    def __init__(self, login: Callable[[str], Actor]) -> None:
        super().__init__()
        self._login = login

    def __missing__(self, name: str) -> Actor:
        self[name] = self._login(name)
        return self[name]


@pytest.fixture
def actors(login: Callable[[str], Actor]) -> dict[str, Actor]:
    return _Actors(login)


def _can_read(db: Database, actor: Actor, reference: str) -> bool:
    try:
        with db.session() as session:
            opening.open_case(session, actor, reference)
        return True
    except PermissionDeniedError:
        return False


def _can_edit(db: Database, actor: Actor, reference: str) -> bool:
    try:
        with db.session() as session:
            case = session.scalar(select(Case).where(Case.reference == reference))
            assert case is not None
            editing.update_case(
                session, actor, reference, case.version, {"legal_guardian": "Synthetic Guardian"}
            )
        return True
    except PermissionDeniedError:
        return False


# --- read / edit a case ----------------------------------------------------

READ_EXPECTED = {
    # (user, which case): may read
    ("worker", "own"): True,
    ("worker", "north"): False,
    ("worker", "south"): False,
    ("worker2", "own"): False,
    ("worker2", "south_of_worker2"): True,
    ("lead", "own"): True,
    ("lead", "north"): True,
    ("lead", "south"): False,
    ("coordinator", "own"): True,
    ("coordinator", "north"): True,
    ("coordinator", "south"): True,
    ("admin", "own"): False,
    ("admin", "south"): False,
}

EDIT_EXPECTED = {
    ("worker", "own"): True,
    ("worker", "north"): False,
    ("worker", "south"): False,
    ("worker2", "own"): False,
    ("worker2", "south_of_worker2"): True,
    ("lead", "north"): True,
    ("lead", "own"): True,
    ("lead", "south"): False,
    ("coordinator", "own"): False,
    ("coordinator", "south"): False,
    ("admin", "own"): False,
}


@pytest.mark.parametrize(("user", "which"), list(READ_EXPECTED))
def test_read_a_case_through_the_service(
    demo_db: Database, actors: dict[str, Actor], refs: Refs, user: str, which: str
) -> None:
    assert _can_read(demo_db, actors[user], getattr(refs, which)) is READ_EXPECTED[(user, which)]


@pytest.mark.parametrize(("user", "which"), list(EDIT_EXPECTED))
def test_edit_a_case_through_the_service(
    demo_db: Database, actors: dict[str, Actor], refs: Refs, user: str, which: str
) -> None:
    reference = getattr(refs, which)
    allowed = _can_edit(demo_db, actors[user], reference)
    assert allowed is EDIT_EXPECTED[(user, which)]
    with demo_db.session() as session:
        case = session.scalar(select(Case).where(Case.reference == reference))
        assert case is not None
        assert (case.legal_guardian == "Synthetic Guardian") is allowed


def test_a_refused_edit_changes_nothing_and_is_audited(
    demo_db: Database, actors: dict[str, Actor], refs: Refs
) -> None:
    with demo_db.session() as session:
        before = session.scalar(select(Case).where(Case.reference == refs.south))
        assert before is not None
        guardian, version = before.legal_guardian, before.version
    assert _can_edit(demo_db, actors["worker"], refs.south) is False
    with demo_db.session() as session:
        after = session.scalar(select(Case).where(Case.reference == refs.south))
        assert after is not None
        assert (after.legal_guardian, after.version) == (guardian, version)
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None and last.action == "permission_denied"
        assert last.username == "worker" and last.case_id == after.id


# --- confidential notes ---------------------------------------------------


@pytest.mark.parametrize(
    ("user", "sees"), [("worker", True), ("lead", True), ("coordinator", False)]
)
def test_confidential_notes(
    demo_db: Database, actors: dict[str, Actor], refs: Refs, user: str, sees: bool
) -> None:
    with demo_db.session() as session:
        record = opening.open_case(session, actors[user], refs.own)
    texts = [n.text for n in record.notes]
    assert ("Synthetic confidential remark" in texts) is sees
    assert record.can_see_confidential is sees
    if not sees:
        assert record.hidden_confidential_notes >= 1


def test_confidential_notes_admin_has_no_case_content(
    demo_db: Database, actors: dict[str, Actor], refs: Refs
) -> None:
    with pytest.raises(PermissionDeniedError), demo_db.session() as session:
        opening.open_case(session, actors["admin"], refs.own)


# --- users, settings, backup: admin only ------------------------------------


def _admin_duties(db: Database, actor: Actor, tmp: Path) -> dict[str, bool]:
    outcomes: dict[str, bool] = {}

    def attempt(name: str, fn: Callable[[], object]) -> None:
        try:
            fn()
            outcomes[name] = True
        except PermissionDeniedError:
            outcomes[name] = False

    def with_session(fn: Callable[..., object]) -> Callable[[], object]:
        def run() -> object:
            with db.session() as session:
                return fn(session)

        return run

    attempt("list users", with_session(lambda s: users.list_users(s, actor)))
    attempt(
        "create user",
        with_session(
            lambda s: users.create_user(
                s,
                actor,
                f"new.{actor.username}",
                "New Person",
                "social_worker",
                "initial-pass-1",
                "Team North",
            )
        ),
    )
    attempt("reset password", with_session(lambda s: users.reset_password(s, actor, "worker2")))
    attempt("disable user", with_session(lambda s: users.set_active(s, actor, "nanna", False)))
    attempt(
        "create team", with_session(lambda s: users.create_team(s, actor, f"Team {actor.username}"))
    )
    attempt(
        "settings",
        with_session(lambda s: settings.update_settings(s, actor, {"lockout_minutes": 20})),
    )
    if db.path is not None:  # a server is backed up with its own tools (pg_dump)
        attempt("backup", lambda: backup.backup(db, actor, tmp / f"{actor.username}.db"))
    attempt("check", lambda: backup.check(db, actor))
    return outcomes


@pytest.mark.parametrize("user", ROLES)
def test_users_settings_backup_are_admin_duties(
    demo_db: Database, actors: dict[str, Actor], tmp_path: Path, user: str
) -> None:
    outcomes = _admin_duties(demo_db, actors[user], tmp_path)
    expected = user == "admin"
    assert outcomes == dict.fromkeys(outcomes, expected)
    if demo_db.path is not None:
        assert "backup" in outcomes
        assert (tmp_path / f"{user}.db").exists() is expected
    else:
        with pytest.raises(PermissionDeniedError if user != "admin" else backup.BackupError):
            backup.backup(demo_db, actors[user], tmp_path / f"{user}.db")


@pytest.mark.sqlite_only(reason="restoring a SQLite file; a server is restored with its own tools")
def test_restore_is_an_admin_duty(
    demo_db: Database, actors: dict[str, Actor], tmp_path: Path
) -> None:
    saved = backup.backup(demo_db, actors["admin"], tmp_path / "saved.db").path
    for user in ("worker", "lead", "coordinator"):
        with pytest.raises(PermissionDeniedError):
            backup.restore(demo_db, actors[user], saved, confirmed=True)
    assert not list(tmp_path.glob("demo.replaced-*"))


# --- data-protection duties (our decision; README "Data protection") -----------


@pytest.mark.parametrize(
    ("user", "which", "allowed"),
    [
        ("worker", "own", False),
        ("lead", "own", True),
        ("lead", "south", False),
        ("coordinator", "south", True),
        ("admin", "own", False),
    ],
)
def test_subject_export_permissions(
    demo_db: Database,
    actors: dict[str, Actor],
    refs: Refs,
    tmp_path: Path,
    user: str,
    which: str,
    allowed: bool,
) -> None:
    reference = getattr(refs, which)
    try:
        with demo_db.session() as session:
            subject_export.export_subject(session, actors[user], reference, tmp_path / "out")
        done = True
    except PermissionDeniedError:
        done = False
    assert done is allowed
    assert (tmp_path / "out" / f"{reference}.json").exists() is allowed


@pytest.mark.parametrize(
    ("user", "allowed"),
    [("worker", False), ("lead", True), ("coordinator", True), ("admin", False)],
)
def test_retention_review_permissions(
    demo_db: Database, actors: dict[str, Actor], user: str, allowed: bool
) -> None:
    try:
        with demo_db.session() as session:
            retention.review(session, actors[user])
        done = True
    except PermissionDeniedError:
        done = False
    assert done is allowed


@pytest.mark.parametrize(
    ("user", "allowed"),
    [("worker", False), ("lead", True), ("coordinator", True), ("admin", True)],
)
def test_audit_log_readers(
    demo_db: Database, actors: dict[str, Actor], user: str, allowed: bool
) -> None:
    try:
        with demo_db.session() as session:
            audit_query.query(session, actors[user], audit_query.AuditFilter())
        done = True
    except PermissionDeniedError:
        done = False
    assert done is allowed


# --- the same through the command line -------------------------------------


def _visible_refs(cli: Callable[..., object], db: Path, user: str) -> set[str] | None:
    res = cli("cases", "--db", str(db), "--user", user, "--format", "json", "--include-closed")
    if res.code != 0:  # type: ignore[attr-defined]
        assert "Permission denied" in res.err  # type: ignore[attr-defined]
        return None
    return {r["reference"] for r in json.loads(res.out)}  # type: ignore[attr-defined]


def test_cli_caseload_shows_exactly_what_each_role_may_read(
    cli: Callable[..., object], demo_db: Database, demo_db_path: Path, refs: Refs
) -> None:
    with demo_db.session() as session:
        team = {t.name: t.id for t in session.scalars(select(Team))}
        all_refs = set(session.scalars(select(Case.reference)))
        north = set(
            session.scalars(select(Case.reference).where(Case.team_id == team["Team North"]))
        )
        worker_id = session.scalar(select(User.id).where(User.username == "worker"))
        own = set(
            session.scalars(
                select(Case.reference)
                .join(WorkerAssignment, WorkerAssignment.case_id == Case.id)
                .where(WorkerAssignment.user_id == worker_id, WorkerAssignment.end_date.is_(None))
            )
        )
    assert _visible_refs(cli, demo_db_path, "worker") == own
    assert _visible_refs(cli, demo_db_path, "lead") == north
    assert _visible_refs(cli, demo_db_path, "coordinator") == all_refs
    assert _visible_refs(cli, demo_db_path, "admin") is None
    assert refs.own in own and refs.south not in north


@pytest.mark.parametrize("user", ROLES)
def test_cli_admin_duties(
    cli: Callable[..., object], demo_db_path: Path, tmp_path: Path, user: str
) -> None:
    expected = 0 if user == "admin" else 1
    commands = [
        ("users", "list"),
        ("users", "reset-password", "worker2"),
        ("teams", "create", f"Team of {user}"),
        ("check",),
    ]
    if database_url_for(demo_db_path) is None:  # a server is backed up with pg_dump
        commands.append(("backup", "--out", str(tmp_path / f"{user}.db")))
    for command in commands:
        res = cli(*command, "--db", str(demo_db_path), "--user", user)
        assert res.code == expected, (command, res.err)  # type: ignore[attr-defined]
        if expected:
            assert "Permission denied" in res.err  # type: ignore[attr-defined]
            assert "Traceback" not in res.err  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("user", "which", "code"),
    [
        ("worker", "own", 1),
        ("lead", "own", 0),
        ("lead", "south", 1),
        ("coordinator", "south", 0),
        ("admin", "own", 1),
    ],
)
def test_cli_export_subject(
    cli: Callable[..., object],
    demo_db: Database,
    demo_db_path: Path,
    refs: Refs,
    tmp_path: Path,
    user: str,
    which: str,
    code: int,
) -> None:
    reference = getattr(refs, which)
    res = cli(
        "export",
        "subject",
        reference,
        "--out",
        str(tmp_path / "x"),
        "--db",
        str(demo_db_path),
        "--user",
        user,
    )
    assert res.code == code, res.err  # type: ignore[attr-defined]
    assert (tmp_path / "x" / f"{reference}.pdf").exists() is (code == 0)


def test_cli_denials_are_audited(
    cli: Callable[..., object], demo_db: Database, demo_db_path: Path
) -> None:
    res = cli("users", "list", "--db", str(demo_db_path), "--user", "lead")
    assert res.code == 1  # type: ignore[attr-defined]
    with demo_db.session() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None
        assert (last.action, last.username) == ("permission_denied", "lead")


# --- reassign, print, reports, import (services of the team, printing and import work) --


def _allowed(db: Database, fn: Callable[[object], object]) -> bool:
    try:
        with db.session() as session:
            fn(session)
        return True
    except PermissionDeniedError:
        return False


@pytest.mark.parametrize(
    ("user", "which", "to", "allowed"),
    [
        ("worker", "own", "mikkel", False),
        ("lead", "north", "mikkel", True),
        ("lead", "south", "ida", False),
        ("coordinator", "south", "ida", True),
        ("admin", "own", "mikkel", False),
    ],
)
def test_reassign_a_case(
    demo_db: Database,
    actors: dict[str, Actor],
    refs: Refs,
    user: str,
    which: str,
    to: str,
    allowed: bool,
) -> None:
    from desktop_app.services.team import reassignment

    reference = getattr(refs, which)
    done = _allowed(
        demo_db,
        lambda s: reassignment.reassign(
            s, actors[user], reference, to, "Synthetic handover note", reason="Synthetic reason"
        ),
    )
    assert done is allowed
    with demo_db.session() as session:
        case = session.scalar(select(Case).where(Case.reference == reference))
        assert case is not None and case.primary_worker is not None
        assert (case.primary_worker.username == to) is allowed


PRINT_EXPECTED = [
    ("worker", "own", True),
    ("worker", "north", False),
    ("lead", "north", True),
    ("lead", "south", False),
    ("coordinator", "south", True),
    ("admin", "own", False),
]


@pytest.mark.parametrize(("user", "which", "allowed"), PRINT_EXPECTED)
def test_print_a_case_summary(
    demo_db: Database, actors: dict[str, Actor], refs: Refs, user: str, which: str, allowed: bool
) -> None:
    from desktop_app.services.report_data import case_documents

    reference = getattr(refs, which)
    assert (
        _allowed(demo_db, lambda s: case_documents.case_summary(s, actors[user], reference))
        is allowed
    )


@pytest.mark.parametrize(
    ("user", "which", "allowed"),
    [
        ("worker", "own", False),
        ("lead", "north", True),
        ("lead", "south", False),
        ("coordinator", "south", True),
        ("admin", "own", False),
    ],
)
def test_handover_reports(
    demo_db: Database, actors: dict[str, Actor], refs: Refs, user: str, which: str, allowed: bool
) -> None:
    from desktop_app.services.report_data import case_documents

    reference = getattr(refs, which)
    assert (
        _allowed(demo_db, lambda s: case_documents.handover(s, actors[user], reference)) is allowed
    )


@pytest.mark.parametrize(
    ("user", "allowed"),
    [("worker", False), ("lead", True), ("coordinator", True), ("admin", False)],
)
def test_planning_reports(
    demo_db: Database, actors: dict[str, Actor], user: str, allowed: bool
) -> None:
    from desktop_app.services.team import planning

    assert _allowed(demo_db, lambda s: planning.monthly_figures(s, actors[user], 3)) is allowed


def test_planning_of_a_team_lead_covers_only_their_team(
    demo_db: Database, actors: dict[str, Actor]
) -> None:
    from desktop_app.services.team import planning

    lead, coordinator = actors["lead"], actors["coordinator"]
    with demo_db.session() as session:
        lead_total = sum(
            sum(r.as_contract()[k] for k in ("turns_18", "permit_expiry", "placement_end"))
            for r in planning.monthly_figures(session, lead, 12)
        )
        all_total = sum(
            sum(r.as_contract()[k] for k in ("turns_18", "permit_expiry", "placement_end"))
            for r in planning.monthly_figures(session, coordinator, 12)
        )
    assert 0 < lead_total < all_total


IMPORT_CSV = "given_name,family_name,date_of_birth\nSara,Synthetic,2009-04-02\n"


@pytest.mark.parametrize(
    ("user", "allowed"),
    [("worker", False), ("lead", True), ("coordinator", True), ("admin", False)],
)
def test_import_a_caseload(
    demo_db: Database, actors: dict[str, Actor], tmp_path: Path, user: str, allowed: bool
) -> None:
    from desktop_app.services.exchange import importer

    source = tmp_path / "import.csv"
    source.write_text(IMPORT_CSV, encoding="utf-8")
    team = None if user == "lead" else "Team South"
    assert (
        _allowed(
            demo_db,
            lambda s: importer.import_cases(
                s, actors[user], source, default_team=team, dry_run=True
            ),
        )
        is allowed
    )


@pytest.mark.parametrize(
    ("user", "code"), [("worker", 1), ("lead", 0), ("coordinator", 0), ("admin", 1)]
)
def test_cli_reassign_print_planning_import(
    cli: Callable[..., object],
    demo_db_path: Path,
    refs: Refs,
    tmp_path: Path,
    user: str,
    code: int,
) -> None:
    db = ("--db", str(demo_db_path), "--user", user)
    source = tmp_path / "import.csv"
    source.write_text(IMPORT_CSV, encoding="utf-8")
    commands = [
        ("print", "handover", refs.north, "--out", str(tmp_path / "handover.pdf")),
        ("planning", "--months", "3", "--format", "json"),
        ("import", "cases", str(source), "--dry-run"),
        (
            "reassign",
            refs.north,
            "--to",
            "mikkel",
            "--note",
            "Synthetic note",
            "--reason",
            "Synthetic",
        ),
    ]
    for command in commands:
        res = cli(*command, *db)
        assert res.code == code, (command, res.err)  # type: ignore[attr-defined]
        if code:
            assert "Permission denied" in res.err, (command, res.err)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("user", "which", "allowed"), PRINT_EXPECTED)
def test_cli_print_case_summary(
    cli: Callable[..., object],
    demo_db_path: Path,
    refs: Refs,
    tmp_path: Path,
    user: str,
    which: str,
    allowed: bool,
) -> None:
    out = tmp_path / "summary.pdf"
    res = cli(
        "print",
        "case-summary",
        getattr(refs, which),
        "--out",
        str(out),
        "--db",
        str(demo_db_path),
        "--user",
        user,
    )
    assert res.code == (0 if allowed else 1), res.err  # type: ignore[attr-defined]
    assert out.exists() is allowed


@pytest.mark.parametrize(
    ("user", "which", "to_team", "allowed"),
    [
        ("worker", "own", "Team South", False),
        ("lead", "north", "Team South", True),
        ("lead", "south", "Team North", False),
        ("coordinator", "south", "Team North", True),
        ("admin", "own", "Team South", False),
    ],
)
def test_transfer_records_coordinator_edits_them_across_teams(
    demo_db: Database,
    actors: dict[str, Actor],
    refs: Refs,
    user: str,
    which: str,
    to_team: str,
    allowed: bool,
) -> None:
    """The coordinator edits no case content, but does edit handover and transfer records."""
    from desktop_app.services.team import moves

    reference = getattr(refs, which)
    assert (
        _allowed(
            demo_db,
            lambda s: moves.request_transfer(
                s, actors[user], reference, to_team, "Synthetic reason for the move"
            ),
        )
        is allowed
    )
