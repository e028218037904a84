"""Accounts and logins: argon2 hashes, lockout after repeated failures."""

from __future__ import annotations

import secrets
from datetime import timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Team, User
from desktop_app.domain.i18n import message as _
from desktop_app.domain.plain_text import plain_text_errors
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import AuthenticationError, ValidationError
from desktop_app.services.trust import audit

_hasher = PasswordHasher()
# Demo databases create many users at once; a cheaper (still argon2) hash keeps that quick.
_demo_hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)

MIN_PASSWORD_LENGTH = 8


def hash_password(password: str, *, demo: bool = False) -> str:
    return (_demo_hasher if demo else _hasher).hash(password)


def actor_for(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        role=Role(user.role),
        team_id=user.team_id,
        full_name=user.full_name,
    )


@cache
def _stand_in_hash() -> str:
    """A hash no password matches, checked for unknown names so they take as long as known ones."""
    return _hasher.hash(secrets.token_hex(16))


def _login_refused() -> AuthenticationError:
    # One answer for an unknown name, a disabled or locked account and a wrong password,
    # so the answer tells nobody which user names exist (the audit log keeps the reason).
    return AuthenticationError(
        _(
            "The user name or password is not correct, or the account is locked after repeated failed logins (an administrator can unlock it)."
        )
    )


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(password_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def login(session: Session, username: str, password: str) -> Actor:
    """Check a user name and password; failures are counted, audited and lock the account.

    Every refusal answers the same and costs the same password hash, known user or not.
    """
    user = session.scalar(select(User).where(User.username == username))
    now = clock.now()
    if user is None or not user.active:
        _password_matches(_stand_in_hash(), password)
        audit.record(
            session,
            None,
            "login_failed",
            username=username,
            detail={"reason": "unknown or disabled user"},
        )
        raise _login_refused()
    if user.locked_until is not None and user.locked_until > now:
        _password_matches(user.password_hash, password)
        audit.record(session, None, "login_failed", username=username, detail={"reason": "locked"})
        raise _login_refused()
    if not _password_matches(user.password_hash, password):
        user.failed_logins += 1
        limit = settings.lockout_attempts(session)
        if user.failed_logins >= limit:
            user.locked_until = now + timedelta(minutes=settings.lockout_minutes(session))
            user.failed_logins = 0
        audit.record(
            session, None, "login_failed", username=username, detail={"reason": "wrong password"}
        )
        raise _login_refused()
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    if _hasher.check_needs_rehash(user.password_hash) and not settings.is_demo(session):
        user.password_hash = hash_password(password)
    actor = actor_for(user)
    audit.record(session, actor, "login")
    return actor


def validate_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            {
                "password": _(
                    "The password needs at least {min_password_length} characters.",
                    min_password_length=MIN_PASSWORD_LENGTH,
                )
            }
        )


def create_user(
    session: Session,
    actor: Actor,
    username: str,
    full_name: str,
    role: Role | str,
    password: str,
    team: Team | None = None,
    *,
    must_change_password: bool = True,
    demo: bool = False,
) -> User:
    from desktop_app.services.trust.permissions import require_admin

    require_admin(actor)
    username = username.strip()
    errors: dict[str, str] = plain_text_errors({"username": username, "full_name": full_name})
    if "username" not in errors:
        if not username:
            errors["username"] = _("A user name is needed.")
        elif session.scalar(select(User.id).where(User.username == username)) is not None:
            errors["username"] = _("The user name '{username}' is taken.", username=username)
    try:
        role = Role(role)
    except ValueError:
        errors["role"] = _("'{role}' is not a role.", role=role)
    if not demo:
        try:
            validate_new_password(password)
        except ValidationError as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    user = User(
        username=username,
        full_name=full_name.strip() or username,
        role=str(role),
        team=team,
        password_hash=hash_password(password, demo=demo),
        must_change_password=must_change_password,
        active=True,
        failed_logins=0,
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor,
        "user_created",
        entity="user",
        entity_id=user.id,
        detail={"username": username, "role": str(role)},
    )
    return user


def change_password(session: Session, actor: Actor, old_password: str, new_password: str) -> None:
    user = session.get(User, actor.user_id)
    if user is None:
        raise AuthenticationError(_("The user no longer exists."))
    if not _password_matches(user.password_hash, old_password):
        raise AuthenticationError(_("The current password is not correct."))
    if new_password == old_password:
        # An initial password "changed" to itself would stay known to whoever set it.
        raise ValidationError(
            {"password": _("The new password must be different from the current one.")}
        )
    validate_new_password(new_password)
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    audit.record(session, actor, "password_changed", entity="user", entity_id=user.id)
