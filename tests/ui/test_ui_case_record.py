"""Editing a case record: validation beside the field, one-transaction save, conflicts, unsaved changes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableView

from desktop_app.db.models import Case
from desktop_app.services.cases import editing, life_plan, opening
from desktop_app.ui.case_record import CaseRecordPage
from desktop_app.ui.conflict_dialog import ConflictDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.new_case_dialog import NewCaseDialog
from desktop_app.ui.tables import RowTableModel, SortProxy
from tests.support.record_dialogs import DialogAnswers

HASSAN = "HW-2026-00001"


def _case(db, reference):
    with db.session() as session:
        case = session.query(Case).filter_by(reference=reference).one()
        return editing.snapshot(case), case.version


@pytest.fixture
def record(qtbot, demo_db, login):
    page = CaseRecordPage(demo_db, login("worker"), HASSAN)
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_bad_date_is_explained_beside_the_field_and_nothing_is_saved(qtbot, record, demo_db):
    before, version = _case(demo_db, HASSAN)
    dob = record.form.editors["date_of_birth"]
    guardian = record.form.editors["legal_guardian"]
    dob.clear()
    qtbot.keyClicks(dob, "31.02.2010")
    guardian.clear()
    qtbot.keyClicks(guardian, "Synthetic Guardian Office")
    assert record.is_dirty() and record.dirty_label.text() == "Unsaved changes"
    qtbot.mouseClick(record.save_button, Qt.MouseButton.LeftButton)
    error = record.form.errors["date_of_birth"]
    assert error.isVisible()
    assert "does not exist in the calendar" in error.text()
    assert not record.form.errors["legal_guardian"].isVisible()
    assert record.message.isVisible()
    # One transaction: the valid guardian change was not saved either.
    assert _case(demo_db, HASSAN) == (before, version)

    dob.clear()
    qtbot.keyClicks(dob, "2008-04-05")
    qtbot.mouseClick(record.save_button, Qt.MouseButton.LeftButton)
    assert not error.isVisible()
    after, new_version = _case(demo_db, HASSAN)
    assert after["legal_guardian"] == "Synthetic Guardian Office"
    assert new_version > version
    assert not record.is_dirty()


def test_someone_elses_save_shows_a_conflict_and_overwrites_nothing(
    qtbot, record, demo_db, login, monkeypatch
):
    guardian = record.form.editors["legal_guardian"]
    guardian.clear()
    qtbot.keyClicks(guardian, "Guardian typed by the worker")
    # Meanwhile the team lead saves the same case.
    _, version = _case(demo_db, HASSAN)
    with demo_db.session() as session:
        editing.update_case(
            session,
            login("lead"),
            HASSAN,
            version,
            {"legal_guardian": "Guardian saved by the lead"},
        )
    shown = []

    def keep_editing(dialog):
        shown.append(dict(dialog.rows))
        return ConflictDialog.CANCEL

    monkeypatch.setattr(ConflictDialog, "exec_choice", keep_editing)
    assert record.save() is False
    assert shown and shown[0]["legal_guardian"][1:] == (
        "Guardian typed by the worker",
        "Guardian saved by the lead",
    )
    assert _case(demo_db, HASSAN)[0]["legal_guardian"] == "Guardian saved by the lead"
    assert record.is_dirty()

    def take_theirs(dialog):
        return ConflictDialog.TAKE_THEIRS

    monkeypatch.setattr(ConflictDialog, "exec_choice", take_theirs)
    assert record.save() is True
    assert guardian.text() == "Guardian saved by the lead"
    assert not record.is_dirty()


def test_a_tick_of_my_own_does_not_look_like_a_conflict(qtbot, record, demo_db, monkeypatch):
    guardian = record.form.editors["legal_guardian"]
    guardian.clear()
    qtbot.keyClicks(guardian, "Guardian after a tick")
    record.show_tab("Transitions").tick("placement_end", "budget_plan", True)  # a new version
    monkeypatch.setattr(
        ConflictDialog, "exec_choice", lambda d: pytest.fail("no conflict expected")
    )
    assert record.save() is True
    assert _case(demo_db, HASSAN)[0]["legal_guardian"] == "Guardian after a tick"


def test_closing_with_unsaved_changes_asks(qtbot, demo_db, login, monkeypatch):
    win = MainWindow(demo_db, login("worker"))
    qtbot.addWidget(win)
    record = win.open_case(HASSAN)
    record.form.editors["preferred_name"].setText("Hasse")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert win.close_case(HASSAN) is False
    assert HASSAN in win.records
    assert win.close_case(HASSAN) is True
    assert HASSAN not in win.records
    assert len(asked) == 2 and "unsaved changes" in asked[0]
    assert _case(demo_db, HASSAN)[0]["preferred_name"] != "Hasse"


def test_notes_tasks_goals_and_checkins_are_saved_from_their_tabs(
    qtbot, record, demo_db, login, monkeypatch
):
    answers = DialogAnswers(monkeypatch)
    answers.answer(
        "noteDialog",
        text="Talked about the move; synthetic note.",
        confidential=True,
        note_date=date(2026, 3, 12),
    )
    answers.answer("taskDialog", title="Book a viewing")
    answers.answer("goalDialog", goal="Finish the A2 course", domain="language")
    notes = record.show_tab("Notes and tasks")
    qtbot.mouseClick(record.findChild(QPushButton, "addNote"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(record.findChild(QPushButton, "addTask"), Qt.MouseButton.LeftButton)
    record.show_tab("Life plan")
    qtbot.mouseClick(record.findChild(QPushButton, "addGoal"), Qt.MouseButton.LeftButton)
    record.show_tab("Belonging")
    qtbot.mouseClick(record.findChild(QPushButton, "addCheckin"), Qt.MouseButton.LeftButton)
    with demo_db.session() as session:
        saved = opening.open_case(session, login("worker"), HASSAN, audit_read=False)
        note = next(n for n in saved.notes if n.text.startswith("Talked about"))
        assert note.confidential and note.note_date == date(2026, 3, 12)  # the visit's day
        assert any(t.title == "Book a viewing" for t in saved.tasks)
        assert any(g.goal == "Finish the A2 course" for g in saved.goals)
        assert saved.checkins
    record.show_tab("Notes and tasks")
    model = notes.notes_model
    texts = [model.data(model.index(i, 1)) for i in range(model.rowCount())]
    assert any("CONFIDENTIAL" in t for t in texts)
    # The empty note is refused under its field, the dialog stays open, nothing is added.
    count = model.rowCount()
    answers.answer("noteDialog", text="")
    qtbot.mouseClick(record.findChild(QPushButton, "addNote"), Qt.MouseButton.LeftButton)
    assert answers.last_refusal == {"text": "The note is empty."}
    assert model.rowCount() == count


def test_a_coordinator_reads_but_cannot_edit(qtbot, demo_db, login):
    page = CaseRecordPage(demo_db, login("coordinator"), HASSAN)
    qtbot.addWidget(page)
    assert not page.save_button.isEnabled()
    assert "not change it" in page.summary_label.text()
    cards = page.show_tab("Transitions").cards
    assert not cards["placement_end"].boxes["budget_plan"].isEnabled()


def test_new_case_warns_about_a_likely_duplicate(qtbot, demo_db, login, monkeypatch):
    with demo_db.session() as session:
        existing = session.query(Case).filter_by(given_name="Mohammad", family_name="Ahmadi").one()
        year, nationality = existing.date_of_birth.year, existing.nationality
        count = session.query(Case).count()
    dialog = NewCaseDialog(demo_db, login("worker"))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.given_name, "Mohammed")
    qtbot.keyClicks(dialog.family_name, "Ahmady")
    qtbot.keyClicks(dialog.date_of_birth, str(year))
    qtbot.keyClicks(dialog.nationality, nationality or "")
    warned = []

    def go_back(self, found):
        warned.append(found)
        return False

    monkeypatch.setattr(NewCaseDialog, "confirm_duplicates", go_back)
    dialog.create()
    assert warned and warned[0][0].reference == existing.reference
    assert warned[0][0].name == "Mohammad Ahmadi"  # the worker may read this case
    with demo_db.session() as session:
        assert session.query(Case).count() == count

    monkeypatch.setattr(NewCaseDialog, "confirm_duplicates", lambda self, found: True)
    dialog.create()
    assert dialog.created_reference is not None
    with demo_db.session() as session:
        created = session.query(Case).filter_by(reference=dialog.created_reference).one()
        assert created.dob_precision == "year"
        assert created.primary_worker.username == "worker"


def test_new_case_shows_validation_beside_the_fields(qtbot, demo_db, login):
    dialog = NewCaseDialog(demo_db, login("worker"))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.date_of_birth, "next tuesday")
    dialog.create()
    assert dialog.errors["given_name"].text() == "A name is required."
    assert "is not a date" in dialog.errors["date_of_birth"].text()
    assert dialog.created_reference is None


def test_a_decision_and_an_age_assessment_move_the_transitions(qtbot, record, demo_db, monkeypatch):
    answers = DialogAnswers(monkeypatch)
    # A refugee status granted today while the young person lives in a reception centre.
    answers.answer("placementDialog", placement_type="reception", municipality="Aarhus")
    answers.answer("decisionDialog", decision_type="refugee")
    qtbot.mouseClick(record.findChild(QPushButton, "addPlacement"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(record.findChild(QPushButton, "addDecision"), Qt.MouseButton.LeftButton)
    assert answers.refusals == [{}, {}]
    card = record.show_tab("Transitions").cards["status_grant_move_out"]
    assert "2026-04-13" in card.title()  # 28 days after 2026-03-16
    person = record.person_tab
    decisions = person.decisions_model
    record.show_tab("Person and legal status")
    assert decisions.data(decisions.index(decisions.rowCount() - 1, 0)) == "Refugee status"
    # A decision in the future is refused beside its field, and nothing is added.
    count = decisions.rowCount()
    answers.answer("decisionDialog", decision_type="refugee", decision_date=date(2026, 5, 1))
    qtbot.mouseClick(record.findChild(QPushButton, "addDecision"), Qt.MouseButton.LeftButton)
    assert "future" in answers.last_refusal["decision_date"]
    assert decisions.rowCount() == count

    # An age assessment moves the date of birth and the 18th birthday.
    answers.answer("assessmentDialog", new_date_of_birth=date(2008, 9, 1), assessed_by="Court")
    qtbot.mouseClick(record.findChild(QPushButton, "addAssessment"), Qt.MouseButton.LeftButton)
    assert "2026-09-01" in record.show_tab("Transitions").cards["turns_18"].title()
    assert record.form.editors["date_of_birth"].text() == "2008-09-01"
    assert record.form.editors["dob_precision"].currentData() == "assessed"
    assert not record.is_dirty()


def test_every_tab_shows_the_records_data(qtbot, qtmodeltester, record):
    titles = [record.tabs.tabText(i) for i in range(record.tabs.count())]
    assert titles == [
        "Person and legal status",
        "Transitions",
        "Housing",
        "Language",
        "Work and education",
        "Workers and continuity",
        "Contacts and consents",
        "Life plan",
        "Notes and tasks",
        "Belonging",
        "Documents",
        "Appointments",
    ]
    for title in titles:
        page = record.show_tab(title)
        assert page.findChildren(QLabel) or page.findChildren(QTableView) or page.children()
    workers_tab = record.workers_tab
    assert "change(s)" not in workers_tab.continuity_label.text()
    assert "primary worker in the last 12 months" in workers_tab.continuity_label.text()
    assignments = workers_tab.assignments_model
    workers = [assignments.data(assignments.index(i, 0)) for i in range(assignments.rowCount())]
    assert "Anna Larsen" in workers
    assert record.language_tab.enrolments_model.rowCount() >= 1
    assert record.notes_tab.notes_model.rowCount() >= 1
    # Every list of the record is the one table model over the record's rows.
    views = [
        view
        for index in range(record.tabs.count())
        for view in record.tabs.widget(index).findChildren(QTableView)
    ]
    assert len(views) == 19  # the documents and appointments lists too
    for view in views:
        model = view.model()
        source = model.sourceModel() if isinstance(model, SortProxy) else model
        assert isinstance(source, RowTableModel)
        qtmodeltester.check(model)


def test_goal_status_and_activities_from_their_tabs(qtbot, record, demo_db, login, monkeypatch):
    answers = DialogAnswers(monkeypatch)
    plan = record.show_tab("Life plan")
    answers.answer("goalDialog", goal="Join a football club", domain="social_network")
    qtbot.mouseClick(record.findChild(QPushButton, "addGoal"), Qt.MouseButton.LeftButton)
    goals = plan.goals.model()  # as the view shows them
    row = next(
        i
        for i in range(goals.rowCount())
        if goals.data(goals.index(i, 1)) == "Join a football club"
    )
    # Double-click: the goal's dialog, filled with what it says now.
    answers.answer("editGoalDialog", status="achieved")
    plan.goals.doubleClicked.emit(goals.index(row, 0))
    assert answers.defaults[-1]["status"] == "open"
    assert answers.defaults[-1]["goal"] == "Join a football club"
    assert goals.data(goals.index(row, 3)) == "Achieved"
    assert goals.data(goals.index(row, 4)) == "2026-03-16"  # ended today

    belonging = record.show_tab("Belonging")
    answers.answer("activityDialog", name="")
    qtbot.mouseClick(record.findChild(QPushButton, "addActivity"), Qt.MouseButton.LeftButton)
    assert "Name the activity" in answers.last_refusal["name"]
    answers.answer("activityDialog", name="Synthetic FC")
    qtbot.mouseClick(record.findChild(QPushButton, "addActivity"), Qt.MouseButton.LeftButton)
    activities = belonging.activities_model
    names = [activities.data(activities.index(i, 0)) for i in range(activities.rowCount())]
    assert "Synthetic FC" in names
    with demo_db.session() as session:
        saved = opening.open_case(session, login("worker"), HASSAN, audit_read=False)
    assert [g.status for g in saved.goals if g.goal == "Join a football club"] == ["achieved"]


def test_a_team_lead_chooses_the_primary_worker_of_a_new_case(qtbot, demo_db, login):
    dialog = NewCaseDialog(demo_db, login("lead"))
    qtbot.addWidget(dialog)
    names = [dialog.worker.itemText(i) for i in range(dialog.worker.count())]
    assert any("(worker)" in n for n in names)
    assert not any("(worker2)" in n for n in names)  # another team's worker
    dialog.worker.setCurrentIndex(next(i for i, n in enumerate(names) if "(worker)" in n))
    qtbot.keyClicks(dialog.given_name, "Amira")
    qtbot.keyClicks(dialog.family_name, "Synthetica")
    qtbot.keyClicks(dialog.date_of_birth, "2009-05")
    dialog.create()
    assert dialog.created_reference
    with demo_db.session() as session:
        created = session.query(Case).filter_by(reference=dialog.created_reference).one()
        assert created.primary_worker.username == "worker"
        assert created.dob_precision == "month"
    social = NewCaseDialog(demo_db, login("worker"))
    qtbot.addWidget(social)
    assert social.worker.count() == 0  # a social worker becomes the primary worker


def test_each_tab_is_filled_when_shown_and_again_after_a_change(
    qtbot, record, demo_db, login, monkeypatch
):
    # Opening the case builds the person tab only.
    assert record.person_tab is not None and record.tabs.currentIndex() == 0
    assert record.belonging_tab is None and record.notes_tab is None
    belonging = record.show_tab("Belonging")
    shown = belonging.checkins_model.rowCount()
    notes = record.show_tab("Notes and tasks")
    # A check-in recorded elsewhere (another window, a colleague) while Notes is in front.
    with demo_db.session() as session:
        life_plan.add_checkin(
            session, login("worker"), HASSAN, feels_safe=4, part_of_neighbourhood=3,
            people_to_turn_to=4, takes_part_in_activities=2,
        )  # fmt: skip
    DialogAnswers(monkeypatch).answer("noteDialog", text="Synthetic note that re-reads the record.")
    qtbot.mouseClick(record.findChild(QPushButton, "addNote"), Qt.MouseButton.LeftButton)
    # The tab in front shows the change at once; the one behind waits until it is shown.
    assert notes.notes_model.rows()[0].text.startswith("Synthetic note")
    assert belonging.checkins_model.rowCount() == shown
    assert record.show_tab("Belonging") is belonging  # built once
    assert belonging.checkins_model.rowCount() == shown + 1
