"""Teams looked up by name, for the filters of lists and figures."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Team
from desktop_app.domain.i18n import message as _
from desktop_app.services.errors import NotFoundError


def team_id_by_name(session: Session, name: str) -> int:
    team_id = session.scalar(select(Team.id).where(Team.name == name))
    if team_id is None:
        names = ", ".join(session.scalars(select(Team.name).order_by(Team.name)))
        raise NotFoundError(
            _("No team called '{name}' (teams: {teams}).", name=name, teams=names or _("none"))
        )
    return team_id


def full_names(session: Session) -> dict[str, str]:
    """Every user's name by user name: screens show people by their names, not logins."""
    from desktop_app.db.models import User

    return {
        username: full_name or username
        for username, full_name in session.execute(select(User.username, User.full_name))
    }
