"""The team screen of team leads and coordinators.

Tabs: caseload balance (with reassignment and a worker leaving), requests
(transfers between teams and closures waiting for a decision), continuity,
planning (the next 12 months, needs and data quality) and outcomes — each its own
widget (`ui/team_*_tab.py`). Every number comes from `services.team`,
`services.outcomes` and `services.planning`, which the printed reports use as well.

The heading sums up the balance and the requests, so those two tabs are read with the
screen; the others read their figures the first time they are shown, and again when
they are shown after a change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop_app.services import changes
from desktop_app.services.actor import Actor, Role
from desktop_app.services.storage.database import Database
from desktop_app.ui.change_signal import follow_changes
from desktop_app.ui.team_balance_tab import TeamBalanceTab
from desktop_app.ui.team_continuity_tab import TeamContinuityTab
from desktop_app.ui.team_outcomes_tab import TeamOutcomesTab
from desktop_app.ui.team_planning_tab import TeamPlanningTab
from desktop_app.ui.team_requests_tab import TeamRequestsTab
from desktop_app.ui.team_tab import TeamTab

# What the team screen shows: a change to any of these, here or on another PC, reads it again.
SHOWS = (
    changes.CASE,
    changes.ASSIGNMENT,
    changes.TRANSITION,
    changes.OFFER,
    changes.REQUEST,
    changes.USER,
    changes.TEAM,
    changes.COURSE,
    changes.EMPLOYMENT,
    changes.SETTINGS,
)


class TeamScreen(QWidget):
    """Caseload balance, requests, continuity, planning and outcomes."""

    open_case = Signal(str)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self.setObjectName("teamScreen")
        self.follower = follow_changes(self, database, SHOWS, self.reload)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        if actor.role is Role.TEAM_LEAD:
            duplicates = QPushButton(self.tr("Likely duplicates…"))
            duplicates.setObjectName("teamDuplicates")
            duplicates.clicked.connect(lambda: self.show_duplicates(database))
            top.addWidget(duplicates)
        top.addWidget(refresh)
        self.balance_tab = TeamBalanceTab(database, actor)
        self.requests_tab = TeamRequestsTab(database, actor)
        self.continuity_tab = TeamContinuityTab(database, actor)
        self.planning_tab = TeamPlanningTab(database, actor)
        self.outcomes_tab = TeamOutcomesTab(database, actor)
        self.tabs = QTabWidget()
        self._stale: set[TeamTab] = set()
        for tab, title in (
            (self.balance_tab, self.tr("Caseload balance")),
            (self.requests_tab, self.tr("Requests")),
            (self.continuity_tab, self.tr("Continuity")),
            (self.planning_tab, self.tr("Planning")),
            (self.outcomes_tab, self.tr("Outcomes")),
        ):
            self.tabs.addTab(tab, title)
            tab.open_case.connect(self.open_case)
            tab.changed.connect(self.reload)
            tab.failed.connect(self.heading.setText)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.reload()

    def show_duplicates(self, database: Database) -> None:
        """Cases of the team that may be one person, to merge (ui/merge_dialog.py)."""
        from desktop_app.ui.merge_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(database, self._actor, self)
        dialog.exec()
        if dialog.merged:
            self.reload()

    def reload(self) -> None:
        """Read the heading's figures again; the other tabs when they are next shown."""
        self.follower.read()
        self._stale = {self.continuity_tab, self.planning_tab, self.outcomes_tab}
        if self.balance_tab.reload() and self.requests_tab.reload():
            self._show_heading()
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if tab in self._stale:
            assert isinstance(tab, TeamTab)
            self._stale.discard(tab)
            tab.reload()

    def show_tab(self, title: str) -> QWidget:
        """Show the tab with this title (reading its figures if needed) and return it."""
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index) == title:
                self.tabs.setCurrentIndex(index)
                self._tab_shown(index)
                return self.tabs.widget(index)
        raise KeyError(title)

    def _show_heading(self) -> None:
        balance = self.balance_tab.balance_model.rows()
        if self._actor.role is Role.COORDINATOR:
            scope = self.tr("The whole organisation")
        else:
            own = [r.team for r in balance if r.username == self._actor.username and r.team]
            scope = own[0] if own else self.tr("your team")
        self.heading.setText(
            self.tr("<b>%1</b> — %2 open cases, %3 waiting transfers, %4 closures to approve")
            .replace("%1", scope)
            .replace("%2", str(sum(r.primary_cases for r in balance)))
            .replace("%3", str(self.requests_tab.transfers_model.rowCount()))
            .replace("%4", str(self.requests_tab.closures_model.rowCount()))
        )
