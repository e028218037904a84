"""Journey: a team brings its caseload in with the import wizard and lets a year pass.

On a database made by `homeward init`, the team lead imports a spreadsheet written as the
team keeps it today (one row refused, with its reason). A worker marks a checklist item not
applicable, writes a note dated by the meeting, records a permit's renewal and withdraws a
decision entered on the wrong person. Then a year passes with little else recorded: nothing
open drops off My day, the board or `homeward transitions`; the team lead records what
became of each overdue transition from the board; a closure is returned with a comment,
then approved; the quarter's figures count every transition, resolved or not.
"""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWizard

from desktop_app.ui.import_wizard import ImportWizard
from desktop_app.ui.tables import select_object
from desktop_app.ui.team_screen import TeamScreen
from desktop_app.ui.transition_widgets import OutcomeDialog
from tests.support.journey_desk import (
    Desk,
    board,
    board_rows,
    click,
    contract,
    my_day,
    my_day_rows,
    set_up_the_team,
    shown,
)
from tests.support.record_dialogs import DialogAnswers

CASELOAD = """\
Reference;Given name;Family name;Date of birth;Unaccompanied;Status decision;Decision date;\
Permit expiry;Placement type;Placement municipality;Primary worker
N-101;Yonas;Haile;20.02.2008;ja;refugee;02.10.2025;;residential;Aarhus;anna
N-102;Farida;Azimi;2001-07-01;nej;refugee;2026-01-02;;reception;Aarhus;bo
N-103;Omid;Rahimi;2000-03-03;nej;subsidiary;2025-03-01;2026-03-31;own_tenancy;Aarhus;anna
N-104;Tarek;Osmani;31.02.2008;ja;;;;residential;Aarhus;bo
"""


def _import_with_the_wizard(desk: Desk, lead, path) -> str:
    """The import wizard, page by page, as the team lead goes through it; its report."""
    wizard = ImportWizard(desk.db, lead.actor, lead)
    desk.qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    combo = page.team_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["North"]
    desk.qtbot.keyClicks(page.path_edit, str(path))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    desk.qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.mapping_page
    mapped = [wizard.mapping_page.combos[i].currentData() for i in range(11)]
    assert mapped == [
        "reference",
        "given_name",
        "family_name",
        "date_of_birth",
        "unaccompanied",
        "status_decision",
        "decision_date",
        "permit_expiry",
        "placement_type",
        "placement_municipality",
        "primary_worker",
    ]
    desk.qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    preview = wizard.preview_page
    desk.qtbot.waitUntil(preview.isComplete, timeout=20000)
    assert "3 new, 0 to update, 0 unchanged, 1 rejected" in preview.summary.text()
    desk.qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    result = wizard.result_page
    desk.qtbot.waitUntil(lambda: result.finished, timeout=30000)
    assert "3 new, 0 updated, 0 unchanged, 1 rejected." in result.status.text()
    return result.report_view.toPlainText()


def test_journey_an_imported_caseload_through_a_year_with_little_recorded(
    qtbot, db, db_path, cli, monkeypatch, tmp_path
):
    desk = Desk(qtbot, monkeypatch, db, db_path, cli)
    set_up_the_team(desk)
    answers = DialogAnswers(monkeypatch)
    lead = desk.windows["lena"]

    # --- 5 January: the team's spreadsheet, imported by the team lead.
    sheet = tmp_path / "caseload north.csv"
    sheet.write_text(CASELOAD, encoding="utf-8")
    report = _import_with_the_wizard(desk, lead, sheet)
    assert "Row 5: rejected, column Date of birth: '31.02.2008' does not exist" in report

    listed = desk.transitions_json("lena", "--within", "90")
    assert sorted(contract(listed)) == [
        ("N-101", "turns_18", "open", None),
        ("N-102", "status_grant_move_out", "open", None),
        ("N-103", "permit_expiry", "open", None),
    ]
    due = {r["reference"]: (r["due_date"], r["risk"], r["primary_worker"]) for r in listed}
    assert due == {
        "N-101": ("2026-02-20", "amber", "anna"),  # in 46 days, nothing ready
        "N-102": ("2026-01-30", "red", "bo"),
        "N-103": ("2026-03-31", "amber", "anna"),
    }
    board_page = board(lead)
    board_page.window_combo.setCurrentIndex(board_page.window_combo.findData(90))
    assert sorted(board_rows(board_page)) == sorted((r["reference"], r["kind"]) for r in listed)

    # Anna's first day with the imported cases: nothing of hers is due within 30 days.
    anna = desk.log_in("anna", "initial pw 1")
    assert my_day_rows(my_day(anna)) == []
    record = anna.open_case("N-101")

    # Yonas stays with his relatives' network, not in a flat of his own: no bank account needed
    # yet — marked not applicable, with the reason.
    card = record.show_tab("Transitions").cards["turns_18"]
    before = card.row.readiness
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        staticmethod(lambda *a, **k: ("Bank account", True)),
    )
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *a, **k: ("He has a bank account through his guardian", True)),
    )
    card.na_button.click()
    card = record.show_tab("Transitions").cards["turns_18"]
    assert card.boxes["bank_account"].text() == "Bank account (not applicable)"
    assert card.row.readiness == before  # none done yet: 0 of one fewer

    # A note of the meeting on 2 January, typed on the 5th.
    record.show_tab("Notes and tasks")
    answers.answer(
        "noteDialog",
        note_date=date(2026, 1, 2),
        kind="meeting",
        text="Met Yonas and his guardian at the residential home; he wants to study.",
    )
    click(record, "addNote")
    assert answers.last_refusal == {}
    notes = record.notes_tab.notes_model
    assert [n.note_date for n in notes.rows()] == [date(2026, 1, 2)]

    # Omid's permit: the renewal is applied for, which secures his permit expiry.
    omid = anna.open_case("N-103")
    person = omid.show_tab("Person and legal status")
    assert select_object(person.decisions, lambda d: d.decision_type == "subsidiary")
    answers.answer("renewalDialog", applied_on=date(2026, 1, 5))
    click(omid, "decisionRenewal")
    assert answers.last_refusal == {}
    card = omid.show_tab("Transitions").cards["permit_expiry"]
    assert card.boxes["permit_renewal"].isChecked()

    # A rejection recorded on Omid by mistake (it was another young person's) is withdrawn.
    omid.show_tab("Person and legal status")
    answers.answer("decisionDialog", decision_type="rejected", decision_date=date(2026, 1, 5))
    click(omid, "addDecision")
    assert "permit_expiry" not in omid.show_tab("Transitions").cards
    omid.show_tab("Person and legal status")
    assert select_object(person.decisions, lambda d: d.decision_type == "rejected")
    answers.answer("withdrawDialog", reason="Entered on the wrong young person.")
    click(omid, "decisionWithdraw")
    assert answers.last_refusal == {}
    card = omid.show_tab("Transitions").cards["permit_expiry"]
    assert "2026-03-31" in card.title() and card.boxes["permit_renewal"].isChecked()

    # --- Next week, next quarter: nothing open drops off.
    desk.today_is(date(2026, 1, 12))
    listed = desk.transitions_json("lena", "--within", "90")
    assert sorted(contract(listed)) == [
        ("N-101", "turns_18", "open", None),
        ("N-102", "status_grant_move_out", "open", None),
        ("N-103", "permit_expiry", "open", None),
    ]
    desk.today_is(date(2026, 4, 6))  # both dates passed; the renewed permit's too
    listed = desk.transitions_json("lena", "--within", "90")
    assert sorted(contract(listed)) == [
        ("N-101", "turns_18", "open", None),
        ("N-102", "status_grant_move_out", "open", None),
    ]
    assert all(r["days_left"] < 0 and r["risk"] == "red" for r in listed)
    resolved = desk.transitions_json("lena", "--resolved-since", "2026-01-01")
    assert contract(resolved) == [("N-103", "permit_expiry", "resolved", "housed_on_time")]

    # --- Next year: still there, overdue, red, waiting for their outcomes.
    desk.today_is(date(2027, 1, 11))
    listed = desk.transitions_json("lena", "--within", "30")
    assert sorted((r["reference"], r["days_left"], r["risk"]) for r in listed) == [
        ("N-101", -325, "red"),
        ("N-102", -346, "red"),
    ]
    day = my_day(anna)
    assert shown(my_day_rows(day)) == [("N-101", "turns_18")]
    assert day.needs_outcome.text() == "Needs an outcome (1)"
    board_page = board(lead)
    board_page.window_combo.setCurrentIndex(
        board_page.window_combo.findText("Needs an outcome (overdue)")
    )
    assert sorted(board_rows(board_page)) == [
        ("N-101", "turns_18"),
        ("N-102", "status_grant_move_out"),
    ]

    # The team lead records what became of each, from the board.
    def record_from_the_board(reference: str, outcome: str, **fields: str) -> None:
        model = board_page.model
        row = next(
            i
            for i in range(model.rowCount())
            if getattr(model.entry(i), "reference", None) == reference  # (not a heading)
        )
        board_page.table.selectRow(row)

        def fill(dialog: OutcomeDialog) -> int:
            dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome))
            for name, value in fields.items():
                getattr(dialog, name).setText(value)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(OutcomeDialog, "exec", fill)
        click(board_page, "recordOutcomeButton")

    record_from_the_board("N-101", "stayed_in_care")
    record_from_the_board("N-102", "lost_contact")
    assert board_rows(board_page) == []
    assert desk.transitions_json("lena", "--within", "30") == []
    resolved = desk.transitions_json("lena", "--resolved-since", "2026-01-01")
    assert sorted(contract(resolved)) == [
        ("N-101", "turns_18", "resolved", "stayed_in_care"),
        ("N-102", "status_grant_move_out", "resolved", "lost_contact"),
        ("N-103", "permit_expiry", "resolved", "housed_on_time"),
    ]
    assert my_day_rows(my_day(anna)) == []

    # Bo asks to close Farida's case; the team lead returns it with a comment, then approves.
    bo = desk.log_in("bo", "initial pw 1")
    farida = bo.open_case("N-102")
    answers.answer("closureRequestDialog", reason="No contact for a year; she has left Aarhus")
    click(farida, "requestClosure")
    team = lead.show_page("team")
    assert isinstance(team, TeamScreen)
    team.reload()
    requests = team.show_tab("Requests")
    assert [r.reference for r in requests.closures_model.rows()] == ["N-102"]
    requests.closures_table.selectRow(0)
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *a, **k: ("Write to her last known address first", True)),
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    requests.return_closure.click()
    assert requests.closures_model.rowCount() == 0
    farida.reload()
    assert "Write to her last known address first" in farida.closing.label.text()
    answers.answer("closureRequestDialog", reason="The letter came back; no forwarding address")
    click(farida, "requestClosure")
    lead_record = lead.open_case("N-102")
    click(lead_record, "approveClosure")
    assert lead_record.notice.text() == "The case is closed."
    cases = json.loads(desk.command("lena", "cases", "--format", "json").out)
    assert sorted(c["reference"] for c in cases) == ["N-101", "N-103"]

    # The figures: every transition due in the first quarter of 2026, counted by outcome.
    by_quarter = {
        f["quarter"]: f
        for f in json.loads(
            desk.command(
                "lena", "outcomes", "--transitions", "--quarters", "5", "--format", "json"
            ).out
        )
    }
    q1 = by_quarter["2026-Q1"]
    assert (
        q1["n"],
        q1["housed_on_time"],
        q1["stayed_in_care"],
        q1["lost_contact"],
        q1["case_closed"],
        q1["open"],
    ) == (3, 1, 1, 1, 0, 0)
    assert all(by_quarter[q]["n"] == 0 for q in ("2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1"))
