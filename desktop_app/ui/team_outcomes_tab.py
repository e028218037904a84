"""The team screen's Outcomes tab: per team and quarter, each figure with the number of
young people behind it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.storage.database import Database
from desktop_app.services.team import outcomes as team_outcomes
from desktop_app.ui import labels
from desktop_app.ui.charts import PALETTE, ChartPanel
from desktop_app.ui.tables import Column, RowTableModel, table_view
from desktop_app.ui.team_tab import TeamTab, percent_text

# What an outcome figure counts (team_outcomes.OutcomeFigure.unit), for the translators.
_UNITS = (
    QT_TRANSLATE_NOOP("TeamOutcomesTab", "cases"),
    QT_TRANSLATE_NOOP("TeamOutcomesTab", "transitions"),
)


# One line of "what became of the transitions": an outcome (or "n", all of them) and its
# count per quarter.
OutcomeLine = tuple[str, dict[str, int]]


def _value(f: team_outcomes.OutcomeFigure) -> str:
    if f.measure == "belonging_average":
        return "—" if f.average is None else f"{f.average:.2f}"
    return percent_text(f.percent)


class TeamOutcomesTab(TeamTab):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, actor, parent)
        self._figures: list[team_outcomes.OutcomeFigure] = []
        self.outcome_team = QComboBox()
        self.outcome_team.setObjectName("outcomeTeam")
        self.outcome_team.currentIndexChanged.connect(self._show_outcomes)
        self.outcomes_model: RowTableModel[team_outcomes.OutcomeFigure] = RowTableModel(
            [
                Column(self.tr("Quarter"), lambda f: f.quarter),
                Column(
                    self.tr("Measure"), lambda f: self.tr(team_outcomes.MEASURE_LABELS[f.measure])
                ),
                Column(
                    self.tr("Result"),
                    _value,
                    sort_key=lambda f: f.average if f.measure == "belonging_average" else f.percent,
                ),
                Column(
                    self.tr("Number behind it"),
                    lambda f: f"{f.count} / {f.base} {self.tr(f.unit)}",
                    sort_key=lambda f: (f.base, f.count),
                ),
            ],
            self,
        )
        self._by_outcome: list[team_outcomes.TransitionOutcomes] = []
        self.quarters = [q.label for q in team_outcomes.last_quarters(4, clock.today())]
        self.transition_outcomes_model: RowTableModel[OutcomeLine] = RowTableModel(
            self._outcome_columns(), self
        )
        self.outcomes_chart = ChartPanel(self.tr("Outcomes per quarter (%)"), name="outcomesChart")
        note = QLabel(
            self.tr(
                "Every figure shows how many young people it rests on: a share of a handful "
                "of cases can swing widely from one quarter to the next."
            )
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Team")))
        row.addWidget(self.outcome_team)
        row.addStretch(1)
        left = QWidget()
        l_layout = QVBoxLayout(left)
        l_layout.setContentsMargins(0, 0, 0, 0)
        l_layout.addLayout(row)
        l_layout.addWidget(note)
        l_layout.addWidget(
            table_view(
                self.outcomes_model, "outcomesTable", sortable=True, title=self.tr("Outcomes")
            ),
            1,
        )
        every = QLabel(
            self.tr(
                "Every transition due in the quarter is counted, resolved or not, so a "
                "successful move stays in the figures."
            )
        )
        every.setWordWrap(True)
        l_layout.addWidget(every)
        l_layout.addWidget(
            table_view(
                self.transition_outcomes_model,
                "transitionOutcomesTable",
                title=self.tr("Outcomes of transitions"),
            ),
            1,
        )
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.outcomes_chart)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def _outcome_columns(self) -> list[Column[OutcomeLine]]:
        return [
            Column(
                self.tr("What became of the transitions"),
                lambda line: (
                    self.tr("All due in the quarter (n)")
                    if line[0] == "n"
                    else labels.label(labels.OUTCOMES, line[0])
                ),
            ),
            *[
                Column(quarter, lambda line, q=quarter: line[1].get(q, 0))
                for quarter in self.quarters
            ],
        ]

    def load(self, session: Any) -> None:
        # A window open since an earlier quarter shows the last four quarters of today.
        quarters = [q.label for q in team_outcomes.last_quarters(4, clock.today())]
        if quarters != self.quarters:
            self.quarters = quarters
            self.transition_outcomes_model.set_columns(self._outcome_columns())
        self._figures = team_outcomes.outcomes(session, self._actor, quarters=4)
        self._by_outcome = team_outcomes.transition_outcomes(session, self._actor, quarters=4)
        current = self.outcome_team.currentText()
        self.outcome_team.blockSignals(True)
        self.outcome_team.clear()
        for name in sorted({f.team for f in self._figures}):
            self.outcome_team.addItem(name, name)
        if current:
            self.outcome_team.setCurrentIndex(max(0, self.outcome_team.findText(current)))
        self.outcome_team.blockSignals(False)
        self._show_outcomes()

    def _show_outcomes(self) -> None:
        chosen = self.outcome_team.currentData()
        figures = [f for f in self._figures if f.team == chosen]
        self.outcomes_model.set_rows(figures)
        counted = [f for f in self._by_outcome if f.team == chosen]
        self.transition_outcomes_model.set_rows(
            [
                (key, {f.quarter: f.counts.get(key, 0) for f in counted})
                for key in team_outcomes.OUTCOME_COLUMNS
            ]
            + [("n", {f.quarter: f.n for f in counted})]
        )
        quarters = sorted({f.quarter for f in figures})
        measures = [m for m in team_outcomes.MEASURES if m != "belonging_average"]
        self.outcomes_chart.set_bars(
            quarters,
            [
                (
                    self.tr(team_outcomes.MEASURE_LABELS[m]),
                    [
                        next(
                            (f.percent or 0 for f in figures if f.quarter == q and f.measure == m),
                            0,
                        )
                        for q in quarters
                    ],
                    PALETTE[i % len(PALETTE)],
                )
                for i, m in enumerate(measures)
            ],
            value_title="%",
            legend_right=True,
            csv_headers=[
                "team",
                "quarter",
                "measure",
                "count",
                "base",
                "unit",
                "percent",
                "average",
            ],
            csv_rows=[list(f.as_record().values()) for f in figures],
        )
