"""The everyday records of a demo case: language course and work, a move, life-plan goals,
notes and tasks, a contact, belonging check-ins, a community activity, consents."""

from __future__ import annotations

from datetime import timedelta

from desktop_app.db import models as m
from desktop_app.demo.context import DemoCase, DemoStock
from desktop_app.demo.names import (
    ACTIVITIES,
    CONFIDENTIAL_TEXTS,
    GOALS,
    NOTE_TEXTS,
    PROGRAMMES,
    TASK_TITLES,
)
from desktop_app.demo.rows import Rows


def add_daily_records(case: DemoCase, stock: DemoStock, rows: Rows) -> None:
    _language_and_work(case, stock.course_ids, rows)
    _move(case, rows)
    _life_plan(case, rows)
    _notes(case, rows)
    _tasks(case, rows)
    _contact(case, rows)
    _belonging(case, rows)
    _consents(case, rows)


def _language_and_work(case: DemoCase, course_ids: list[int], rows: Rows) -> None:
    rng = case.rng
    if rng.random() < 0.55:
        rows.add(
            m.CourseEnrolment,
            {
                "case_id": case.cid,
                "course_id": rng.choice(course_ids),
                "start_date": case.day(-rng.randint(10, 300)),
                "end_date": None,
                "status": rng.choice(("active", "active", "completed", "planned", "dropped")),
                "attendance_percent": rng.randint(40, 100),
                "certificate": None,
            },
        )
    if rng.random() < 0.45:
        kind, organisation = rng.choice(PROGRAMMES)
        rows.add(
            m.EmploymentSupport,
            {
                "case_id": case.cid,
                "programme_type": kind,
                "organisation": organisation,
                "start_date": case.day(-rng.randint(10, 400)),
                "end_date": None,
                "status": rng.choice(("active", "active", "completed", "planned")),
                "outcome": None,
            },
        )


def _move(case: DemoCase, rows: Rows) -> None:
    """Now and then a school change or a move between municipalities."""
    rng = case.rng
    if rng.random() < 0.08:
        rows.add(
            m.CaseMove,
            {
                "case_id": case.cid,
                "kind": rng.choice(("school_change", "municipality_transfer")),
                "moved_on": case.day(-rng.randint(10, 500)),
                "from_place": rng.choice(list(case.municipalities)),
                "to_place": case.municipality,
                "worker_continued": rng.random() < 0.7,
                "note": None,
            },
        )


def _life_plan(case: DemoCase, rows: Rows) -> None:
    rng = case.rng
    for domain, goal in rng.sample(GOALS, rng.randint(1, 3)):
        rows.add(
            m.LifePlanGoal,
            {
                "case_id": case.cid,
                "domain": domain,
                "goal": goal,
                "target_date": case.day(rng.randint(30, 500)),
                "status": rng.choice(("open", "in_progress", "in_progress", "achieved")),
            },
        )


def _notes(case: DemoCase, rows: Rows) -> None:
    rng, d = case.rng, case.as_driver
    for _number in range(rng.randint(1, 3)):
        confidential = rng.random() < 0.12
        rows.add(
            m.Note,
            {
                "case_id": case.cid,
                "author_id": case.primary,
                "note_date": case.day(-rng.randint(0, 200)),
                "kind": rng.choice(("meeting", "phone", "home_visit")),
                "text": rng.choice(CONFIDENTIAL_TEXTS if confidential else NOTE_TEXTS),
                "confidential": confidential,
                "created_at": d(case.now),
            },
        )


def _tasks(case: DemoCase, rows: Rows) -> None:
    rng, d = case.rng, case.as_driver
    for _number in range(rng.randint(0, 2)):
        due = case.day(rng.randint(-10, 30))
        done_at = case.now if rng.random() < 0.3 else None
        rows.add(
            m.Task,
            {
                "case_id": case.cid,
                "owner_id": case.primary,
                "title": rng.choice(TASK_TITLES),
                "due_date": due,
                "done_at": d(done_at),
                "created_at": d(case.now),
            },
        )


# What each contact is to the young person (contacts' roles), by the words the demo uses.
_CONTACT_ROLES = {
    "guardian": "guardian",
    "mentor": "mentor",
    "teacher": "teacher",
    "after-care contact": "other",
}


def _contact(case: DemoCase, rows: Rows) -> None:
    rng = case.rng
    name = rng.choice(("Lise Mortensen", "Ahmad Nazari", "Birgit Poulsen", "Kasper Holm"))
    relation = rng.choice(tuple(_CONTACT_ROLES))
    rows.add(
        m.Contact,
        {
            "case_id": case.cid,
            "name": name,
            "role": _CONTACT_ROLES[relation],
            "relation": relation,
            "organisation": rng.choice(("Red Cross", "Youth mentor network", "Aarhus Tech", None)),
            "phone": f"+45 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            "email": None,
        },
    )


def _belonging(case: DemoCase, rows: Rows) -> None:
    """For about a third of the cases, three check-ins half a year apart, and perhaps an activity."""
    rng = case.rng
    if rng.random() < 0.35:
        for months in (6, 3, 0):
            rows.add(
                m.BelongingCheckin,
                {
                    "case_id": case.cid,
                    "checkin_date": case.day(-(months * 30 + rng.randint(0, 10))),
                    "feels_safe": rng.randint(2, 5),
                    "part_of_neighbourhood": rng.randint(1, 5),
                    "people_to_turn_to": rng.randint(1, 5),
                    "takes_part_in_activities": rng.randint(1, 5),
                    "note": None,
                },
            )
    if rng.random() < 0.25:
        kind, name = rng.choice(ACTIVITIES)
        rows.add(
            m.CommunityActivity,
            {
                "case_id": case.cid,
                "kind": kind,
                "name": name,
                "start_date": case.day(-rng.randint(10, 400)),
                "end_date": None,
            },
        )


def _consents(case: DemoCase, rows: Rows) -> None:
    """Consent to share with the next worker always; with the municipality for half of them."""
    rows.add(
        m.ConsentRecord,
        {
            "case_id": case.cid,
            "purpose": "Share information with the next worker and team",
            "recipient": "internal",
            "given_on": case.as_driver(case.arrival + timedelta(days=30)),
            "recorded_by_id": case.primary,
            "withdrawn_on": None,
            "note": None,
        },
    )
    if case.rng.random() < 0.5:
        rows.add(
            m.ConsentRecord,
            {
                "case_id": case.cid,
                "purpose": "Share housing needs with the municipality housing office",
                "recipient": "municipality",
                "given_on": case.as_driver(case.arrival + timedelta(days=60)),
                "recorded_by_id": case.primary,
                "withdrawn_on": None,
                "note": None,
            },
        )
