"""The team screen: balance, reassignment with a handover note, requests, continuity, planning."""

from __future__ import annotations

import csv
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Case, WorkerAssignment
from desktop_app.services.team import moves
from desktop_app.ui import team_dialogs
from desktop_app.ui import team_screen as ts
from tests.support.small_team_db import SmallTeam


def _screen(qtbot, small: SmallTeam, who: str) -> ts.TeamScreen:
    screen = ts.TeamScreen(small.db, small.actors[who])
    qtbot.addWidget(screen)
    return screen


def _select_worker(screen: ts.TeamScreen, username: str | None) -> None:
    balance = screen.balance_tab
    for row, record in enumerate(balance.balance_model.rows()):
        if record.username == username:
            balance.balance_table.selectRow(row)
            return
    raise AssertionError(username)


def _select_case(screen: ts.TeamScreen, reference: str) -> None:
    balance = screen.balance_tab
    for row, record in enumerate(balance.worker_cases_model.rows()):
        if record.reference == reference:
            balance.worker_cases_table.selectRow(row)
            return
    raise AssertionError(reference)


def test_models_pass_modeltester(qtmodeltester, qtbot, small):
    screen = _screen(qtbot, small, "cora")
    for title in ("Continuity", "Planning", "Outcomes"):
        screen.show_tab(title)
    for model in (
        screen.balance_tab.balance_model,
        screen.continuity_tab.continuity_team_model,
        screen.planning_tab.housing_model,
        screen.outcomes_tab.outcomes_model,
        screen.planning_tab.quality_model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_balance_tab_shows_workers_and_their_cases(qtbot, small):
    screen = _screen(qtbot, small, "lena")
    assert "<b>North</b>" in screen.heading.text()
    model = screen.balance_tab.balance_model
    assert [model.data(model.index(r, 0)) for r in range(5)] == [
        "Bo (bo)",
        "Anna (anna)",
        "Cleo (cleo)",
        "Lena (lena)",
        "No primary worker",
    ]
    _select_worker(screen, "bo")
    # bo's open cases, soonest next transition first (F and H are overdue and wait for their
    # outcome; G was housed on time and has none left).
    refs = {v: k for k, v in small.refs.items()}
    cases = screen.balance_tab.worker_cases_model.rows()
    assert [refs[c.reference] for c in cases] == ["F", "H", "C", "G"]


def _confirmed(monkeypatch) -> list[str]:
    """Every confirmation is answered Yes; the questions are kept."""
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def test_reassignment_with_handover_note_from_the_team_screen(qtbot, small, monkeypatch):
    asked = _confirmed(monkeypatch)
    screen = _screen(qtbot, small, "lena")
    _select_worker(screen, "anna")
    _select_case(screen, small.refs["A"])
    seen: list[team_dialogs.ReassignDialog] = []

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, team_dialogs.ReassignDialog)
        seen.append(dialog)
        # A turns 18 in 16 days: the dialog warns before anything is typed.
        assert "Turns 18 is due in 16 days" in dialog.warning.text()
        assert dialog.worker_combo.findData("anna") == -1
        dialog.worker_combo.setCurrentIndex(dialog.worker_combo.findData("cleo"))
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        # No handover note: refused, the dialog stays open.
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert "handover note is required" in dialog.error.text()
        qtbot.keyClicks(dialog.note_edit, "Amal's guardian prefers phone calls.")
        # No reason although a transition is near: refused again.
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert "give a reason" in dialog.error.text()
        qtbot.keyClicks(dialog.reason_edit, "Anna moves to the after-care team")
        dialog.keep_check.setChecked(True)
        dialog.keep_days.setValue(21)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(screen.balance_tab, "exec_dialog", drive)
    qtbot.mouseClick(screen.balance_tab.reassign_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    # Asked once, after the service's objections were met, before anything was kept.
    assert len(asked) == 1 and "primary worker of" in asked[0]
    with small.db.session() as s:
        case = s.scalar(select(Case).where(Case.reference == small.refs["A"]))
        assert case.primary_worker.username == "cleo"
        rows = [
            (a.user.username, a.role, a.end_date, a.handover_note, a.reason)
            for a in s.scalars(
                select(WorkerAssignment)
                .where(WorkerAssignment.case_id == case.id)
                .order_by(WorkerAssignment.id)
            )
        ]
        assert rows == [
            ("anna", "primary", date(2026, 3, 16), None, "Case opened"),
            (
                "cleo",
                "primary",
                None,
                "Amal's guardian prefers phone calls.",
                "Anna moves to the after-care team",
            ),
            ("anna", "secondary", date(2026, 4, 6), None, "Hand-over period"),
        ]
        assert s.scalars(
            select(AuditEntry.action).where(AuditEntry.action == "case_reassigned")
        ).all() == ["case_reassigned"]
    # The screen reloaded: cleo now holds one case and A shows as a continuity alert.
    balance = screen.balance_tab.balance_model.rows()
    cleo = next(r for r in balance if r.username == "cleo")
    assert (cleo.primary_cases, cleo.secondary_cases, cleo.red) == (1, 0, 1)
    anna = next(r for r in balance if r.username == "anna")
    assert (anna.primary_cases, anna.secondary_cases) == (1, 1)
    screen.show_tab("Continuity")
    assert [a.reference for a in screen.continuity_tab.alerts_model.rows()] == [small.refs["A"]]


def test_worker_leaves_hands_over_all_cases(qtbot, small, monkeypatch):
    asked = _confirmed(monkeypatch)
    screen = _screen(qtbot, small, "lena")
    _select_worker(screen, "anna")

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, team_dialogs.WorkerLeavesDialog)
        for i in range(dialog.targets.count()):
            item = dialog.targets.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in ("bo", "cleo"):
                item.setCheckState(Qt.CheckState.Checked)
        dialog.note_edit.setPlainText("Files are in the shared folder.")
        dialog.reason_edit.setText("Anna leaves the service")
        dialog.submit()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(screen.balance_tab, "exec_dialog", drive)
    screen.balance_tab.worker_leaves()
    balance = screen.balance_tab.balance_model.rows()
    anna = next(r for r in balance if r.username == "anna")
    cleo = next(r for r in balance if r.username == "cleo")
    assert (anna.primary_cases, cleo.primary_cases) == (0, 2)
    assert len(asked) == 1


def test_requests_tab_decides_transfers_and_closures(qtbot, small, monkeypatch):
    with small.db.session() as s:
        moves.request_transfer(s, small.actors["lena"], small.refs["B"], "South", "Moves south.")
        moves.request_closure(s, small.actors["dina"], small.refs["D"], "Returned home")
    asked = _confirmed(monkeypatch)
    screen = _screen(qtbot, small, "sam")
    requests = screen.requests_tab
    assert [r.direction for r in requests.transfers_model.rows()] == ["incoming"]
    assert "1 waiting transfers, 1 closures to approve" in screen.heading.text()
    requests.transfers_table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("No capacity this spring.", True))
    qtbot.mouseClick(requests.reject_transfer, Qt.MouseButton.LeftButton)
    assert requests.transfers_model.rows() == []
    requests.closures_table.selectRow(0)
    qtbot.mouseClick(requests.approve_closure, Qt.MouseButton.LeftButton)
    assert requests.closures_model.rows() == []
    assert "0 waiting transfers, 0 closures to approve" in screen.heading.text()
    assert len(asked) == 2 and "cannot be taken back" in asked[0]
    with small.db.session() as s:
        assert s.scalar(select(Case.status).where(Case.reference == small.refs["D"])) == "closed"
        assert [
            r.decision_reason for r in moves.transfers(s, small.actors["sam"], pending_only=False)
        ] == ["No capacity this spring."]


def test_continuity_alert_opens_the_case(qtbot, small):
    with small.db.session() as s:
        moves.request_transfer(s, small.actors["lena"], small.refs["A"], "South", "Moves south.")
    screen = _screen(qtbot, small, "lena")
    continuity = screen.show_tab("Continuity")
    assert [a.reference for a in continuity.alerts_model.rows()] == [small.refs["A"]]
    with qtbot.waitSignal(screen.open_case, timeout=1000) as blocker:
        continuity.alerts_table.doubleClicked.emit(continuity.alerts_table.model().index(0, 1))
    assert blocker.args == [small.refs["A"]]


def test_coordinator_exports_twelve_month_planning_figures(qtbot, small, tmp_path):
    screen = _screen(qtbot, small, "cora")
    planning = screen.show_tab("Planning")
    path = tmp_path / "planning.csv"
    planning.planning_chart.save_csv(path)
    with open(path, encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    # Twelve months from March 2026, one row per month and municipality (Aarhus for D,
    # none for the cases without a placement).
    assert len({r["month"] for r in rows}) == 12
    assert rows[0]["month"] == "2026-03"
    nonzero = {
        (r["month"], r["municipality"], k): int(v)
        for r in rows
        for k, v in r.items()
        if k not in ("month", "municipality", "total") and v != "0"
    }
    assert nonzero == {
        ("2026-03", "Aarhus", "status_grant_move_out"): 1,  # D, 29 March
        ("2026-04", "", "turns_18"): 1,  # A
        ("2026-05", "", "turns_18"): 1,  # C
        ("2027-01", "", "turns_18"): 2,  # B and E
    }
    png = tmp_path / "planning.png"
    assert planning.planning_chart.save_png(png) and png.stat().st_size > 0
    housing = tmp_path / "housing.csv"
    planning.housing_chart.save_csv(housing)
    with open(housing, encoding="utf-8-sig") as handle:
        lines = handle.read().splitlines()
    assert lines[0] == "quarter,rooms,households,persons,awaiting_family"
    assert lines[1:] == [
        "2026-Q1,1,2,2,0",
        "2026-Q2,2,1,2,1",
        "2026-Q2,3,1,3,1",
        "2027-Q1,1,2,2,0",
    ]
    assert "No note in the last 90 days: 6" in planning.quality_summary.text()


def test_outcomes_tab_shows_numbers_behind_figures(qtbot, small):
    screen = _screen(qtbot, small, "lena")
    tab = screen.show_tab("Outcomes")
    assert tab.outcome_team.currentText() == "North"
    model = tab.outcomes_model
    rows = {
        (f.quarter, f.measure): model.data(model.index(i, 3)) for i, f in enumerate(model.rows())
    }
    assert rows[("2026-Q1", "in_language_training")] == "1 / 7 cases"
    assert rows[("2025-Q4", "housing_secured_before_deadline")] == "1 / 2 transitions"
    values = {
        (f.quarter, f.measure): model.data(model.index(i, 2)) for i, f in enumerate(model.rows())
    }
    assert values[("2026-Q1", "belonging_average")] == "2.75"
    assert values[("2025-Q4", "housing_secured_before_deadline")] == "50 %"
    # Every transition due in a quarter by what became of it (worked out by hand in
    # tests/support/small_team_db.py): 2025-Q4 G housed on time, F open; 2026-Q1 H open.
    by_outcome = tab.transition_outcomes_model
    headers = [by_outcome.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers[1:] == ["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]
    cells = {
        by_outcome.data(by_outcome.index(r, 0)): [
            by_outcome.data(by_outcome.index(r, c)) for c in range(1, 5)
        ]
        for r in range(by_outcome.rowCount())
    }
    assert cells["Housed on time"] == ["0", "0", "1", "0"]
    assert cells["Open"] == ["0", "0", "1", "1"]
    assert cells["All due in the quarter (n)"] == ["0", "0", "2", "1"]
    assert cells["Housed late"] == ["0", "0", "0", "0"]


def test_team_lead_asks_for_a_transfer_and_both_sides_see_it(qtbot, small, monkeypatch):
    screen = _screen(qtbot, small, "lena")
    _select_worker(screen, "anna")
    _select_case(screen, small.refs["B"])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("South", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Moves to his uncle.", True))
    qtbot.mouseClick(screen.balance_tab.transfer_button, Qt.MouseButton.LeftButton)
    assert [(r.reference, r.direction) for r in screen.requests_tab.transfers_model.rows()] == [
        (small.refs["B"], "outgoing")
    ]
    south = _screen(qtbot, small, "sam").requests_tab
    assert [(r.reference, r.direction, r.note) for r in south.transfers_model.rows()] == [
        (small.refs["B"], "incoming", "Moves to his uncle.")
    ]


def test_tabs_read_their_figures_when_shown(qtbot, small, monkeypatch):
    screen = _screen(qtbot, small, "lena")
    # The heading sums up balance and requests; the other tabs have read nothing yet.
    assert screen.balance_tab.balance_model.rowCount() == 5
    assert screen.continuity_tab.alerts_model.rowCount() == 0
    assert screen.planning_tab.housing_model.rowCount() == 0
    assert screen.outcomes_tab.outcomes_model.rowCount() == 0
    continuity = screen.show_tab("Continuity")
    assert continuity.alerts_model.rows() == []
    # A transfer asked for from the balance tab: the continuity tab behind it is read again
    # only when it is shown.
    screen.tabs.setCurrentWidget(screen.balance_tab)
    _select_worker(screen, "anna")
    _select_case(screen, small.refs["A"])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("South", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Moves south.", True))
    qtbot.mouseClick(screen.balance_tab.transfer_button, Qt.MouseButton.LeftButton)
    assert "1 waiting transfers" in screen.heading.text()
    assert continuity.alerts_model.rows() == []
    assert screen.show_tab("Continuity") is continuity
    assert [a.reference for a in continuity.alerts_model.rows()] == [small.refs["A"]]
