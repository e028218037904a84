"""Every fact on a case record is added, corrected with a reason and ended — audited, kept on
the record, and refused (changing nothing) when it is not acceptable. From a database as
`homeward init` leaves it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Transition
from desktop_app.services.cases import (
    case_moves,
    contacts,
    life_plan,
    notes_and_tasks,
    opening,
    residence,
    status_and_placements,
)
from desktop_app.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from desktop_app.services.report_data import case_documents
from desktop_app.services.report_data.recipients import ConsentMissingError
from desktop_app.services.team import continuity as team_continuity
from desktop_app.services.team import moves
from desktop_app.services.trust import audit
from tests.support.fresh_team import FreshTeam, fresh_team

# Today is 2026-03-16 (tests/conftest.py).


@pytest.fixture
def team(db) -> FreshTeam:
    return fresh_team(db)


@pytest.fixture
def amal(team) -> str:
    return team.open_case("anna", "Amal", "Haddad", date(2008, 6, 1), nationality="SY")


def _record(team, reference, who="anna"):
    with team.db.session() as session:
        return opening.open_case(session, team.actors[who], reference, audit_read=False)


def _entries(team, action):
    with team.db.session() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
        ).all()
        return [(r.username, audit.readable_detail(session, r.case_id, r.detail)) for r in rows]


def _transition(team, reference, kind):
    record = _record(team, reference)
    return next(t for t in record.transitions if t.kind == kind and t.status == "open")


def test_a_placement_is_corrected_with_a_reason_replanned_and_ended(team, amal):
    anna = team.actors["anna"]
    with team.db.session() as session:
        placement = status_and_placements.add_placement(
            session,
            anna,
            amal,
            "foster",
            municipality="Arhus",
            start_date=date(2026, 1, 10),
            planned_end_date=date(2026, 6, 1),
        )
        placement_id = placement.id
    assert _transition(team, amal, "placement_end").due_date == date(2026, 6, 1)

    # A correction needs its reason; refused, nothing changes.
    with pytest.raises(ValidationError) as refused, team.db.session() as session:
        residence.correct_placement(
            session, anna, amal, placement_id, {"municipality": "Aarhus"}, reason=" "
        )
    assert set(refused.value.errors) == {"reason"}
    with team.db.session() as session:
        residence.correct_placement(
            session,
            anna,
            amal,
            placement_id,
            {"municipality": "Aarhus", "start_date": date(2026, 1, 12)},
            reason="The municipality was misspelt and the start date typed wrongly.",
        )
    (who, detail), *_ = _entries(team, "placement_changed")
    assert who == "anna" and detail["reason"].startswith("The municipality")
    assert detail["changes"] == {
        "municipality": {"before": "Arhus", "after": "Aarhus"},
        "start_date": {"before": "2026-01-10", "after": "2026-01-12"},
    }

    # The plan changes: the placement-end transition moves (audited).
    with team.db.session() as session:
        residence.set_planned_end(session, anna, amal, placement_id, date(2026, 8, 1))
    assert _transition(team, amal, "placement_end").due_date == date(2026, 8, 1)
    assert _entries(team, "transition_moved")

    # An end in the future is a planned end, not an end.
    with pytest.raises(ValidationError) as future, team.db.session() as session:
        residence.end_placement(session, anna, amal, placement_id, date(2026, 4, 1))
    assert "planned end" in future.value.errors["end_date"]
    with team.db.session() as session:
        residence.end_placement(session, anna, amal, placement_id, date(2026, 3, 10))
    record = _record(team, amal)
    assert record.placements[0].end_date == date(2026, 3, 10)
    assert record.current_placement is None
    # Ended before its planned end: its end transition moves to the day it ended.
    with team.db.session() as session:
        moved = session.scalar(
            select(Transition.due_date).where(
                Transition.kind == "placement_end", Transition.source_id == placement_id
            )
        )
    assert moved == date(2026, 3, 10)
    with pytest.raises(ValidationError), team.db.session() as session:
        residence.end_placement(session, anna, amal, placement_id, date(2026, 3, 11))


def test_correcting_an_age_assessment_moves_the_date_of_birth_and_the_18th_birthday(team, amal):
    anna = team.actors["anna"]
    with team.db.session() as session:
        assessment = status_and_placements.record_age_assessment(
            session, anna, amal, date(2008, 9, 1), assessed_on=date(2026, 2, 1)
        )
        assessment_id = assessment.id
    assert _transition(team, amal, "turns_18").due_date == date(2026, 9, 1)
    with team.db.session() as session:
        residence.correct_age_assessment(
            session,
            anna,
            amal,
            assessment_id,
            {"new_date_of_birth": date(2008, 10, 1), "assessed_by": "Danish Immigration Service"},
            reason="The decision letter says 1 October.",
        )
    record = _record(team, amal)
    assert record.case.date_of_birth == date(2008, 10, 1)
    assert record.case.dob_precision == "assessed"
    assert record.age_assessments[0].assessed_by == "Danish Immigration Service"
    assert _transition(team, amal, "turns_18").due_date == date(2026, 10, 1)
    (_who, detail), *_ = _entries(team, "age_assessment_corrected")
    assert detail["date_of_birth"] == {"before": "2008-09-01", "after": "2008-10-01"}
    assert detail["reason"] == "The decision letter says 1 October."
    with pytest.raises(ValidationError) as refused, team.db.session() as session:
        residence.correct_age_assessment(
            session,
            anna,
            amal,
            assessment_id,
            {"new_date_of_birth": date(2027, 1, 1)},
            reason="typo",
        )
    assert "future" in refused.value.errors["new_date_of_birth"]


def test_contacts_are_added_edited_and_ended_and_feed_adult_connections(team, amal):
    anna = team.actors["anna"]
    with team.db.session() as session:
        mentor = contacts.add_contact(
            session, anna, amal, "Karin Mentor", "mentor", phone="+45 20 30 40 50"
        )
        aunt = contacts.add_contact(session, anna, amal, "Noor Haddad", "family", relation="aunt")
        contacts.add_contact(session, anna, amal, "Jens Advokat", "lawyer")
        ids = mentor.id, aunt.id
    with pytest.raises(ValidationError) as refused, team.db.session() as session:
        contacts.add_contact(session, anna, amal, "Someone", "neighbour", email="not an address")
    assert set(refused.value.errors) == {"role", "email"}
    with team.db.session() as session:
        contacts.update_contact(session, anna, amal, ids[0], {"phone": "+45 99 88 77 66"})
        contacts.end_contact(session, anna, amal, ids[1], date(2026, 3, 1), reason="Moved away")
    record = _record(team, amal)
    assert [c.name for c in record.network_contacts(date(2026, 3, 16))] == ["Karin Mentor"]
    assert next(c for c in record.contacts if c.id == ids[0]).phone == "+45 99 88 77 66"
    assert next(c for c in record.contacts if c.id == ids[1]).ended_on == date(2026, 3, 1)
    assert len(record.contacts) == 3  # the ended one stays on the record
    assert _entries(team, "contact_changed")[0][1]["changes"]["phone"]["after"] == (
        "+45 99 88 77 66"
    )
    assert _entries(team, "contact_ended")[0][1] == {
        "ended_on": "2026-03-01",
        "reason": "Moved away",
    }
    with pytest.raises(ValidationError), team.db.session() as session:
        contacts.end_contact(session, anna, amal, ids[1])
    # Another team's worker may not touch the contact; a number of no contact of this case
    # is not found.
    with pytest.raises(PermissionDeniedError), team.db.session() as session:
        contacts.update_contact(session, team.actors["dina"], amal, ids[0], {"phone": "1"})
    with pytest.raises(NotFoundError), team.db.session() as session:
        contacts.update_contact(session, anna, amal, 999_999, {"phone": "1"})


def test_consents_in_force_decide_a_handover_for_someone_outside(team, amal):
    anna, lena = team.actors["anna"], team.actors["lena"]

    def handover():
        with team.db.session() as session:
            return case_documents.handover(
                session, lena, amal, recipient="aftercare_service", receiving="Aftercare Aarhus"
            )

    with pytest.raises(ConsentMissingError):
        handover()
    with team.db.session() as session:
        consent = contacts.add_consent(
            session,
            anna,
            amal,
            "Handover to the after-care service",
            "aftercare_service",
            date(2026, 1, 5),
            expires_on=date(2026, 3, 1),
        )
        consent_id = consent.id
    with pytest.raises(ConsentMissingError):  # expired on 1 March
        handover()
    with pytest.raises(ValidationError) as refused, team.db.session() as session:
        contacts.correct_consent(
            session, anna, amal, consent_id, {"expires_on": date(2027, 1, 5)}, reason=""
        )
    assert set(refused.value.errors) == {"reason"}
    with team.db.session() as session:
        contacts.correct_consent(
            session,
            anna,
            amal,
            consent_id,
            {"expires_on": date(2027, 1, 5)},
            reason="Given for a year, not two months.",
        )
    report = handover()
    assert report.consent_on_record
    assert report.consents[0]["expires_on"] == date(2027, 1, 5)
    with team.db.session() as session:
        contacts.withdraw_consent(session, anna, amal, consent_id, date(2026, 3, 16))
    with pytest.raises(ConsentMissingError):
        handover()
    record = _record(team, amal)
    assert record.consents[0].withdrawn_on == date(2026, 3, 16)
    assert [a for a, _d in _entries(team, "consent_changed")] == ["anna"]


def test_moves_are_recorded_with_whether_the_worker_continued_and_count_for_continuity(team, amal):
    anna, lena = team.actors["anna"], team.actors["lena"]
    with team.db.session() as session:
        school = case_moves.record_move(
            session,
            anna,
            amal,
            "school_change",
            date(2026, 2, 1),
            worker_continued=True,
            from_place="Aarhus Tech",
            to_place="Viby Gymnasium",
        )
        case_moves.record_move(
            session,
            anna,
            amal,
            "aftercare_transfer",
            date(2026, 3, 1),
            worker_continued=False,
            to_place="Aftercare Aarhus",
        )
        school_id = school.id
    with pytest.raises(ValidationError) as refused, team.db.session() as session:
        case_moves.record_move(
            session, anna, amal, "team_transfer", date(2026, 3, 1), worker_continued=True
        )
    assert set(refused.value.errors) == {"kind"}
    figures = _record(team, amal).continuity
    assert (figures.moves, figures.moves_worker_continued) == (2, 1)
    with team.db.session() as session:
        north = next(
            r for r in team_continuity.continuity(session, lena, by="team") if r.group == "North"
        )
    assert (north.moves, north.moves_worker_continued) == (2, 1)
    with team.db.session() as session:
        case_moves.correct_move(
            session,
            anna,
            amal,
            school_id,
            {"worker_continued": False},
            reason="Bo took over at the new school.",
        )
    assert _record(team, amal).continuity.moves_worker_continued == 0
    assert _entries(team, "move_recorded") and _entries(team, "move_changed")


def test_goals_and_activities_are_edited_and_ended(team, amal):
    anna = team.actors["anna"]
    with team.db.session() as session:
        goal = life_plan.add_goal(session, anna, amal, "education", "Start at the tech school")
        activity = life_plan.add_activity(
            session, anna, amal, "sport_club", "Synthetic FC", start_date=date(2025, 9, 1)
        )
        goal_id, activity_id = goal.id, activity.id
    with team.db.session() as session:
        life_plan.update_goal(
            session,
            anna,
            amal,
            goal_id,
            {"goal": "Start at the tech school in August", "target_date": date(2026, 8, 15)},
        )
        life_plan.update_goal(
            session, anna, amal, goal_id, {"status": "achieved"}, ended_on=date(2026, 3, 2)
        )
        life_plan.end_activity(session, anna, amal, activity_id, date(2026, 2, 28))
    record = _record(team, amal)
    (goal_facts,) = record.goals
    assert (goal_facts.goal, goal_facts.status, goal_facts.ended_on) == (
        "Start at the tech school in August",
        "achieved",
        date(2026, 3, 2),
    )
    assert record.activities[0].end_date == date(2026, 2, 28)
    with pytest.raises(ValidationError), team.db.session() as session:
        life_plan.end_activity(session, anna, amal, activity_id, date(2026, 3, 1))
    # Open again: no longer ended.
    with team.db.session() as session:
        life_plan.update_goal(session, anna, amal, goal_id, {"status": "in_progress"})
    assert _record(team, amal).goals[0].ended_on is None
    assert len(_entries(team, "goal_changed")) == 3
    assert _entries(team, "activity_changed")[0][1]["changes"] == {
        "end_date": {"before": None, "after": "2026-02-28"}
    }


def test_notes_are_dated_by_the_contact_and_corrected_with_a_reason(team, amal):
    anna = team.actors["anna"]
    with pytest.raises(ValidationError) as future, team.db.session() as session:
        notes_and_tasks.add_note(session, anna, amal, "Visit", note_date=date(2026, 3, 20))
    assert set(future.value.errors) == {"note_date"}
    with team.db.session() as session:
        note = notes_and_tasks.add_note(
            session,
            anna,
            amal,
            "Home visit: talked about the flat in Viby.",
            kind="home_visit",
            note_date=date(2026, 3, 10),
            confidential=True,
        )
        note_id = note.id
    with team.db.session() as session:
        notes_and_tasks.correct_note(
            session,
            anna,
            amal,
            note_id,
            {
                "text": "Home visit: talked about the flat in Risskov.",
                "note_date": date(2026, 3, 9),
            },
            reason="Wrong district and day.",
        )
    (note_facts,) = _record(team, amal).notes
    assert note_facts.note_date == date(2026, 3, 9) and note_facts.confidential
    assert "Risskov" in note_facts.text
    ((_who, detail),) = _entries(team, "note_corrected")
    assert detail["changes"]["text"]["before"].endswith("Viby.")
    assert detail["reason"] == "Wrong district and day."


def test_a_task_is_changed_handed_to_a_colleague_who_may_see_the_case_and_done(team, amal):
    anna = team.actors["anna"]
    with team.db.session() as session:
        task = notes_and_tasks.add_task(session, anna, amal, "Book the viewing")
        task_id = task.id
        owners = {o.username for o in notes_and_tasks.task_owners(session, anna, amal)}
    assert owners == {"anna", "lena"}  # the assigned worker and the team lead
    with pytest.raises(ValidationError) as refused, team.db.session() as session:
        notes_and_tasks.update_task(
            session, anna, task_id, {"owner_id": team.actors["dina"].user_id}
        )
    assert set(refused.value.errors) == {"owner_id"}
    with team.db.session() as session:
        notes_and_tasks.update_task(
            session,
            anna,
            task_id,
            {
                "title": "Book the viewing in Risskov",
                "due_date": date(2026, 3, 20),
                "owner_id": team.actors["lena"].user_id,
            },
        )
        notes_and_tasks.complete_task(session, anna, task_id, True)
    (task_facts,) = _record(team, amal).tasks
    assert task_facts.owner is not None and task_facts.owner.username == "lena"
    assert task_facts.done and task_facts.title == "Book the viewing in Risskov"
    with team.db.session() as session:
        notes_and_tasks.complete_task(session, anna, task_id, False)
    assert not _record(team, amal).tasks[0].done
    assert _entries(team, "task_changed")[0][1]["changes"]["owner_id"] == {
        "before": team.actors["anna"].user_id,
        "after": team.actors["lena"].user_id,
    }


def test_closing_waits_for_the_team_lead_who_returns_or_approves_it(team, amal):
    anna, lena = team.actors["anna"], team.actors["lena"]
    with team.db.session() as session:
        moves.request_closure(session, anna, amal, "Moved to Sweden with the family")
    record = _record(team, amal)
    assert record.pending_closure is not None
    assert record.pending_closure.requested_by == "Anna Holm"
    assert not record.leads_team and _record(team, amal, "lena").leads_team
    with pytest.raises(PermissionDeniedError), team.db.session() as session:
        moves.decide_closure(session, anna, record.pending_closure.id, True)
    with team.db.session() as session:
        moves.decide_closure(
            session, lena, record.pending_closure.id, False, comment="Record the move first."
        )
    record = _record(team, amal)
    assert record.pending_closure is None
    assert record.closures[-1].state == "returned"
    assert record.closures[-1].comment == "Record the move first."
    assert record.closures[-1].decided_by == "Lena Lund"
    with team.db.session() as session:
        moves.request_closure(session, anna, amal, "Moved to Sweden; move recorded")
    pending = _record(team, amal).pending_closure
    with team.db.session() as session:
        moves.decide_closure(session, lena, pending.id, True)
    record = _record(team, amal, "lena")
    assert record.case.status == "closed"
    assert record.open_transitions == []
    assert {t.outcome for t in record.transitions} == {"case_closed"}
