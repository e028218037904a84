"""Appointments on a case: planned, kept, cancelled or missed; interpreter from the case;
a missed one leaves a follow-up task; a viewing belongs to its offer; who sees whose week."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop_app.db import models as m
from desktop_app.services import appointments
from desktop_app.services.actor import Actor
from desktop_app.services.errors import ConflictError, PermissionDeniedError, ValidationError
from desktop_app.services.storage.database import Database
from tests.support.audit_entries import unsealed
from tests.support.documents_data import TODAY, own_open_case

TOMORROW_TEN = datetime.combine(TODAY + timedelta(days=1), datetime.min.time()).replace(hour=10)


def _case(db: Database, reference: str) -> m.Case:
    with db.session() as session:
        case = session.scalar(select(m.Case).where(m.Case.reference == reference))
        assert case is not None
        return case


def _set_interpreter(db: Database, reference: str, language: str | None) -> None:
    with db.session() as session:
        case = session.scalar(select(m.Case).where(m.Case.reference == reference))
        case.interpreter_needed = language is not None
        case.interpreter_language = language


def test_an_appointment_takes_the_interpreter_from_the_case_and_is_audited(
    demo_db: Database, login: Callable[[str], Actor]
):
    worker = login("worker")
    reference = own_open_case(demo_db)
    _set_interpreter(demo_db, reference, "ti")
    with demo_db.session() as session:
        colleague = session.scalar(select(m.User.id).where(m.User.username == "lead"))
        info = appointments.add_appointment(
            session,
            worker,
            reference,
            kind="home_visit",
            starts_at=TOMORROW_TEN,
            duration_minutes=90,
            place="Birkevej 12, 2. th, Aarhus",
            attendee_ids=[colleague],
            other_attendees=["Guardian", " "],
            note="Bring the rent subsidy form",
        )
    assert (info.kind, info.state, info.worker, info.duration_minutes) == (
        "home_visit",
        "planned",
        "worker",
        90,
    )
    assert info.interpreter_needed and info.interpreter_language == "ti"
    assert info.ends_at == TOMORROW_TEN + timedelta(minutes=90)
    assert [a.name for a in info.attendees][1:] == ["Guardian"] and info.attendees[0].user_id
    # Given explicitly, the interpreter is the appointment's own.
    with demo_db.session() as session:
        plain = appointments.add_appointment(
            session,
            worker,
            reference,
            kind="meeting",
            starts_at=TOMORROW_TEN + timedelta(hours=3),
            interpreter_needed=False,
            interpreter_language="",
        )
        listed = appointments.case_appointments(session, worker, reference)
        (entry,) = unsealed(
            session,
            session.scalars(
                select(m.AuditEntry).where(
                    m.AuditEntry.action == "appointment_added",
                    m.AuditEntry.entity_id == str(info.id),
                )
            ),
        )
    assert not plain.interpreter_needed and plain.interpreter_language is None
    assert [a.id for a in listed] == [info.id, plain.id]
    assert entry.detail["kind"] == "home_visit" and "Birkevej" not in str(entry.detail)


def test_bad_values_are_named_and_nothing_is_saved(
    demo_db: Database, login: Callable[[str], Actor]
):
    worker = login("worker")
    reference = own_open_case(demo_db)
    with pytest.raises(ValidationError) as caught:
        with demo_db.session() as session:
            appointments.add_appointment(
                session,
                worker,
                reference,
                kind="party",
                starts_at=TOMORROW_TEN,
                duration_minutes=0,
                interpreter_language="Klingonish",
                offer_id=999_999,
            )
    assert {"kind", "duration_minutes", "interpreter_language", "offer_id"} <= set(
        caught.value.errors
    )
    with demo_db.session() as session:
        assert session.scalar(select(m.Appointment.id)) is None


def test_a_viewing_belongs_to_an_offer_of_the_same_case(
    demo_db: Database, login: Callable[[str], Actor]
):
    lead = login("lead")
    with demo_db.session() as session:
        offer = session.scalar(
            select(m.HousingOffer)
            .join(m.Case, m.Case.id == m.HousingOffer.case_id)
            .join(m.Team, m.Team.id == m.Case.team_id)
            .where(m.Team.name == "Team North", m.Case.status == "open")
            .limit(1)
        )
        reference = session.get(m.Case, offer.case_id).reference
        offer_id = offer.id
        viewing = appointments.add_appointment(
            session, lead, reference, kind="viewing", starts_at=TOMORROW_TEN, offer_id=offer_id
        )
    assert viewing.offer_id == offer_id
    with pytest.raises(ValidationError, match="Only a viewing belongs to a housing offer"):
        with demo_db.session() as session:
            appointments.add_appointment(
                session, lead, reference, kind="meeting", starts_at=TOMORROW_TEN, offer_id=offer_id
            )


def test_states_a_missed_appointment_leaves_a_follow_up_task(
    demo_db: Database, login: Callable[[str], Actor]
):
    worker = login("worker")
    reference = own_open_case(demo_db)
    yesterday = TOMORROW_TEN - timedelta(days=2)
    with demo_db.session() as session:
        past = appointments.add_appointment(
            session, worker, reference, kind="hearing", starts_at=yesterday
        )
        future = appointments.add_appointment(
            session, worker, reference, kind="meeting", starts_at=TOMORROW_TEN
        )
    with pytest.raises(ValidationError, match="has not begun"):
        with demo_db.session() as session:
            appointments.set_state(session, worker, future.id, "kept")
    with pytest.raises(ConflictError):
        with demo_db.session() as session:
            appointments.set_state(session, worker, past.id, "missed", expected_version=99)
    with demo_db.session() as session:
        missed = appointments.set_state(
            session,
            worker,
            past.id,
            "missed",
            follow_up=appointments.FollowUp("Call about the missed hearing"),
        )
        task = session.get(m.Task, missed.follow_up_task_id)
        cancelled = appointments.set_state(session, worker, future.id, "cancelled")
    assert missed.state == "missed" and task.title == "Call about the missed hearing"
    assert task.due_date == TODAY + timedelta(days=1) and task.owner_id == worker.user_id
    assert cancelled.state == "cancelled" and cancelled.version == future.version + 1
    with demo_db.session() as session:
        actions = session.scalars(
            select(m.AuditEntry.action)
            .where(m.AuditEntry.entity.in_(["appointment", "task"]))
            .order_by(m.AuditEntry.id)
        ).all()
    assert actions[-3:] == ["task_added", "appointment_state_changed", "appointment_state_changed"]


def test_an_appointment_can_be_moved_and_who_attends_changed(
    demo_db: Database, login: Callable[[str], Actor]
):
    worker = login("worker")
    reference = own_open_case(demo_db)
    with demo_db.session() as session:
        first = appointments.add_appointment(
            session,
            worker,
            reference,
            kind="meeting",
            starts_at=TOMORROW_TEN,
            other_attendees=["Mentor"],
        )
        moved = appointments.update_appointment(
            session,
            worker,
            first.id,
            {"starts_at": TOMORROW_TEN + timedelta(days=1), "place": "Jobcenter, room 4"},
            expected_version=first.version,
            other_attendees=["Mentor", "Teacher"],
        )
    assert (
        moved.starts_at == TOMORROW_TEN + timedelta(days=1) and moved.place == "Jobcenter, room 4"
    )
    assert [a.name for a in moved.attendees] == ["Mentor", "Teacher"]
    with pytest.raises(ConflictError):
        with demo_db.session() as session:
            appointments.update_appointment(
                session, worker, first.id, {"duration_minutes": 30}, expected_version=first.version
            )


def test_the_case_permissions_apply_and_a_week_is_seen_by_its_worker_and_their_lead(
    demo_db: Database, login: Callable[[str], Actor]
):
    worker = login("worker")
    reference = own_open_case(demo_db)
    with demo_db.session() as session:
        planned = appointments.add_appointment(
            session, worker, reference, kind="meeting", starts_at=TOMORROW_TEN
        )
    lead, worker2 = login("lead"), login("worker2")
    for outsider in (worker2, login("admin")):
        with pytest.raises(PermissionDeniedError):
            with demo_db.session() as session:
                appointments.add_appointment(
                    session, outsider, reference, kind="meeting", starts_at=TOMORROW_TEN
                )
        with pytest.raises(PermissionDeniedError):
            with demo_db.session() as session:
                appointments.case_appointments(session, outsider, reference)
    monday = TODAY - timedelta(days=TODAY.weekday())
    with demo_db.session() as session:
        own = appointments.worker_appointments(session, worker, monday, monday + timedelta(days=6))
        by_lead = appointments.worker_appointments(
            session, lead, monday, monday + timedelta(days=6), worker_id=worker.user_id
        )
        today_and_tomorrow = appointments.my_days(session, worker)
        lead_may_see = {w.username for w in appointments.week_workers(session, lead)}
    assert [a.id for a in own] == [a.id for a in by_lead] == [planned.id]
    assert [a.id for a in today_and_tomorrow] == [planned.id]
    assert "worker" in lead_may_see and "worker2" not in lead_may_see
    with pytest.raises(PermissionDeniedError):
        with demo_db.session() as session:
            appointments.worker_appointments(
                session, worker2, monday, monday + timedelta(days=6), worker_id=worker.user_id
            )


def test_my_day_leaves_out_cancelled_and_later_appointments(
    demo_db: Database, login: Callable[[str], Actor]
):
    worker = login("worker")
    reference = own_open_case(demo_db)
    today_nine = datetime.combine(TODAY, datetime.min.time()).replace(hour=9)
    with demo_db.session() as session:
        kept = appointments.add_appointment(
            session, worker, reference, kind="course", starts_at=today_nine
        )
        gone = appointments.add_appointment(
            session, worker, reference, kind="meeting", starts_at=TOMORROW_TEN
        )
        appointments.set_state(session, worker, gone.id, "cancelled")
        appointments.add_appointment(
            session, worker, reference, kind="meeting", starts_at=TOMORROW_TEN + timedelta(days=1)
        )
        shown = appointments.my_days(session, worker)
    assert [a.id for a in shown] == [kept.id]
    assert date(2026, 3, 16) == TODAY
