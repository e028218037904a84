"""The case record's dialogs driven as a user would: add, correct (with a reason) and end each
fact, read a note whole, close a case through the team lead, merge a duplicate, and move
between the tabs from the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop_app.services.cases import notes_and_tasks, opening
from desktop_app.ui.case_record import CaseRecordPage
from desktop_app.ui.merge_dialog import DuplicatesDialog, MergeDialog
from desktop_app.ui.new_case_dialog import NewCaseDialog
from desktop_app.ui.record_dialog import Field, RecordDialog
from desktop_app.ui.tables import select_object
from tests.support.fresh_team import fresh_team
from tests.support.record_dialogs import DialogAnswers

HASSAN = "HW-2026-00001"


@pytest.fixture
def record(qtbot, demo_db, login):
    page = CaseRecordPage(demo_db, login("worker"), HASSAN)
    qtbot.addWidget(page)
    page.show()
    return page


def _saved(db, actor, reference=HASSAN):
    with db.session() as session:
        return opening.open_case(session, actor, reference, audit_read=False)


def _click(page, name):
    button = page.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    button.click()


def test_a_decision_is_corrected_with_its_reason_and_withdrawn(
    qtbot, record, demo_db, login, monkeypatch
):
    answers = DialogAnswers(monkeypatch)
    person = record.person_tab
    answers.answer("decisionDialog", decision_type="subsidiary", decision_date=date(2026, 3, 2))
    _click(record, "addDecision")
    assert select_object(person.decisions, lambda d: d.decision_type == "subsidiary")
    decision_id = person.chosen_decision().id
    # No reason: refused under its field, nothing changes.
    answers.answer("correctDecisionDialog", decision_type="refugee", reason="")
    _click(record, "correctDecision")
    assert answers.last_refusal == {"reason": "Say why the entry is changed."}
    assert answers.defaults[-1]["decision_type"] == "subsidiary"  # the dialog shows it as it is
    answers.answer(
        "correctDecisionDialog", decision_type="refugee", reason="The letter grants refugee status."
    )
    _click(record, "correctDecision")
    decision = next(d for d in _saved(demo_db, login("worker")).decisions if d.id == decision_id)
    assert decision.decision_type == "refugee"
    assert select_object(person.decisions, lambda d: d.id == decision.id)
    answers.answer("withdrawDialog", reason="Entered on the wrong young person.")
    _click(record, "decisionWithdraw")
    withdrawn = next(d for d in _saved(demo_db, login("worker")).decisions if d.id == decision.id)
    assert withdrawn.withdrawn_reason == "Entered on the wrong young person."
    select_object(person.decisions, lambda d: d.id == decision.id)
    assert not record.findChild(QPushButton, "correctDecision").isEnabled()


def test_a_placement_gets_a_new_planned_end_and_ends(qtbot, record, demo_db, login, monkeypatch):
    answers = DialogAnswers(monkeypatch)
    person = record.person_tab
    assert select_object(person.placements, lambda p: p.end_date is None)
    current = person.chosen_placement()
    answers.answer("plannedEndDialog", planned_end_date=date(2026, 9, 30), note="Extended")
    _click(record, "placementPlannedEnd")
    assert answers.refusals == [{}]
    card = record.show_tab("Transitions").cards["placement_end"]
    assert "2026-09-30" in card.title()
    record.show_tab("Person and legal status")
    select_object(person.placements, lambda p: p.id == current.id)
    answers.answer("endPlacementDialog", ended_on=date(2026, 3, 14))
    _click(record, "endPlacement")
    ended = next(p for p in _saved(demo_db, login("worker")).placements if p.id == current.id)
    assert ended.end_date == date(2026, 3, 14)


def test_contacts_and_consents_from_their_tab(qtbot, record, demo_db, login, monkeypatch):
    answers = DialogAnswers(monkeypatch)
    tab = record.show_tab("Contacts and consents")
    answers.answer("contactDialog", name="Karin Mentor", role="mentor", email="karin@example")
    _click(record, "addContact")
    answers.answer("contactDialog", name="", role="mentor")
    _click(record, "addContact")
    assert answers.last_refusal == {"name": "Give the contact's name."}
    assert "Karin Mentor (Mentor)" in tab.network.text()
    assert select_object(tab.contacts, lambda c: c.name == "Karin Mentor")
    answers.answer("editContactDialog", phone="+45 11 22 33 44")
    _click(record, "editContact")
    select_object(tab.contacts, lambda c: c.name == "Karin Mentor")
    answers.answer("endContactDialog", ended_on=date(2026, 3, 15))
    _click(record, "endContact")
    karin = next(c for c in _saved(demo_db, login("worker")).contacts if c.name == "Karin Mentor")
    assert (karin.phone, karin.ended_on) == ("+45 11 22 33 44", date(2026, 3, 15))
    assert "Karin" not in tab.network.text()
    # The role column says the relation in words only when it says more than the role.
    for name, role, relation in (
        ("Noor Osman", "family", "aunt"),
        ("Ole Dam", "teacher", "teacher"),
    ):
        answers.answer("contactDialog", name=name, role=role, relation=relation)
        _click(record, "addContact")
    roles = {
        tab.contacts.model().index(r, 0).data(): tab.contacts.model().index(r, 1).data()
        for r in range(tab.contacts.model().rowCount())
    }
    assert (roles["Noor Osman"], roles["Ole Dam"]) == ("Family (aunt)", "Teacher")

    answers.answer(
        "consentDialog",
        recipient="landlord",
        purpose="Share the housing needs with the landlord",
        given_on=date(2026, 3, 10),
        expires_on=date(2026, 12, 31),
    )
    _click(record, "addConsent")
    assert select_object(tab.consents, lambda c: c.recipient == "landlord")
    model = tab.consents.model()
    row = next(i for i in range(model.rowCount()) if model.index(i, 0).data() == "Landlord")
    assert model.index(row, 4).data() == "yes"
    answers.answer("withdrawConsentDialog", withdrawn_on=date(2026, 3, 16))
    _click(record, "withdrawConsent")
    assert model.index(row, 4).data() == "withdrawn 2026-03-16"


def test_the_adult_connections_item_names_the_contacts(qtbot, record, demo_db, login, monkeypatch):
    DialogAnswers(monkeypatch).answer("contactDialog", name="Noor Aunt", role="family")
    record.show_tab("Contacts and consents")
    _click(record, "addContact")
    card = record.show_tab("Transitions").cards["placement_end"]
    box = card.boxes["adult_connections"]
    assert "on record" in box.text()
    assert "Noor Aunt (Family)" in box.toolTip()


def test_a_move_is_recorded_for_continuity(qtbot, record, monkeypatch):
    answers = DialogAnswers(monkeypatch)
    tab = record.show_tab("Workers and continuity")
    before = tab.moves_model.rowCount()
    answers.answer(
        "moveDialog",
        kind="municipality_transfer",
        moved_on=date(2026, 3, 1),
        from_place="Vejle",
        to_place="Aarhus",
        worker_continued=False,
    )
    _click(record, "addMove")
    assert tab.moves_model.rowCount() == before + 1
    assert "the worker continued in" in tab.continuity_label.text()
    assert select_object(tab.moves, lambda m: m.to_place == "Aarhus")
    answers.answer("correctMoveDialog", worker_continued=True, reason="Anna stayed on.")
    _click(record, "correctMove")
    saved = _saved(record.database, record.actor)
    assert next(m for m in saved.moves if m.to_place == "Aarhus").worker_continued


def test_a_note_is_read_whole_and_corrected_and_a_task_is_handed_over(
    qtbot, demo_db, login, monkeypatch
):
    lead = login("lead")
    page = CaseRecordPage(demo_db, lead, HASSAN)
    qtbot.addWidget(page)
    answers = DialogAnswers(monkeypatch)
    tab = page.show_tab("Notes and tasks")
    long_text = "Home visit.\n" + "The young person showed the new room and the bus route. " * 12
    answers.answer("noteDialog", text=long_text, note_date=date(2026, 3, 13), kind="home_visit")
    _click(page, "addNote")
    assert select_object(tab.notes, lambda n: n.text.startswith("Home visit."))
    assert "bus route" in tab.reading.toPlainText()
    assert tab.reading.toPlainText().count("bus route") == 12  # whole, not cut
    answers.answer("correctNoteDialog", text="Home visit (corrected).", reason="Wrong case notes.")
    _click(page, "correctNote")
    assert "Home visit (corrected)." in tab.reading.toPlainText()

    answers.answer("taskDialog", title="Call the landlord")
    _click(page, "addTask")
    select_object(tab.tasks, lambda t: t.title == "Call the landlord")
    worker_id = login("worker").user_id
    answers.answer("editTaskDialog", owner_id=worker_id)
    _click(page, "editTask")
    task = next(t for t in _saved(demo_db, lead).tasks if t.title == "Call the landlord")
    assert task.owner.username == "worker"
    # Offered: those who may see the case (its workers, the team lead), no one else.
    offered = set(answers.choices[-1]["owner_id"])
    assert {"Anna Larsen", "Sofie Nielsen"} <= offered
    assert "Jonas Berg" not in offered  # a worker of Team South
    select_object(tab.tasks, lambda t: t.title == "Call the landlord")
    _click(page, "taskDone")
    assert next(t for t in _saved(demo_db, lead).tasks if t.title == "Call the landlord").done
    assert tab.done_button.text() == "Open again"


def test_closing_is_asked_for_by_the_worker_and_decided_by_the_team_lead(qtbot, db, monkeypatch):
    team = fresh_team(db)
    reference = team.open_case("anna", "Selam", "Tekle", date(2008, 5, 1))
    answers = DialogAnswers(monkeypatch)
    worker_page = CaseRecordPage(db, team.actors["anna"], reference)
    qtbot.addWidget(worker_page)
    worker_page.show()
    assert worker_page.closing.ask_button.isVisible()
    assert not worker_page.closing.merge_button.isVisible()  # a worker merges nothing
    answers.answer("closureRequestDialog", reason="")
    _click(worker_page, "requestClosure")
    assert answers.last_refusal == {"reason": "Say why the case should be closed."}
    answers.answer("closureRequestDialog", reason="Moved to Sweden with the family")
    _click(worker_page, "requestClosure")
    assert worker_page.notice.text() == "Asked to close the case; it waits for the team lead."
    assert worker_page.closing.isVisible() and "Waiting for the team lead" in (
        worker_page.closing.label.text()
    )
    assert not worker_page.closing.approve_button.isVisible()
    assert not worker_page.closing.ask_button.isVisible()

    lead_page = CaseRecordPage(db, team.actors["lena"], reference)
    qtbot.addWidget(lead_page)
    lead_page.show()
    assert lead_page.closing.approve_button.isVisible()
    answers.answer("closureReturnDialog", comment="Record the move first.")
    _click(lead_page, "returnClosure")
    assert lead_page.notice.text() == (
        "Returned to Anna Holm with your comment; the case stays open."
    )
    worker_page.reload()
    assert "Record the move first." in worker_page.closing.label.text()
    answers.answer("closureRequestDialog", reason="Moved to Sweden; the move is recorded")
    _click(worker_page, "requestClosure")
    lead_page.reload()
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    _click(lead_page, "approveClosure")  # asked, and No: nothing happens
    assert _saved(db, team.actors["lena"], reference).case.status == "open"
    _click(lead_page, "approveClosure")
    assert "resolved as closed" in asked[0]
    assert _saved(db, team.actors["lena"], reference).case.status == "closed"
    assert lead_page.notice.text() == "The case is closed."
    assert "CLOSED" in lead_page.summary_label.text()


def test_a_team_lead_merges_two_cases_found_as_likely_duplicates(qtbot, db, monkeypatch):
    team = fresh_team(db)
    keep = team.open_case("anna", "Mohammad", "Rahimi", date(2008, 5, 4), nationality="AF")
    other = team.open_case("bo", "Muhammed", "Rahimy", date(2008, 5, 4), nationality="AF")
    with db.session() as session:
        notes_and_tasks.add_note(session, team.actors["bo"], other, "Met with the guardian.")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    duplicates_dialog = DuplicatesDialog(db, team.actors["lena"])
    qtbot.addWidget(duplicates_dialog)
    assert duplicates_dialog.model.rowCount() == 1
    duplicates_dialog.view.selectRow(0)
    merged = []

    def merge(dialog):
        assert dialog.preview is not None  # compared when opened
        dialog.reason.setPlainText("Same passport number (synthetic).")
        merged.append(dialog.merge())
        return int(merged[-1])

    monkeypatch.setattr(MergeDialog, "exec", merge)
    duplicates_dialog.merge_chosen()
    assert merged == [True]
    assert duplicates_dialog.merged == [other]
    assert duplicates_dialog.model.rowCount() == 0
    # The case kept shows the duplicate's reference, and opening that reference shows it.
    page = CaseRecordPage(db, team.actors["anna"], other)
    qtbot.addWidget(page)
    assert page.reference == keep
    assert f"also {other} (merged)" in page.summary_label.text()
    assert [n.text for n in page.record.notes] == ["Met with the guardian."]


def test_the_new_case_warning_offers_a_team_lead_to_merge_two_existing_cases(
    qtbot, db, monkeypatch
):
    team = fresh_team(db)
    team.open_case("anna", "Mohammad", "Rahimi", date(2008, 5, 4), nationality="AF")
    team.open_case("bo", "Muhammed", "Rahimy", date(2008, 5, 4), nationality="AF")
    dialog = NewCaseDialog(db, team.actors["lena"])
    qtbot.addWidget(dialog)
    opened = []
    monkeypatch.setattr(
        NewCaseDialog, "merge_duplicates", lambda self, keep, other: opened.append((keep, other))
    )

    def press_merge(box):
        box.clickedButton = lambda: next(  # the user presses "Merge two of them…"
            b for b in box.buttons() if b.text() == "Merge two of them…"
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_merge)
    qtbot.keyClicks(dialog.given_name, "Mohamad")
    qtbot.keyClicks(dialog.family_name, "Rahimi")
    qtbot.keyClicks(dialog.date_of_birth, "2008-05-04")
    qtbot.keyClicks(dialog.nationality, "AF")
    dialog.create()
    assert opened == [("HW-2026-00001", "HW-2026-00002")]
    assert dialog.created_reference is None  # nothing created


def test_keyboard_moves_between_tabs_and_enter_presses_ok(qtbot, record, monkeypatch):
    record.tabs.setCurrentIndex(0)
    record.form.editors["given_name"].setFocus()
    qtbot.keyClick(
        record.form.editors["given_name"], Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier
    )
    assert record.tabs.currentIndex() == 1
    qtbot.keyClick(
        record.tabs.currentWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert record.tabs.currentIndex() == 2
    qtbot.keyClick(
        record.tabs.currentWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert record.tabs.currentIndex() == 1
    qtbot.keyClick(record.tabs.currentWidget(), Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)
    assert record.tabs.tabText(record.tabs.currentIndex()) == "Notes and tasks"
    qtbot.keyClick(record.tabs.currentWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert record.tabs.currentIndex() == 0
    # Enter in a dialog's field presses its default button, OK.
    taken = []
    dialog = RecordDialog(record, "Test", [Field("name", "Name")], taken.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editors["name"], "Karin")
    qtbot.keyClick(dialog.editors["name"], Qt.Key.Key_Return)
    assert taken == [{"name": "Karin"}] and dialog.result() == RecordDialog.DialogCode.Accepted
