"""Lists on screen: one table model over a service's rows, its sort proxy, and one way to
set up a table view.

Every small list (a case's notes, a team's caseload balance, the housing registry, the
users of the administration…) is a `RowTableModel` whose columns are declared once — the
header, the value shown, how it sorts, its alignment and its tooltip — over the plain rows
a service returned. The row itself is behind `OBJECT_ROLE`, the value it sorts by behind
`SORT_ROLE` (as Vorta's archive table does). Lists that hold every row sort on screen
through `SortProxy`; the long lists (caseload, board) keep their own models, which fetch
pages and sort in SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QHelpEvent, QIcon, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

_Index = QModelIndex | QPersistentModelIndex

# The service row behind an index, and the value its column sorts by.
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Row = TypeVar("Row")


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column of a list.

    `value` gives what is shown (None shows as empty); numbers are right-aligned unless
    `align_right` says otherwise. `sort_key` gives what the column sorts by when the text
    does not sort by itself (days as words, "3 / 7"); by default the value sorts.
    """

    header: str
    value: Callable[[Row], Any]
    sort_key: Callable[[Row], Any] | None = None
    align_right: bool | None = None
    tooltip: Callable[[Row], str | None] | None = None
    icon: Callable[[Row], QIcon | None] | None = None
    colour: Callable[[Row], QColor | None] | None = None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows from a service call, in the service's order, shown through declared columns."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []

    # --- the rows ------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def columns(self) -> list[Column[Row]]:
        return list(self._columns)

    def set_columns(self, columns: Sequence[Column[Row]]) -> None:
        """Other columns (the quarters a table shows move on with the date)."""
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def sort_value(self, index: _Index) -> Any:
        """What the cell sorts by: the column's sort key, else its value (text case-folded)."""
        row = self.row_at(index.row())
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        value = column.sort_key(row) if column.sort_key is not None else column.value(row)
        return value.casefold() if isinstance(value, str) else value

    # --- Qt's model interface ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for many roles of every cell (sizing columns asks for most): answer the
        # ones a list never has before looking at the row.
        if role not in _ROLES or not index.isValid():
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = column.align_right
            if right is None:
                right = _is_number(column.value(row))
            return RIGHT if right else None
        if role == OBJECT_ROLE:
            return row
        if role == SORT_ROLE:
            return self.sort_value(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (column.tooltip(row) or None) if column.tooltip is not None else None
        if role == Qt.ItemDataRole.DecorationRole:
            return column.icon(row) if column.icon is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return column.colour(row) if column.colour is not None else None
        return None


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole,
        OBJECT_ROLE,
        SORT_ROLE,
    }
)


class SortProxy(QSortFilterProxyModel):
    """Sorts a `RowTableModel` on screen by each column's sort key; unsorted, the service's order."""

    def lessThan(self, left: _Index, right: _Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, RowTableModel):
            return super().lessThan(left, right)
        a, b = source.sort_value(left), source.sort_value(right)
        if a is None or b is None:
            # Empty cells last, whichever way the column is sorted.
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return a is not b and (b is None) != descending
        try:
            return bool(a < b)
        except TypeError:  # a column mixing kinds of value: compare them as text
            return str(a) < str(b)


class FullTextTips(QStyledItemDelegate):
    """A cell cut short (elided) shows its whole text as its tooltip."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        if (
            event is not None
            and event.type() == QEvent.Type.ToolTip
            and index.isValid()
            and index.data(Qt.ItemDataRole.ToolTipRole) is None
        ):
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str) and text and self.is_elided(option, index):
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)

    def is_elided(self, option: QStyleOptionViewItem, index: _Index) -> bool:
        return self.sizeHint(option, index).width() > option.rect.width()


class TableView(QTableView):
    """A table that says so when it has no rows ("No notes yet.")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = ""

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.viewport().update()

    def placeholder(self) -> str:
        return self._placeholder

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # F2: the whole text of the current cell, however narrow the column (no cell is
        # edited in place, so the key is free), in a box a screen reader reads out.
        if event.key() == Qt.Key.Key_F2 and self.currentIndex().isValid():
            show_whole_text(self, self.currentIndex())
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self._placeholder or model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect().adjusted(6, 4, -6, -4),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            self._placeholder,
        )
        painter.end()


def show_whole_text(view: QAbstractItemView, index: QModelIndex) -> None:
    """The whole text of a cell, with its column's name as the title."""
    from PySide6.QtWidgets import QMessageBox

    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    title = str(view.model().headerData(index.column(), Qt.Orientation.Horizontal) or "")
    box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.Close, view)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


class ColumnMemory(QObject):
    """A table's column widths and sort order, kept per table in the user's settings.

    Until the user drags a column, each is sized to its contents (up to a limit, so one
    long note does not push the others away) whenever the rows are read; once they have,
    their widths stay, today and at the next start.
    """

    MAX_FITTED = 360
    # Rows measured to size a column: the first screenfuls. Qt's own default is 1,000, and
    # each row measured asks the model for several roles of every cell: a list of a few
    # thousand housing matches took a tenth of a second to fit, on the GUI thread, each
    # time it was filled.
    FITTED_ROWS = 100

    def __init__(self, table: QTableView, key: str) -> None:
        super().__init__(table)
        self._table = table
        self._key = f"tables/{key}/header"
        self._fitting = False
        self.user_sized = False
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(self.FITTED_ROWS)
        from desktop_app.ui.preferences import ui_settings

        state = ui_settings().value(self._key)
        if isinstance(state, QByteArray | bytes) and header.restoreState(QByteArray(state)):
            self.user_sized = True
        header.sectionResized.connect(self._resized)
        header.sortIndicatorChanged.connect(lambda *_: self.save())
        model = table.model()
        if model is not None:
            model.modelReset.connect(self.fit)
            model.layoutChanged.connect(self.fit)
            model.rowsInserted.connect(self.fit)
        # A table is fitted when it is shown (a tab brought to the front), and when its rows
        # change while it is in view; one filled while hidden waits until it is shown.
        table.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self, self.fit)
        return False

    def fit(self, *_args: object) -> None:
        if self.user_sized:
            return
        if not self._table.isVisible():
            # Measured when shown (see eventFilter). Each tab of a case fills its tables
            # before it is in front; fitting them then was a third of building the tab.
            return
        self._fitting = True
        try:
            header = self._table.horizontalHeader()
            # Columns that stretch with the window (`stretch_columns`) are left to Qt: it
            # shares the width the fitted ones leave between them.
            fitted = [
                column
                for column in range(header.count())
                if header.sectionResizeMode(column) is QHeaderView.ResizeMode.Interactive
            ]
            for column in fitted:
                self._table.resizeColumnToContents(column)
            for column in fitted:
                if column < header.count() - 1 and header.sectionSize(column) > self.MAX_FITTED:
                    header.resizeSection(column, self.MAX_FITTED)
            if header.stretchLastSection():  # the last column takes the rest again
                header.setStretchLastSection(False)
                header.setStretchLastSection(True)
        finally:
            self._fitting = False

    def _resized(self, logical: int, *_args: object) -> None:
        if self._fitting or not self._table.isVisible():
            # A hidden table's sections are sized by Qt's own layout (they were, a tab's
            # tables, as each tab was built), never by the user dragging them.
            return
        header = self._table.horizontalHeader()
        if header.isSectionHidden(logical):
            return  # a column the screen hides (its width set to 0), not one dragged
        if header.sectionResizeMode(logical) is not QHeaderView.ResizeMode.Interactive:
            return  # a column that stretches with the window (`stretch_columns`)
        if header.stretchLastSection() and logical == _last_shown_section(header):
            return  # the last column taking the rest of the width: the layout, not the user
        self.user_sized = True
        self.save()

    def save(self) -> None:
        from desktop_app.ui.preferences import ui_settings

        ui_settings().setValue(self._key, self._table.horizontalHeader().saveState())


def _last_shown_section(header: QHeaderView) -> int:
    """The logical index of the rightmost column not hidden: the one that stretches."""
    for visual in range(header.count() - 1, -1, -1):
        logical = header.logicalIndex(visual)
        if not header.isSectionHidden(logical):
            return logical
    return -1


def table_view(
    model: QAbstractItemModel,
    name: str,
    *,
    sortable: bool = False,
    placeholder: str = "",
    wrap: bool = False,
    fit_columns: bool = True,
    many: bool = False,
    view: QTableView | None = None,
    title: str = "",
) -> QTableView:
    """A list's table, set up the one way Homeward shows lists.

    Whole rows are selected, one at a time (`many`: several, with Ctrl and Shift), and
    never edited in place; rows alternate in
    colour; a cell too narrow for its text is cut with "…" and shows the whole text as its
    tooltip. `sortable` sorts on screen (by clicking a header; a third click goes back to
    the service's order) — for lists that hold all their rows. `fit_columns` sizes each
    column to its contents (the last one takes the rest); `wrap` lets long texts (notes)
    wrap onto several lines. `view` sets up a table of another class (the caseload's).
    `title` is what a screen reader calls the list.
    """
    table = view if view is not None else TableView()
    table.setObjectName(name)
    if title:
        table.setAccessibleName(title)
    if sortable:
        proxy = SortProxy(table)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(model)
        table.setModel(proxy)
        header = table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorClearable(True)
        table.setSortingEnabled(True)
    else:
        table.setModel(model)
    if placeholder and isinstance(table, TableView):
        table.set_placeholder(placeholder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if many
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setWordWrap(wrap)
    rows = table.verticalHeader()
    if wrap:
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:  # one line of text a row, as compact as a list
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    if fit_columns:
        # Sized to their contents and resizable; the user's widths and order remembered.
        table.column_memory = ColumnMemory(table, name)  # type: ignore[attr-defined]
    table.setItemDelegate(FullTextTips(table))
    return table


# --- the row behind a view's selection (sorted or not) -----------------------------------


def current_object(view: QAbstractItemView) -> Any:
    """The service row of the view's current index, or None."""
    index = view.currentIndex()
    return index.data(OBJECT_ROLE) if index.isValid() else None


def selected_object(view: QAbstractItemView) -> Any:
    """The service row of the view's selected row, or None."""
    selection = view.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    return rows[0].data(OBJECT_ROLE) if rows else None


def select_object(view: QTableView, matches: Callable[[Any], bool]) -> bool:
    """Select the first row (in the order shown) whose service row matches; False if none."""
    model = view.model()
    for row in range(model.rowCount()):
        if matches(model.index(row, 0).data(OBJECT_ROLE)):
            view.selectRow(row)
            return True
    return False


def compact_combo(combo: QComboBox, characters: int = 14) -> None:
    """A drop-down as wide as `characters`, not its longest choice: its choices show in
    full when it opens, and the chosen one in its tooltip."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)

    def tooltip(_index: int = 0) -> None:
        combo.setToolTip(combo.currentText())

    combo.currentIndexChanged.connect(tooltip)
    tooltip()
