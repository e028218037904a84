"""Accounts: administration of users and teams, initial passwords, lockout, settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, User
from desktop_app.services import clock, settings
from desktop_app.services.actor import SYSTEM, Actor, Role
from desktop_app.services.errors import AuthenticationError, ValidationError
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import auth, users


@pytest.fixture
def admin(db: Database) -> Actor:
    with db.session() as session:
        user = auth.create_user(
            session,
            SYSTEM,
            "boss",
            "Boss Admin",
            Role.ADMIN,
            "admin-password-1",
            must_change_password=False,
        )
        users.create_team(session, SYSTEM, "Team East", "Eastville")
        return auth.actor_for(user)


@pytest.mark.real_password_cost
def test_argon2_hashes_only(db: Database, admin: Actor) -> None:
    with db.session() as session:
        users.create_user(
            session, admin, "sam", "Sam Worker", "social_worker", "initial-1234", "Team East"
        )
    with db.session() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "sam"))
    assert stored is not None and stored.startswith("$argon2id$")
    assert "initial-1234" not in stored
    # A real account gets argon2id's full cost: 64 MiB, three passes, four lanes.
    assert stored.split("$")[3] == "m=65536,t=3,p=4"


def test_created_user_must_change_the_initial_password(db: Database, admin: Actor) -> None:
    with db.session() as session:
        users.create_user(
            session, admin, "sam", "Sam Worker", "social_worker", "initial-1234", "Team East"
        )
    with db.session() as session:
        sam = auth.login(session, "sam", "initial-1234")
        assert users.must_change_password(session, sam) is True
    with db.session() as session:
        auth.change_password(session, sam, "initial-1234", "my-own-password")
    with db.session() as session:
        sam = auth.login(session, "sam", "my-own-password")
        assert users.must_change_password(session, sam) is False


def test_cli_refuses_work_until_the_initial_password_is_changed(
    cli: Callable[..., object],
    db: Database,
    db_path: Path,
    admin: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.session() as session:
        users.create_user(
            session, admin, "sam", "Sam Worker", "social_worker", "initial-1234", "Team East"
        )
    res = cli("cases", "--db", str(db_path), "--user", "sam", password="initial-1234")
    assert res.code == 1 and "initial password" in res.err  # type: ignore[attr-defined]
    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "short")
    res = cli("password", "--db", str(db_path), "--user", "sam", password="initial-1234")
    assert res.code == 1 and "at least 8" in res.err  # type: ignore[attr-defined]
    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "a-better-password")
    res = cli("password", "--db", str(db_path), "--user", "sam", password="initial-1234")
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    res = cli("cases", "--db", str(db_path), "--user", "sam", password="a-better-password")
    assert res.code == 0, res.err  # type: ignore[attr-defined]


def test_demo_databases_are_excepted(demo_db: Database, login: Callable[[str], Actor]) -> None:
    with demo_db.session() as session:
        session.execute(User.__table__.update().values(must_change_password=True))
    worker = login("worker")
    with demo_db.session() as session:
        assert users.must_change_password(session, worker) is False


def test_disable_and_enable(db: Database, admin: Actor) -> None:
    with db.session() as session:
        users.create_user(
            session, admin, "sam", "Sam", "social_worker", "initial-1234", "Team East"
        )
        users.set_active(session, admin, "sam", False)
    with pytest.raises(AuthenticationError), db.session() as session:
        auth.login(session, "sam", "initial-1234")
    with db.session() as session:
        users.set_active(session, admin, "sam", True)
    with db.session() as session:
        auth.login(session, "sam", "initial-1234")


def test_the_last_administrator_and_oneself_cannot_be_disabled(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="own account"), db.session() as session:
        users.set_active(session, admin, "boss", False)
    with pytest.raises(ValidationError, match="last active administrator"), db.session() as session:
        users.set_active(session, SYSTEM, "boss", False)


def test_reset_password_unlocks_and_forces_a_change(db: Database, admin: Actor) -> None:
    with db.session() as session:
        users.create_user(
            session, admin, "sam", "Sam", "social_worker", "initial-1234", "Team East"
        )
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            users.log_in(db, "sam", "wrong")
    with pytest.raises(AuthenticationError, match="locked"):
        users.log_in(db, "sam", "initial-1234")
    with db.session() as session:
        new = users.reset_password(session, admin, "sam")
        assert users.list_users(session, admin)[-1].locked is False
    with db.session() as session:
        sam = auth.login(session, "sam", new)
        assert users.must_change_password(session, sam)


def test_lockout_follows_the_configured_attempts_and_minutes(db: Database, admin: Actor) -> None:
    with db.session() as session:
        users.create_user(
            session, admin, "sam", "Sam", "social_worker", "initial-1234", "Team East"
        )
        settings.update_settings(session, admin, {"lockout_attempts": 2, "lockout_minutes": 3})
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            users.log_in(db, "sam", "wrong")
    with db.session() as session:
        locked_until = session.scalar(select(User.locked_until).where(User.username == "sam"))
    assert locked_until is not None
    assert timedelta(minutes=2) < locked_until - clock.now() <= timedelta(minutes=3)
    with pytest.raises(AuthenticationError, match="locked"):
        users.log_in(db, "sam", "initial-1234")
    with db.session() as session:
        failed = list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == "login_failed"))
        )
    assert len(failed) == 3


def test_settings_are_validated_all_or_nothing(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as info, db.session() as session:
        settings.update_settings(
            session, admin, {"idle_lock_minutes": 5, "lockout_attempts": "many", "backup_keep": 0}
        )
    assert set(info.value.errors) == {"lockout_attempts", "backup_keep"}
    with db.session() as session:
        assert settings.get(session, "idle_lock_minutes") == 15
        settings.update_settings(session, admin, {"idle_lock_minutes": 5})
    with db.session() as session:
        assert settings.get(session, "idle_lock_minutes") == 5
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None and last.action == "settings_changed"
        assert last.detail["changes"]["idle_lock_minutes"] == {"before": 15, "after": 5}


def test_user_validation(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="team"), db.session() as session:
        users.create_user(session, admin, "t", "T", "social_worker", "initial-1234", None)
    with pytest.raises(ValidationError, match="8 characters"), db.session() as session:
        users.create_user(session, admin, "t", "T", "coordinator", "short")
    with db.session() as session:
        users.create_user(session, admin, "t", "T", "coordinator", "initial-1234")
    with pytest.raises(ValidationError, match="taken"), db.session() as session:
        users.create_user(session, admin, "t", "T", "coordinator", "initial-1234")


def test_teams_and_user_changes_are_audited(db: Database, admin: Actor) -> None:
    with db.session() as session:
        users.create_user(
            session, admin, "sam", "Sam", "social_worker", "initial-1234", "Team East"
        )
        users.create_team(session, admin, "Team West", "Westford")
        users.update_user(session, admin, "sam", role="team_lead", team="Team West")
        users.update_team(session, admin, "Team East", active=False)
    with db.session() as session:
        rows = {t.name: t for t in users.list_teams(session, admin)}
        assert rows["Team West"].members == 1 and rows["Team East"].active is False
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-4:] == ["user_created", "team_created", "user_changed", "team_changed"]
    with pytest.raises(ValidationError, match="already a team"), db.session() as session:
        users.create_team(session, admin, "Team West")


def test_cli_user_administration(
    cli: Callable[..., object], demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ("--db", str(demo_db_path))
    monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "first-password-9")
    res = cli(
        "users",
        "create",
        "ulla",
        "--role",
        "social_worker",
        "--team",
        "Team North",
        *db,
        "--user",
        "admin",
    )
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    res = cli("users", "disable", "ulla", *db, "--user", "admin")
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    res = cli("cases", *db, "--user", "ulla", password="first-password-9")
    assert res.code == 1 and "not correct" in res.err  # type: ignore[attr-defined]
    res = cli("users", "list", "--format", "json", *db, "--user", "admin")
    assert res.code == 0  # type: ignore[attr-defined]
    assert '"username": "ulla"' in res.out  # type: ignore[attr-defined]
    res = cli("users", "create", "x", "--role", "wizard", *db, "--user", "admin")
    assert res.code == 2  # type: ignore[attr-defined]


def test_transition_rules_and_checklist_are_admin_settings(
    demo_db: Database, login: Callable[[str], Actor]
) -> None:
    from desktop_app.db.models import Transition
    from desktop_app.services.errors import PermissionDeniedError

    admin = login("admin")
    with demo_db.session() as session:
        before = {
            (t.case_id, t.kind): t
            for t in session.scalars(select(Transition).where(Transition.kind == "aftercare_end"))
        }
        readiness_before = {t.id: t.readiness for t in session.scalars(select(Transition))}
    assert before
    with pytest.raises(PermissionDeniedError), demo_db.session() as session:
        settings.update_rules(session, login("lead"), {"aftercare_end_age": 23})
    with pytest.raises(ValidationError) as info, demo_db.session() as session:
        settings.update_rules(session, admin, {"aftercare_end_age": 99, "move_out_days": "x"})
    assert set(info.value.errors) == {"aftercare_end_age", "move_out_days"}
    with demo_db.session() as session:
        assert settings.update_rules(session, admin, {"aftercare_end_age": 23}) == 60
    with demo_db.session() as session:
        for (case_id, kind), old in before.items():
            new = session.scalar(
                select(Transition).where(Transition.case_id == case_id, Transition.kind == kind)
            )
            assert new is not None
            assert new.due_date.year == old.due_date.year + 2
    with pytest.raises(ValidationError, match="Housing secured"), demo_db.session() as session:
        settings.update_checklist(session, admin, ["income"])
    with demo_db.session() as session:
        settings.update_checklist(session, admin, ["housing_secured", "income", "bank_account"])
    with demo_db.session() as session:
        # The adults' open transitions now count the chosen items (a permit its renewal in
        # housing's place); what was resolved keeps the readiness it had, as history.
        rows = list(session.scalars(select(Transition).where(Transition.status == "open")))
        adults = [t for t in rows if t.age_group == "adult"]
        assert adults
        assert all(
            set(t.missing.split(";")) - {""} <= {t.secure_item, "income", "bank_account"}
            for t in adults
        )
        assert {t.readiness for t in rows} != {readiness_before[t.id] for t in rows}
        resolved = list(session.scalars(select(Transition).where(Transition.status != "open")))
        assert resolved and all(t.readiness == readiness_before[t.id] for t in resolved)
        last = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "settings_changed")
            .order_by(AuditEntry.id.desc())
        ).first()
        assert last is not None and "checklist_template" in last.detail
