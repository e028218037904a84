"""Who is acting: every service call is made on behalf of a logged-in user."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    SOCIAL_WORKER = "social_worker"
    TEAM_LEAD = "team_lead"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.SOCIAL_WORKER: "Social worker",
    Role.TEAM_LEAD: "Team lead",
    Role.COORDINATOR: "Coordinator",
    Role.ADMIN: "Administrator",
}


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: Role
    team_id: int | None
    full_name: str = ""

    @property
    def is_system(self) -> bool:
        return self.user_id is None


# Used by set-up commands (init, demo, migrations) that act before anyone logs in.
SYSTEM = Actor(user_id=None, username="system", role=Role.ADMIN, team_id=None, full_name="Homeward")
