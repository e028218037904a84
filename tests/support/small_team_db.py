"""A small hand-built database whose team figures were worked out by hand.

Today is 2026-03-16 (pinned by conftest). Two teams:

North (lead "lena"; workers "anna", "bo", "cleo"):
  A  anna  born 2008-04-01 exact     turns 18 on 2026-04-01 (16 days: red), family +2,
           A1 course active since 2025-09-01, check-ins 2025-11-10 (4.0), 2026-02-01 (2.5),
           2026-03-01 (5.0), note 2026-03-01
  B  anna  born 2009-01-10           turns 18 on 2027-01-10, A2 course completed
           2025-01-01..2025-11-30, check-in 2026-01-15 (1.75), note 2025-11-01 (stale)
  C  bo    born 2008-05-20           turns 18 on 2026-05-20 (65 days: amber), family +1,
           work support active since 2026-02-01, a refugee decision without a date
  E  —     born 2009 (year only)     turns 18 on 2027-01-01, arrived 2026-01-20,
           community activity since 2026-02-01
  F  bo    born 2007-12-01 assessed  turned 18 on 2025-12-01; anna was primary until
           2025-11-20, then bo (a change 11 days before the transition);
           school change 2025-09-01 with the worker continuing; activity 2025-05-01..2025-10-15
  G  bo    born 2007-10-01           turned 18 on 2025-10-01 with housing secured (offer
           accepted, move-in 2025-09-15); bo primary since 2024-01-01; own tenancy from
           2025-10-05; a transfer 2024-12-01 (older than a year)
  H  bo    born 2008-02-10           turned 18 on 2026-02-10, no housing: overdue, red
  I  anna  closed on 2025-12-20
South (lead "sam"; workers "dina", "eli"):
  D  dina  refugee decision 2026-03-01 in reception (Aarhus): move-out 2026-03-29 (13 days,
           red), family +4, note 2026-02-01
Coordinator "cora", administrator "root". Every case arrived 2024-06-01 unless said, and was
opened in Homeward the day it arrived.

The transitions kept: A B C E H turns 18 and D's move-out and 18th birthday, open; F's 18th
birthday (2025-12-01, no housing) open and overdue, waiting for its outcome; G's (2025-10-01)
resolved by itself as housed on time. I was closed before anything fell due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from desktop_app.db.models import (
    BelongingCheckin,
    Case,
    CaseMove,
    CommunityActivity,
    CourseEnrolment,
    EmploymentSupport,
    HousingOffer,
    HousingUnit,
    LanguageCourse,
    LegalDecision,
    Team,
    User,
    WorkerAssignment,
)
from desktop_app.services.actor import SYSTEM, Actor
from desktop_app.services.cases import editing, notes_and_tasks, status_and_placements
from desktop_app.services.storage.database import Database
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import auth

ARRIVAL = date(2024, 6, 1)


@dataclass
class SmallTeam:
    db: Database
    refs: dict[str, str]
    users: dict[str, int]
    actors: dict[str, Actor]

    def case_id(self, letter: str) -> int:
        with self.db.session() as session:
            return session.scalar(select(Case.id).where(Case.reference == self.refs[letter]))


def build_small_team(db: Database) -> SmallTeam:
    refs: dict[str, str] = {}
    users: dict[str, int] = {}
    with db.session() as s:
        north = Team(name="North", municipality="Aarhus", active=True)
        south = Team(name="South", municipality="Horsens", active=True)
        s.add_all([north, south])
        s.flush()
        for username, role, team in (
            ("lena", "team_lead", north),
            ("anna", "social_worker", north),
            ("bo", "social_worker", north),
            ("cleo", "social_worker", north),
            ("sam", "team_lead", south),
            ("dina", "social_worker", south),
            ("eli", "social_worker", south),
            ("cora", "coordinator", None),
            ("root", "admin", None),
        ):
            user = auth.create_user(
                s,
                SYSTEM,
                username,
                username.title(),
                role,
                "demo",
                team,
                must_change_password=False,
                demo=True,
            )
            users[username] = user.id

        def new_case(letter, given, dob, team, worker, precision="exact", arrival=ARRIVAL, **kw):
            case = editing.create_case(
                s,
                SYSTEM,
                {
                    "given_name": given,
                    "family_name": "Testcase",
                    "date_of_birth": dob,
                    "dob_precision": precision,
                    "arrival_date": arrival,
                    **kw,
                },
                team_id=team.id,
                primary_worker_id=users[worker] if worker else None,
                reference=f"HW-T-{letter}",
            )
            # Opened in Homeward on arrival, so the record's history counts from then.
            case.created_at = datetime.combine(arrival, time(9, 0))
            refs[letter] = case.reference
            return case

        a = new_case("A", "Amal", date(2008, 4, 1), north, "anna", family_reunification_members=2)
        b = new_case("B", "Bilal", date(2009, 1, 10), north, "anna")
        c = new_case("C", "Cyrus", date(2008, 5, 20), north, "bo", family_reunification_members=1)
        d = new_case("D", "Dawit", date(2010, 2, 2), south, "dina", family_reunification_members=4)
        e = new_case("E", "Elif", date(2009, 1, 1), north, None, "year", date(2026, 1, 20))
        f = new_case("F", "Farah", date(2007, 12, 1), north, None, "assessed")
        g = new_case("G", "Goran", date(2007, 10, 1), north, None)
        h = new_case("H", "Hana", date(2008, 2, 10), north, "bo")
        i = new_case("I", "Idris", date(2008, 9, 9), north, "anna")
        i.status, i.closed_on, i.closed_reason = "closed", date(2025, 12, 20), "Moved away"

        now = datetime(2026, 3, 16, 9, 0)
        for case_id, worker, start, end in (
            (f.id, "anna", date(2025, 1, 1), date(2025, 11, 20)),
            (f.id, "bo", date(2025, 11, 20), None),
            (g.id, "bo", date(2024, 1, 1), None),
        ):
            s.add(
                WorkerAssignment(
                    case_id=case_id,
                    user_id=users[worker],
                    role="primary",
                    start_date=start,
                    end_date=end,
                    created_at=now,
                )
            )
        f.primary_worker_id = users["bo"]
        g.primary_worker_id = users["bo"]

        status_and_placements.add_decision(
            s, SYSTEM, refs["D"], "refugee", decision_date=date(2026, 3, 1)
        )
        status_and_placements.add_placement(
            s, SYSTEM, refs["D"], "reception", municipality="Aarhus", start_date=date(2025, 5, 1)
        )
        s.add(LegalDecision(case_id=c.id, decision_type="refugee", decision_date=None))
        status_and_placements.add_placement(
            s, SYSTEM, refs["G"], "own_tenancy", municipality="Aarhus", start_date=date(2025, 10, 5)
        )
        unit = HousingUnit(
            code="U-1", address="Testvej 1", municipality="Aarhus", unit_type="social", rooms=1
        )
        s.add(unit)
        s.flush()
        s.add(
            HousingOffer(
                case_id=g.id,
                unit_id=unit.id,
                state="accepted",
                proposed_on=date(2025, 8, 1),
                move_in_date=date(2025, 9, 15),
            )
        )
        a1 = LanguageCourse(code="LC-00001", name="Danish A1", cefr_level="A1", places=10)
        a2 = LanguageCourse(
            code="LC-00002",
            name="Danish A2",
            cefr_level="A2",
            places=8,
            end_date=date(2025, 11, 30),
        )
        s.add_all([a1, a2])
        s.flush()
        s.add_all(
            [
                CourseEnrolment(
                    case_id=a.id, course_id=a1.id, start_date=date(2025, 9, 1), status="active"
                ),
                CourseEnrolment(
                    case_id=b.id,
                    course_id=a2.id,
                    start_date=date(2025, 1, 1),
                    end_date=date(2025, 11, 30),
                    status="completed",
                ),
                EmploymentSupport(
                    case_id=c.id,
                    programme_type="job_coaching",
                    start_date=date(2026, 2, 1),
                    status="active",
                ),
                BelongingCheckin(
                    case_id=a.id,
                    checkin_date=date(2025, 11, 10),
                    feels_safe=4,
                    part_of_neighbourhood=4,
                    people_to_turn_to=4,
                    takes_part_in_activities=4,
                ),
                BelongingCheckin(
                    case_id=a.id,
                    checkin_date=date(2026, 2, 1),
                    feels_safe=3,
                    part_of_neighbourhood=3,
                    people_to_turn_to=2,
                    takes_part_in_activities=2,
                ),
                BelongingCheckin(
                    case_id=a.id,
                    checkin_date=date(2026, 3, 1),
                    feels_safe=5,
                    part_of_neighbourhood=5,
                    people_to_turn_to=5,
                    takes_part_in_activities=5,
                ),
                BelongingCheckin(
                    case_id=b.id,
                    checkin_date=date(2026, 1, 15),
                    feels_safe=1,
                    part_of_neighbourhood=2,
                    people_to_turn_to=2,
                    takes_part_in_activities=2,
                ),
                CommunityActivity(
                    case_id=e.id, kind="sport_club", name="Football", start_date=date(2026, 2, 1)
                ),
                CommunityActivity(
                    case_id=f.id,
                    kind="volunteering",
                    name="Food bank",
                    start_date=date(2025, 5, 1),
                    end_date=date(2025, 10, 15),
                ),
                CaseMove(
                    case_id=f.id,
                    kind="school_change",
                    moved_on=date(2025, 9, 1),
                    worker_continued=True,
                ),
                CaseMove(
                    case_id=g.id,
                    kind="municipality_transfer",
                    moved_on=date(2024, 12, 1),
                    worker_continued=False,
                ),
            ]
        )
        notes_and_tasks.add_note(s, SYSTEM, refs["A"], "Met at school.", note_date=date(2026, 3, 1))
        notes_and_tasks.add_note(s, SYSTEM, refs["B"], "Phone call.", note_date=date(2025, 11, 1))
        notes_and_tasks.add_note(s, SYSTEM, refs["D"], "Home visit.", note_date=date(2026, 2, 1))
        s.flush()
        derivation.refresh_cases(s, [x.id for x in (a, b, c, d, e, f, g, h, i)])
    actors: dict[str, Actor] = {}
    with db.session() as s:
        for username in users:
            actors[username] = auth.actor_for(
                s.scalar(select(User).where(User.username == username))
            )
    return SmallTeam(db, refs, users, actors)
