"""The frame every Homeward document shares: page size, header, footer, "page x of y", tables."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from desktop_app.domain import risk_levels
from desktop_app.domain.i18n import Gettext, gettext_for, identity
from desktop_app.reports.text import (
    FONT,
    FONT_BOLD,
    format_date,
    format_datetime,
    is_rtl,
    joined,
    markup,
    register_fonts,
    shape,
    visual,
)
from desktop_app.services.errors import HomewardError
from desktop_app.services.report_data.meta import DocumentMeta

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN = 16 * mm
HEADER_SPACE = 20 * mm
FOOTER_SPACE = 16 * mm
CONFIDENTIAL = "Confidential — contains personal data"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
HEAD_FILL = colors.HexColor("#e4e7eb")
# The colours and words of domain/risk_levels.py, as on screen.
RISK_FILL = {code: colors.HexColor(level.colour) for code, level in risk_levels.LEVELS.items()}
RISK_INK = {code: colors.HexColor(level.ink) for code, level in risk_levels.LEVELS.items()}


class ReportWriteError(HomewardError):
    pass


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=2 * mm
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=10, leading=13, textColor=MUTED
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=14,
            spaceBefore=5 * mm,
            spaceAfter=1.5 * mm,
            alignment=TA_LEFT,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12,
            spaceBefore=2 * mm,
            spaceAfter=1 * mm,
        ),
    }


_STYLES: dict[str, ParagraphStyle] | None = None


def style(name: str) -> ParagraphStyle:
    global _STYLES
    if _STYLES is None:
        _STYLES = styles()
    return _STYLES[name]


def para(value: object, style_name: str = "body") -> Paragraph:
    text = markup(value)
    parsed_style, frags = _parsed(text, style_name)
    # Each paragraph gets its own copies: laying one out must not touch another's.
    return Paragraph(text, parsed_style, frags=[frag.clone() for frag in frags])


@lru_cache(maxsize=4096)
def _parsed(text: str, style_name: str) -> tuple[ParagraphStyle, tuple[Any, ...]]:
    """A paragraph's text parsed once: the headings and labels recur in every document, and
    parsing the markup was a tenth of drawing one."""
    parsed = Paragraph(text, style(style_name))
    return parsed.style, tuple(parsed.frags)


def _numbered_canvas(meta: DocumentMeta) -> type[rl_canvas.Canvas]:
    """A canvas that draws header and footer on every page once the page count is known."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            groups: dict[int, int] = {}
            for state in self._pages:
                group = state.get("_hw_group", 0)
                groups[group] = groups.get(group, 0) + 1
            seen: dict[int, int] = {}
            for state in self._pages:
                group = state.get("_hw_group", 0)
                seen[group] = seen.get(group, 0) + 1
                self.__dict__.update(state)
                draw_frame(self, meta, seen[group], groups[group])
                super().showPage()
            super().save()

    return NumberedCanvas


class DocumentStart(Flowable):
    """Starts a new "page x of y" count: several documents in one file (batch printing)."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.canv._hw_group = getattr(self.canv, "_hw_group", 0) + 1  # type: ignore[attr-defined]


def draw_frame(c: rl_canvas.Canvas, meta: DocumentMeta, number: int, total: int) -> None:
    _ = gettext_for(meta.language)
    confidential = _(CONFIDENTIAL)
    width, height = PAGE_SIZES[meta.page_size]
    c.saveState()
    top = height - MARGIN + 2 * mm
    x = MARGIN
    if meta.logo_path and Path(meta.logo_path).is_file():
        try:
            c.drawImage(
                meta.logo_path,
                MARGIN,
                top - 11 * mm,
                width=22 * mm,
                height=11 * mm,
                preserveAspectRatio=True,
                anchor="sw",
                mask="auto",
            )
            x = MARGIN + 25 * mm
        except Exception:  # an unreadable logo must not stop a print run
            x = MARGIN
    c.setFillColor(INK)
    c.setFont(FONT_BOLD, 10)
    c.drawString(x, top - 4 * mm, shape(meta.organisation))
    c.setFont(FONT, 8.5)
    c.setFillColor(MUTED)
    c.drawString(x, top - 8.5 * mm, shape(_(meta.title)))
    c.setFont(FONT_BOLD, 8)
    c.setFillColor(colors.HexColor("#b71c1c"))
    c.drawRightString(width - MARGIN, top - 4 * mm, confidential)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN, top - 12 * mm, width - MARGIN, top - 12 * mm)
    bottom = MARGIN - 4 * mm
    c.line(MARGIN, bottom + 7 * mm, width - MARGIN, bottom + 7 * mm)
    c.setFillColor(MUTED)
    c.setFont(FONT, 7.5)
    c.drawString(MARGIN, bottom + 3.5 * mm, confidential)
    c.drawString(
        MARGIN,
        bottom,
        shape(
            _("Printed on {when} by {who}").format(
                when=format_datetime(meta.printed_on, meta.locale), who=meta.printed_by
            )
        ),
    )
    c.setFont(FONT_BOLD, 8)
    c.setFillColor(INK)
    c.drawRightString(
        width - MARGIN, bottom, _("Page {number} of {total}").format(number=number, total=total)
    )
    c.restoreState()


def build_pdf(meta: DocumentMeta, story: Sequence[Flowable]) -> bytes:
    """Lay the story out on the meta's page size; returns the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    page = PAGE_SIZES[meta.page_size]
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_SPACE - 6 * mm,
        bottomMargin=MARGIN + FOOTER_SPACE - 6 * mm,
        title=gettext_for(meta.language)(meta.title),
        author=meta.organisation,
        subject=gettext_for(meta.language)(CONFIDENTIAL),
        creator="Homeward",
    )
    doc.build(list(story), canvasmaker=_numbered_canvas(meta))
    return buffer.getvalue()


def content_width(meta: DocumentMeta) -> float:
    return float(PAGE_SIZES[meta.page_size][0] - 2 * MARGIN)


def title_block(meta: DocumentMeta, title: str, subtitle: str = "") -> list[Flowable]:
    out: list[Flowable] = [para(title, "title")]
    if subtitle:
        out.append(para(subtitle, "subtitle"))
    out.append(Spacer(1, 2 * mm))
    return out


# Table cells that hold plain text are drawn with these; longer text wraps as a Paragraph.
CELL_SIZE = 8
CELL_LEADING = 10


def plain_cell(
    *,
    bold: bool = False,
    valign: str = "BOTTOM",
    top: float = 3,
    bottom: float = 3,
    left: float = 6,
    right: float = 6,
) -> CellStyle:
    """How a table cell of plain text is drawn (DejaVu Sans 8/10 in ink, its alignment and
    padding), made once.

    A TableStyle's font, padding and alignment commands are applied to every cell in
    their range, one by one; with the cell styles the Table makes for itself, that was
    half of building a document's story. Tables share these (they are never changed: see
    `styled_table`).
    """
    cell = CellStyle("plain")
    cell.fontname = FONT_BOLD if bold else FONT
    cell.fontsize = CELL_SIZE
    cell.leading = CELL_LEADING
    cell.color = INK
    cell.valign = valign
    cell.topPadding = top
    cell.bottomPadding = bottom
    cell.leftPadding = left
    cell.rightPadding = right
    return cell


_HEAD_CELL = plain_cell(bold=True, valign="TOP", top=2, bottom=2.5, left=3, right=3)
_BODY_CELL = plain_cell(valign="TOP", top=2, bottom=2.5, left=3, right=3)
_LABEL_CELL = plain_cell(bold=True, valign="TOP", top=1.5, bottom=2, left=3)
_VALUE_CELL = plain_cell(valign="TOP", top=1.5, bottom=2, left=3)

# The TableStyle commands that set a cell's own style (the others draw lines and fills).
_CELL_COMMANDS = frozenset(
    {
        "FONT",
        "FONTNAME",
        "FACE",
        "SIZE",
        "FONTSIZE",
        "LEADING",
        "TEXTCOLOR",
        "ALIGN",
        "ALIGNMENT",
        "VALIGN",
        "LEFTPADDING",
        "RIGHTPADDING",
        "TOPPADDING",
        "BOTTOMPADDING",
        "HREF",
        "DESTINATION",
        "DIRECTION",
        "SHAPING",
    }
)


def styled_table(
    cells: Sequence[Sequence[Any]],
    widths: Sequence[float],
    cell_styles: list[list[CellStyle]],
    commands: Sequence[tuple[Any, ...]],
    **options: Any,
) -> Table:
    """A table whose cells start from shared `plain_cell` styles; `commands` add the lines and
    fills, and any cell a command styles on its own gets its own copy first (the Table
    changes a cell's style in place)."""
    rows = len(cell_styles)
    columns = len(cell_styles[0]) if rows else 0
    for command in commands:
        if command[0] not in _CELL_COMMANDS:
            continue
        (c0, r0), (c1, r1) = command[1], command[2]
        c0, c1 = (c + columns if c < 0 else c for c in (c0, c1))
        r0, r1 = (r + rows if r < 0 else r for r in (r0, r1))
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                cell_styles[r][c] = cell_styles[r][c].copy()
    table = Table(
        [list(row) for row in cells],
        colWidths=list(widths),
        hAlign="LEFT",
        cellStyles=cell_styles,
        **options,
    )
    table.setStyle(TableStyle(list(commands)))
    return table


def fit_cell(value: object, width: float, *, bold: bool = False) -> Any:
    """A table cell as plain text, wrapped to the column by measuring words.

    Laying out Paragraphs dominates the time of a document (a team's
    transitions report has thousands of cells); a plain string with line
    breaks draws the same text many times faster.
    """
    raw = "" if value is None else str(value)
    font = FONT_BOLD if bold else FONT
    room = width - 7
    if not is_rtl(raw):
        if "\n" not in raw and stringWidth(raw, font, CELL_SIZE) <= room:
            return raw
        lines: list[str] = []
        for part in raw.split("\n"):
            lines.extend(simpleSplit(part, font, CELL_SIZE, room) or [""])
        return "\n".join(lines)
    # Right-to-left text is broken into lines in reading order, then each line is reordered,
    # so the first words still come on the first line.
    out: list[str] = []
    for part in raw.split("\n"):
        out.extend(
            visual(line) for line in simpleSplit(joined(part), font, CELL_SIZE, room) or [""]
        )
    return "\n".join(out)


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    extra_styles: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table that breaks across pages and repeats its header row."""
    head = [fit_cell(h, w, bold=True) for h, w in zip(headers, widths, strict=True)]
    body = [
        [c if isinstance(c, Flowable) else fit_cell(c, w) for c, w in zip(row, widths, strict=True)]
        for row in rows
    ]
    cells = [head, *body]
    return styled_table(
        cells,
        widths,
        [[_HEAD_CELL] * len(widths)] + [[_BODY_CELL] * len(widths) for _ in body],
        [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            *extra_styles,
        ],
        repeatRows=1,
    )


def facts_table(rows: Sequence[tuple[str, Any]], width: float, locale: str) -> Table:
    """Label / value pairs in two columns."""
    cells = [
        [
            fit_cell(label, width * 0.3, bold=True),
            fit_cell(value_text(value, locale), width * 0.7),
        ]
        for label, value in rows
    ]
    return styled_table(
        cells,
        [width * 0.3, width * 0.7],
        [[_LABEL_CELL, _VALUE_CELL] for _ in cells],
        [("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)],
    )


def value_text(value: Any, locale: str) -> str:
    """Dates in the reader's locale; (date, note) pairs as "date (note)"."""
    from datetime import date as _date

    if value is None:
        return ""
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], _date):
        return f"{format_date(value[0], locale)} ({value[1]})"
    if isinstance(value, _date):
        return format_date(value, locale)
    return str(value)


def section(title: str, *flowables: Flowable) -> list[Flowable]:
    """A heading kept with the start of its content."""
    items = list(flowables)
    if not items:
        return []
    first = items[0]
    # Nested KeepTogethers push whole sections to the next page; keep only the first block.
    head = list(first._content) if isinstance(first, KeepTogether) else [first]
    return [KeepTogether([para(title, "h2"), *head]), *items[1:]]


def nothing(text: str = "Nothing recorded.") -> Paragraph:
    return para(text, "small")


def risk_words(risk: str, gettext: Gettext = identity) -> str:
    """Risk in words ("Red — urgent", as on screen), so the table reads in black and white."""
    words = risk_levels.WORDS.get(risk)
    return gettext(words) if words else risk.capitalize()


def risk_styles(column: int, row: int, risk: str) -> list[tuple[Any, ...]]:
    """The risk cell in its colour, with legible bold text."""
    cell = ((column, row), (column, row))
    return [
        ("BACKGROUND", *cell, RISK_FILL.get(risk, colors.white)),
        ("TEXTCOLOR", *cell, RISK_INK.get(risk, colors.black)),
        ("FONTNAME", *cell, FONT_BOLD),
    ]


def write_pdf_atomically(target: Path, data: bytes, *, overwrite: bool = False) -> Path:
    """Write a finished PDF: into a temporary file beside the target, then renamed over it.

    An interrupted or failed write never leaves a half-written file at `target`; an
    existing file is replaced only with `overwrite`, and never anything but a file
    (services/storage/output_files.py).
    """
    from desktop_app.services.storage import output_files

    return output_files.write_bytes(target, data, overwrite=overwrite)


Renderer = Callable[..., bytes]
