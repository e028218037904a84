"""A team set up on a database as `homeward init` leaves it (no demo): the administrator makes
two teams and their people through the services, and a worker opens cases.

North: lead "lena", workers "anna" and "bo"; South: lead "sam", worker "dina".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_app.services.actor import SYSTEM, Actor
from desktop_app.services.cases import editing
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import auth, users


@dataclass
class FreshTeam:
    db: Database
    actors: dict[str, Actor]

    def open_case(self, worker: str, given: str, family: str, born: date, **values: Any) -> str:
        """A case opened by `worker` (its primary worker), as the new-case dialog does."""
        with self.db.session() as session:
            case = editing.create_case(
                session,
                self.actors[worker],
                {
                    "given_name": given,
                    "family_name": family,
                    "date_of_birth": born.isoformat(),
                    "dob_precision": "exact",
                    **values,
                },
            )
            return case.reference


def fresh_team(db: Database) -> FreshTeam:
    actors: dict[str, Actor] = {}
    with db.session() as session:
        users.create_team(session, SYSTEM, "North", "Aarhus")
        users.create_team(session, SYSTEM, "South", "Horsens")
        for username, name, role, team in (
            ("lena", "Lena Lund", "team_lead", "North"),
            ("anna", "Anna Holm", "social_worker", "North"),
            ("bo", "Bo Kjær", "social_worker", "North"),
            ("sam", "Sam Berg", "team_lead", "South"),
            ("dina", "Dina Olsen", "social_worker", "South"),
            ("cora", "Cora Nyberg", "coordinator", None),
        ):
            user = users.create_user(session, SYSTEM, username, name, role, "initial pw 1", team)
            actors[username] = auth.actor_for(user)
    return FreshTeam(db, actors)
