"""The transitions board: every upcoming and overdue transition a user may see.

A team lead sees the team's, a coordinator the whole organisation's, a social
worker their own. Rows come from `services.transitions.listing.upcoming` (filtered in
SQL), grouped by week or month, each with days left, readiness, risk and why,
the missing checklist items in words and the primary worker. A second tab
shows the same rows month by month as a chart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import risk_levels
from desktop_app.services import changes, clock
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage.database import Database
from desktop_app.services.team import reassignment
from desktop_app.services.transitions import board
from desktop_app.services.transitions.listing import TransitionRow
from desktop_app.ui import labels
from desktop_app.ui.change_signal import follow_changes
from desktop_app.ui.charts import RISK_COLOURS, ChartPanel
from desktop_app.ui.icons import icon
from desktop_app.ui.messages import error_text
from desktop_app.ui.people import people
from desktop_app.ui.tables import OBJECT_ROLE, compact_combo, table_view
from desktop_app.ui.tones import set_tone
from desktop_app.ui.transition_widgets import record_outcome_with_dialog

_CTX = "TransitionsBoard"

WINDOWS = (30, 60, 90, 180)
NEEDS_OUTCOME = "needs_outcome"

COL_DUE = 0
COL_DAYS = 1
COL_NAME = 2
COL_REFERENCE = 3
COL_KIND = 4
COL_RISK = 5
COL_WHY = 6
COL_READINESS = 7
COL_MISSING = 8
COL_WORKER = 9
COL_MUNICIPALITY = 10
COLUMN_COUNT = 11

# The TransitionRow behind a row (None on a group heading) is behind tables.OBJECT_ROLE.
# "red" / "amber" / "green" on transition rows.
RISK_ROLE = Qt.ItemDataRole.UserRole + 2

RISK_TINTS = risk_levels.TINTS
MONTHS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def month_label(day: date) -> str:
    return f"{_t(MONTHS[day.month - 1])} {day.year}"


@dataclass(frozen=True)
class GroupHeading:
    """A week or month heading row with its counts."""

    key: date
    title: str
    count: int
    red: int


def risk_reason(row: TransitionRow) -> str:
    """Why a transition has its risk, in the user's language, naming what must be secured:
    housing, a minor's care placement, or a permit's renewal."""
    care = row.secure_item == "care_placement"
    permit = row.secure_item == "permit_renewal"
    if row.risk == "red":
        days = row.days_left
        if days < 0:
            if care:
                return labels.plural(_CTX, "Overdue by %n day(s), no care placement secured", -days)
            if permit:
                return labels.plural(
                    _CTX, "Overdue by %n day(s), no permit renewal recorded", -days
                )
            return labels.plural(_CTX, "Overdue by %n day(s), no housing secured", -days)
        if days == 0:
            if care:
                return _t("Due today, no care placement secured")
            if permit:
                return _t("Due today, no permit renewal recorded")
            return _t("Due today, no housing secured")
        if care:
            return labels.plural(_CTX, "Due in %n day(s), no care placement secured", days)
        if permit:
            return labels.plural(_CTX, "Due in %n day(s), no permit renewal recorded", days)
        return labels.plural(_CTX, "Due in %n day(s), no housing secured", days)
    if row.risk == "amber":
        return (
            _t("Only %1% ready with %2 days left")
            .replace("%1", str(row.readiness))
            .replace("%2", str(row.days_left))
        )
    if row.housing_secured:
        if care:
            return _t("Care placement secured")
        if permit:
            return _t("Permit renewal recorded")
        return _t("Housing secured")
    if care:
        return _t("On track; a care placement still to be secured")
    if permit:
        return _t("On track; the permit's renewal still to be applied for")
    return _t("On track; housing still to be secured")


def missing_in_words(row: TransitionRow) -> str:
    return ", ".join(labels.label(labels.CHECKLIST, key) for key in row.missing)


def group_key(day: date, today: date, by: str) -> date:
    """Overdue rows share one group (keyed by yesterday); others by ISO week or month."""
    if day < today:
        return date.min
    if by == "month":
        return day.replace(day=1)
    return day - timedelta(days=day.weekday())


def group_rows(rows: list[TransitionRow], today: date, by: str) -> list[Any]:
    """Rows with a heading before each week or month (overdue first)."""
    out: list[Any] = []
    current: date | None = None
    members: list[TransitionRow] = []

    def flush() -> None:
        if current is None:
            return
        if current == date.min:
            title = _t("Overdue")
        elif by == "month":
            title = month_label(current)
        else:
            title = _t("Week of %1").replace("%1", current.isoformat())
        out.append(
            GroupHeading(current, title, len(members), sum(r.risk == "red" for r in members))
        )
        out.extend(members)

    for row in rows:
        key = group_key(row.due_date, today, by)
        if key != current:
            flush()
            current, members = key, []
        members.append(row)
    flush()
    return out


def _same_place(old: Any, new: Any) -> bool:
    """The same row, or the heading of the same week or month (its counts may differ)."""
    if isinstance(old, GroupHeading) and isinstance(new, GroupHeading):
        return old.key == new.key
    return old is new


class TransitionsBoardModel(QAbstractTableModel):
    """Grouped transition rows; headings span the row and carry counts."""

    HEADERS = (
        "Due",
        "Days left",
        "Young person",
        "Reference",
        "Transition",
        "Risk",
        "Why",
        "Readiness",
        "Missing",
        "Primary worker",
        "Municipality",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[Any] = []
        self._rows: list[TransitionRow] = []
        self._today = date.min
        self._by = "week"
        # How many rows match in all, and where the next ones come from (the offset of the
        # first one wanted → those rows): more are read as the list is scrolled.
        self._total = 0
        self._more: Callable[[int], list[TransitionRow]] | None = None
        # A user name → the person's name (the board sets it; a bare model shows user names).
        self.name_of: Callable[[str | None], str] = lambda username: username or ""

    def set_rows(
        self,
        rows: list[TransitionRow],
        today: date,
        by: str,
        *,
        total: int | None = None,
        more: Callable[[int], list[TransitionRow]] | None = None,
    ) -> None:
        """The first rows; with `more`, the next ones are read as the view asks for them,
        until `total` are there."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today, self._by = today, by
        self._total = len(rows) if total is None else total
        self._more = more
        self._entries = group_rows(self._rows, today, by)
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more is not None and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._more is not None
        rows = self._more(len(self._rows))
        if not rows:
            self._total = len(self._rows)  # fewer match now than when the counts were read
            return
        self._append(rows)

    def _append(self, rows: list[TransitionRow]) -> None:
        """Add rows after the last one: the headings before them stay where they are (the
        last one's counts grow when the rows continue its week or month)."""
        entries = group_rows(self._rows + rows, self._today, self._by)
        shown = len(self._entries)
        if len(entries) < shown or any(
            not _same_place(old, new) for old, new in zip(self._entries, entries, strict=False)
        ):
            self.set_rows(
                self._rows + rows, self._today, self._by, total=self._total, more=self._more
            )
            return
        grown = [
            i
            for i, old in enumerate(self._entries)
            if isinstance(old, GroupHeading) and old != entries[i]
        ]
        self.beginInsertRows(QModelIndex(), shown, len(entries) - 1)
        self._rows += rows
        self._entries = entries
        self.endInsertRows()
        for i in grown:
            self.dataChanged.emit(self.index(i, 0), self.index(i, COLUMN_COUNT - 1))

    def entry(self, row: int) -> Any:
        return self._entries[row]

    def transition_rows(self) -> list[TransitionRow]:
        return [e for e in self._entries if isinstance(e, TransitionRow)]

    def headings(self) -> list[GroupHeading]:
        return [e for e in self._entries if isinstance(e, GroupHeading)]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return _t(self.HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._entries[index.row()], GroupHeading):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        entry = self._entries[index.row()]
        col = index.column()
        if isinstance(entry, GroupHeading):
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                text = labels.plural(_CTX, "%n transition(s)", entry.count)
                if entry.red:
                    text += ", " + labels.plural(_CTX, "%n red", entry.red)
                return f"{entry.title} — {text}"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#eceff3"))
            return None
        row: TransitionRow = entry
        if role == OBJECT_ROLE:
            return row
        if role == RISK_ROLE:
            return row.risk
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_RISK:
            return icon(f"risk_{row.risk}")  # a shape as well as a colour and a word
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (COL_NAME, COL_KIND, COL_WORKER, COL_MUNICIPALITY):
                return self._display(row, col)
            if col in (COL_RISK, COL_WHY):
                return risk_reason(row)
            if col == COL_MISSING and row.missing:
                return "\n".join(labels.label(labels.CHECKLIST, k) for k in row.missing)
            if col == COL_DUE and row.uncertain:
                return _t("The date of birth is uncertain, so this date may move.")
            return None
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_RISK:
            return QBrush(QColor(RISK_TINTS.get(row.risk, "#ffffff")))
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_RISK:
            return QBrush(QColor(RISK_COLOURS.get(row.risk, "#000000")))
        if role == Qt.ItemDataRole.FontRole and col == COL_RISK and row.risk == "red":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_DAYS, COL_READINESS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: TransitionRow, col: int) -> str:
        if col == COL_DUE:
            return row.due_date.isoformat() + (" ?" if row.uncertain else "")
        if col == COL_DAYS:
            return labels.days_text(row.days_left)
        if col == COL_NAME:
            return row.name
        if col == COL_REFERENCE:
            return row.reference
        if col == COL_KIND:
            return labels.label(labels.KINDS, row.kind)
        if col == COL_RISK:
            return labels.label(labels.RISK_SHORT, row.risk)
        if col == COL_WHY:
            return risk_reason(row)
        if col == COL_READINESS:
            return f"{row.readiness} %"
        if col == COL_MISSING:
            return missing_in_words(row)
        if col == COL_WORKER:
            return self.name_of(row.primary_worker) or _t("(none)")
        if col == COL_MUNICIPALITY:
            return row.municipality or ""
        return ""


# What the board shows: a change to any of these, here or on another PC, reads it again.
SHOWS = (
    changes.CASE,
    changes.ASSIGNMENT,
    changes.TRANSITION,
    changes.OFFER,
    changes.USER,
    changes.TEAM,
    changes.SETTINGS,
)


class TransitionsBoard(QWidget):
    """Upcoming and overdue transitions with filters; activating a row opens the case."""

    open_case = Signal(str)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.setObjectName("transitionsBoard")
        self.follower = follow_changes(self, database, SHOWS, self.reload)

        self.window_combo = QComboBox()
        self.window_combo.setObjectName("windowCombo")
        for days in WINDOWS:
            self.window_combo.addItem(self.tr("Next %1 days").replace("%1", str(days)), days)
        # The overdue ones: open until someone records what became of them.
        self.window_combo.addItem(self.tr("Needs an outcome (overdue)"), NEEDS_OUTCOME)
        self.window_combo.setCurrentIndex(WINDOWS.index(60))
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("groupCombo")
        self.group_combo.addItem(self.tr("By week"), "week")
        self.group_combo.addItem(self.tr("By month"), "month")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.addItem(self.tr("All transitions"), None)
        for code in labels.KINDS:
            self.kind_combo.addItem(labels.label(labels.KINDS, code), code)
        self.risk_combo = QComboBox()
        self.risk_combo.setObjectName("riskCombo")
        self.risk_combo.addItem(self.tr("All risks"), None)
        for code in ("red", "amber", "green"):
            self.risk_combo.addItem(labels.label(labels.RISKS, code), code)
        self.worker_combo = QComboBox()
        self.worker_combo.setObjectName("workerCombo")
        self.municipality_combo = QComboBox()
        self.municipality_combo.setObjectName("municipalityCombo")
        self._fill_choices()

        # Two rows of filters, each list as narrow as a short choice (its whole text in the
        # drop-down and the tooltip), so the bar fits a 1,280-pixel screen in every language.
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        for row, column, label_text, combo in (
            (0, 0, self.tr("&Show"), self.window_combo),
            (0, 2, self.tr("&Group"), self.group_combo),
            (0, 4, self.tr("&Kind"), self.kind_combo),
            (1, 0, self.tr("&Risk"), self.risk_combo),
            (1, 2, self.tr("&Worker"), self.worker_combo),
            (1, 4, self.tr("&Municipality"), self.municipality_combo),
        ):
            caption = QLabel(label_text)
            caption.setBuddy(combo)
            combo.setAccessibleName(label_text.replace("&", ""))
            # What the board shows ("Needs an outcome (overdue)") is read whole.
            compact_combo(combo, 28 if combo is self.window_combo else 14)
            filters.addWidget(caption, row, column)
            filters.addWidget(combo, row, column + 1)
        filters.setColumnStretch(6, 1)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        filters.addWidget(self.refresh_button, 0, 7)

        self.summary = QLabel()
        self.summary.setObjectName("boardSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.model = TransitionsBoardModel(self)
        self.model.name_of = people(database).name
        # Sorted by due date in SQL and grouped by week or month: no sorting on screen.
        self.table = table_view(
            self.model,
            "boardTable",
            fit_columns=False,
            view=QTableView(),
            title=self.tr("Transitions"),
        )
        # Rows read as the list is scrolled: their headings span the row too.
        self.model.rowsInserted.connect(
            lambda _parent, first, last: self._span_headings(first, last)
        )
        for col, width in (
            (COL_DUE, 90), (COL_DAYS, 112), (COL_NAME, 165), (COL_REFERENCE, 110),
            (COL_KIND, 195), (COL_RISK, 55), (COL_WHY, 260), (COL_READINESS, 70),
            (COL_MISSING, 215), (COL_WORKER, 90),
        ):  # fmt: skip
            self.table.setColumnWidth(col, width)
        # Risk's word whole in every language ("Rød", "Bernstein"): bold, after its shape.
        bold = QFont(self.table.font())
        bold.setBold(True)
        widest = max(
            QFontMetrics(bold).horizontalAdvance(labels.label(labels.RISK_SHORT, code))
            for code in labels.RISK_SHORT
        )
        self.table.setColumnWidth(COL_RISK, max(55, widest + self.table.iconSize().width() + 28))
        # Days left as long as they come ("118 dage over fristen").
        plain = self.table.fontMetrics()
        days = max(plain.horizontalAdvance(labels.days_text(d)) for d in (-888, 888))
        self.table.setColumnWidth(COL_DAYS, max(112, days + 16))
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.setObjectName("openCaseButton")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_selected)
        self.outcome_button = QPushButton(self.tr("Record outcome…"))
        self.outcome_button.setObjectName("recordOutcomeButton")
        self.outcome_button.setToolTip(
            self.tr("Record what became of the chosen transition (housed late, stayed in care…)")
        )
        self.outcome_button.setEnabled(False)
        self.outcome_button.clicked.connect(self._record_outcome)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        hint = QLabel(self.tr("Double-click a row (or press Enter) to open the case."))
        set_tone(hint, "hint")
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.outcome_button)
        bottom.addWidget(self.open_button)
        list_layout.addLayout(bottom)

        self.timeline = ChartPanel(self.tr("Transitions month by month"), name="timelineChart")
        self.tabs = QTabWidget()
        self.tabs.addTab(list_page, self.tr("List"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        for combo in (
            self.window_combo,
            self.group_combo,
            self.kind_combo,
            self.risk_combo,
            self.worker_combo,
            self.municipality_combo,
        ):
            combo.currentIndexChanged.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        self.reload()

    # --- data ---------------------------------------------------------------------

    def _fill_choices(self) -> None:
        self.worker_combo.addItem(self.tr("All workers"), None)
        self.municipality_combo.addItem(self.tr("All municipalities"), None)
        try:
            with self._database.read_session() as session:
                if self._actor.role is Role.SOCIAL_WORKER:
                    workers = []
                else:
                    workers = [
                        (u.id, u.full_name, u.username)
                        for u in reassignment.workers_of_team(session, self._actor)
                    ]
                places = board.municipalities(session, self._actor)
        except HomewardError:
            workers, places = [], []
        for user_id, full_name, username in workers:
            self.worker_combo.addItem(f"{full_name} ({username})", user_id)
        self.worker_combo.setEnabled(bool(workers))
        for place in places:
            self.municipality_combo.addItem(place, place)

    def within_days(self) -> int:
        """How far ahead the board looks (0 for those that need an outcome: all overdue)."""
        chosen = self.window_combo.currentData()
        return 0 if chosen == NEEDS_OUTCOME else int(chosen)

    def needs_outcome_only(self) -> bool:
        return bool(self.window_combo.currentData() == NEEDS_OUTCOME)

    def reload(self) -> None:
        self.follower.read()
        kind = self.kind_combo.currentData()
        risk = self.risk_combo.currentData()
        worker = self.worker_combo.currentData()
        place = self.municipality_combo.currentData()
        within = self.within_days()
        filters: dict[str, Any] = {
            "kinds": [kind] if kind else None,
            "risks": [risk] if risk else None,
            "worker_id": worker,
            "municipality": place,
            "overdue_only": self.needs_outcome_only(),
        }
        try:
            with self._database.glance() as session:
                page = board.board(session, self._actor, within, **filters)
        except HomewardError as exc:
            self.summary.setText(error_text(exc))
            self.model.set_rows([], clock.today(), "week")
            return

        def more(offset: int) -> list[TransitionRow]:
            try:
                with self._database.glance() as session:
                    return board.more_rows(session, self._actor, within, offset, **filters)
            except HomewardError as exc:
                self.summary.setText(error_text(exc))
                return []

        today = clock.today()
        rows = page.rows
        self.model.set_rows(
            rows,
            today,
            self.group_combo.currentData(),
            total=page.summary.total,
            more=more,
        )
        self.table.clearSpans()
        self._span_headings(0, self.model.rowCount() - 1)
        self._update_summary(page)
        names = [_t("Overdue") if m is None else month_label(m) for m, _ in page.summary.by_month]
        per_risk = {
            r: [counts.get(r, 0) for _, counts in page.summary.by_month]
            for r in ("red", "amber", "green")
        }
        self.timeline.set_bars(
            names,
            [(labels.label(labels.RISK_SHORT, r), per_risk[r], RISK_COLOURS[r]) for r in per_risk],
            stacked=True,
            value_title=self.tr("Transitions"),
            csv_headers=["month", "red", "amber", "green"],
            csv_rows=[
                [names[i], per_risk["red"][i], per_risk["amber"][i], per_risk["green"][i]]
                for i in range(len(names))
            ],
        )
        self._selection_changed()

    def _span_headings(self, first: int, last: int) -> None:
        """Each week's or month's heading across the whole row."""
        for i in range(first, last + 1):
            if isinstance(self.model.entry(i), GroupHeading):
                self.table.setSpan(i, 0, 1, COLUMN_COUNT)

    def _update_summary(self, page: board.BoardPage) -> None:
        counts = page.summary
        if self.needs_outcome_only():
            self.summary.setText(
                labels.counted(
                    self.tr(
                        "<b>%n transition(s)</b> passed without an outcome: record what became "
                        "of each (housed late, stayed in care, moved elsewhere…). They stay on "
                        "every list until then.",
                        "",
                        counts.total,
                    ),
                    counts.total,
                )
            )
            return
        text = self.tr(
            "<b>%1</b> in the next %2 days (overdue included): "
            "<span style='color:#c62828'><b>%3 red</b></span>, "
            "<span style='color:#b87900'>%4 amber</span>, "
            "<span style='color:#2e7d32'>%5 green</span>. "
            "%6 overdue; %7 without secured housing."
        )
        for key, value in (
            ("%1", labels.plural(_CTX, "%n transition(s)", counts.total)),
            ("%2", str(self.within_days())),
            ("%3", str(counts.by_risk.get("red", 0))),
            ("%4", str(counts.by_risk.get("amber", 0))),
            ("%5", str(counts.by_risk.get("green", 0))),
            ("%6", str(counts.overdue)),
            ("%7", str(counts.without_housing)),
        ):
            text = text.replace(key, value)
        if page.truncated:
            text += " " + self.tr(
                "<i>The soonest are listed first; the others load as you scroll down.</i>"
            )
        self.summary.setText(text)

    # --- opening a case --------------------------------------------------------------

    def selected_row(self) -> TransitionRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        value = self.model.data(indexes[0], OBJECT_ROLE)
        return value if isinstance(value, TransitionRow) else None

    def _selection_changed(self, *_: Any) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        # Whoever may edit the case may record it; the service says so otherwise.
        self.outcome_button.setEnabled(row is not None and self._actor.role is not Role.COORDINATOR)

    def _record_outcome(self) -> None:
        row = self.selected_row()
        if row is not None and record_outcome_with_dialog(self, self._database, self._actor, row):
            self.reload()

    def _activated(self, index: QModelIndex) -> None:
        value = self.model.data(index, OBJECT_ROLE)
        if isinstance(value, TransitionRow):
            self.open_case.emit(value.reference)

    def _open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_case.emit(row.reference)
