"""The team screen's Planning tab: transitions in the next 12 months, the apartments and
language-course places they need, and the gaps in the data the figures rest on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QGroupBox, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop_app.services.actor import Actor
from desktop_app.services.storage.database import Database
from desktop_app.services.team import data_quality
from desktop_app.services.team import needs as team_needs
from desktop_app.services.team import planning as team_planning
from desktop_app.ui import labels
from desktop_app.ui.charts import PALETTE, ChartPanel
from desktop_app.ui.tables import OBJECT_ROLE, Column, RowTableModel, table_view
from desktop_app.ui.team_tab import TeamTab
from desktop_app.ui.transitions_board import MONTHS


class TeamPlanningTab(TeamTab):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, actor, parent)
        self.planning_chart = ChartPanel(
            self.tr("Transitions in the next 12 months"), name="planningChart"
        )
        self.housing_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Quarter"), lambda n: n.quarter),
                Column(
                    self.tr("Apartment"),
                    lambda n: self.tr(team_needs.ROOM_LABELS[n.rooms]),
                    sort_key=lambda n: n.rooms,
                ),
                Column(self.tr("Households"), lambda n: n.households),
                Column(self.tr("Persons"), lambda n: n.persons),
                Column(self.tr("Awaiting family reunification"), lambda n: n.awaiting_family),
            ],
            self,
        )
        self.housing_chart = ChartPanel(
            self.tr("Apartments needed per quarter"), name="housingNeedsChart"
        )
        self.language_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Level"), lambda r: r.level),
                Column(self.tr("Places needed"), lambda r: r.needed),
                Column(self.tr("In a course now"), lambda r: r.enrolled),
                Column(self.tr("Places offered"), lambda r: r.places_offered),
            ],
            self,
        )
        self.quality_summary = QLabel()
        self.quality_summary.setObjectName("dataQualitySummary")
        self.quality_summary.setWordWrap(True)
        self.quality_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Reference"), lambda i: i.reference),
                Column(self.tr("Young person"), lambda i: i.name),
                Column(
                    self.tr("Gap"), lambda i: self.tr(data_quality.DATA_QUALITY_ISSUES[i.issue])
                ),
                Column(self.tr("Detail"), lambda i: i.detail),
                Column(self.tr("Primary worker"), lambda i: i.primary_worker),
            ],
            self,
        )
        quality_table = table_view(self.quality_model, "dataQualityTable", sortable=True)
        quality_table.doubleClicked.connect(self._open)
        needs = QWidget()
        n_layout = QVBoxLayout(needs)
        n_layout.setContentsMargins(0, 0, 0, 0)
        n_layout.addWidget(QLabel(self.tr("Apartments by size, counting expected family members")))
        n_layout.addWidget(
            table_view(
                self.housing_model,
                "housingNeedsTable",
                sortable=True,
                title=self.tr("Housing needed"),
            ),
            2,
        )
        n_layout.addWidget(QLabel(self.tr("Language-course places by level")))
        n_layout.addWidget(
            table_view(
                self.language_model,
                "languagePlacesTable",
                sortable=True,
                title=self.tr("Language course places needed"),
            ),
            1,
        )
        quality = QGroupBox(self.tr("Data quality"))
        q_layout = QVBoxLayout(quality)
        q_layout.addWidget(self.quality_summary)
        q_layout.addWidget(quality_table)
        upper = QSplitter()
        upper.addWidget(self.planning_chart)
        upper.addWidget(self.housing_chart)
        lower = QSplitter()
        lower.addWidget(needs)
        lower.addWidget(quality)
        layout = QVBoxLayout(self)
        layout.addWidget(upper, 1)
        layout.addWidget(lower, 1)

    def load(self, session: Any) -> None:
        rows = team_planning.monthly_figures(session, self._actor, 12)
        needs = team_needs.housing_needs(session, self._actor, months=12)
        places = team_needs.language_places(session, self._actor)
        quality = data_quality.data_quality(session, self._actor)
        self._show_planning(rows)
        self.housing_model.set_rows(needs)
        quarters = sorted({n.quarter for n in needs})
        self.housing_chart.set_bars(
            quarters,
            [
                (
                    self.tr(team_needs.ROOM_LABELS[rooms]),
                    [
                        sum(n.households for n in needs if n.quarter == q and n.rooms == rooms)
                        for q in quarters
                    ],
                    PALETTE[rooms - 1],
                )
                for rooms in sorted(team_needs.ROOM_LABELS)
            ],
            stacked=True,
            value_title=self.tr("Households"),
            csv_headers=["quarter", "rooms", "households", "persons", "awaiting_family"],
            csv_rows=[list(n.as_record().values()) for n in needs],
        )
        self.language_model.set_rows(places)
        self.quality_model.set_rows(quality.issues)
        self.quality_summary.setText(
            self.tr("Of %1 open cases:").replace("%1", str(quality.open_cases))
            + "\n"
            + "\n".join(
                f"• {self.tr(data_quality.DATA_QUALITY_ISSUES[key])}: {count}"
                for key, count in quality.counts.items()
            )
        )

    def _show_planning(self, rows: list[Any]) -> None:
        if not rows:
            self.planning_chart.set_bars([], [])
            return
        months = sorted({r.month for r in rows})
        # Month names alone fit under the bars; the title carries the years.
        names = [self.tr(MONTHS[m.month - 1]) for m in months]
        self.planning_chart.chart.setTitle(
            self.tr("Transitions per month, %1 to %2")
            .replace("%1", f"{self.tr(MONTHS[months[0].month - 1])} {months[0].year}")
            .replace("%2", f"{self.tr(MONTHS[months[-1].month - 1])} {months[-1].year}")
        )
        series = [
            (
                labels.label(labels.KINDS, kind),
                [sum(r.count(kind) for r in rows if r.month == m) for m in months],
                PALETTE[i % len(PALETTE)],
            )
            for i, kind in enumerate(team_planning.KINDS)
        ]
        contract = [r.as_contract() for r in rows]
        headers = list(contract[0]) if contract else []
        self.planning_chart.set_bars(
            names,
            series,
            stacked=True,
            value_title=self.tr("Transitions"),
            csv_headers=headers,
            csv_rows=[[c[h] for h in headers] for c in contract],
        )

    def _open(self, index: QModelIndex) -> None:
        issue = index.data(OBJECT_ROLE) if index.isValid() else None
        if issue is not None:
            self.open_case.emit(issue.reference)
