"""Journey: an unaccompanied minor from arrival to after-care, through a year, from the desktop.

On a database made by `homeward init` and a team set up from the desktop, Selam arrives at
the reception centre at 17; an age assessment moves her 18th birthday; she is granted
refugee status while still a minor, so her move-out is met by a care placement; she learns
Danish (attendance, level, certificate), is offered a flat of her own for her 18th birthday
and moves in on the day, changes school with the same worker, follows a job-coaching
programme that ends in work, consents to a handover to the after-care service and is
handed over. The coordinator prints the handover; the team lead reads the figures.
"""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.ui.case_work_tab import SupportDialog
from desktop_app.ui.enrolment_dialogs import AttendanceDialog, CertificateDialog, EnrolmentDialog
from desktop_app.ui.reports_screen import ReportsScreen
from desktop_app.ui.tables import select_object
from desktop_app.ui.team_screen import TeamScreen
from tests.support.documents_data import pdf_bytes
from tests.support.journey_desk import (
    Desk,
    board,
    board_rows,
    click,
    contract,
    move_offer,
    my_day,
    my_day_rows,
    set_up_the_team,
    shown,
)
from tests.support.pdf_text import flat, flat_pdf_text
from tests.support.record_dialogs import DialogAnswers


def _answer(monkeypatch, dialog_class, fill, press) -> None:
    """`dialog_class` opens: filled as a user would, then its OK pressed (`press`)."""

    def exec_(dialog):
        fill(dialog)
        return QDialog.DialogCode.Accepted if press(dialog) else QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialog_class, "exec", exec_)


def test_journey_a_minor_from_arrival_to_after_care_from_an_empty_database(
    qtbot, db, db_path, cli, monkeypatch, tmp_path
):
    desk = Desk(qtbot, monkeypatch, db, db_path, cli)
    set_up_the_team(desk)
    answers = DialogAnswers(monkeypatch)

    # --- 5 January: Selam arrives at the reception centre; she says she was born in June 2008.
    anna = desk.log_in("anna", "initial pw 1")
    selam, record = desk.new_case(anna, "Selam", "Tekle", date(2008, 6, 20), nationality="ER")
    answers.answer(
        "placementDialog",
        placement_type="reception",
        municipality="Aarhus",
        start_date=date(2025, 12, 1),
    )
    click(record, "addPlacement")
    cards = record.show_tab("Transitions").cards
    assert "2026-06-20" in cards["turns_18"].title()

    # An age assessment sets her date of birth to 10 April 2008: she turns 18 ten weeks sooner.
    record.show_tab("Person and legal status")
    answers.answer(
        "assessmentDialog",
        new_date_of_birth=date(2008, 4, 10),
        assessed_on=date(2026, 1, 5),
        assessed_by="Udlændingestyrelsen",
    )
    click(record, "addAssessment")
    assert answers.last_refusal == {}
    assert record.form.editors["date_of_birth"].text() == "2008-04-10"
    assert "2026-04-10" in record.show_tab("Transitions").cards["turns_18"].title()
    listed = desk.transitions_json("anna", "--within", "120")
    assert [(r["kind"], r["due_date"]) for r in listed] == [("turns_18", "2026-04-10")]

    # 12 January: refugee status while she is 17 — her move-out is met by a care placement.
    desk.today_is(date(2026, 1, 12))
    record.show_tab("Person and legal status")
    answers.answer("decisionDialog", decision_type="refugee", decision_date=date(2026, 1, 12))
    click(record, "addDecision")
    card = record.show_tab("Transitions").cards["status_grant_move_out"]
    assert "2026-02-09" in card.title() and card.risk == "red"
    assert "care_placement" in card.boxes and "housing_secured" not in card.boxes
    assert "budget_plan" not in card.boxes  # the minors' checklist, not the adults'
    day = my_day(anna)
    assert (selam, "status_grant_move_out") in shown(my_day_rows(day))

    # Her guardian, and her consent to hand over to the after-care service.
    record.show_tab("Contacts and consents")
    answers.answer("contactDialog", name="Birgit Holm", role="guardian", phone="+45 20 30 40 50")
    click(record, "addContact")
    answers.answer(
        "consentDialog",
        recipient="aftercare_service",
        purpose="Handover to the after-care service when she turns 18",
        given_on=date(2026, 1, 12),
        expires_on=date(2027, 1, 12),
    )
    click(record, "addConsent")
    assert answers.refusals[-2:] == [{}, {}]

    # 2 February: she moves from the reception centre to a foster family.
    desk.today_is(date(2026, 2, 2))
    record.show_tab("Person and legal status")
    person = record.person_tab
    assert select_object(person.placements, lambda p: p.placement_type == "reception")
    answers.answer("endPlacementDialog", ended_on=date(2026, 2, 1))
    click(record, "endPlacement")
    answers.answer(
        "placementDialog",
        placement_type="foster",
        municipality="Aarhus",
        start_date=date(2026, 2, 2),
    )
    click(record, "addPlacement")
    assert answers.refusals[-2:] == [{}, {}]
    card = record.show_tab("Transitions").cards["status_grant_move_out"]
    assert card.risk != "red"
    assert card.boxes["care_placement"].isChecked()

    # Danish lessons: enrolled from the partners' registry, the places left shown.
    language = record.show_tab("Language")
    index = language.course_choice.findData(1)
    assert language.course_choice.itemText(index).endswith("12 of 12 free")
    language.course_choice.setCurrentIndex(index)
    click(record, "enrol")
    assert language.enrol_error.text() == ""
    assert language.course_choice.itemText(index).endswith("11 of 12 free")

    # --- Next week, next month: nothing open has gone anywhere.
    desk.today_is(date(2026, 2, 9))
    listed = desk.transitions_json("anna", "--within", "90")
    assert sorted(contract(listed)) == [
        (selam, "status_grant_move_out", "open", None),
        (selam, "turns_18", "open", None),
    ]
    desk.today_is(date(2026, 2, 10))  # the day after: the move-out was met by the placement
    resolved = desk.transitions_json("anna", "--resolved-since", "2026-01-01")
    assert contract(resolved) == [(selam, "status_grant_move_out", "resolved", "housed_on_time")]
    assert my_day_rows(my_day(anna)) == []  # her 18th birthday is two months away

    # 13 March: four weeks to her 18th birthday and no housing — red on My day.
    desk.today_is(date(2026, 3, 13))
    day = my_day(anna)
    assert [(r.reference, r.kind, r.risk) for r in my_day_rows(day)] == [(selam, "turns_18", "red")]
    # Attendance, 85 %.
    record.reload()
    language = record.show_tab("Language")

    def attendance(dialog: AttendanceDialog) -> None:
        dialog.day.setDate(date(2026, 3, 13))
        dialog.percent.setValue(85)
        dialog.hours.setValue(51)

    _answer(monkeypatch, AttendanceDialog, attendance, lambda d: d.record())
    click(record, "recordAttendance")
    assert language.selected().attendance_percent == 85

    # Her own flat for her 18th birthday: offered, accepted, moving in on the day.
    housing = record.show_tab("Housing")
    qtbot.waitUntil(lambda: housing.matching is None)  # units are ranked off the GUI thread
    offered = [m.unit.address for m in housing.matches_model.rows()]
    assert offered == ["Fjordgade 5, 2. th"], offered
    housing.matches_view.selectRow(0)
    click(record, "proposeButton")
    assert move_offer(record, monkeypatch, "accepted", date(2026, 4, 10)) == ("U-00001: Accepted.")
    card = record.show_tab("Transitions").cards["turns_18"]
    assert card.risk != "red"
    lead = desk.windows["lena"]
    board_page = board(lead)
    assert (selam, "turns_18") in board_rows(board_page)

    # 20 March: the lease is signed.
    desk.today_is(date(2026, 3, 20))
    record.reload()
    assert move_offer(record, monkeypatch, "contract_signed") == "U-00001: Contract signed."

    # --- 10 April: she turns 18 and moves in.
    desk.today_is(date(2026, 4, 10))
    record.reload()
    assert move_offer(record, monkeypatch, "moved_in", date(2026, 4, 10)) == "U-00001: Moved in."
    desk.today_is(date(2026, 4, 13))
    assert desk.transitions_json("anna", "--within", "90") == []
    resolved = desk.transitions_json("anna", "--resolved-since", "2026-01-01")
    assert sorted(contract(resolved)) == [
        (selam, "status_grant_move_out", "resolved", "housed_on_time"),
        (selam, "turns_18", "resolved", "housed_on_time"),
    ]
    assert my_day_rows(my_day(anna)) == []

    # Job coaching from the partners' programmes, from 4 May.
    desk.today_is(date(2026, 5, 4))
    record.reload()
    work = record.show_tab("Work and education")
    work.programme_choice.setCurrentIndex(work.programme_choice.findData(1))
    click(record, "addEmployment")
    assert work.employment_error.text() == ""
    assert work.selected().programme_name == "Job coaching for young adults"

    # 12 June: the course is over — level A2 and her certificate, with its scan.
    desk.today_is(date(2026, 6, 12))
    record.reload()
    language = record.show_tab("Language")
    scan = tmp_path / "proeve-i-dansk-1.pdf"
    scan.write_bytes(pdf_bytes("Prøve i Dansk 1 (synthetic)"))

    def certificate(dialog: CertificateDialog) -> None:
        qtbot.keyClicks(dialog.title, "Prøve i Dansk 1")
        dialog.issued.setDate(date(2026, 6, 12))
        dialog.set_file(scan)

    _answer(monkeypatch, CertificateDialog, certificate, lambda d: d.save())
    click(record, "recordCertificate")

    def completed(dialog: EnrolmentDialog) -> None:
        dialog.status.setCurrentIndex(dialog.status.findData("completed"))
        dialog.level.setCurrentIndex(dialog.level.findData("A2"))

    _answer(monkeypatch, EnrolmentDialog, completed, lambda d: d.save())
    click(record, "updateEnrolment")
    done = language.selected()
    assert (done.status, done.level_reached, done.certificate) == (
        "completed",
        "A2",
        "Prøve i Dansk 1",
    )
    assert done.certificate_document_id is not None

    # August: a new school, the same worker.
    desk.today_is(date(2026, 8, 10))
    record.reload()
    workers = record.show_tab("Workers and continuity")
    answers.answer(
        "moveDialog",
        kind="school_change",
        moved_on=date(2026, 8, 10),
        from_place="Sprogskolen Aarhus",
        to_place="Aarhus Tech",
        worker_continued=True,
    )
    click(record, "addMove")
    assert "School changes and transfers: 1, the worker continued in 1." in (
        workers.continuity_label.text()
    )

    # 30 October: the job coaching ends in work.
    desk.today_is(date(2026, 10, 30))
    record.reload()
    work = record.show_tab("Work and education")

    def in_work(dialog: SupportDialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("in_work"))
        qtbot.keyClicks(dialog.note, "Hired as a kitchen assistant")

    _answer(monkeypatch, SupportDialog, in_work, lambda d: d.save())
    click(record, "endSupport")
    ended = work.selected()
    assert (ended.status, ended.outcome, ended.end_date) == (
        "completed",
        "in_work",
        date(2026, 10, 30),
    )

    # 2 November: handed over to the after-care service; a new worker takes over there.
    desk.today_is(date(2026, 11, 2))
    record.reload()
    workers = record.show_tab("Workers and continuity")
    answers.answer(
        "moveDialog",
        kind="aftercare_transfer",
        moved_on=date(2026, 11, 2),
        from_place="Team North",
        to_place="Aarhus Kommune, efterværn",
        worker_continued=False,
    )
    click(record, "addMove")
    assert "School changes and transfers: 2, the worker continued in 1." in (
        workers.continuity_label.text()
    )

    # The coordinator prints the handover for the after-care service: her consent covers it.
    cora = desk.log_in("cora", "initial pw 1")
    reports = cora.show_page("reports")
    assert isinstance(reports, ReportsScreen)
    qtbot.keyClicks(reports.reference, selam)
    assert reports.handover_button.isEnabled()
    reports.handover_button.click()
    preview = reports.last_dialog
    assert preview is not None
    panel = preview.options_panel
    panel.recipient.setCurrentIndex(panel.recipient.findData("aftercare_service"))
    qtbot.keyClicks(panel.receiving, "Aarhus Kommune, efterværn")
    qtbot.keyClicks(panel.reason, "She turned 18 and continues in after-care")
    assert preview.rebuild()
    assert preview.rendered.document == "handover"
    assert not preview.rendered.detail.get("consent_missing")
    saved = preview.save_document(str(tmp_path / "handover"))
    text = flat_pdf_text(saved)
    for expected in (
        "Handover report",
        selam,
        "Selam Tekle",
        "Aarhus Kommune, efterværn",
        "Prøve i Dansk 1",
        "Job coaching: Job coaching for young adults",  # the programme by its name
        "Jobcenter Aarhus",
        "In work — Hired as a kitchen assistant",
        "Aarhus Tech",
    ):
        assert flat(expected) in text, expected

    # --- The year's end: the team lead's figures.
    desk.today_is(date(2026, 12, 14))
    team = lead.show_page("team")
    assert isinstance(team, TeamScreen)
    team.reload()
    outcomes = team.show_tab("Outcomes")
    table = outcomes.transition_outcomes_model
    quarters = [table.headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())]
    assert quarters[1:] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    figures = {
        table.data(table.index(r, 0)): [table.data(table.index(r, c)) for c in range(1, 5)]
        for r in range(table.rowCount())
    }
    assert figures["All due in the quarter (n)"] == ["1", "1", "0", "0"]
    assert figures["Housed on time"] == ["1", "1", "0", "0"]
    hard = {
        (f["quarter"], f["measure"]): (f["count"], f["base"])
        for f in json.loads(desk.command("lena", "outcomes", "--format", "json").out)
        if f["team"] == "North"
    }
    # Worked out by hand: one young person; her move-out in Q1 and her 18th birthday in Q2
    # secured in time; the course from February to June; job coaching from May, then in work;
    # her own flat from April.
    expected = {
        "housing_secured_before_deadline": [(1, 1), (1, 1), (0, 0), (0, 0)],
        "in_language_training": [(1, 1), (1, 1), (0, 1), (0, 1)],
        "in_work_or_education": [(0, 1), (1, 1), (1, 1), (1, 1)],
        "moved_into_own_tenancy": [(0, 1), (1, 1), (0, 1), (0, 1)],
    }
    for measure, per_quarter in expected.items():
        assert [hard[(q, measure)] for q in quarters[1:]] == per_quarter, measure
    continuity = json.loads(desk.command("lena", "continuity", "--format", "json").out)
    assert [(c["group"], c["moves"], c["moves_worker_continued"]) for c in continuity] == [
        ("North", 2, 1)
    ]
