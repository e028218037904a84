"""My caseload: the filter bar, the search box (as you type) and the case table."""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import changes
from desktop_app.services.actor import Actor, Role
from desktop_app.services.cases.caseload import CaseloadFilter, Scope, SortKey
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage.database import Database
from desktop_app.ui import labels
from desktop_app.ui.caseload_model import (
    COL_DAYS,
    COL_DUE,
    COL_NAME,
    COL_RISK,
    SORT_KEYS,
    CaseloadModel,
    RiskBadgeDelegate,
)
from desktop_app.ui.change_signal import follow_changes
from desktop_app.ui.icons import icon
from desktop_app.ui.messages import error_text
from desktop_app.ui.preferences import ui_settings
from desktop_app.ui.tables import table_view
from desktop_app.ui.tones import set_tone

SEARCH_DELAY_MS = 250

# What the list shows: a change to any of these, here or on another PC, reads it again.
SHOWS = (
    changes.CASE,
    changes.ASSIGNMENT,
    changes.TRANSITION,
    changes.OFFER,
    changes.USER,
    changes.TEAM,
)


class CaseTableView(QTableView):
    """The case table; Enter opens the current case like a double-click."""

    activated_case = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _emit(self, index: QModelIndex) -> None:
        model = self.model()
        if isinstance(model, CaseloadModel):
            reference = model.reference_at(index.row())
            if reference:
                self.activated_case.emit(reference)


class CaseloadPage(QWidget):
    open_case = Signal(str)
    count_changed = Signal(int)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self.model = CaseloadModel(database, actor, self)
        self.follower = follow_changes(self, database, SHOWS, self.refresh)

        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        self.scope.setAccessibleName(self.tr("Whose cases"))
        if actor.role is not Role.COORDINATOR:
            self.scope.addItem(self.tr("My cases"), Scope.MINE)
        if actor.team_id is not None:
            self.scope.addItem(self.tr("My team"), Scope.TEAM)
        if actor.role is not Role.SOCIAL_WORKER:
            self.scope.addItem(self.tr("All I may see"), Scope.ALL)

        default_scope = {Role.SOCIAL_WORKER: Scope.MINE, Role.TEAM_LEAD: Scope.TEAM}.get(
            actor.role, Scope.ALL
        )
        self.scope.setCurrentIndex(max(0, self.scope.findData(default_scope)))

        self.risk = QComboBox()
        self.risk.setObjectName("riskFilter")
        self.risk.setAccessibleName(self.tr("Risk"))
        self.risk.addItem(self.tr("Any risk"), ())
        self.risk.addItem(icon("risk_red"), self.tr("Red only"), ("red",))
        self.risk.addItem(icon("risk_amber"), self.tr("Red and amber"), ("red", "amber"))
        self.risk.addItem(icon("risk_amber"), self.tr("Amber only"), ("amber",))
        self.risk.addItem(icon("risk_green"), self.tr("Green only"), ("green",))

        self.due_enabled = QCheckBox(self.tr("Due within"))
        self.due_enabled.setObjectName("dueEnabled")
        self.due_days = QSpinBox()
        self.due_days.setObjectName("dueDays")
        self.due_days.setAccessibleName(self.tr("Days until due"))
        self.due_days.setRange(0, 3650)
        self.due_days.setValue(90)
        self.due_days.setSuffix(self.tr(" days"))
        self.due_days.setEnabled(False)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search by name or reference (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        magnifier = self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        # The magnifier says what the box is for to a screen reader too (a name, not a text
        # drawn on its 22 pixels).
        for button in self.search.findChildren(QToolButton):
            if button.defaultAction() is magnifier:
                button.setAccessibleName(self.tr("Search"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setAccessibleDescription(
            self.tr("Type a name or a reference; Down moves into the list, Enter opens a case.")
        )
        self.search.installEventFilter(self)

        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")

        # Filtered, sorted and fetched a page at a time by the caseload service.
        self.table = table_view(
            self.model,
            "caseTable",
            fit_columns=False,
            view=CaseTableView(),
            title=self.tr("Cases"),
        )
        self.table.setItemDelegateForColumn(COL_RISK, RiskBadgeDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(COL_DUE, Qt.SortOrder.AscendingOrder)
        for col, width in {
            0: 120,
            COL_NAME: 200,
            2: 55,
            3: 200,
            COL_DUE: 95,
            COL_DAYS: 130,
        }.items():
            self.table.setColumnWidth(col, width)
        self.table.setColumnWidth(COL_RISK, 100)
        self.table.setColumnWidth(6, 60)
        self.table.doubleClicked.connect(self.table._emit)
        self.table.activated_case.connect(self.open_case)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_in_background)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.scope.currentIndexChanged.connect(self.apply_filters)
        self.risk.currentIndexChanged.connect(self.apply_filters)
        self.due_enabled.toggled.connect(self.due_days.setEnabled)
        self.due_enabled.toggled.connect(self.apply_filters)
        self.due_days.valueChanged.connect(self.apply_filters)
        self.model.reloaded.connect(self._show_count)
        self.model.rowsInserted.connect(lambda *_: self._show_count(self.model.total))
        self.model.reloaded.connect(self._after_reload)
        self.model.failed.connect(self._show_error)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.scope)
        bar.addWidget(self.risk)
        bar.addWidget(self.due_enabled)
        bar.addWidget(self.due_days)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>My caseload</h2>"))
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.error_label = QLabel()
        set_tone(self.error_label, "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.setTabOrder(self.search, self.scope)
        self.setTabOrder(self.scope, self.risk)
        self.setTabOrder(self.risk, self.due_enabled)
        self.setTabOrder(self.due_enabled, self.due_days)
        self.setTabOrder(self.due_days, self.table)
        self._user_sorted = False
        self._restore_columns()
        self.apply_filters()

    # --- filtering -----------------------------------------------------------

    def current_filter(self) -> CaseloadFilter:
        text = self.search.text().strip()
        header = self.table.horizontalHeader()
        sort = SORT_KEYS.get(header.sortIndicatorSection(), SortKey.DUE_DATE)
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        if text and not self._user_sorted:
            sort, descending = SortKey.RELEVANCE, False  # best matches first while searching
        return CaseloadFilter(
            # Qt hands enum data back as plain text; the service compares members.
            scope=Scope(self.scope.currentData() or Scope.MINE),
            search=text,
            risks=tuple(self.risk.currentData() or ()),
            due_within_days=self.due_days.value() if self.due_enabled.isChecked() else None,
            sort=sort,
            descending=descending,
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        try:
            self.model.set_filter(self.current_filter())
        except HomewardError as exc:
            self._show_error(error_text(exc))

    def _search_in_background(self) -> None:
        """Typing pauses: ask for the matches without freezing the window."""
        self.model.request_filter(self.current_filter())

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _after_reload(self, _count: int) -> None:
        self.error_label.hide()
        # Best matches first while searching: no column is the order then.
        relevance = self.model.case_filter.sort is SortKey.RELEVANCE
        self.table.horizontalHeader().setSortIndicatorShown(not relevance)
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _search_now(self) -> None:
        if self._search_timer.isActive():
            self.apply_filters()
        self.model.wait_for_pending()
        if self.model.rowCount() == 1:
            reference = self.model.reference_at(0)
            if reference:
                self.open_case.emit(reference)
        elif self.model.rowCount():
            self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down (or Page Down) in the search box moves into the results."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        ):
            self.into_results()
            return True
        return super().eventFilter(watched, event)

    def into_results(self) -> None:
        """The matches for what is typed, with the cursor on the first (or the chosen) one."""
        if self._search_timer.isActive():
            self.apply_filters()
        self.model.wait_for_pending()
        if not self.model.rowCount():
            return
        if not self.table.currentIndex().isValid():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_count(self, count: int) -> None:
        shown = self.model.rowCount()
        if shown < count:
            # A broad search: the best matches are shown, more as the list is scrolled.
            locale = QLocale()
            text = (
                self.tr("Showing the best %1 of %2 — type more to narrow")
                .replace("%1", locale.toString(shown))
                .replace("%2", locale.toString(count))
            )
        else:
            text = labels.counted(self.tr("%n case(s)", "", count), count)
        self.count_label.setText(text)
        self.count_changed.emit(count)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        """Re-read the list after a change; the selected case and the scroll position stay."""
        self.follower.read()
        current = self.table.currentIndex()
        selected = self.model.case_row(current.row()) if current.isValid() else None
        scroll = self.table.verticalScrollBar().value()
        try:
            self.model.refresh()
        except HomewardError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.table.verticalScrollBar().setValue(scroll)
        row = self.model.row_of_case(selected.id) if selected is not None else None
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # --- remembered column layout ------------------------------------------

    def _restore_columns(self) -> None:
        state = ui_settings().value("caseload/header")
        header = self.table.horizontalHeader()
        if isinstance(state, QByteArray | bytes):
            header.restoreState(QByteArray(state))
        header.sortIndicatorChanged.connect(self._sorted_by_user)

    def _sorted_by_user(self, *_args: object) -> None:
        # Sorting is done by the service: a header click re-asks it in the new order.
        self._user_sorted = True
        self.apply_filters()

    def save_columns(self) -> None:
        settings = ui_settings()
        settings.setValue("caseload/header", self.table.horizontalHeader().saveState())
        settings.sync()
