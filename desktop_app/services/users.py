"""Administration of users, teams and settings (administrators only), and password duties."""

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
from desktop_app.services import audit, auth, clock, settings
from desktop_app.services.actor import ROLE_LABELS, Actor, Role
from desktop_app.services.database import Database
from desktop_app.services.errors import HomewardError, NotFoundError, ValidationError
from desktop_app.services.permissions import require_admin


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


# --- settings -------------------------------------------------------------

# Settings an administrator edits from the administration screen or the command line.
EDITABLE_SETTINGS: dict[str, type] = {
    "organisation_name": str,
    "lockout_attempts": int,
    "lockout_minutes": int,
    "idle_lock_minutes": int,
    "backup_folder": str,
    "backup_keep": int,
    "retention_months": int,
}

SETTING_LIMITS: dict[str, tuple[int, int]] = {
    "lockout_attempts": (1, 100),
    "lockout_minutes": (1, 24 * 60),
    "idle_lock_minutes": (1, 24 * 60),
    "backup_keep": (1, 365),
    "retention_months": (1, 1200),
}

SETTING_DEFAULTS: dict[str, Any] = {"backup_folder": "", "backup_keep": 7, "retention_months": 60}


def get_setting(session: Session, key: str) -> Any:
    value = settings.get(session, key)
    return SETTING_DEFAULTS.get(key) if value is None else value


def update_settings(session: Session, actor: Actor, values: dict[str, Any]) -> None:
    """Validate every value first; nothing is saved when one is wrong."""
    require_admin(actor)
    errors: dict[str, str] = {}
    cleaned: dict[str, Any] = {}
    for key, raw in values.items():
        kind = EDITABLE_SETTINGS.get(key)
        if kind is None:
            errors[key] = _("This setting cannot be changed here.")
            continue
        if kind is int:
            try:
                number = int(str(raw).strip())
            except ValueError:
                errors[key] = _("'{raw}' is not a whole number.", raw=raw)
                continue
            low, high = SETTING_LIMITS[key]
            if not low <= number <= high:
                errors[key] = _("Must be between {low} and {high}.", low=low, high=high)
                continue
            cleaned[key] = number
        else:
            cleaned[key] = str(raw).strip()
    if errors:
        raise ValidationError(errors)
    changes = {}
    for key, value in cleaned.items():
        before = get_setting(session, key)
        if before != value:
            changes[key] = {"before": before, "after": value}
            settings.put(session, key, value)
    if changes:
        audit.record(
            session, actor, "settings_changed", entity="settings", detail={"changes": changes}
        )


# --- transition rules and the readiness checklist ---------------------------

RULE_LIMITS: dict[str, tuple[int, int]] = {
    "move_out_days": (1, 365),
    "aftercare_end_age": (18, 30),
    "permit_warning_days": (0, 730),
    "lookback_days": (0, 365),
    "red_within_days": (0, 365),
    "amber_within_days": (0, 730),
    "amber_readiness_below": (0, 100),
}


def update_rules(session: Session, actor: Actor, values: dict[str, Any]) -> int:
    """Change the transition rules (all or nothing); every case's transitions are re-derived.

    Returns the number of cases re-derived.
    """
    from dataclasses import asdict

    from desktop_app.services import transitions

    require_admin(actor)
    current = asdict(settings.transition_rules(session))
    errors: dict[str, str] = {}
    new = dict(current)
    for key, raw in values.items():
        if key not in RULE_LIMITS:
            errors[key] = _("This is not a transition rule.")
            continue
        try:
            number = int(str(raw).strip())
        except ValueError:
            errors[key] = _("'{raw}' is not a whole number.", raw=raw)
            continue
        low, high = RULE_LIMITS[key]
        if not low <= number <= high:
            errors[key] = _("Must be between {low} and {high}.", low=low, high=high)
            continue
        new[key] = number
    if not errors and new["red_within_days"] > new["amber_within_days"]:
        errors["red_within_days"] = _("Red cannot reach further ahead than amber.")
    if errors:
        raise ValidationError(errors)
    changes = {k: {"before": current[k], "after": v} for k, v in new.items() if current[k] != v}
    if not changes:
        return 0
    settings.put(session, "rules", new)
    audit.record(session, actor, "settings_changed", entity="settings", detail={"rules": changes})
    return transitions.refresh_all(session, actor)


def update_checklist(session: Session, actor: Actor, items: list[str]) -> int:
    """Choose the adults' readiness checklist for every kind at once (in the standard order);
    a permit expiry keeps its renewal in housing's place. Transitions are brought up to date."""
    from desktop_app.domain.checklist import (
        DEFAULT_CHECKLIST,
        HOUSING_SECURED,
        PERMIT_RENEWAL,
        TRANSITION_KINDS,
    )

    require_admin(actor)
    unknown = [i for i in items if i not in DEFAULT_CHECKLIST]
    if unknown:
        raise ValidationError(
            {"checklist": _("Unknown checklist items: {unknown}.", unknown=", ".join(unknown))}
        )
    if HOUSING_SECURED not in items:
        raise ValidationError(
            {"checklist": _("Housing secured is always on the checklist: the risk depends on it.")}
        )
    chosen = [i for i in DEFAULT_CHECKLIST if i in items]
    before = list(settings.checklist_template(session))
    if chosen == before:
        return 0
    templates = settings.checklist_templates(session)
    for kind in TRANSITION_KINDS:
        adult = chosen
        if kind == "permit_expiry":
            adult = [PERMIT_RENEWAL if i == HOUSING_SECURED else i for i in chosen]
        templates[kind]["adult"] = list(adult)
    settings.put(session, "checklist_templates", templates)
    audit.record(
        session,
        actor,
        "settings_changed",
        entity="settings",
        detail={"checklist_template": {"before": before, "after": chosen}},
    )
    return _bring_transitions_up_to_date(session, actor)


def update_checklist_template(
    session: Session, actor: Actor, kind: str, age_group: str, items: list[str]
) -> int:
    """Choose the checklist of one transition kind and age group (adult or minor on the due
    date); its secure item (housing, a care placement, the permit's renewal) stays on it.
    Transitions are brought up to date; returns how many cases were looked at again."""
    from desktop_app.domain.checklist import (
        AGE_GROUPS,
        CHECKLIST_LABELS,
        SECURE_ITEMS,
        TRANSITION_KINDS,
    )
    from desktop_app.domain.transitions import AgeGroup, TransitionKind, secure_item_for

    require_admin(actor)
    if kind not in TRANSITION_KINDS:
        raise ValidationError({"kind": _("'{kind}' is not a transition kind.", kind=kind)})
    if age_group not in AGE_GROUPS:
        raise ValidationError(
            {"age_group": _("'{group}' is not an age group (adult or minor).", group=age_group)}
        )
    secure = secure_item_for(TransitionKind(kind), AgeGroup(age_group)).value
    unknown = [i for i in items if i not in CHECKLIST_LABELS]
    others = [i for i in items if i in SECURE_ITEMS and i != secure]
    if unknown or others:
        raise ValidationError(
            {
                "checklist": _(
                    "Unknown checklist items: {unknown}.", unknown=", ".join(unknown + others)
                )
            }
        )
    if secure not in items:
        raise ValidationError(
            {
                "checklist": _(
                    "'{item}' is always on this checklist: the risk depends on it.",
                    item=CHECKLIST_LABELS[secure],
                )
            }
        )
    chosen = list(dict.fromkeys(items))
    templates = settings.checklist_templates(session)
    before = list(templates[kind][age_group])
    if chosen == before:
        return 0
    templates[kind][age_group] = chosen
    settings.put(session, "checklist_templates", templates)
    audit.record(
        session,
        actor,
        "settings_changed",
        entity="settings",
        detail={"checklist_templates": {kind: {age_group: {"before": before, "after": chosen}}}},
    )
    return _bring_transitions_up_to_date(session, actor)


def _bring_transitions_up_to_date(session: Session, actor: Actor) -> int:
    from desktop_app.services import transitions

    return transitions.refresh_all(session, actor)
