"""The demo organisation: its teams, the demo users (password `demo`) and the partners' offers
(language courses, employment and education programmes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop_app.db import models as m
from desktop_app.demo.names import COURSES, DEMO_PASSWORD, DEMO_USERS, PROGRAMMES, TEAMS
from desktop_app.services.actor import SYSTEM
from desktop_app.services.trust import auth


@dataclass(frozen=True)
class Organisation:
    team_ids: list[int]
    team_names: tuple[str, ...]
    municipalities: dict[int, tuple[str, ...]]  # team id -> the municipalities it serves
    users: dict[str, int]  # user name -> id, in the order of DEMO_USERS
    workers_by_team: dict[int, list[int]]  # the social workers of each team


def create_organisation(session: Session) -> Organisation:
    """The teams of `names.TEAMS` and every demo user, with the cheap demo password hash."""
    teams = []
    for name, municipality, _served in TEAMS:
        team = m.Team(name=name, municipality=municipality, active=True)
        session.add(team)
        teams.append(team)
    session.flush()
    users: dict[str, m.User] = {}
    for username, full_name, role, team_index in DEMO_USERS:
        users[username] = auth.create_user(
            session,
            SYSTEM,
            username,
            full_name,
            role,
            DEMO_PASSWORD,
            teams[team_index] if team_index is not None else None,
            must_change_password=False,
            demo=True,
        )
    workers_by_team: dict[int, list[int]] = {t.id: [] for t in teams}
    for user in users.values():
        if user.role == "social_worker" and user.team_id is not None:
            workers_by_team[user.team_id].append(user.id)
    return Organisation(
        team_ids=[t.id for t in teams],
        team_names=tuple(t.name for t in teams),
        municipalities={t.id: TEAMS[i][2] for i, t in enumerate(teams)},
        users={name: user.id for name, user in users.items()},
        workers_by_team=workers_by_team,
    )


def create_language_courses(session: Session, today: date) -> list[int]:
    """The courses of `names.COURSES`, running now, spread over the teams' towns."""
    ids = []
    for i, (name, provider, level) in enumerate(COURSES):
        course = m.LanguageCourse(
            code=f"LC-{i + 1:05d}",
            name=name,
            provider=provider,
            language="da",
            cefr_level=level,
            municipality=TEAMS[i % len(TEAMS)][1],
            start_date=today - timedelta(days=120 - i * 20),
            end_date=today + timedelta(days=200 + i * 10),
            hours_per_week=[6, 9, 12, 15][i % 4],
            places=20,
            retired=False,
        )
        session.add(course)
        session.flush()
        ids.append(course.id)
    return ids


# What the programmes of `names.PROGRAMMES` are called in the registry, and where they are.
_PROGRAMME_NAMES = (
    "Job coaching for young adults",
    "Retail internship",
    "Electrician apprenticeship",
    "Basic vocational course",
    "Preparatory classes",
    "Social and health care assistant training",
    "Preparatory basic education",
)
_PROGRAMME_TOWNS = ("Aarhus", "Aarhus", "Horsens", "Aarhus", "Randers", "Silkeborg", "Horsens")


def create_programmes(session: Session, today: date) -> None:
    """The employment and education programmes of `names.PROGRAMMES`, running now."""
    for i, (kind, organisation) in enumerate(PROGRAMMES):
        session.add(
            m.EmploymentProgramme(
                code=f"EP-{i + 1:05d}",
                name=_PROGRAMME_NAMES[i % len(_PROGRAMME_NAMES)],
                programme_type=kind,
                organisation=organisation,
                municipality=_PROGRAMME_TOWNS[i % len(_PROGRAMME_TOWNS)],
                start_date=today - timedelta(days=90 - i * 15),
                end_date=today + timedelta(days=240 + i * 20),
                places=[8, 4, 2, 12, 25, 10, 30][i % 7],
                retired=False,
            )
        )
    session.flush()
