"""Charts are drawn at the size they are exported, with every label whole."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtGui import QImage

from desktop_app.ui.charts import EXPORT_SIZE, PRINT_SCALE, ChartPanel

WORKERS = ["Laura Winther", "Mikkel Friis", "Sofie Nielsen-Bjerregaard", "Dawit Tesfamariam"]


def _panel(qtbot) -> ChartPanel:  # type: ignore[no-untyped-def]
    panel = ChartPanel("Caseload balance")
    qtbot.addWidget(panel)
    panel.resize(380, 240)  # small on screen, as in a tab beside a table
    panel.set_bars(
        WORKERS,
        [("Primary cases", [12, 9, 15, 7], None), ("Red", [2, 0, 3, 1], "#c62828")],
        horizontal=True,
    )
    return panel


def test_labels_are_never_cut_on_screen(qtbot):
    panel = _panel(qtbot)
    axes = [a for a in panel.chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert axes and not any(a.truncateLabels() for a in panel.chart.axes())
    assert axes[0].categories() == WORKERS
    assert panel.chart.legend().showToolTips()


def test_png_at_print_resolution_and_svg(qtbot, tmp_path):
    panel = _panel(qtbot)
    png, svg = tmp_path / "balance.png", tmp_path / "balance.svg"
    assert panel.save_png(png)
    image = QImage(str(png))
    assert image.width() == EXPORT_SIZE.width() * PRINT_SCALE >= 1900
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    panel.save_svg(svg)
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text
    for name in WORKERS:  # whole names, not "Sofie Niel…"
        assert name in text, name
    assert "…" not in text
