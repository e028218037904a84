"""Printed tables: cells start from shared styles, and a cell styled on its own leaves the
others (and the next table) as they were."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from desktop_app.reports.base import INK, RISK_INK, data_table, risk_styles
from desktop_app.reports.text import FONT, FONT_BOLD, register_fonts


def _fonts(table) -> list[list[str]]:
    return [[cell.fontname for cell in row] for row in table._cellStyles]


def test_a_risk_cell_and_a_bold_last_row_change_only_their_own_cells():
    register_fonts()
    rows = [["Turns 18", "amber"], ["Permit expiry", "red"], ["Total", "2"]]
    table = data_table(
        ["Transition", "Risk"],
        rows,
        [200, 100],
        extra_styles=[*risk_styles(1, 2, "red"), ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD)],
    )
    assert _fonts(table) == [
        [FONT_BOLD, FONT_BOLD],  # the header
        [FONT, FONT],
        [FONT, FONT_BOLD],  # the red risk cell
        [FONT_BOLD, FONT_BOLD],  # the last row, given as (0, -1)-(-1, -1)
    ]
    risk_cell = table._cellStyles[2][1]
    assert risk_cell.color == RISK_INK["red"]
    assert all(c.color == INK for row in table._cellStyles for c in row if c is not risk_cell)
    # the next table starts from the shared styles as they were
    plain = data_table(["Transition", "Risk"], rows, [200, 100])
    assert _fonts(plain) == [[FONT_BOLD, FONT_BOLD]] + [[FONT, FONT]] * 3
    assert all(c.color == INK for row in plain._cellStyles for c in row)


def test_a_long_table_breaks_across_pages_with_its_header_on_each():
    register_fonts()
    rows = [[f"HW-2026-{i:05d}", f"Row {i}"] for i in range(120)]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([data_table(["Reference", "Note"], rows, [200, 200])])
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) > 1
    assert all(text.startswith("Reference") for text in pages)
    assert "HW-2026-00000" in pages[0] and "HW-2026-00119" in pages[-1]
