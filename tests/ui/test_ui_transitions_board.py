"""The transitions board: model, filters, grouping, timeline export and opening a case."""

from __future__ import annotations

import csv
from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.services.transitions.listing import TransitionRow
from desktop_app.ui import transitions_board as tb
from tests.support.small_team_db import SmallTeam


def _board(qtbot, small: SmallTeam, who: str, days: int = 90) -> tb.TransitionsBoard:
    board = tb.TransitionsBoard(small.db, small.actors[who])
    qtbot.addWidget(board)
    board.window_combo.setCurrentIndex(tb.WINDOWS.index(days))
    return board


def _letters(small: SmallTeam, board: tb.TransitionsBoard) -> list[str]:
    by_ref = {v: k for k, v in small.refs.items()}
    return [by_ref[r.reference] for r in board.model.transition_rows()]


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_model_passes_modeltester(qtmodeltester, small):
    board_model = tb.TransitionsBoardModel()
    from desktop_app.services.transitions import listing

    with small.db.session() as s:
        rows = listing.upcoming(s, small.actors["cora"], 180)
    from datetime import date

    board_model.set_rows(rows, date(2026, 3, 16), "week")
    qtmodeltester.check(board_model)


def test_team_lead_board_groups_by_week_and_month(qtbot, small):
    board = _board(qtbot, small, "lena", 90)
    # North within 90 days: F and H overdue (2025-12-01, 2026-02-10; still open, however
    # long ago), A on 2026-04-01, C on 2026-05-20.
    assert _letters(small, board) == ["F", "H", "A", "C"]
    assert [(h.title, h.count, h.red) for h in board.model.headings()] == [
        ("Overdue", 2, 2),
        ("Week of 2026-03-30", 1, 1),
        ("Week of 2026-05-18", 1, 0),
    ]
    _choose(board.group_combo, "month")
    assert [h.title for h in board.model.headings()] == ["Overdue", "Apr 2026", "May 2026"]
    first = board.model.index(1, tb.COL_WHY)
    assert board.model.data(first) == "Overdue by 105 days, no housing secured"
    missing = board.model.data(board.model.index(1, tb.COL_MISSING))
    assert missing.startswith("Housing secured, Income or benefits arranged, Budget plan")
    assert "36 transitions" not in board.summary.text()
    assert "<b>4 transitions</b>" in board.summary.text()


def test_board_filters(qtbot, small):
    board = _board(qtbot, small, "lena", 90)
    _choose(board.risk_combo, "red")
    assert _letters(small, board) == ["F", "H", "A"]
    _choose(board.risk_combo, "amber")
    assert _letters(small, board) == ["C"]
    _choose(board.risk_combo, None)
    _choose(board.worker_combo, small.users["bo"])
    assert _letters(small, board) == ["F", "H", "C"]
    _choose(board.worker_combo, small.users["cleo"])
    assert _letters(small, board) == []
    assert board.model.headings() == []
    _choose(board.worker_combo, None)
    _choose(board.kind_combo, "status_grant_move_out")
    assert _letters(small, board) == []
    # The window: within 30 days only A, and the overdue F and H.
    _choose(board.kind_combo, None)
    board.window_combo.setCurrentIndex(tb.WINDOWS.index(30))
    assert _letters(small, board) == ["F", "H", "A"]
    # Those that need an outcome: the overdue ones only.
    board.window_combo.setCurrentIndex(board.window_combo.findData(tb.NEEDS_OUTCOME))
    assert _letters(small, board) == ["F", "H"]
    assert "<b>2 transitions</b> passed without an outcome" in board.summary.text()


def test_coordinator_sees_every_team_and_filters_by_municipality(qtbot, small):
    board = _board(qtbot, small, "cora", 30)
    assert _letters(small, board) == ["F", "H", "D", "A"]
    assert board.municipality_combo.findData("Aarhus") > 0
    _choose(board.municipality_combo, "Aarhus")
    assert _letters(small, board) == ["D"]


def test_opening_a_case_from_the_board(qtbot, small):
    board = _board(qtbot, small, "lena", 90)
    board.show()
    qtbot.waitExposed(board)
    # Row 0 is the "Overdue" heading: it opens nothing and cannot be selected.
    assert not board.model.flags(board.model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    board.table.selectRow(4)  # A, under "Week of 2026-03-30" (F and H are overdue)
    assert board.open_button.isEnabled()
    with qtbot.waitSignal(board.open_case, timeout=1000) as blocker:
        qtbot.mouseClick(board.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [small.refs["A"]]
    rect = board.table.visualRect(board.model.index(1, tb.COL_NAME))
    with qtbot.waitSignal(board.open_case, timeout=1000) as blocker:
        # A real double-click: the press of the first click, then the double-click.
        qtbot.mouseClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [small.refs["F"]]
    board.table.setCurrentIndex(board.model.index(6, tb.COL_NAME))
    with qtbot.waitSignal(board.open_case, timeout=1000) as blocker:
        qtbot.keyClick(board.table, Qt.Key.Key_Return)
    assert blocker.args == [small.refs["C"]]


def test_timeline_exports_png_and_csv(qtbot, small, tmp_path):
    board = _board(qtbot, small, "lena", 90)
    board.tabs.setCurrentIndex(1)
    board.show()
    qtbot.waitExposed(board)
    board.timeline.save_csv(tmp_path / "timeline.csv")
    with open(tmp_path / "timeline.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["month", "red", "amber", "green"],
        ["Overdue", "2", "0", "0"],
        ["Apr 2026", "1", "0", "0"],
        ["May 2026", "0", "1", "0"],
    ]
    assert board.timeline.save_png(tmp_path / "timeline.png")
    assert (tmp_path / "timeline.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_demo_board_shows_red_transitions_and_why(qtbot, demo_db, login):
    board = tb.TransitionsBoard(demo_db, login("lead"))
    qtbot.addWidget(board)
    assert board.within_days() == 60
    _choose(board.risk_combo, "red")
    rows = board.model.transition_rows()
    assert rows and all(isinstance(r, TransitionRow) and r.risk == "red" for r in rows)
    # The demo's first case turns 18 in 20 days with no housing (a hand-made scenario).
    first = [r for r in rows if r.reference == "HW-2026-00001" and r.kind == "turns_18"]
    assert [(r.days_left, tb.risk_reason(r)) for r in first] == [
        (20, "Due in 20 days, no housing secured")
    ]
    assert all(r.team == "Team North" for r in rows)


def _pages_of_two(monkeypatch) -> None:
    from desktop_app.services.transitions import board as transitions_board

    monkeypatch.setattr(transitions_board, "BOARD_PAGE", 2)
    original = transitions_board.board
    monkeypatch.setattr(
        transitions_board, "board", lambda *a, **k: original(*a, **{**k, "limit": 2})
    )


def _headings_span(board: tb.TransitionsBoard) -> bool:
    return all(
        board.table.columnSpan(i, 0) == (tb.COLUMN_COUNT if isinstance(e, tb.GroupHeading) else 1)
        for i, e in enumerate(board.model._entries)
    )


def test_board_reads_the_next_rows_as_its_list_is_scrolled(qtbot, small, monkeypatch):
    _pages_of_two(monkeypatch)
    board = _board(qtbot, small, "cora", 90)
    assert _letters(small, board) == ["F", "H"]
    assert "<b>5 transitions</b>" in board.summary.text()
    assert "the others load as you scroll down" in board.summary.text()
    # As a view asks when its last row comes into sight: the next page, in the same order,
    # under headings of their own that span the row as the first ones do.
    assert board.model.canFetchMore(QModelIndex())
    board.model.fetchMore(QModelIndex())
    assert _letters(small, board) == ["F", "H", "D", "A"]
    assert _headings_span(board)
    board.model.fetchMore(QModelIndex())
    assert _letters(small, board) == ["F", "H", "D", "A", "C"]
    assert not board.model.canFetchMore(QModelIndex())
    assert _headings_span(board)
    # On screen, Qt's own view reads the rest while its list has room for them.
    shown = _board(qtbot, small, "cora", 90)
    assert _letters(small, shown) == ["F", "H"]
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitUntil(lambda: len(shown.model.transition_rows()) == 5)
    assert _letters(small, shown) == ["F", "H", "D", "A", "C"]
    assert _headings_span(shown)


def test_rows_read_later_grow_the_heading_they_continue():
    from dataclasses import replace

    today = date(2026, 3, 16)
    first = TransitionRow(
        case_id=1,
        reference="HW-T-1",
        name="Amal Testcase",
        kind="turns_18",
        due_date=date(2026, 3, 23),
        days_left=7,
        uncertain=False,
        readiness=40,
        risk="red",
        missing=(),
        primary_worker="anna",
        housing_secured=False,
        team="North",
        municipality=None,
        explanation="",
    )
    same_week = replace(first, reference="HW-T-2", due_date=date(2026, 3, 25), risk="amber")
    later = replace(first, reference="HW-T-3", due_date=date(2026, 4, 20))
    model = tb.TransitionsBoardModel()
    asked: list[int] = []

    def more(offset: int) -> list[TransitionRow]:
        asked.append(offset)
        return [same_week, later][offset - 1 :]

    model.set_rows([first], today, "week", total=3, more=more)
    assert [type(e).__name__ for e in model._entries] == ["GroupHeading", "TransitionRow"]
    changed: list[int] = []
    inserted: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    model.rowsInserted.connect(lambda _parent, a, b: inserted.append((a, b)))
    model.fetchMore(QModelIndex())
    assert asked == [1]
    # The week's heading (row 0) now counts two, one of them red; the rows come after it.
    heading = model.entry(0)
    assert (heading.count, heading.red) == (2, 1) and changed == [0]
    assert inserted == [(2, 4)]
    assert [e.reference for e in model.transition_rows()] == ["HW-T-1", "HW-T-2", "HW-T-3"]
    assert not model.canFetchMore(QModelIndex())


def test_the_why_names_what_must_be_secured():
    """Housing for most transitions; a permit's renewal, or a minor's care placement."""
    from dataclasses import replace

    base = TransitionRow(
        case_id=1,
        reference="HW-T-1",
        name="Amal Testcase",
        kind="permit_expiry",
        due_date=date(2026, 3, 1),
        days_left=-15,
        uncertain=False,
        readiness=40,
        risk="red",
        missing=("permit_renewal",),
        primary_worker="anna",
        housing_secured=False,
        team="North",
        municipality=None,
        explanation="",
        secure_item="permit_renewal",
    )
    assert tb.risk_reason(base) == "Overdue by 15 days, no permit renewal recorded"
    care = replace(base, kind="status_grant_move_out", secure_item="care_placement", days_left=12)
    assert tb.risk_reason(care) == "Due in 12 days, no care placement secured"
    housing = replace(base, kind="turns_18", secure_item="housing_secured", days_left=0)
    assert tb.risk_reason(housing) == "Due today, no housing secured"
    secured = replace(base, risk="green", housing_secured=True, days_left=120)
    assert tb.risk_reason(secured) == "Permit renewal recorded"
