"""The one table model of the lists, its sort proxy and the table set-up: rows, roles, sorting
on screen, selection through a sorted view, the placeholder and the full text of a cut cell."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QToolTip,
)

from desktop_app.services.actor import Actor
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import audit_query, retention
from desktop_app.ui.audit_viewer import AuditModel
from desktop_app.ui.data_protection import RetentionModel
from desktop_app.ui.tables import (
    OBJECT_ROLE,
    RIGHT,
    SORT_ROLE,
    Column,
    ColumnMemory,
    FullTextTips,
    RowTableModel,
    SortProxy,
    TableView,
    current_object,
    select_object,
    selected_object,
    table_view,
)

Login = Callable[[str], Actor]


@dataclass(frozen=True)
class Visit:
    name: str
    days_left: int | None
    due: date | None
    note: str | None


VISITS = [
    Visit("Zahra", 12, date(2026, 3, 28), "Viewing in Aarhus"),
    Visit("amal", -3, date(2026, 3, 13), None),
    Visit("Bilal", None, None, "No transition yet"),
    Visit("Dawit", 40, date(2026, 4, 25), "A long note " * 20),
]


def _days(v: Visit) -> str:
    if v.days_left is None:
        return ""
    return f"{-v.days_left} days overdue" if v.days_left < 0 else f"in {v.days_left} days"


def _model() -> RowTableModel[Visit]:
    model: RowTableModel[Visit] = RowTableModel(
        [
            Column("Name", lambda v: v.name),
            Column("Due", _days, sort_key=lambda v: v.days_left, align_right=True),
            Column("Days", lambda v: v.days_left),
            Column(
                "Note",
                lambda v: v.note,
                tooltip=lambda v: v.note,
                colour=lambda v: QColor("#c62828") if v.note is None else None,
            ),
        ]
    )
    model.set_rows(VISITS)
    return model


def test_columns_are_declared_once(qtmodeltester: Any) -> None:
    model = _model()
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.columnCount() == 4
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Name",
        "Due",
        "Days",
        "Note",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    first, overdue = model.index(0, 0), model.index(1, 1)
    assert model.data(first) == "Zahra"
    assert model.data(first, OBJECT_ROLE) is VISITS[0]
    assert model.data(overdue) == "3 days overdue"
    assert model.data(overdue, SORT_ROLE) == -3  # the key, not the words
    assert model.data(first, SORT_ROLE) == "zahra"  # text sorts without regard to case
    # Numbers stand right (declared or not), text left; an empty value shows as nothing.
    assert model.data(overdue, Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.data(first, Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(model.index(2, 2)) == ""
    assert model.data(model.index(1, 3)) == ""
    # A tooltip and a colour only where the column declares them.
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole) == "Viewing in Aarhus"
    assert model.data(model.index(1, 3), Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(first, Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(model.index(1, 3), Qt.ItemDataRole.ForegroundRole) == QColor("#c62828")
    # Outside the rows and columns: nothing, and a table has no children.
    assert model.data(model.index(4, 0)) is None
    assert model.rowCount(first) == 0 and model.columnCount(first) == 0
    assert model.row_at(9) is None and model.rows() == VISITS
    model.set_rows([])
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def _order(proxy: SortProxy) -> list[str]:
    return [proxy.index(r, 0).data(OBJECT_ROLE).name for r in range(proxy.rowCount())]


def test_sorting_on_screen_follows_each_columns_key(qtmodeltester: Any) -> None:
    model = _model()
    proxy = SortProxy()
    proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert _order(proxy) == ["Zahra", "amal", "Bilal", "Dawit"]  # the service's order
    proxy.sort(0)
    assert _order(proxy) == ["amal", "Bilal", "Dawit", "Zahra"]  # case does not matter
    proxy.sort(1)
    assert _order(proxy) == ["amal", "Zahra", "Dawit", "Bilal"]  # by days; none last
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert _order(proxy) == ["Dawit", "Zahra", "amal", "Bilal"]  # none still last
    proxy.sort(-1)
    assert _order(proxy) == ["Zahra", "amal", "Bilal", "Dawit"]


def test_a_sortable_table_starts_in_the_services_order_and_selects_rows(qtbot: Any) -> None:
    model = _model()
    view = table_view(model, "visits", sortable=True, placeholder="No visit yet.")
    qtbot.addWidget(view)
    assert isinstance(view, TableView) and view.objectName() == "visits"
    assert isinstance(view.model(), SortProxy) and view.isSortingEnabled()
    assert view.horizontalHeader().sortIndicatorSection() == -1
    assert _order(view.model()) == ["Zahra", "amal", "Bilal", "Dawit"]
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert view.alternatingRowColors() and not view.verticalHeader().isVisible()
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    header = view.horizontalHeader()
    assert header.stretchLastSection()
    # Sized to the contents, yet the user may drag them (and the widths are remembered).
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert isinstance(view.column_memory, ColumnMemory) and not view.column_memory.user_sized
    assert isinstance(view.itemDelegate(), FullTextTips)

    # Clicking the Due header sorts by days left; the selection follows the rows, not places.
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionPosition(1) + 5, 5)
    )
    assert _order(view.model()) == ["amal", "Zahra", "Dawit", "Bilal"]
    assert select_object(view, lambda v: v.name == "Dawit")
    assert selected_object(view) is VISITS[3] and current_object(view) is VISITS[3]
    assert view.currentIndex().row() == 2
    assert not select_object(view, lambda v: v.name == "Nobody")

    model.set_rows([])
    assert selected_object(view) is None and current_object(view) is None
    assert view.placeholder() == "No visit yet."
    view.resize(300, 120)
    assert not view.grab().isNull()  # the placeholder is drawn without a complaint

    many = table_view(_model(), "several", many=True, fit_columns=False, wrap=True)
    qtbot.addWidget(many)
    assert many.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert many.model().rowCount() == 4 and not many.isSortingEnabled()
    assert many.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert many.wordWrap()


def test_a_cut_cell_shows_its_whole_text_as_tooltip(qtbot: Any, monkeypatch: Any) -> None:
    shown: list[str] = []  # the offscreen platform cannot raise a tooltip window
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_a: shown.append(text))
    model = _model()
    view = table_view(model, "visits", fit_columns=False)
    qtbot.addWidget(view)
    view.horizontalHeader().setStretchLastSection(False)
    view.setColumnWidth(0, 200)
    view.setColumnWidth(3, 60)
    view.resize(600, 200)
    view.show()
    qtbot.waitExposed(view)
    delegate = view.itemDelegate()
    assert isinstance(delegate, FullTextTips)

    def tip_for(row: int, column: int) -> bool:
        index = model.index(row, column)
        option = _option(view, index)
        position = option.rect.center()
        event = QHelpEvent(QEvent.Type.ToolTip, position, view.viewport().mapToGlobal(position))
        return delegate.helpEvent(event, view, option, index)

    assert delegate.is_elided(_option(view, model.index(3, 3)), model.index(3, 3))
    assert not delegate.is_elided(_option(view, model.index(0, 0)), model.index(0, 0))
    # The name fits: no tooltip of its own.
    assert not tip_for(0, 0) and shown == []
    # A cut cell without a declared tooltip shows its own text.
    view.setColumnWidth(1, 20)
    assert tip_for(0, 1)
    assert shown == ["in 12 days"]
    # A declared tooltip is Qt's own business (the whole note, cut or not).
    assert model.data(model.index(3, 3), Qt.ItemDataRole.ToolTipRole) == VISITS[3].note


def _option(view: TableView, index: Any) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    return option


def test_audit_and_retention_models(qtmodeltester: Any, demo_db: Database, login: Login) -> None:
    coordinator = login("coordinator")
    with demo_db.session() as session:
        entries = audit_query.query(session, coordinator, audit_query.AuditFilter())
        closed = retention.review(session, coordinator)
    audit = AuditModel()
    audit.set_rows(entries)
    assert audit.rowCount() > 0
    qtmodeltester.check(audit)
    first = audit.index(0, AuditModel.COL_ID)
    assert audit.data(first) == str(entries[0].id)
    assert audit.data(first, OBJECT_ROLE) is entries[0]
    assert audit.data(audit.index(0, AuditModel.COL_AT)) == (
        entries[0].at.isoformat(timespec="seconds").replace("T", " ")
    )
    model = RetentionModel()
    model.set_rows(closed)
    qtmodeltester.check(model)
    assert model.columnCount() == 5
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        c.reference for c in closed
    ]


def test_a_tables_widths_and_order_are_remembered_and_f2_shows_a_whole_cell(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    def make():  # type: ignore[no-untyped-def]
        model = RowTableModel(
            [Column("Name", lambda v: v.name), Column("Days", lambda v: v.days_left)]
        )
        model.set_rows(VISITS)
        view = table_view(model, "rememberedVisits", sortable=True)
        qtbot.addWidget(view)
        return view

    first = make()
    first.show()
    first.horizontalHeader().resizeSection(0, 211)  # as a user drags the column's edge
    first.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert first.column_memory.user_sized
    again = make()
    assert again.horizontalHeader().sectionSize(0) == 211
    assert again.horizontalHeader().sortIndicatorSection() == 1
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    again.setCurrentIndex(again.model().index(0, 0))
    qtbot.keyClick(again, Qt.Key.Key_F2)
    assert shown == [again.model().index(0, 0).data()]


def test_a_table_filled_while_hidden_fits_its_columns_when_shown(qtbot):
    # As on a tab not yet in front: the rows arrive before the table is ever shown.
    long_name = "Abdirahman Mohamed Farah-Osman"
    model = RowTableModel([Column("Name", lambda v: v), Column("Note", lambda v: "…")])
    view = table_view(model, "fittedWhenShown")
    qtbot.addWidget(view)
    model.set_rows([long_name, "Ali"])
    header = view.horizontalHeader()
    needed = view.fontMetrics().horizontalAdvance(long_name)
    view.resize(800, 200)
    view.show()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= needed)
    # Showing it (its last column stretched to the width) is not the user sizing it: the
    # next rows read are fitted too, as the Outcomes tab's next quarter's are.
    assert not view.column_memory.user_sized
    longer = long_name + " (family reunification)"
    model.set_rows([longer])
    assert header.sectionSize(0) >= view.fontMetrics().horizontalAdvance(longer)
    # …and the last column still takes the rest of the width.
    last = header.count() - 1
    assert header.sectionPosition(last) + header.sectionSize(last) >= view.viewport().width() - 1


def test_a_long_list_is_fitted_to_its_first_rows(qtbot):
    # Sizing a column asks the model for several roles of each row measured: a list of
    # thousands of housing matches is fitted to its first rows, not to every one of them.
    from desktop_app.ui.tables import ColumnMemory

    model = RowTableModel([Column("Unit", lambda v: v), Column("Note", lambda v: "")])
    view = table_view(model, "fittedToFirstRows")
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    header = view.horizontalHeader()
    rows = ["Flat 12"] * 3000
    rows[ColumnMemory.FITTED_ROWS + 500] = "Shared flat, Kongens Enghave, third floor left"
    model.set_rows(rows)
    narrow = header.sectionSize(0)
    assert narrow < view.fontMetrics().horizontalAdvance(rows[ColumnMemory.FITTED_ROWS + 500])
    rows[5] = rows[ColumnMemory.FITTED_ROWS + 500]
    model.set_rows(rows)
    assert header.sectionSize(0) >= view.fontMetrics().horizontalAdvance(rows[5])


@pytest.mark.parametrize("layout", ["a stretching column", "a hidden last column"])
def test_the_screens_own_column_sizing_is_not_taken_as_the_users(qtbot, layout):
    # A case's tabs stretch their long texts with the window, and some screens hide a
    # column: Qt sizing those columns is not the user dragging one. Taken as the user's,
    # it kept the table from ever fitting its rows again, and wrote its widths away.
    from desktop_app.ui.case_tab import stretch_columns
    from desktop_app.ui.preferences import ui_settings

    model = RowTableModel(
        [Column("Name", lambda v: v.name), Column("Days", lambda v: v.days_left)]
        + [
            Column(f"Note {n}", lambda v: "a note a little longer than its heading")
            for n in range(3)
        ]
    )
    view = table_view(model, "screenSized")
    qtbot.addWidget(view)
    if layout == "a stretching column":
        stretch_columns(view, 2)
    else:
        view.setColumnHidden(4, True)
    model.set_rows(VISITS)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    view.resize(1100, 300)  # the window made wider
    qtbot.wait(20)
    assert not view.column_memory.user_sized
    assert ui_settings().value("tables/screenSized/header") is None
    header = view.horizontalHeader()
    # The columns still fill the table's width (the stretching one takes the rest).
    qtbot.waitUntil(lambda: header.length() >= view.viewport().width() - 1)
    # …so the next rows are fitted again.
    longer = VISITS[0].name + " (family reunification)"
    model.set_rows([dataclasses.replace(VISITS[0], name=longer)])
    assert header.sectionSize(0) >= view.fontMetrics().horizontalAdvance(longer)
