"""Services behind the desktop: My day, duplicates, continuity, goals, check-ins, activities."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.db.models import AuditEntry, Case, LifePlanGoal
from desktop_app.services.cases import (
    duplicates,
    life_plan,
    my_day,
    opening,
)
from desktop_app.services.errors import PermissionDeniedError, ValidationError


def test_my_day_is_mine_only(demo_db, login):
    worker = login("worker")
    with demo_db.session() as session:
        day = my_day.my_day(session, worker)
    assert day.transitions
    assert all(t.primary_worker == "worker" for t in day.transitions)
    assert all(t.risk in ("red", "amber") and t.days_left <= 30 for t in day.transitions)


def test_admin_has_no_day_of_cases(demo_db, login):
    with pytest.raises(PermissionDeniedError), demo_db.session() as session:
        my_day.my_day(session, login("admin"))


def test_duplicates_hide_cases_the_user_may_not_read(demo_db, login):
    worker2 = login("worker2")
    with demo_db.session() as session:
        existing = session.query(Case).filter_by(given_name="Mohammad", family_name="Ahmadi").one()
        found = duplicates.likely_duplicates(
            session, worker2, "Muhammad", "Ahmadi", existing.date_of_birth, existing.nationality
        )
        other_year = duplicates.likely_duplicates(
            session,
            worker2,
            "Muhammad",
            "Ahmadi",
            date(existing.date_of_birth.year - 3, 1, 1),
            existing.nationality,
        )
    match = next(d for d in found if d.reference == existing.reference)
    assert match.visible is False and match.name is None and match.team
    assert all(d.reference != existing.reference for d in other_year)


def test_goal_checkin_and_activity_are_validated_and_audited(demo_db, login):
    worker = login("worker")
    ref = "HW-2026-00001"
    with pytest.raises(ValidationError) as bad, demo_db.session() as session:
        life_plan.add_checkin(
            session,
            worker,
            ref,
            feels_safe=0,
            part_of_neighbourhood=3,
            people_to_turn_to=3,
            takes_part_in_activities=9,
        )
    assert set(bad.value.errors) == {"feels_safe", "takes_part_in_activities"}
    with pytest.raises(ValidationError), demo_db.session() as session:
        life_plan.add_goal(session, worker, ref, "space travel", "")
    with pytest.raises(ValidationError), demo_db.session() as session:
        life_plan.add_activity(
            session,
            worker,
            ref,
            "sport_club",
            "Football",
            start_date=date(2026, 3, 1),
            end_date=date(2026, 2, 1),
        )
    with demo_db.session() as session:
        goal = life_plan.add_goal(session, worker, ref, "education", "Start vocational school")
        life_plan.set_goal_status(session, worker, goal.id, "in_progress")
        life_plan.add_checkin(
            session,
            worker,
            ref,
            feels_safe=4,
            part_of_neighbourhood=2,
            people_to_turn_to=3,
            takes_part_in_activities=1,
        )
        life_plan.add_activity(session, worker, ref, "sport_club", "Synthetic FC")
    with demo_db.session() as session:
        record = opening.open_case(session, worker, ref, audit_read=False)
        assert [g.status for g in record.goals if g.goal == "Start vocational school"] == [
            "in_progress"
        ]
        assert record.checkins[-1].feels_safe == 4
        assert record.activities[-1].name == "Synthetic FC"
        actions = {a for (a,) in session.query(AuditEntry.action)}
        assert {"goal_added", "goal_changed", "checkin_added", "activity_added"} <= actions


def test_worker_of_another_team_cannot_add_a_goal(demo_db, login):
    with pytest.raises(PermissionDeniedError), demo_db.session() as session:
        life_plan.add_goal(session, login("worker2"), "HW-2026-00001", "housing", "A flat")
    with demo_db.session() as session:
        assert session.query(LifePlanGoal).filter_by(goal="A flat").count() == 0


def test_continuity_figures_come_with_the_record(small):
    # F: anna was primary until 2025-11-20, then bo; F turned 18 on 2025-12-01 (judged: the
    # worker changed within 30 days before it); a school change with the worker continuing.
    with small.db.session() as session:
        figures = opening.open_case(session, small.actors["lena"], small.refs["F"]).continuity
    assert (figures.worker_changes_12_months, figures.same_worker, figures.judged) == (1, 0, 1)
    assert (figures.moves, figures.moves_worker_continued) == (1, 1)
    # G: bo held the case from 2024 through the 18th birthday on 2025-10-01.
    with small.db.session() as session:
        figures = opening.open_case(session, small.actors["lena"], small.refs["G"]).continuity
    assert (figures.worker_changes_12_months, figures.same_worker, figures.judged) == (0, 1, 1)


def test_a_team_leads_day_shows_the_teams_transitions(demo_db, login):
    lead = login("lead")
    with demo_db.session() as session:
        day = my_day.my_day(session, lead)
    assert {t.team for t in day.transitions} == {"Team North"}
    assert len({t.primary_worker for t in day.transitions}) > 1


def test_my_days_transitions_are_the_first_of_the_full_list(demo_db, login):
    from desktop_app.services.transitions import listing

    for user, worker_only in (("worker", True), ("lead", False), ("coordinator", False)):
        actor = login(user)
        with demo_db.session() as session:
            full = listing.upcoming(
                session,
                actor,
                30,
                risks=["red", "amber"],
                worker_id=actor.user_id if worker_only else None,
            )
            short = my_day.my_day(session, actor, limit=3)
            whole = my_day.my_day(session, actor, limit=10_000)
        assert short.transitions_total == whole.transitions_total == len(full) > 3
        assert [(t.reference, t.kind) for t in short.transitions] == [
            (t.reference, t.kind) for t in full[:3]
        ]
        assert [
            (t.reference, t.kind, t.risk, t.explanation, t.readiness) for t in whole.transitions
        ] == [(t.reference, t.kind, t.risk, t.explanation, t.readiness) for t in full]
