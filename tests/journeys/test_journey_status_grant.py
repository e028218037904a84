"""Journey: a team starts Homeward on an empty database and carries two young adults granted
protection out of the reception centre through a year, from the desktop.

The administrator sets up the team and its people; the team lead fills the partners' and the
housing registries; a worker opens two cases, records their placements and decisions; one is
housed on time through an offer, the other's deadline passes and waits for its outcome; a
decision is corrected, a municipality move recorded, a duplicate merged and a case closed;
after a year the team lead reads the quarter's figures. After each step: what My day, the
board, the case record and `homeward transitions` / `homeward outcomes` show.
"""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from desktop_app.ui.merge_dialog import DuplicatesDialog, MergeDialog
from desktop_app.ui.tables import select_object
from desktop_app.ui.team_screen import TeamScreen
from desktop_app.ui.transition_widgets import OutcomeDialog
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
from tests.support.record_dialogs import DialogAnswers


def test_journey_two_status_grants_through_a_year_from_an_empty_database(
    qtbot, db, db_path, cli, monkeypatch
):
    desk = Desk(qtbot, monkeypatch, db, db_path, cli)
    set_up_the_team(desk)
    answers = DialogAnswers(monkeypatch)

    # --- 5 January: Anna opens two cases of young adults in the reception centre.
    anna = desk.log_in("anna", "initial pw 1")
    day = my_day(anna)
    assert my_day_rows(day) == []
    amanuel, record = desk.new_case(anna, "Amanuel", "Tesfay", date(2003, 4, 2), nationality="ER")
    answers.answer(
        "placementDialog",
        placement_type="reception",
        municipality="Aarhus",
        start_date=date(2025, 10, 1),
    )
    click(record, "addPlacement")
    answers.answer("decisionDialog", decision_type="refugee", decision_date=date(2026, 1, 5))
    click(record, "addDecision")
    assert answers.refusals[-2:] == [{}, {}]
    assert anna.statusBar().currentMessage() == f"Saved {amanuel}."
    card = record.show_tab("Transitions").cards["status_grant_move_out"]
    assert "2026-02-02" in card.title()  # 28 days after the grant
    assert card.risk == "red"
    assert "no housing is secured" in card.risk_label.text()

    hamid, record_h = desk.new_case(anna, "Hamid", "Noori", date(2002, 9, 15), nationality="AF")
    answers.answer(
        "placementDialog",
        placement_type="reception",
        municipality="Aarhus",
        start_date=date(2025, 11, 3),
    )
    click(record_h, "addPlacement")
    answers.answer("decisionDialog", decision_type="subsidiary", decision_date=date(2026, 1, 5))
    click(record_h, "addDecision")

    # Her caseload lists both, and the status bar counts them.
    caseload = anna.show_page("caseload")
    status = anna.findChild(QLabel, "statusText")
    qtbot.waitUntil(lambda: "2 cases in the list" in status.text(), timeout=5000)
    model = caseload.model
    assert sorted(model.data(model.index(r, 1)) for r in range(model.rowCount())) == [
        "Amanuel Tesfay",
        "Hamid Noori",
    ]
    day = my_day(anna)
    assert sorted(shown(my_day_rows(day))) == [
        (amanuel, "status_grant_move_out"),
        (hamid, "status_grant_move_out"),
    ]
    assert {r.risk for r in my_day_rows(day)} == {"red"}
    listed = desk.transitions_json("anna", "--within", "30")
    assert sorted(contract(listed)) == [
        (amanuel, "status_grant_move_out", "open", None),
        (hamid, "status_grant_move_out", "open", None),
    ]
    assert {(r["days_left"], r["risk"], r["primary_worker"]) for r in listed} == {
        (28, "red", "anna")
    }

    # Hamid is offered the flat and accepts it, moving in on 26 January.
    housing_tab = record_h.show_tab("Housing")
    qtbot.waitUntil(lambda: housing_tab.matching is None)  # units are ranked off the GUI thread
    assert [m.unit.address for m in housing_tab.matches_model.rows()] == ["Fjordgade 5, 2. th"]
    housing_tab.matches_view.selectRow(0)
    click(record_h, "proposeButton")
    assert move_offer(record_h, monkeypatch, "accepted", date(2026, 1, 26)) == (
        "U-00001: Accepted."
    )
    card = record_h.show_tab("Transitions").cards["status_grant_move_out"]
    assert card.risk != "red"
    listed = {r["reference"]: r for r in desk.transitions_json("anna", "--within", "30")}
    assert listed[hamid]["risk"] != "red" and "housing_secured" not in listed[hamid]["missing"]

    # --- Next week: nothing has dropped off.
    desk.today_is(date(2026, 1, 12))
    day = my_day(anna)
    assert (amanuel, "status_grant_move_out") in shown(my_day_rows(day))
    listed = desk.transitions_json("anna", "--within", "30")
    assert sorted(contract(listed)) == [
        (amanuel, "status_grant_move_out", "open", None),
        (hamid, "status_grant_move_out", "open", None),
    ]

    # --- 20 January: the lease is signed; 26 January: Hamid moves in.
    desk.today_is(date(2026, 1, 20))
    record_h.reload()
    assert move_offer(record_h, monkeypatch, "contract_signed") == "U-00001: Contract signed."
    desk.today_is(date(2026, 1, 26))
    record_h.reload()
    assert move_offer(record_h, monkeypatch, "moved_in", date(2026, 1, 26)) == (
        "U-00001: Moved in."
    )

    # --- Next quarter: Amanuel's deadline passed with nothing recorded; Hamid was housed.
    desk.today_is(date(2026, 4, 6))
    day = my_day(anna)
    assert shown(my_day_rows(day)) == [(amanuel, "status_grant_move_out")]
    assert day.needs_outcome.text() == "Needs an outcome (1)"
    day.needs_outcome.click()
    assert shown(my_day_rows(day)) == [(amanuel, "status_grant_move_out")]
    lead = desk.windows["lena"]
    board_page = board(lead)
    board_page.window_combo.setCurrentIndex(
        board_page.window_combo.findText("Needs an outcome (overdue)")
    )
    assert board_rows(board_page) == [(amanuel, "status_grant_move_out")]
    listed = desk.transitions_json("anna", "--within", "30")
    assert contract(listed) == [(amanuel, "status_grant_move_out", "open", None)]
    assert (listed[0]["days_left"], listed[0]["risk"]) == (-63, "red")
    resolved = desk.transitions_json("anna", "--resolved-since", "2026-01-01")
    assert contract(resolved) == [(hamid, "status_grant_move_out", "resolved", "housed_on_time")]

    # Anna records from My day what became of it: housed from 1 March.
    item = day.transitions.topLevelItem(0)
    day.transitions.setCurrentItem(item)

    def housed_late(dialog: OutcomeDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("housed_late"))
        dialog.housing_began.setDate(date(2026, 3, 1))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OutcomeDialog, "exec", housed_late)
    click(day, "recordOutcome")
    assert my_day_rows(day) == [] and day.needs_outcome.text() == "Needs an outcome (0)"
    assert desk.transitions_json("anna", "--within", "30") == []
    resolved = desk.transitions_json("anna", "--resolved-since", "2026-01-01")
    assert sorted(contract(resolved)) == [
        (amanuel, "status_grant_move_out", "resolved", "housed_late"),
        (hamid, "status_grant_move_out", "resolved", "housed_on_time"),
    ]
    # (Its record, open since January, is closed and opened again to read it afresh.)
    assert anna.close_case(amanuel)
    record = anna.open_case(amanuel)
    history = record.show_tab("Transitions")
    assert "status_grant_move_out" not in history.cards
    assert "Housed late" in history.findChild(QLabel, "outcome_status_grant_move_out").text()

    # The decision was mistyped: the letter grants subsidiary protection. Corrected with the
    # reason; the outcome already recorded stays.
    person = record.show_tab("Person and legal status")
    assert select_object(person.decisions, lambda d: d.decision_type == "refugee")
    answers.answer("correctDecisionDialog", decision_type="subsidiary", reason="")
    click(record, "correctDecision")
    assert answers.last_refusal == {"reason": "Say why the entry is changed."}
    answers.answer(
        "correctDecisionDialog",
        decision_type="subsidiary",
        reason="The letter grants subsidiary protection, not refugee status.",
    )
    click(record, "correctDecision")
    assert answers.last_refusal == {}
    decisions = person.decisions_model
    assert [decisions.data(decisions.index(r, 0)) for r in range(decisions.rowCount())] == [
        "Subsidiary protection"
    ]
    corrected = json.loads(
        desk.command(
            "lena", "audit", "--case", amanuel, "--action", "decision_corrected", "--format", "json"
        ).out
    )
    assert len(corrected) == 1 and corrected[0]["user"] == "anna"
    assert "not refugee status" in corrected[0]["detail"]
    resolved = desk.transitions_json("anna", "--resolved-since", "2026-01-01")
    assert (amanuel, "status_grant_move_out", "resolved", "housed_late") in contract(resolved)

    # Hamid moves to Randers; Anna goes on as his worker.
    record_h = anna.open_case(hamid)
    workers = record_h.show_tab("Workers and continuity")
    answers.answer(
        "moveDialog",
        kind="municipality_transfer",
        moved_on=date(2026, 4, 1),
        from_place="Aarhus",
        to_place="Randers",
        worker_continued=True,
    )
    click(record_h, "addMove")
    assert answers.last_refusal == {}
    assert workers.moves_model.rowCount() == 1
    assert "School changes and transfers: 1, the worker continued in 1." in (
        workers.continuity_label.text()
    )

    # --- Bo opens a case for "Hamid Nouri": the same young person. Warned, he opens it anyway.
    bo = desk.log_in("bo", "initial pw 1")

    def create_anyway(box: QMessageBox) -> int:
        warned.append(box.text())
        box.clickedButton = lambda: next(  # the user presses "Create a new case anyway"
            b for b in box.buttons() if b.text() == "Create a new case anyway"
        )
        return 0

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", create_anyway)
    twin, _ = desk.new_case(bo, "Hamid", "Nouri", date(2002, 9, 15), nationality="AF")
    assert len(warned) == 1 and hamid in warned[0]

    # The team lead merges the two from the Team screen's likely duplicates.
    lead = desk.windows["lena"]
    team = lead.show_page("team")
    assert isinstance(team, TeamScreen)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    pairs: list[tuple[str, str]] = []

    def choose_the_pair(dialog: DuplicatesDialog) -> int:
        pairs.extend((p.first, p.second) for p in dialog.model.rows())
        dialog.view.selectRow(0)
        click(dialog, "mergePair")
        return 0

    def merge_into_the_first(dialog: MergeDialog) -> int:
        assert dialog.preview is not None
        assert (dialog.preview.keep.reference, dialog.preview.other.reference) == (hamid, twin)
        dialog.reason.setPlainText("The same young person: same date of birth and passport.")
        return int(dialog.merge())

    monkeypatch.setattr(DuplicatesDialog, "exec", choose_the_pair)
    monkeypatch.setattr(MergeDialog, "exec", merge_into_the_first)
    click(team, "teamDuplicates")
    assert pairs == [(hamid, twin)]
    found = json.loads(desk.command("bo", "cases", "--search", "nouri", "--format", "json").out)
    assert [c["reference"] for c in found] == [hamid]
    # The other reference opens the case kept, with both references on it.
    kept = lead.open_case(twin)
    assert kept.reference == hamid
    assert f"also {twin} (merged)" in kept.summary_label.text()

    # --- Amanuel has moved to Copenhagen: Anna asks to close his case, the team lead approves.
    record = anna.open_case(amanuel)
    answers.answer("closureRequestDialog", reason="Moved to Copenhagen to live with his brother")
    click(record, "requestClosure")
    assert record.notice.text() == "Asked to close the case; it waits for the team lead."
    team.reload()
    requests = team.show_tab("Requests")
    assert [r.reference for r in requests.closures_model.rows()] == [amanuel]
    lead_record = lead.open_case(amanuel)
    click(lead_record, "approveClosure")
    assert lead_record.notice.text() == "The case is closed."
    assert "CLOSED" in lead_record.summary_label.text()
    cases = json.loads(desk.command("anna", "cases", "--format", "json").out)
    assert [c["reference"] for c in cases] == [hamid]

    # --- The year's end: the team lead reads the figures of the quarters.
    desk.today_is(date(2026, 12, 14))
    team.reload()
    outcomes = team.show_tab("Outcomes")
    table = outcomes.transition_outcomes_model
    quarters = [table.headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())]
    assert quarters[1:] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    figures = {
        table.data(table.index(r, 0)): [table.data(table.index(r, c)) for c in range(1, 5)]
        for r in range(table.rowCount())
    }
    assert figures["All due in the quarter (n)"] == ["2", "0", "0", "0"]
    assert figures["Housed on time"] == ["1", "0", "0", "0"]
    assert figures["Housed late"] == ["1", "0", "0", "0"]
    assert figures["Open"] == figures["Case closed"] == ["0", "0", "0", "0"]

    # --- Next year: nothing has moved, and the command line counts the same.
    desk.today_is(date(2027, 1, 11))
    assert desk.transitions_json("lena", "--within", "90") == []
    by_quarter = {
        f["quarter"]: f
        for f in json.loads(
            desk.command(
                "lena", "outcomes", "--transitions", "--quarters", "5", "--format", "json"
            ).out
        )
    }
    q1 = by_quarter["2026-Q1"]
    assert (q1["team"], q1["n"], q1["housed_on_time"], q1["housed_late"], q1["open"]) == (
        "North",
        2,
        1,
        1,
        0,
    )
    assert all(by_quarter[q]["n"] == 0 for q in ("2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1"))
