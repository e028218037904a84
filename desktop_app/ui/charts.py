"""Charts of the team screens (QtCharts), each exportable as PNG and its numbers as CSV.

A `ChartPanel` shows one bar chart and keeps the table of numbers behind it;
the numbers come from the same service functions the printed reports use.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import risk_levels
from desktop_app.domain.spreadsheet_cells import csv_writer

RISK_COLOURS = risk_levels.COLOURS  # one red, one amber, one green everywhere
PALETTE = ("#1f5f8b", "#e07b39", "#5b8c5a", "#8e5ea2", "#c44e52", "#8c8c8c", "#3a9fbf")


def write_csv(path: str | Path, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """UTF-8 with a BOM so spreadsheet programs open accented names correctly."""
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv_writer(handle)
        writer.writerow(list(headers))
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])


class ChartPanel(QWidget):
    """A titled bar chart with "Export PNG…" and "Export CSV…" buttons."""

    def __init__(self, title: str, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name or "chart")
        self._title = title
        self._csv_headers: list[str] = []
        self._csv_rows: list[list[Any]] = []
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.empty_label = QLabel(self.tr("Nothing to show yet."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.png_button = QPushButton(self.tr("Export PNG…"))
        self.png_button.setToolTip(self.tr("Save this chart as a picture"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.setToolTip(self.tr("Save the numbers behind this chart for a spreadsheet"))
        self.png_button.clicked.connect(self._ask_png)
        self.csv_button.clicked.connect(self._ask_csv)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

    # --- data -------------------------------------------------------------------

    def set_bars(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float], str | None]],
        *,
        stacked: bool = False,
        horizontal: bool = False,
        value_title: str = "",
        legend_right: bool = False,
        csv_headers: Sequence[str] | None = None,
        csv_rows: Sequence[Sequence[Any]] | None = None,
    ) -> None:
        """Show bars: one set per (name, values, colour) across `categories`.

        The CSV export holds `csv_rows` when given (e.g. a finer table than the
        chart shows), otherwise the chart's own numbers.
        """
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if horizontal:
            bars: Any = QHorizontalBarSeries()
        elif stacked:
            bars = QStackedBarSeries()
        else:
            bars = QBarSeries()
        top = 0.0
        for i, (name, values, colour) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(colour or PALETTE[i % len(PALETTE)]))
            bars.append(bar_set)
        for j in range(len(categories)):
            column = [float(s[1][j]) for s in series if j < len(s[1])]
            top = max(top, sum(column) if stacked else max(column, default=0.0))
        self.chart.addSeries(bars)
        category_axis = QBarCategoryAxis()
        category_axis.append(list(categories))
        value_axis = QValueAxis()
        value_axis.setRange(0, max(1.0, float(top)))
        value_axis.applyNiceNumbers()
        value_axis.setLabelFormat("%g")
        if value_title:
            value_axis.setTitleText(value_title)
        if horizontal:
            self.chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            self.chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            self.chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            self.chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(category_axis)
        bars.attachAxis(value_axis)
        self.chart.legend().setVisible(len(series) > 1)
        self.chart.legend().setAlignment(
            Qt.AlignmentFlag.AlignRight if legend_right else Qt.AlignmentFlag.AlignBottom
        )
        empty = not categories or not series
        self.view.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if csv_rows is not None:
            self._csv_headers = list(csv_headers or [])
            self._csv_rows = [list(r) for r in csv_rows]
        else:
            self._csv_headers = [""] + [name for name, _, _ in series]
            self._csv_rows = [
                [category] + [s[1][j] if j < len(s[1]) else "" for s in series]
                for j, category in enumerate(categories)
            ]

    @property
    def csv_headers(self) -> list[str]:
        return list(self._csv_headers)

    @property
    def csv_rows(self) -> list[list[Any]]:
        return [list(r) for r in self._csv_rows]

    # --- export -----------------------------------------------------------------

    def save_png(self, path: str | Path) -> bool:
        pixmap = self.view.grab()
        return bool(pixmap.save(str(path), "PNG"))

    def save_csv(self, path: str | Path) -> None:
        write_csv(path, self._csv_headers, self._csv_rows)

    def _ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart as PNG"), f"{self._title}.png", self.tr("PNG image (*.png)")
        )
        if path and not self.save_png(path):
            QMessageBox.warning(
                self, self.tr("Export failed"), self.tr("The picture could not be saved.")
            )

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export numbers as CSV"),
            f"{self._title}.csv",
            self.tr("CSV file (*.csv)"),
        )
        if not path:
            return
        try:
            self.save_csv(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("The file could not be saved: %1").replace("%1", exc.strerror or str(exc)),
            )
