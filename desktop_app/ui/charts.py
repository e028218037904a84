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
from PySide6.QtCore import (
    QCoreApplication,
    QMargins,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPainter
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
from desktop_app.ui.messages import tell_done

RISK_COLOURS = risk_levels.COLOURS  # one red, one amber, one green everywhere
# Exported charts are drawn at a page's width (about 16 cm at 150 points an inch), and the
# PNG at twice that in pixels: 300 dots an inch on paper.
EXPORT_SIZE = QSize(960, 600)
PRINT_SCALE = 2
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
        self._bars: Any = None  # what set_bars drew, to draw it again for an export
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
        self._bars = (
            list(categories),
            [(name, list(values), colour) for name, values, colour in series],
            {
                "stacked": stacked,
                "horizontal": horizontal,
                "value_title": value_title,
                "legend_right": legend_right,
            },
        )
        _draw_bars(self.chart, *self._bars)
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

    def export_view(self) -> QChartView:
        """The chart drawn afresh at the size it is exported (a page's width), not a copy
        of the small widget on screen: every label has room."""
        chart = QChart()
        chart.setTitle(self._title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(12, 12, 12, 12))
        if self._bars is not None:
            _draw_bars(chart, *self._bars)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Laid out at the export's size without ever appearing on screen.
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        view.resize(EXPORT_SIZE)
        view.show()
        chart.resize(QSizeF(EXPORT_SIZE))
        QCoreApplication.sendPostedEvents()
        return view

    def save_png(self, path: str | Path) -> bool:
        """A PNG at print resolution: EXPORT_SIZE at PRINT_SCALE times the pixels, 300 dpi."""
        view = self.export_view()
        image = QImage(EXPORT_SIZE * PRINT_SCALE, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        dots_per_metre = round(300 / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _render(view, painter, QRectF(QPointF(0, 0), QSizeF(EXPORT_SIZE * PRINT_SCALE)))
        painter.end()
        view.close()
        view.deleteLater()
        return bool(image.save(str(path), "PNG"))

    def save_svg(self, path: str | Path) -> None:
        from PySide6.QtSvg import QSvgGenerator

        view = self.export_view()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(EXPORT_SIZE)
        generator.setViewBox(QRect(QPoint(0, 0), EXPORT_SIZE))
        generator.setTitle(self._title)
        painter = QPainter(generator)
        _render(view, painter, QRectF(QPointF(0, 0), QSizeF(EXPORT_SIZE)))
        painter.end()
        view.close()
        view.deleteLater()

    def save_csv(self, path: str | Path) -> None:
        write_csv(path, self._csv_headers, self._csv_rows)

    def _ask_png(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart as a picture"),
            f"{self._title}.png",
            self.tr("PNG image, print resolution (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        try:
            if path.lower().endswith(".svg") or (
                "svg" in chosen.lower() and "." not in Path(path).name
            ):
                target = path if path.lower().endswith(".svg") else path + ".svg"
                self.save_svg(target)
            else:
                target = path if path.lower().endswith(".png") else path + ".png"
                if not self.save_png(target):
                    raise OSError(self.tr("The picture could not be saved."))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return
        tell_done(self, self.tr("The chart was saved as %1.").replace("%1", Path(target).name))

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
            return
        tell_done(self, self.tr("The numbers were saved as %1.").replace("%1", Path(path).name))


def _render(view: QChartView, painter: QPainter, target: QRectF) -> None:
    """The chart's scene into `target`, drawn as shapes and text (sharp at any scale)."""
    view.scene().render(painter, target, QRectF(QPointF(0, 0), QSizeF(EXPORT_SIZE)))


def _draw_bars(
    chart: QChart,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float], str | None]],
    options: dict[str, Any],
) -> None:
    """Put the bars and axes of `set_bars` on `chart` (the screen's or an export's)."""
    stacked, horizontal = options["stacked"], options["horizontal"]
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
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
    chart.addSeries(bars)
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))
    value_axis = QValueAxis()
    value_axis.setRange(0, max(1.0, float(top)))
    value_axis.applyNiceNumbers()
    value_axis.setLabelFormat("%g")
    if options["value_title"]:
        value_axis.setTitleText(options["value_title"])
    if horizontal:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(category_axis)
    bars.attachAxis(value_axis)
    # Whole labels: Qt cuts a label that does not fit to "…" unless told not to; long ones
    # are turned, and a legend entry still too long for its place has its tooltip.
    category_axis.setTruncateLabels(False)
    value_axis.setTruncateLabels(False)
    if not horizontal and (len(categories) > 6 or max(map(len, categories), default=0) > 12):
        category_axis.setLabelsAngle(-40)
    legend = chart.legend()
    legend.setVisible(len(series) > 1)
    legend.setAlignment(
        Qt.AlignmentFlag.AlignRight if options["legend_right"] else Qt.AlignmentFlag.AlignBottom
    )
    legend.setShowToolTips(True)
