"""Whom a team lead's or coordinator's work covers, and the look-ups that work shares.

Team leads act within their own team, coordinators across teams, social
workers never reassign; figures cover a lead's team, or the team a
coordinator chooses, or every team.
"""

from __future__ import annotations

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, Team, User
from desktop_app.domain.i18n import message as _
from desktop_app.services import directory
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import NotFoundError
from desktop_app.services.trust.permissions import deny, require_case_content_role

# A change of primary worker this close to a transition needs a stated reason.
CONTINUITY_DAYS = 30


# Roles that can hold a caseload.
CASEWORKER_ROLES = ("social_worker", "team_lead")


def is_lead(actor: Actor) -> bool:
    return actor.role is Role.TEAM_LEAD and not actor.is_system


def is_coordinator(actor: Actor) -> bool:
    return actor.role is Role.COORDINATOR or actor.is_system


def user_by_name(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        raise NotFoundError(_("No user called '{username}'.", username=username))
    return user


def team_name_of(session: Session, team_id: int | None) -> str | None:
    if team_id is None:
        return None
    team = session.get(Team, team_id)
    return team.name if team else None


def scope_team_ids(session: Session, actor: Actor, team: str | None) -> list[int] | None:
    """The teams a figure covers: a lead's own team; a coordinator's choice or all (None)."""
    require_case_content_role(actor)
    if not (is_lead(actor) or is_coordinator(actor)):
        raise deny(session, actor, _("see team figures"))
    if team:
        tid = directory.team_id_by_name(session, team)
        if is_lead(actor) and tid != actor.team_id:
            raise deny(session, actor, _("see the figures of {team}", team=team))
        return [tid]
    if is_lead(actor):
        return [actor.team_id] if actor.team_id is not None else []
    return None


def planning_case_clause(session: Session, actor: Actor, team: str | None):  # type: ignore[no-untyped-def]
    team_ids = scope_team_ids(session, actor, team)
    return Case.team_id.in_(team_ids) if team_ids is not None else true()
