"""The Partners' offers screen and a case's Language and Work tabs, driven as a user would:
an empty registry filled from the desktop, a course that fills up, an enrolment kept up to
date (status, attendance, certificate with its file), a programme ending in work."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from desktop_app.services.actor import SYSTEM, Role
from desktop_app.services.partners import courses, enrolments, programmes, work_support
from desktop_app.services.trust import auth, users
from desktop_app.ui.case_record import CaseRecordPage
from desktop_app.ui.case_work_tab import SupportDialog
from desktop_app.ui.enrolment_dialogs import AttendanceDialog, CertificateDialog, EnrolmentDialog
from desktop_app.ui.partners_dialogs import CourseDialog, ProgrammeDialog
from desktop_app.ui.partners_models import (
    courses_model,
    enrolments_model,
    programmes_model,
    support_model,
)
from desktop_app.ui.partners_screen import PartnersScreen
from tests.support.documents_data import pdf_bytes

HASSAN = "HW-2026-00001"  # the demo worker's case


def _answer(monkeypatch, dialog_class, fill):
    """The dialog's exec() fills the form as a user would and presses Save."""

    def exec_(dialog):
        fill(dialog)
        return QDialog.DialogCode.Accepted if dialog.try_save() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialog_class, "exec", exec_)


@pytest.fixture
def new_lead(db):
    with db.session() as session:
        team = users.create_team(session, SYSTEM, "Team East", "Aarhus")
        auth.create_user(
            session, SYSTEM, "lise", "Lise Dam", Role.TEAM_LEAD, "pw-Long-enough-1", team
        )
    with db.session() as session:
        return auth.login(session, "lise", "pw-Long-enough-1")


def test_a_new_database_has_an_empty_registry_a_team_lead_fills(qtbot, db, new_lead, monkeypatch):
    screen = PartnersScreen(db, new_lead)
    qtbot.addWidget(screen)
    page = screen.courses
    assert page.model.rowCount() == 0
    assert page.view.placeholder().startswith("No language courses yet. Add the courses")
    assert not page.new_button.isHidden()

    # A course without a name is refused under its field, and nothing is saved.
    dialog = CourseDialog(db, new_lead, None, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.provider, "Sprogcenter Midt")
    assert not dialog.try_save()
    assert dialog.errors["name"].text() == "The course needs a name."
    assert dialog.errors["municipality"].isVisibleTo(dialog)
    assert not dialog.errors["provider"].isVisibleTo(dialog)
    page.reload()
    assert page.model.rowCount() == 0

    def good(dialog):
        qtbot.keyClicks(dialog.name, "Danish 2, module 3")
        qtbot.keyClicks(dialog.provider, "Sprogcenter Midt")
        qtbot.keyClicks(dialog.municipality, "Aarhus")
        dialog.level.setCurrentIndex(dialog.level.findData("A2"))
        dialog.places.setValue(1)
        dialog.hours.setValue(9)

    _answer(monkeypatch, CourseDialog, good)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert page.message.text() == "LC-00001 saved."
    shown = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert shown[:5] == ["LC-00001", "Danish 2, module 3", "A2", "Sprogcenter Midt", "Aarhus"]
    assert "1 of 1 free" in shown
    assert "places: 1 of 1 free" in page.details.text()

    # Filters: another level matches nothing, and says so.
    page.level.setCurrentIndex(page.level.findData("B1"))
    assert page.model.rowCount() == 0
    assert page.view.placeholder() == "Nothing matches the filters."
    page.level.setCurrentIndex(0)
    page.municipality.setCurrentIndex(page.municipality.findData("Aarhus"))
    assert page.model.rowCount() == 1

    # Retire: it leaves the list, and comes back with "Ended and retired too".
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert "retired" in page.message.text()
    assert page.model.rowCount() == 0
    page.include_old.setChecked(True)
    assert page.model.rowCount() == 1 and page.retire_button.text() == "Reinstate"
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert "reinstated" in page.message.text()

    # Programmes: the same, on the second tab.
    screen.tabs.setCurrentIndex(1)
    programmes_page = screen.programmes
    assert programmes_page.view.placeholder().startswith("No programmes yet.")

    def programme(dialog):
        qtbot.keyClicks(dialog.name, "Job coaching for young adults")
        dialog.kind.setCurrentIndex(dialog.kind.findData("job_coaching"))
        qtbot.keyClicks(dialog.organisation, "Jobcenter Aarhus")
        qtbot.keyClicks(dialog.municipality, "Aarhus")
        dialog.places.setValue(8)

    _answer(monkeypatch, ProgrammeDialog, programme)
    qtbot.mouseClick(programmes_page.new_button, Qt.MouseButton.LeftButton)
    assert programmes_page.model.rowCount() == 1
    assert programmes_page.model.data(programmes_page.model.index(0, 2)) == "Job coaching"


def test_social_workers_read_the_registry_and_keep_nothing(qtbot, demo_db, login):
    screen = PartnersScreen(demo_db, login("worker"))
    qtbot.addWidget(screen)
    screen.show()
    assert screen.courses.model.rowCount() > 0 and screen.programmes.model.rowCount() > 0
    for page in (screen.courses, screen.programmes):
        assert not page.new_button.isVisible()
        assert not page.edit_button.isVisible() and not page.retire_button.isVisible()
    screen.courses.open_only.setChecked(True)
    assert all(not r.full for r in screen.courses.model.rows())


def test_the_partners_lists_pass_the_model_tester(qtmodeltester, demo_db, login):
    worker = login("worker")
    with demo_db.session() as session:
        course_rows = courses.list_courses(session, worker)
        programme_rows = programmes.list_programmes(session, worker)
        enrolled = enrolments.enrol(session, worker, HASSAN, course_rows[0].id)
        enrolments.record_attendance(
            session, worker, HASSAN, enrolled.id, recorded_on=None, percent=90
        )
        support = work_support.add_support(
            session, worker, HASSAN, programme_id=programme_rows[0].id
        )
    with demo_db.session() as session:
        from desktop_app.services.cases import opening

        record = opening.open_case(session, worker, HASSAN, audit_read=False)
    for model, rows in (
        (courses_model(), course_rows),
        (programmes_model(), programme_rows),
        (enrolments_model(), record.enrolments),
        (support_model(), record.employment),
    ):
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)
    assert support.id in [s.id for s in record.employment]


@pytest.fixture
def record(qtbot, demo_db, login):
    page = CaseRecordPage(demo_db, login("worker"), HASSAN)
    qtbot.addWidget(page)
    page.show()
    return page


def test_enrolling_shows_the_places_left_and_a_full_course_cannot_be_chosen(
    qtbot, record, demo_db, login
):
    with demo_db.session() as session:
        course = courses.save_course(
            session,
            login("lead"),
            {
                "name": "Danish 3, evening class",
                "provider": "Sprogcenter Midt",
                "municipality": "Aarhus",
                "cefr_level": "B2",
                "places": 1,
            },
        )
    language = record.show_tab("Language")
    index = language.course_choice.findData(course.id)
    assert "Danish 3, evening class" in language.course_choice.itemText(index)
    assert language.course_choice.itemText(index).endswith("1 of 1 free")
    before = language.enrolments_model.rowCount()
    language.course_choice.setCurrentIndex(index)
    qtbot.mouseClick(record.findChild(QPushButton, "enrol"), Qt.MouseButton.LeftButton)
    assert language.enrol_error.text() == ""
    assert language.enrolments_model.rowCount() == before + 1
    # Now full: listed, but it cannot be chosen.
    index = language.course_choice.findData(course.id)
    assert language.course_choice.itemText(index).endswith("full")
    assert not language.course_choice.model().item(index).isEnabled()
    assert "cannot be chosen" in language.choice_note.text()
    # The same course twice is refused with a message.
    with demo_db.session() as session:
        other = courses.save_course(
            session,
            login("lead"),
            {
                "name": "Danish 1, module 2",
                "provider": "Sprogcenter Midt",
                "municipality": "Aarhus",
                "cefr_level": "A1",
                "places": 5,
            },
        )
    record.reload()
    language.course_choice.setCurrentIndex(language.course_choice.findData(other.id))
    qtbot.mouseClick(record.findChild(QPushButton, "enrol"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(record.findChild(QPushButton, "enrol"), Qt.MouseButton.LeftButton)
    assert "already enrolled" in language.enrol_error.text()


def test_an_enrolment_is_kept_up_to_date_from_the_language_tab(
    qtbot, record, demo_db, login, tmp_path
):
    lead, worker = login("lead"), login("worker")
    with demo_db.session() as session:
        course = courses.save_course(
            session,
            lead,
            {
                "name": "Danish 2, module 3",
                "provider": "Sprogcenter Midt",
                "municipality": "Aarhus",
                "cefr_level": "A2",
                "start_date": date(2026, 2, 2),
                "places": 12,
            },
        )
        enrolments.enrol(session, worker, HASSAN, course.id, start_date=date(2026, 2, 2))
    record.reload()
    language = record.show_tab("Language")
    enrolment = language.selected()
    assert enrolment is not None and enrolment.course_name == "Danish 2, module 3"

    attendance = AttendanceDialog(record, enrolment, language)
    qtbot.addWidget(attendance)
    attendance.day.setDate(date(2026, 3, 13))
    attendance.percent.setValue(85)
    attendance.hours.setValue(51)
    assert attendance.record()
    assert attendance.model.rowCount() == 1
    attendance.percent.setValue(150 // 2)
    attendance.day.setDate(date(2026, 3, 16))
    assert attendance.record() and attendance.model.rowCount() == 2
    assert language.selected().attendance_percent == 75

    certificate = CertificateDialog(record, language.selected(), language)
    qtbot.addWidget(certificate)
    assert not certificate.save()  # no name yet
    assert "Name the certificate" in certificate.error.text()
    qtbot.keyClicks(certificate.title, "Prøve i Dansk 2")
    certificate.issued.setDate(date(2026, 3, 12))
    scan = tmp_path / "proeve-i-dansk-2.pdf"
    scan.write_bytes(pdf_bytes("Certificate (synthetic)"))
    certificate.set_file(scan)
    assert certificate.save()
    kept = language.selected()
    assert (kept.certificate, kept.certificate_date) == ("Prøve i Dansk 2", date(2026, 3, 12))
    assert kept.certificate_document_id is not None
    shown = language.enrolments_model.data(language.enrolments.currentIndex().siblingAtColumn(8))
    assert shown == "Prøve i Dansk 2 · 2026-03-12 · document kept"

    dialog = EnrolmentDialog(record, kept, language)
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("completed"))
    dialog.level.setCurrentIndex(dialog.level.findData("A2"))
    assert dialog.save()
    done = language.selected()
    assert (done.status, done.end_date, done.level_reached) == (
        "completed",
        date(2026, 3, 16),
        "A2",
    )
    # Going back without a reason is refused in the form, which stays open.
    back = EnrolmentDialog(record, done, language)
    qtbot.addWidget(back)
    back.status.setCurrentIndex(back.status.findData("active"))
    assert not back.save()
    assert "say why" in back.error.text()


def test_work_support_from_a_programme_ends_with_its_outcome(qtbot, record, demo_db, login):
    with demo_db.session() as session:
        programme = programmes.save_programme(
            session,
            login("lead"),
            {
                "name": "Retail internship",
                "programme_type": "internship",
                "organisation": "Synthetic Supermarket",
                "municipality": "Aarhus",
                "places": 3,
            },
        )
    work = record.show_tab("Work and education")
    index = work.programme_choice.findData(programme.id)
    assert work.programme_choice.itemText(index).endswith("3 of 3 free")
    work.programme_choice.setCurrentIndex(index)
    assert not work.typed_in.isEnabled()
    before = work.employment_model.rowCount()
    qtbot.mouseClick(record.findChild(QPushButton, "addEmployment"), Qt.MouseButton.LeftButton)
    assert work.employment_error.text() == ""
    assert work.employment_model.rowCount() == before + 1
    assert work.programme_choice.itemText(work.programme_choice.findData(programme.id)).endswith(
        "2 of 3 free"
    )
    support = work.selected()
    assert (support.organisation, support.programme_name) == (
        "Synthetic Supermarket",
        "Retail internship",
    )

    ending = SupportDialog(record, support, work, ending=True)
    qtbot.addWidget(ending)
    assert ending.status.currentData() == "completed"
    assert not ending.save()  # the outcome is needed
    assert "in work, in education or none" in ending.error.text()
    ending.outcome.setCurrentIndex(ending.outcome.findData("in_work"))
    qtbot.keyClicks(ending.note, "Hired as a shop assistant")
    assert ending.save()
    ended = work.selected()
    assert (ended.status, ended.outcome, ended.end_date) == (
        "completed",
        "in_work",
        date(2026, 3, 16),
    )
    row = work.employment.currentIndex()
    assert work.employment_model.data(row.siblingAtColumn(5)) == "In work"
    assert not work.end_button.isEnabled()

    # Typed in: a school of the young person's own.
    work.programme_choice.setCurrentIndex(0)
    assert work.typed_in.isEnabled()
    work.programme.setCurrentIndex(work.programme.findData("school"))
    qtbot.keyClicks(work.organisation, "Synthetic Evening School")
    qtbot.mouseClick(record.findChild(QPushButton, "addEmployment"), Qt.MouseButton.LeftButton)
    assert "Synthetic Evening School" in [s.organisation for s in record.record.employment]


def test_a_course_that_ended_asks_for_how_it_went(qtbot, demo_db, login, monkeypatch):
    """Months later the course is over; nothing ends the enrolment by itself."""
    lead, worker = login("lead"), login("worker")
    with demo_db.session() as session:
        course = courses.save_course(
            session,
            lead,
            {
                "code": "DA-SPRING",
                "name": "Danish 2, spring",
                "provider": "Sprogcenter Midt",
                "municipality": "Aarhus",
                "cefr_level": "A2",
                "end_date": date(2026, 6, 19),
                "places": 5,
            },
        )
        enrolments.enrol(session, worker, HASSAN, course.id)
    monkeypatch.setenv("HOMEWARD_TODAY", "2026-07-01")
    page = CaseRecordPage(demo_db, worker, HASSAN)
    qtbot.addWidget(page)
    language = page.show_tab("Language")
    select = [e for e in page.record.enrolments if e.course_code == "DA-SPRING"]
    assert select and select[0].status == "active"
    from desktop_app.ui.tables import select_object

    assert select_object(language.enrolments, lambda e: e.course_code == "DA-SPRING")
    assert "the course ended on 2026-06-19: record how it went" in language.details.text()
    # The registry offers no course that has ended.
    assert language.course_choice.findData(course.id) == -1
