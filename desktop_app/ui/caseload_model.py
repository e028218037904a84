"""The caseload table model: ids from indexed SQL, rows fetched a page at a time.

`caseload.find_cases` gives the ordered ids of the matching cases (cheap even
for 100,000 cases) — for a search by closeness the best 1,000 and a count of
them all, the rest fetched on demand when the view scrolls to the end
(`canFetchMore`/`fetchMore`); the rows the view actually paints are loaded a
page at a time with `caseload.rows` and cached (a bounded number of pages).
Sorting and filtering are asked of the service; the model never sorts in Python.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.domain import risk_levels
from desktop_app.services.actor import Actor
from desktop_app.services.cases import caseload
from desktop_app.services.cases.caseload import CaseloadFilter, CaseRow, SortKey
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage.database import Database
from desktop_app.ui import labels
from desktop_app.ui.icons import icon
from desktop_app.ui.messages import error_text

COL_REFERENCE = 0
COL_NAME = 1
COL_AGE = 2
COL_NEXT = 3
COL_DUE = 4
COL_DAYS = 5
COL_READINESS = 6
COL_RISK = 7
COL_WORKER = 8
COLUMN_COUNT = 9

# The case row behind an index (a CaseRow, or None while it is not loaded).
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
# The risk code ("red", "amber", "green" or None) for the badge delegate.
RISK_ROLE = Qt.ItemDataRole.UserRole + 2

SORT_KEYS = {
    COL_REFERENCE: SortKey.REFERENCE,
    COL_NAME: SortKey.NAME,
    COL_AGE: SortKey.AGE,
    COL_NEXT: SortKey.NEXT_TRANSITION,
    COL_DUE: SortKey.DUE_DATE,
    COL_DAYS: SortKey.DUE_DATE,
    COL_READINESS: SortKey.READINESS,
    COL_RISK: SortKey.RISK,
    COL_WORKER: SortKey.PRIMARY_WORKER,
}

_reader_pool: ThreadPoolExecutor | None = None


def _reader() -> ThreadPoolExecutor:
    """One thread for the caseload's background reads (searches while typing)."""
    global _reader_pool
    if _reader_pool is None:
        _reader_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="homeward-caseload")
    return _reader_pool


RISK_COLOURS = risk_levels.COLOURS  # domain/risk_levels.py: one look of risk everywhere
RISK_TINTS = risk_levels.TINTS


class CaseloadModel(QAbstractTableModel):
    """Cases the actor may see, in the order the service returns them."""

    PAGE_SIZE = 100
    MAX_CACHED_PAGES = 60
    # A broad search shows this many best matches, and as many more each time the view
    # reaches the end.
    BEST_MATCHES = caseload.BEST_MATCHES

    # Emitted after the set of matching cases changed (new filter, search, refresh), with
    # how many match (more than the rows shown when only the best are fetched).
    reloaded = Signal(int)
    # A background request was refused (a plain message for the user).
    failed = Signal(str)

    def __init__(self, database: Database, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._filter = CaseloadFilter()
        self._ids: list[int] = []
        self._total = 0
        self._pages: OrderedDict[int, dict[int, CaseRow]] = OrderedDict()
        self._generation = 0
        self._pending: tuple[int, CaseloadFilter, Future[caseload.CaseIds]] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(15)
        self._poll.timeout.connect(self._check_pending)

    # --- what is shown -------------------------------------------------------

    @property
    def case_filter(self) -> CaseloadFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many cases match (the rows hold the best of them when that is fewer)."""
        return self._total

    def set_filter(self, flt: CaseloadFilter) -> None:
        """Show the cases matching `flt` (in its order); raises a HomewardError for bad input."""
        self._generation += 1  # a search still running in the background is now stale
        with self._database.read_session() as session:
            found = caseload.find_cases(session, self._actor, flt, limit=self.BEST_MATCHES)
        self._apply(flt, found)

    def request_filter(self, flt: CaseloadFilter) -> None:
        """Like `set_filter`, but the query runs on a reader thread while the user types.

        Only the newest request is shown; an older one finishing late is dropped.
        Errors arrive through `failed` (a message).
        """
        self._generation += 1
        generation = self._generation
        database, actor, best = self._database, self._actor, self.BEST_MATCHES

        def query() -> caseload.CaseIds:
            with database.read_session() as session:
                return caseload.find_cases(session, actor, flt, limit=best)

        self._pending = (generation, flt, _reader().submit(query))
        self._poll.start()

    def _check_pending(self) -> None:
        if self._pending is None:
            self._poll.stop()
            return
        generation, flt, future = self._pending
        if not future.done():
            return
        self._pending = None
        self._poll.stop()
        if generation != self._generation:
            return
        error = future.exception()
        if isinstance(error, HomewardError):
            self.failed.emit(error_text(error))
        elif error is not None:
            raise error
        else:
            self._apply(flt, future.result())

    def wait_for_pending(self, timeout: float = 10.0) -> None:
        """Finish a background request now (tests; closing the page)."""
        if self._pending is not None:
            self._pending[2].exception(timeout)
            self._check_pending()

    def _apply(self, flt: CaseloadFilter, found: caseload.CaseIds) -> None:
        self.beginResetModel()
        self._filter = flt
        self._ids = list(found.ids)
        self._total = found.total
        self._pages.clear()
        self.endResetModel()
        self.reloaded.emit(found.total)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._ids) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        """The next best matches, asked of the service when the view reaches the end."""
        if not self.canFetchMore(parent):
            return
        shown = len(self._ids)
        try:
            with self._database.read_session() as session:
                found = caseload.find_cases(
                    session, self._actor, self._filter, limit=shown + self.BEST_MATCHES
                )
        except HomewardError as exc:
            self.failed.emit(error_text(exc))
            return
        if found.ids[:shown] != self._ids or found.total != self._total:
            self._apply(self._filter, found)  # the caseload changed meanwhile
            return
        more = found.ids[shown:]
        if not more:
            self._total = shown  # nothing more to fetch after all
            return
        self.beginInsertRows(QModelIndex(), shown, shown + len(more) - 1)
        self._ids.extend(more)
        # The page that held the old end was loaded short: it is read again when shown.
        self._pages.pop(shown // self.PAGE_SIZE, None)
        self.endInsertRows()

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(dataclasses.replace(self._filter, **changes))

    def refresh(self) -> None:
        """Reload after a change elsewhere (a saved case, a new assignment)."""
        self.set_filter(self._filter)

    def case_row(self, row: int) -> CaseRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // self.PAGE_SIZE
        cached = self._pages.get(page)
        if cached is None:
            cached = self._load_page(page)
        else:
            self._pages.move_to_end(page)
        return cached.get(self._ids[row])

    def reference_at(self, row: int) -> str | None:
        found = self.case_row(row)
        return found.reference if found else None

    def row_of_case(self, case_id: int) -> int | None:
        """The row of a case in the current list, or None when it is not in it."""
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def row_of_reference(self, reference: str) -> int | None:
        """The row of a case if it is among the loaded pages (used after saving)."""
        for page in self._pages.values():
            for case_id, case_row in page.items():
                if case_row.reference == reference:
                    return self._ids.index(case_id)
        return None

    def _load_page(self, page: int) -> dict[int, CaseRow]:
        ids = self._ids[page * self.PAGE_SIZE : (page + 1) * self.PAGE_SIZE]
        with self._database.read_session() as session:
            loaded = {r.id: r for r in caseload.rows(session, self._actor, ids)}
        self._pages[page] = loaded
        while len(self._pages) > self.MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return loaded

    # --- Qt model ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers().get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(section)
        return None

    def _headers(self) -> dict[int, str]:
        return {
            COL_REFERENCE: self.tr("Reference"),
            COL_NAME: self.tr("Name"),
            COL_AGE: self.tr("Age"),
            COL_NEXT: self.tr("Next transition"),
            COL_DUE: self.tr("Due"),
            COL_DAYS: self.tr("Days left"),
            COL_READINESS: self.tr("Ready"),
            COL_RISK: self.tr("Risk"),
            COL_WORKER: self.tr("Primary worker"),
        }

    def _header_tips(self) -> dict[int, str]:
        return {
            COL_AGE: self.tr(
                "≈ marks an uncertain date of birth (month or year only, or assessed)"
            ),
            COL_READINESS: self.tr("Share of the readiness checklist that is done"),
            COL_RISK: self.tr(
                "Red: due within 30 days or overdue without housing secured. "
                "Amber: due within 90 days and less than 70% ready. Otherwise green."
            ),
        }

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self.case_row(index.row())
        if row is None:
            return self.tr("…") if role == Qt.ItemDataRole.DisplayRole else None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == OBJECT_ROLE:
            return row
        if role == RISK_ROLE and col == COL_RISK:
            return row.risk
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_AGE, COL_DAYS, COL_READINESS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DAYS and (row.days_left or 0) < 0:
            return QColor(RISK_COLOURS["red"])
        if role == Qt.ItemDataRole.DecorationRole and col == COL_RISK and row.risk:
            return icon(f"risk_{row.risk}")
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_RISK:
            return labels.label(labels.RISKS, row.risk) if row.risk else self.tr("No transition")
        return None

    def _display(self, row: CaseRow, col: int) -> str:
        if col == COL_REFERENCE:
            return row.reference
        if col == COL_NAME:
            return row.name
        if col == COL_AGE:
            return f"≈{row.age}" if row.uncertain_dob else str(row.age)
        if col == COL_NEXT:
            return labels.label(labels.KINDS, row.next_transition) if row.next_transition else "–"
        if col == COL_DUE:
            return labels.format_date(row.due_date)
        if col == COL_DAYS:
            return labels.days_text(row.days_left)
        if col == COL_READINESS:
            return f"{row.readiness} %" if row.readiness is not None else ""
        if col == COL_RISK:
            return labels.label(labels.RISK_SHORT, row.risk) if row.risk else ""
        if col == COL_WORKER:
            return row.primary_worker or self.tr("(none)")
        return ""

    def _tooltip(self, row: CaseRow, col: int) -> str | None:
        if col == COL_AGE and row.uncertain_dob:
            return self.tr("Date of birth uncertain: %1").replace(
                "%1", labels.label(labels.PRECISIONS, row.dob_precision)
            )
        if col == COL_RISK and row.risk:
            return labels.label(labels.RISKS, row.risk)
        if col == COL_NAME and row.team:
            return self.tr("%1 — %2").replace("%1", row.name).replace("%2", row.team)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self.update_filter(sort=key, descending=order == Qt.SortOrder.DescendingOrder)


class RiskBadgeDelegate(QStyledItemDelegate):
    """Risk as a coloured badge that also reads without colour: a shape and a word.

    Red is a triangle, amber a diamond, green a circle with a tick, and the
    level is written next to it.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        risk = index.data(RISK_ROLE)
        if not risk:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        painter.save()
        if style is not None:
            opt.text = ""
            opt.icon = icon("")  # the badge draws its own shape
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect.adjusted(4, 3, -4, -3)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        icon_size = min(rect.height() - 4, 16)
        width = min(rect.width(), icon_size + metrics.horizontalAdvance(text) + 16)
        badge = QRect(rect.left(), rect.top(), width, rect.height())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(RISK_COLOURS[risk]))
        painter.setBrush(QColor(RISK_TINTS[risk]))
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        icon_rect = QRect(
            badge.left() + 6, badge.center().y() - icon_size // 2 + 1, icon_size, icon_size
        )
        icon(f"risk_{risk}").paint(painter, icon_rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(
            QColor(RISK_COLOURS[risk])
            if not selected
            else option.palette.color(QPalette.ColorRole.Text)
        )
        painter.drawText(
            badge.adjusted(icon_size + 10, 0, -4, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            text,
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 96), max(hint.height(), 24))
