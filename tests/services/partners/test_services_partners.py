"""Partners' offers: the registries of courses and programmes, and a case's enrolments and
work support kept up to date — permissions, places left, status, attendance, certificate,
outcome, and the audit of every change."""

from __future__ import annotations

import io
from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Case, CourseEnrolment, Document
from desktop_app.services import documents
from desktop_app.services.actor import SYSTEM, Role
from desktop_app.services.cases import opening
from desktop_app.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from desktop_app.services.partners import courses, enrolments, programmes, work_support
from desktop_app.services.trust import auth
from tests.support.audit_entries import unsealed
from tests.support.documents_data import pdf_bytes

WORKERS_CASE = "HW-2026-00001"  # the demo's worker holds it (team North)


def _course(**values):
    base = {
        "name": "Danish 2, module 3",
        "provider": "Sprogcenter Midt",
        "cefr_level": "A2",
        "municipality": "Aarhus",
        "start_date": date(2026, 2, 2),
        "end_date": date(2026, 6, 26),
        "hours_per_week": 9,
        "places": 12,
    }
    return {**base, **values}


def _programme(**values):
    base = {
        "name": "Job coaching for young adults",
        "programme_type": "job_coaching",
        "organisation": "Jobcenter Aarhus",
        "municipality": "Aarhus",
        "start_date": date(2026, 1, 5),
        "end_date": date(2026, 12, 18),
        "places": 8,
    }
    return {**base, **values}


def _actions(database, entity_id=None):
    with database.session() as session:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if entity_id is not None:
            query = query.where(AuditEntry.entity_id == str(entity_id))
        return [(e.action, e.detail) for e in unsealed(session, session.scalars(query))]


# --- the registries ------------------------------------------------------------------


def test_a_new_database_has_no_offers_and_team_leads_create_them(db):
    with db.session() as session:
        auth.create_user(
            session, SYSTEM, "coord", "Clara Holm", Role.COORDINATOR, "pw-Long-enough-1"
        )
    with db.session() as session:
        coordinator = auth.login(session, "coord", "pw-Long-enough-1")
    with db.session() as session:
        assert courses.list_courses(session, coordinator) == []
        assert programmes.list_programmes(session, coordinator) == []
        made = courses.save_course(session, coordinator, _course())
        programme = programmes.save_programme(session, coordinator, _programme())
    assert (made.code, made.places_left, made.retired) == ("LC-00001", 12, False)
    assert (programme.code, programme.places_left) == ("EP-00001", 8)
    with db.session() as session:
        assert [c.name for c in courses.list_courses(session, coordinator)] == [
            "Danish 2, module 3"
        ]
    assert [a for a, _ in _actions(db, "LC-00001")] == ["course_created"]
    assert [a for a, _ in _actions(db, "EP-00001")] == ["programme_created"]


def test_only_team_leads_and_coordinators_keep_the_registries(demo_db, login):
    worker, lead, admin = login("worker"), login("lead"), login("admin")
    with demo_db.session() as session:
        assert courses.list_courses(session, worker)  # social workers read them
        assert programmes.list_programmes(session, worker)
    for attempt in (
        lambda s: courses.save_course(s, worker, _course()),
        lambda s: programmes.save_programme(s, worker, _programme()),
        lambda s: courses.set_course_retired(s, worker, 1),
        lambda s: courses.list_courses(s, admin),  # no case content for administrators
    ):
        with pytest.raises(PermissionDeniedError), demo_db.session() as session:
            attempt(session)
    with demo_db.session() as session:
        assert courses.save_course(session, lead, _course()).code.startswith("LC-")


def test_bad_registry_input_names_every_field_and_saves_nothing(demo_db, login):
    lead = login("lead")
    with demo_db.session() as session:
        before = len(courses.list_courses(session, lead, courses.CourseFilter(include_ended=True)))
    with pytest.raises(ValidationError) as refused, demo_db.session() as session:
        courses.save_course(
            session,
            lead,
            _course(
                name=" ",
                cefr_level="D4",
                places=0,
                hours_per_week="many",
                end_date=date(2026, 1, 1),
                provider="Sprog\u202ecenter",
            ),
        )
    assert set(refused.value.errors) == {
        "name",
        "cefr_level",
        "places",
        "hours_per_week",
        "end_date",
        "provider",
    }
    with pytest.raises(ValidationError) as refused, demo_db.session() as session:
        programmes.save_programme(
            session, lead, _programme(programme_type="astronaut", code="LC-1")
        )
    assert set(refused.value.errors) == {"programme_type"}
    with demo_db.session() as session:
        after = len(courses.list_courses(session, lead, courses.CourseFilter(include_ended=True)))
    assert after == before


def test_editing_a_course_is_audited_field_by_field(demo_db, login):
    lead = login("lead")
    with demo_db.session() as session:
        course = courses.save_course(session, lead, _course(code="DA-2-M3"))
    with demo_db.session() as session:
        courses.save_course(session, lead, {"places": 14, "hours_per_week": "7,5"}, course.id)
    with demo_db.session() as session:
        changed = courses.get_course(session, lead, course.id)
    assert (changed.places, changed.hours_per_week, changed.name) == (14, 7.5, "Danish 2, module 3")
    actions = _actions(demo_db, "DA-2-M3")
    assert actions[-1][0] == "course_changed"
    assert actions[-1][1] == {
        "places": {"before": 12, "after": 14},
        "hours_per_week": {"before": 9.0, "after": 7.5},
    }
    with pytest.raises(ValidationError) as clash, demo_db.session() as session:
        courses.save_course(session, lead, _course(code="da-2-m3 "), None)
    assert set(clash.value.errors) == {"code"}


def test_filters_by_level_place_and_open_places(demo_db, login):
    lead, worker = login("lead"), login("worker")
    with demo_db.session() as session:
        small = courses.save_course(
            session, lead, _course(cefr_level="C2", municipality="Skive", places=1)
        )
        courses.save_course(session, lead, _course(cefr_level="C2", municipality="Skive"))
        enrolments.enrol(session, worker, WORKERS_CASE, small.id)
    with demo_db.session() as session:
        at_skive = courses.list_courses(
            session, worker, courses.CourseFilter(level="C2", municipality="skive")
        )
        open_ones = courses.list_courses(
            session,
            worker,
            courses.CourseFilter(level="C2", municipality="Skive", open_places_only=True),
        )
    assert len(at_skive) == 2
    assert [(c.places_left, c.full) for c in at_skive if c.id == small.id] == [(0, True)]
    assert small.id not in [c.id for c in open_ones] and len(open_ones) == 1


def test_a_retired_course_leaves_the_choices_and_its_enrolments_stay(demo_db, login):
    lead, worker = login("lead"), login("worker")
    with demo_db.session() as session:
        course = courses.save_course(session, lead, _course())
        enrolled = enrolments.enrol(session, worker, WORKERS_CASE, course.id)
        courses.set_course_retired(session, lead, course.id, True)
    with demo_db.session() as session:
        assert course.id not in [c.id for c in courses.list_courses(session, worker)]
        retired = courses.list_courses(session, worker, courses.CourseFilter(include_retired=True))
        assert [c.retired for c in retired if c.id == course.id] == [True]
        record = opening.open_case(session, worker, WORKERS_CASE, audit_read=False)
    kept = [e for e in record.enrolments if e.id == enrolled.id]
    assert kept[0].status == "active" and kept[0].course_retired
    with pytest.raises(ValidationError) as refused, demo_db.session() as session:
        enrolments.enrol(session, worker, "HW-2026-00002", course.id)
    assert "retired" in refused.value.errors["course"]
    with demo_db.session() as session:
        courses.set_course_retired(session, lead, course.id, False)
    assert [a for a, _ in _actions(demo_db, course.code)][-2:] == [
        "course_retired",
        "course_reinstated",
    ]


def test_places_cannot_be_fewer_than_the_enrolments_holding_them(demo_db, login):
    lead, worker = login("lead"), login("worker")
    with demo_db.session() as session:
        course = courses.save_course(session, lead, _course(places=2))
        enrolments.enrol(session, worker, WORKERS_CASE, course.id)
        enrolments.enrol(session, worker, "HW-2026-00002", course.id)
    with pytest.raises(ValidationError) as refused, demo_db.session() as session:
        courses.save_course(session, lead, {"places": 1}, course.id)
    assert "2 planned or active enrolment(s)" in refused.value.errors["places"]


# --- enrolments ------------------------------------------------------------------------


def test_a_full_course_cannot_be_chosen_and_a_dropped_place_frees_it(demo_db, login):
    lead, worker = login("lead"), login("worker")
    with demo_db.session() as session:
        course = courses.save_course(session, lead, _course(places=1))
        first = enrolments.enrol(session, worker, WORKERS_CASE, course.id)
    with pytest.raises(ValidationError) as full, demo_db.session() as session:
        enrolments.enrol(session, worker, "HW-2026-00002", course.id)
    assert full.value.errors["course"] == (
        "The course Danish 2, module 3 is full: all 1 places are taken."
    )
    with demo_db.session() as session:
        enrolments.update_enrolment(
            session,
            worker,
            WORKERS_CASE,
            first.id,
            {"status": "dropped", "end_reason": "Moved to Randers"},
        )
        second = enrolments.enrol(session, worker, "HW-2026-00002", course.id)
        assert courses.get_course(session, worker, course.id).places_left == 0
    assert second.status == "active"
    # Taking the dropped one back would need a place again.
    with pytest.raises(ValidationError) as refused, demo_db.session() as session:
        enrolments.update_enrolment(
            session, worker, WORKERS_CASE, first.id, {"status": "active"}, reason="Came back"
        )
    assert "full" in refused.value.errors["status"]


def test_an_enrolment_starts_planned_when_its_course_is_still_to_come(demo_db, login):
    lead, worker = login("lead"), login("worker")
    with demo_db.session() as session:
        later = courses.save_course(
            session, lead, _course(start_date=date(2026, 4, 13), end_date=date(2026, 9, 1))
        )
        running = courses.save_course(session, lead, _course(name="Danish 2, module 4"))
        planned = enrolments.enrol(session, worker, WORKERS_CASE, later.id)
        joined = enrolments.enrol(session, worker, WORKERS_CASE, running.id)
    assert (planned.status, planned.start_date, planned.end_date) == (
        "planned",
        date(2026, 4, 13),
        date(2026, 9, 1),
    )
    # Joining a course that started in February starts today (16 March).
    assert (joined.status, joined.start_date) == ("active", date(2026, 3, 16))
    with pytest.raises(ValidationError) as refused, demo_db.session() as session:
        enrolments.record_attendance(
            session, worker, WORKERS_CASE, planned.id, recorded_on=None, percent=80
        )
    assert "mark the enrolment active first" in refused.value.errors["status"]


def test_an_enrolment_moves_on_and_goes_back_only_with_a_reason(demo_db, login):
    lead, worker = login("lead"), login("worker")
    with demo_db.session() as session:
        course = courses.save_course(session, lead, _course())
        enrolled = enrolments.enrol(
            session, worker, WORKERS_CASE, course.id, start_date=date(2026, 2, 2)
        )
        assert enrolled.end_date == date(2026, 6, 26)
        # The school cut the course short; the enrolment's planned end follows.
        courses.save_course(session, lead, {"end_date": date(2026, 3, 13)}, course.id)
        done = enrolments.update_enrolment(
            session, worker, WORKERS_CASE, enrolled.id, {"status": "completed"}
        )
    # The course ended on Friday: that is when the enrolment ended.
    assert (done.status, done.end_date) == ("completed", date(2026, 3, 13))
    with pytest.raises(ValidationError) as refused, demo_db.session() as session:
        enrolments.update_enrolment(
            session, worker, WORKERS_CASE, enrolled.id, {"status": "active"}
        )
    assert "say why" in refused.value.errors["reason"]
    with pytest.raises(ValidationError) as future, demo_db.session() as session:
        enrolments.update_enrolment(
            session, worker, WORKERS_CASE, enrolled.id, {"end_date": date(2026, 4, 1)}
        )
    assert "future" in future.value.errors["end_date"]
    with demo_db.session() as session:
        back = enrolments.update_enrolment(
            session,
            worker,
            WORKERS_CASE,
            enrolled.id,
            {"status": "dropped", "end_date": date(2026, 3, 6)},
            reason="She stopped coming after the move; completed was a mistake",
        )
    assert (back.status, back.end_date) == ("dropped", date(2026, 3, 6))
    changes = [d for a, d in _actions(demo_db, enrolled.id) if a == "enrolment_changed"]
    assert changes[0] == {
        "status": {"before": "active", "after": "completed"},
    }
    assert changes[1]["status"] == {"before": "completed", "after": "dropped"}
    assert changes[1]["end_date"] == {"before": "2026-03-13", "after": "2026-03-06"}
    assert changes[1]["reason"].startswith("She stopped coming")


def test_attendance_is_recorded_over_time_and_the_latest_shows(demo_db, login):
    lead, worker = login("lead"), login("worker")
    with demo_db.session() as session:
        course = courses.save_course(session, lead, _course())
        enrolled = enrolments.enrol(
            session, worker, WORKERS_CASE, course.id, start_date=date(2026, 2, 2)
        )
        enrolments.record_attendance(
            session, worker, WORKERS_CASE, enrolled.id, recorded_on=date(2026, 3, 13), percent=70
        )
        enrolments.record_attendance(
            session,
            worker,
            WORKERS_CASE,
            enrolled.id,
            recorded_on=date(2026, 2, 27),
            percent="95",
            hours_attended="34,5",
        )
        # The same day again corrects it.
        latest = enrolments.record_attendance(
            session, worker, WORKERS_CASE, enrolled.id, recorded_on=date(2026, 3, 13), percent=75
        )
    assert latest.attendance_percent == 75
    assert [(a.recorded_on, a.percent, a.hours_attended) for a in latest.attendance] == [
        (date(2026, 2, 27), 95, 34.5),
        (date(2026, 3, 13), 75, None),
    ]
    assert latest.attendance[0].recorded_by == "worker"
    for bad in ({"percent": 101}, {"percent": "most"}, {"recorded_on": date(2026, 3, 17)}):
        values = {"recorded_on": date(2026, 3, 10), "percent": 50, **bad}
        with pytest.raises(ValidationError), demo_db.session() as session:
            enrolments.record_attendance(session, worker, WORKERS_CASE, enrolled.id, **values)
    recorded = [d for a, d in _actions(demo_db, enrolled.id) if a == "attendance_recorded"]
    assert recorded[-1] == {
        "recorded_on": "2026-03-13",
        "percent": 75,
        "before": {"percent": 70, "hours": None},
    }


def test_the_certificate_and_its_document_are_kept_with_the_level_reached(demo_db, login):
    lead, worker = login("lead"), login("worker")
    with demo_db.session() as session:
        course = courses.save_course(session, lead, _course())
        enrolled = enrolments.enrol(
            session, worker, WORKERS_CASE, course.id, start_date=date(2026, 2, 2)
        )
    with pytest.raises(ValidationError), demo_db.session() as session:
        enrolments.attach_certificate(
            session, worker, WORKERS_CASE, enrolled.id, io.BytesIO(pdf_bytes()), "cert.pdf"
        )
    with demo_db.session() as session:
        enrolments.record_certificate(
            session,
            worker,
            WORKERS_CASE,
            enrolled.id,
            title="Prøve i Dansk 1",
            issued_on=date(2026, 3, 12),
            level_reached="a2",
        )
        kept = enrolments.attach_certificate(
            session, worker, WORKERS_CASE, enrolled.id, io.BytesIO(pdf_bytes()), "cert.pdf"
        )
    assert (kept.certificate, kept.certificate_date, kept.level_reached) == (
        "Prøve i Dansk 1",
        date(2026, 3, 12),
        "A2",
    )
    with demo_db.session() as session:
        listed = documents.case_documents(session, worker, WORKERS_CASE).documents
    shown = [d for d in listed if d.id == kept.certificate_document_id]
    assert [(d.kind, d.title, d.document_date) for d in shown] == [
        ("certificate", "Prøve i Dansk 1", date(2026, 3, 12))
    ]
    with pytest.raises(ValidationError) as refused, demo_db.session() as session:
        enrolments.record_certificate(
            session, worker, WORKERS_CASE, enrolled.id, title="", issued_on=date(2026, 4, 1)
        )
    assert set(refused.value.errors) == {"certificate", "certificate_date"}
    # Removing the document leaves the certificate recorded, without its file.
    with demo_db.session() as session:
        documents.remove_document(session, worker, WORKERS_CASE, kept.certificate_document_id)
    with demo_db.session() as session:
        row = session.get(CourseEnrolment, enrolled.id)
        assert (row.certificate, row.certificate_document_id) == ("Prøve i Dansk 1", None)
        assert session.get(Document, kept.certificate_document_id) is None
    actions = [a for a, _ in _actions(demo_db, enrolled.id)]
    assert actions == ["enrolment_added", "certificate_recorded", "certificate_attached"]


def test_enrolments_are_changed_only_by_those_who_may_edit_the_case(demo_db, login):
    lead, worker, other, coordinator = (
        login("lead"),
        login("worker"),
        login("worker2"),
        login("coordinator"),
    )
    with demo_db.session() as session:
        course = courses.save_course(session, lead, _course())
        enrolled = enrolments.enrol(session, worker, WORKERS_CASE, course.id)
    for actor in (other, coordinator):
        with pytest.raises(PermissionDeniedError), demo_db.session() as session:
            enrolments.enrol(session, actor, WORKERS_CASE, course.id)
        with pytest.raises(PermissionDeniedError), demo_db.session() as session:
            enrolments.update_enrolment(
                session, actor, WORKERS_CASE, enrolled.id, {"status": "dropped"}
            )
    with pytest.raises(NotFoundError), demo_db.session() as session:
        enrolments.update_enrolment(
            session, worker, "HW-2026-00002", enrolled.id, {"status": "dropped"}
        )
    with demo_db.session() as session:  # the team lead may
        enrolments.update_enrolment(
            session, lead, WORKERS_CASE, enrolled.id, {"level_reached": "B1"}
        )


# --- work and education support ------------------------------------------------------------


def test_support_from_a_programme_holds_a_place_and_ends_with_its_outcome(demo_db, login):
    lead, worker = login("lead"), login("worker")
    with demo_db.session() as session:
        programme = programmes.save_programme(session, lead, _programme(places=1))
        support = work_support.add_support(session, worker, WORKERS_CASE, programme_id=programme.id)
        assert programmes.get_programme(session, worker, programme.id).places_left == 0
    assert (support.programme_type, support.organisation, support.status) == (
        "job_coaching",
        "Jobcenter Aarhus",
        "active",
    )
    assert (support.start_date, support.end_date) == (date(2026, 3, 16), date(2026, 12, 18))
    with pytest.raises(ValidationError) as full, demo_db.session() as session:
        work_support.add_support(session, worker, "HW-2026-00002", programme_id=programme.id)
    assert "is full" in full.value.errors["programme"]
    with pytest.raises(ValidationError) as refused, demo_db.session() as session:
        work_support.update_support(
            session, worker, WORKERS_CASE, support.id, {"status": "completed"}
        )
    assert "in work, in education or none" in refused.value.errors["outcome"]
    with demo_db.session() as session:
        ended = work_support.update_support(
            session,
            worker,
            WORKERS_CASE,
            support.id,
            {
                "status": "completed",
                "outcome": "in_work",
                "outcome_note": "Hired as a kitchen assistant, 30 hours a week",
            },
        )
        assert programmes.get_programme(session, worker, programme.id).places_left == 1
    assert (ended.status, ended.end_date, ended.outcome) == (
        "completed",
        date(2026, 3, 16),
        "in_work",
    )
    changed = [d for a, d in _actions(demo_db, support.id) if a == "employment_changed"]
    assert changed[0]["outcome"] == {"before": None, "after": "in_work"}
    assert changed[0]["status"] == {"before": "active", "after": "completed"}


def test_support_typed_in_is_corrected_with_a_reason(demo_db, login):
    worker = login("worker")
    with pytest.raises(ValidationError) as refused, demo_db.session() as session:
        work_support.add_support(
            session, worker, WORKERS_CASE, programme_type="astronaut", organisation=""
        )
    assert set(refused.value.errors) == {"programme_type", "organisation"}
    with demo_db.session() as session:
        support = work_support.add_support(
            session,
            worker,
            WORKERS_CASE,
            programme_type="internship",
            organisation="Synthetic Bakery",
            start_date=date(2026, 3, 1),
        )
        work_support.update_support(
            session,
            worker,
            WORKERS_CASE,
            support.id,
            {"status": "dropped", "outcome": "none", "end_date": date(2026, 3, 10)},
        )
    with pytest.raises(ValidationError), demo_db.session() as session:
        work_support.update_support(session, worker, WORKERS_CASE, support.id, {"status": "active"})
    with demo_db.session() as session:
        back = work_support.update_support(
            session,
            worker,
            WORKERS_CASE,
            support.id,
            {"status": "active"},
            reason="Dropped by mistake: the bakery was closed for a week",
        )
    assert (back.status, back.outcome, back.end_date) == ("active", None, date(2026, 3, 10))
    with demo_db.session() as session:
        record = opening.open_case(session, worker, WORKERS_CASE, audit_read=False)
    assert [s.organisation for s in record.employment if s.id == support.id] == ["Synthetic Bakery"]


def test_the_case_record_holds_plain_values(demo_db, login):
    worker = login("worker")
    with demo_db.session() as session:
        record = opening.open_case(session, worker, WORKERS_CASE, audit_read=False)
        case_id = session.scalar(select(Case.id).where(Case.reference == WORKERS_CASE))
    assert isinstance(record.enrolments, tuple) and isinstance(record.employment, tuple)
    for item in (*record.enrolments, *record.employment):
        with pytest.raises(AttributeError):
            item.status = "dropped"  # frozen
    assert case_id is not None


# --- what the team's figures count --------------------------------------------------------


def _enrolment_of(small, letter):
    with small.db.session() as session:
        return session.scalar(
            select(CourseEnrolment.id).where(CourseEnrolment.case_id == small.case_id(letter))
        )


def test_the_outcome_figures_count_what_ran_and_what_came_of_it(small):
    from desktop_app.services.team import outcomes

    lena = small.actors["lena"]
    a, b, h = small.refs["A"], small.refs["B"], small.refs["H"]
    with small.db.session() as session:
        # A dropped her A1 course in February: she was in language training in Q1 all the same.
        enrolments.update_enrolment(
            session,
            lena,
            a,
            _enrolment_of(small, "A"),
            {"status": "dropped", "end_date": date(2026, 2, 15), "level_reached": "A1"},
        )
        later = courses.save_course(
            session,
            lena,
            _course(cefr_level="A1", start_date=date(2026, 4, 13), end_date=date(2026, 9, 1)),
        )
        enrolments.enrol(session, lena, h, later.id)  # planned: not in training yet
        # H: an internship in the autumn that ended with a place at school.
        internship = work_support.add_support(
            session,
            lena,
            h,
            programme_type="internship",
            organisation="Synthetic Bakery",
            start_date=date(2025, 10, 1),
        )
        work_support.update_support(
            session,
            lena,
            h,
            internship.id,
            {"status": "completed", "end_date": date(2025, 12, 15), "outcome": "in_education"},
        )
        # B: dropped out of job coaching before Q1, with nothing after it.
        coaching = work_support.add_support(
            session,
            lena,
            b,
            programme_type="job_coaching",
            organisation="Jobcenter Aarhus",
            start_date=date(2025, 9, 1),
        )
        work_support.update_support(
            session,
            lena,
            b,
            coaching.id,
            {"status": "dropped", "end_date": date(2025, 11, 1), "outcome": "none"},
        )
    with small.db.session() as session:
        figures = {
            (f.quarter, f.measure): f
            for f in outcomes.outcomes(session, small.actors["cora"], quarters=2)
            if f.team == "North"
        }
    # A's dropped course still counts in Q1 (and Q4); H's planned one does not.
    assert figures[("2026-Q1", "in_language_training")].count == 1
    assert figures[("2025-Q4", "in_language_training")].count == 2
    # Q4: B's coaching and H's internship ran; Q1: C's active support, and H in education
    # since the internship ended — B's ended with nothing, so B is not counted.
    assert figures[("2025-Q4", "in_work_or_education")].count == 2
    assert figures[("2026-Q1", "in_work_or_education")].count == 2


def test_language_places_follow_the_level_reached_and_leave_out_retired_courses(small):
    from desktop_app.services.team import needs

    lena = small.actors["lena"]
    with small.db.session() as session:
        enrolments.update_enrolment(
            session,
            lena,
            small.refs["A"],
            _enrolment_of(small, "A"),
            {"status": "completed", "end_date": date(2026, 3, 13), "level_reached": "A2"},
        )
        retired = courses.save_course(session, lena, _course(cefr_level="B1", places=6))
        courses.set_course_retired(session, lena, retired.id)
        courses.save_course(session, lena, _course(cefr_level="B1", places=4))
    with small.db.session() as session:
        rows = {r.level: r for r in needs.language_places(session, small.actors["cora"])}
    # A reached A2 (her A1 course, completed): she needs B1 now, as B does.
    assert (rows["A1"].needed, rows["A1"].enrolled) == (6, 0)
    assert (rows["B1"].needed, rows["B1"].places_offered) == (2, 4)
