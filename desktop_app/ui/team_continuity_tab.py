"""The team screen's Continuity tab: cases whose primary worker is about to change close to a
transition, and continuity per team and per worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from desktop_app.services.actor import Actor
from desktop_app.services.storage.database import Database
from desktop_app.services.team import continuity
from desktop_app.ui import labels
from desktop_app.ui.charts import PALETTE, ChartPanel
from desktop_app.ui.messages import message_text
from desktop_app.ui.tables import OBJECT_ROLE, Column, RowTableModel, table_view
from desktop_app.ui.team_tab import TeamTab, percent_text


class TeamContinuityTab(TeamTab):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, actor, parent)
        self.continuity_team_model = RowTableModel(self._columns(self.tr("Team")), self)
        self.continuity_worker_model = RowTableModel(self._columns(self.tr("Worker")), self)
        self.alerts_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Reference"), lambda a: a.reference),
                Column(self.tr("Young person"), lambda a: a.name),
                Column(self.tr("Transition"), lambda a: labels.label(labels.KINDS, a.kind)),
                Column(
                    self.tr("Due"),
                    lambda a: labels.days_text(a.days_left),
                    sort_key=lambda a: a.days_left,
                ),
                Column(self.tr("Primary worker"), lambda a: a.primary_worker or self.tr("(none)")),
                Column(self.tr("Why flagged"), lambda a: message_text(a.why)),
            ],
            self,
        )
        self.alerts_table = table_view(self.alerts_model, "continuityAlerts", sortable=True)
        self.alerts_table.doubleClicked.connect(self._open)
        self.continuity_chart = ChartPanel(
            self.tr("Same worker around transitions, per team (%)"), name="continuityChart"
        )
        layout = QVBoxLayout(self)
        alerts = QGroupBox(
            self.tr("Transition within 30 days and the primary worker about to change")
        )
        QVBoxLayout(alerts).addWidget(self.alerts_table)
        layout.addWidget(alerts, 1)
        tables = QWidget()
        t_layout = QVBoxLayout(tables)
        t_layout.setContentsMargins(0, 0, 0, 0)
        t_layout.addWidget(
            table_view(
                self.continuity_team_model,
                "continuityTeams",
                sortable=True,
                title=self.tr("Continuity by team"),
            )
        )
        t_layout.addWidget(
            table_view(
                self.continuity_worker_model,
                "continuityWorkers",
                sortable=True,
                title=self.tr("Continuity by worker"),
            ),
            1,
        )
        split = QSplitter()
        split.addWidget(tables)
        split.addWidget(self.continuity_chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 2)

    def _columns(self, first: str) -> list[Column[continuity.ContinuityRow]]:
        return [
            Column(first, lambda r: r.group),
            Column(self.tr("Open cases"), lambda r: r.cases),
            Column(self.tr("Worker changes (12 months)"), lambda r: r.worker_changes),
            Column(self.tr("Changes per case and year"), lambda r: r.changes_per_case_year),
            Column(
                self.tr("Same worker 30 days before and after"),
                lambda r: (
                    f"{percent_text(r.same_worker_share)} "
                    f"({r.transitions_same_worker}/{r.transitions_judged})"
                ),
                sort_key=lambda r: r.same_worker_share,
            ),
            Column(
                self.tr("Moves with the same worker"),
                lambda r: (
                    f"{percent_text(r.moves_continued_share)} "
                    f"({r.moves_worker_continued}/{r.moves})"
                ),
                sort_key=lambda r: r.moves_continued_share,
            ),
        ]

    def load(self, session: Any) -> None:
        by_team = continuity.continuity(session, self._actor, by="team")
        by_worker = continuity.continuity(session, self._actor, by="worker")
        alerts = continuity.continuity_alerts(session, self._actor)
        self.continuity_team_model.set_rows(by_team)
        self.continuity_worker_model.set_rows(by_worker)
        self.alerts_model.set_rows(alerts)
        judged = [r for r in by_team if r.transitions_judged]
        self.continuity_chart.set_bars(
            [r.group for r in judged],
            [(self.tr("Same worker (%)"), [r.same_worker_share or 0 for r in judged], PALETTE[2])],
            csv_headers=list(by_team[0].as_record()) if by_team else [],
            csv_rows=[list(r.as_record().values()) for r in by_team],
        )

    def _open(self, index: QModelIndex) -> None:
        alert = index.data(OBJECT_ROLE) if index.isValid() else None
        if alert is not None:
            self.open_case.emit(alert.reference)
