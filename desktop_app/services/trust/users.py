"""Administration of users and teams (administrators only), and password duties."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Team, User
from desktop_app.domain.i18n import message as _
from desktop_app.domain.plain_text import plain_text_errors
from desktop_app.services import clock, settings
from desktop_app.services.actor import ROLE_LABELS, Actor, Role
from desktop_app.services.errors import HomewardError, NotFoundError, ValidationError
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import audit, auth
from desktop_app.services.trust.permissions import require_admin


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: str
    role_label: str
    team: str | None
    active: bool
    locked: bool
    must_change_password: bool
    last_login_at: datetime | None


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    municipality: str | None
    active: bool
    members: int


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFoundError(_("No user with the user name '{username}'.", username=username))
    return user


def _team_by_name(session: Session, name: str | None) -> Team | None:
    if name is None or not name.strip():
        return None
    team = session.scalar(select(Team).where(Team.name == name.strip()))
    if team is None:
        raise NotFoundError(_("No team called '{name}'.", name=name))
    return team


def list_users(session: Session, actor: Actor) -> list[UserRow]:
    require_admin(actor)
    now = clock.now()
    rows = []
    for user in session.scalars(select(User).order_by(User.username)):
        rows.append(
            UserRow(
                id=user.id,
                username=user.username,
                full_name=user.full_name,
                role=user.role,
                role_label=ROLE_LABELS.get(Role(user.role), user.role),
                team=user.team.name if user.team else None,
                active=user.active,
                locked=user.locked_until is not None and user.locked_until > now,
                must_change_password=user.must_change_password,
                last_login_at=user.last_login_at,
            )
        )
    return rows


def create_user(
    session: Session,
    actor: Actor,
    username: str,
    full_name: str,
    role: Role | str,
    initial_password: str,
    team: str | None = None,
) -> User:
    """A new account with an initial password the user must change at the first login."""
    require_admin(actor)
    team_row = _team_by_name(session, team)
    _check_role_team(role, team_row)
    return auth.create_user(
        session,
        actor,
        username,
        full_name,
        role,
        initial_password,
        team_row,
        must_change_password=True,
    )


def _check_role_team(role: Role | str, team: Team | None) -> None:
    try:
        role = Role(role)
    except ValueError:
        raise ValidationError({"role": _("'{role}' is not a role.", role=role)}) from None
    if role in (Role.SOCIAL_WORKER, Role.TEAM_LEAD) and team is None:
        raise ValidationError({"team": _("Social workers and team leads belong to a team.")})


def update_user(
    session: Session,
    actor: Actor,
    username: str,
    *,
    full_name: str | None = None,
    role: Role | str | None = None,
    team: str | None = None,
    clear_team: bool = False,
) -> User:
    require_admin(actor)
    user = _user(session, username)
    changes: dict[str, dict[str, Any]] = {}
    new_team = user.team if not (team or clear_team) else _team_by_name(session, team)
    new_role = Role(user.role) if role is None else role
    _check_role_team(new_role, new_team)
    hidden = plain_text_errors({"full_name": full_name})
    if hidden:
        raise ValidationError(hidden)
    if full_name is not None and full_name.strip() and full_name.strip() != user.full_name:
        changes["full_name"] = {"before": user.full_name, "after": full_name.strip()}
        user.full_name = full_name.strip()
    if str(Role(new_role)) != user.role:
        changes["role"] = {"before": user.role, "after": str(Role(new_role))}
        user.role = str(Role(new_role))
    if (new_team.id if new_team else None) != user.team_id:
        changes["team"] = {
            "before": user.team.name if user.team else None,
            "after": new_team.name if new_team else None,
        }
        user.team = new_team
    if changes:
        session.flush()
        audit.record(
            session,
            actor,
            "user_changed",
            entity="user",
            entity_id=user.id,
            detail={"username": user.username, "changes": changes},
        )
    return user


def set_active(session: Session, actor: Actor, username: str, active: bool) -> User:
    """Disable (or enable again) an account; a disabled user cannot log in."""
    require_admin(actor)
    user = _user(session, username)
    if not active and user.id == actor.user_id:
        raise ValidationError({"active": _("You cannot disable your own account.")})
    if not active and user.role == Role.ADMIN and _active_admins(session) <= 1:
        raise ValidationError({"active": _("The last active administrator cannot be disabled.")})
    if user.active != active:
        user.active = active
        audit.record(
            session,
            actor,
            "user_enabled" if active else "user_disabled",
            entity="user",
            entity_id=user.id,
            detail={"username": user.username},
        )
    return user


def _active_admins(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(User).where(User.role == "admin", User.active)
        )
        or 0
    )


def reset_password(
    session: Session, actor: Actor, username: str, new_password: str | None = None
) -> str:
    """Give a user a new initial password (returned), unlock the account; it must be changed."""
    require_admin(actor)
    user = _user(session, username)
    password = new_password or generate_initial_password()
    auth.validate_new_password(password)
    user.password_hash = auth.hash_password(password)
    user.must_change_password = True
    user.failed_logins = 0
    user.locked_until = None
    audit.record(
        session,
        actor,
        "password_reset",
        entity="user",
        entity_id=user.id,
        detail={"username": user.username},
    )
    return password


def unlock(session: Session, actor: Actor, username: str) -> User:
    require_admin(actor)
    user = _user(session, username)
    user.failed_logins = 0
    user.locked_until = None
    audit.record(
        session,
        actor,
        "user_unlocked",
        entity="user",
        entity_id=user.id,
        detail={"username": user.username},
    )
    return user


def log_in(database: Database, username: str, password: str) -> Actor:
    """A login in its own unit of work that keeps a failure's count and audit entry.

    (A plain `with database.session()` would roll the failure back with the error.)
    """
    session = database.factory()
    try:
        actor = auth.login(session, username, password)
        session.commit()
        return actor
    except HomewardError:
        session.commit()
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def generate_initial_password() -> str:
    # Easy to read out on the phone: no 0/O or 1/l.
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(12))


def must_change_password(session: Session, actor: Actor) -> bool:
    """True when the user still has an initial password (never in a demo database)."""
    if actor.is_system or settings.is_demo(session):
        return False
    user = session.get(User, actor.user_id)
    return bool(user and user.must_change_password)


# --- teams ----------------------------------------------------------------


def list_teams(session: Session, actor: Actor, *, include_inactive: bool = True) -> list[TeamRow]:
    """Team names are not case content: every logged-in user may list them."""
    members = dict(
        session.execute(
            select(User.team_id, func.count()).where(User.active).group_by(User.team_id)
        ).all()
    )
    query = select(Team).order_by(Team.name)
    if not include_inactive:
        query = query.where(Team.active)
    return [
        TeamRow(t.id, t.name, t.municipality, t.active, int(members.get(t.id, 0)))
        for t in session.scalars(query)
    ]


def create_team(session: Session, actor: Actor, name: str, municipality: str | None = None) -> Team:
    require_admin(actor)
    name = name.strip()
    hidden = plain_text_errors({"name": name, "municipality": municipality})
    if hidden:
        raise ValidationError(hidden)
    if not name:
        raise ValidationError({"name": _("A team needs a name.")})
    if session.scalar(select(Team.id).where(Team.name == name)) is not None:
        raise ValidationError({"name": _("There is already a team called '{name}'.", name=name)})
    team = Team(name=name, municipality=(municipality or "").strip() or None, active=True)
    session.add(team)
    session.flush()
    audit.record(
        session,
        actor,
        "team_created",
        entity="team",
        entity_id=team.id,
        detail={"name": name, "municipality": team.municipality},
    )
    return team


def update_team(
    session: Session,
    actor: Actor,
    name: str,
    *,
    new_name: str | None = None,
    municipality: str | None = None,
    active: bool | None = None,
) -> Team:
    require_admin(actor)
    team = _team_by_name(session, name)
    assert team is not None
    hidden = plain_text_errors({"name": new_name, "municipality": municipality})
    if hidden:
        raise ValidationError(hidden)
    changes: dict[str, dict[str, Any]] = {}
    if new_name is not None and new_name.strip() and new_name.strip() != team.name:
        clash = session.scalar(select(Team.id).where(Team.name == new_name.strip()))
        if clash is not None:
            raise ValidationError(
                {"name": _("There is already a team called '{new_name}'.", new_name=new_name)}
            )
        changes["name"] = {"before": team.name, "after": new_name.strip()}
        team.name = new_name.strip()
    if municipality is not None and (municipality.strip() or None) != team.municipality:
        changes["municipality"] = {"before": team.municipality, "after": municipality.strip()}
        team.municipality = municipality.strip() or None
    if active is not None and active != team.active:
        changes["active"] = {"before": team.active, "after": active}
        team.active = active
    if changes:
        audit.record(
            session,
            actor,
            "team_changed",
            entity="team",
            entity_id=team.id,
            detail={"changes": changes},
        )
    return team
