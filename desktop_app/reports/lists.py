"""The team lead's transitions report, the caseload report and the planning report with charts."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop_app.domain import risk_levels
from desktop_app.domain.i18n import Gettext, gettext_for, identity
from desktop_app.domain.transitions import Risk, TransitionKind, explain_risk
from desktop_app.reports.base import (
    build_pdf,
    content_width,
    data_table,
    facts_table,
    fit_cell,
    nothing,
    para,
    risk_styles,
    risk_words,
    section,
    title_block,
)
from desktop_app.reports.text import FONT, FONT_BOLD, format_date, register_fonts, shape
from desktop_app.services.report_data.lists import CaseloadReport, PlanningReport, TransitionsReport
from desktop_app.services.report_data.meta import DocumentMeta
from desktop_app.services.team.planning import KINDS
from desktop_app.services.transitions.listing import KIND_LABELS, TransitionRow

KIND_SHORT = {
    "turns_18": "Turns 18",
    "aftercare_end": "After-care ends",
    "status_grant_move_out": "Move-out after grant",
    "permit_expiry": "Permit expires",
    "placement_end": "Placement ends",
}
KIND_COLOURS = {
    "turns_18": colors.HexColor("#1565c0"),
    "aftercare_end": colors.HexColor("#6a1b9a"),
    "status_grant_move_out": colors.HexColor("#ef6c00"),
    "permit_expiry": colors.HexColor("#00838f"),
    "placement_end": colors.HexColor("#9e9d24"),
}


def _kind_label(kind: str) -> str:
    try:
        return KIND_LABELS[TransitionKind(kind)]
    except ValueError:
        return kind


# --- transitions ----------------------------------------------------------------


def transitions_story(report: TransitionsReport, meta: DocumentMeta) -> list[Flowable]:
    width = content_width(meta)
    loc = meta.locale
    _ = gettext_for(meta.language)
    scope = _("Team {team}").format(team=report.team) if report.team else _("All cases you may see")
    story: list[Flowable] = title_block(
        meta,
        _("Transitions in the next {days} days").format(days=report.within_days),
        f"{scope} · "
        + _("overdue ones included · {count} transition(s)").format(count=len(report.rows)),
    )
    story.append(
        facts_table(
            [
                (_(risk_levels.WORDS["red"]), report.count("red")),
                (_(risk_levels.WORDS["amber"]), report.count("amber")),
                (_(risk_levels.WORDS["green"]), report.count("green")),
            ],
            width * 0.75,
            loc,
        )
    )
    story.append(Spacer(1, 3 * mm))
    if not report.rows:
        story.append(nothing(_("No transitions in this period.")))
        return story
    rows = []
    fills = []
    for i, r in enumerate(report.rows, start=1):
        when = (
            _("overdue {days} d").format(days=-r.days_left)
            if r.days_left < 0
            else _("{days} d").format(days=r.days_left)
        )
        rows.append(
            [
                format_date(r.due_date, loc) + (_(" (uncertain)") if r.uncertain else ""),
                when,
                f"{r.name}\n{r.reference}",
                _(_kind_label(r.kind)),
                f"{r.readiness}%",
                fit_cell(risk_words(r.risk, _), 0.13 * width, bold=True),
                report.worker(r.primary_worker) or "—",
                _explanation(r, meta, _),
            ]
        )
        fills.extend(risk_styles(5, i, r.risk))
    story.append(
        data_table(
            [
                _("Due"),
                _("Days"),
                _("Young person"),
                _("Transition"),
                _("Ready"),
                _("Risk"),
                _("Worker"),
                _("Why"),
            ],
            rows,
            [w * width for w in (0.11, 0.08, 0.17, 0.13, 0.07, 0.13, 0.1, 0.21)],
            extra_styles=fills,
        )
    )
    return story


def _explanation(row: TransitionRow, meta: DocumentMeta, _: Gettext) -> str:
    """Why the transition has its risk, in the document's language (English as computed)."""
    if meta.language == "en":
        return row.explanation
    return explain_risk(
        Risk(row.risk), row.days_left, row.housing_secured, row.readiness, meta.rules, gettext=_
    )


def render_transitions(report: TransitionsReport, meta: DocumentMeta) -> bytes:
    return build_pdf(meta, transitions_story(report, meta))


# --- caseload --------------------------------------------------------------------


def _caseload_scope(report: CaseloadReport, _: Gettext) -> str:
    if report.scope_worker:
        return _("Worker {name}").format(name=report.scope_worker)
    if report.scope_team:
        return _("Team {team}").format(team=report.scope_team)
    return _("All cases you may see")


def caseload_story(report: CaseloadReport, meta: DocumentMeta) -> list[Flowable]:
    width = content_width(meta)
    loc = meta.locale
    _ = gettext_for(meta.language)
    story: list[Flowable] = title_block(
        meta,
        _("Caseload"),
        f"{_caseload_scope(report, _)} · " + _("{count} open case(s)").format(count=report.total),
    )
    if not report.groups:
        story.append(nothing(_("No cases.")))
        return story
    for worker, found in report.groups:
        rows = []
        fills = []
        for i, r in enumerate(found, start=1):
            rows.append(
                [
                    r.reference,
                    r.name,
                    f"{r.age}" + (" *" if r.uncertain_dob else ""),
                    _(_kind_label(r.next_transition)) if r.next_transition else "—",
                    format_date(r.due_date, loc) if r.due_date else "",
                    f"{r.readiness}%" if r.readiness is not None else "",
                    fit_cell(risk_words(r.risk, _), 0.2 * width, bold=True) if r.risk else "—",
                ]
            )
            if r.risk:
                fills.extend(risk_styles(6, i, r.risk))
        story += section(
            f"{_(worker)} — " + _("{count} case(s)").format(count=len(found)),
            data_table(
                [
                    _("Reference"),
                    _("Name"),
                    _("Age"),
                    _("Next transition"),
                    _("Due"),
                    _("Ready"),
                    _("Risk"),
                ],
                rows,
                [w * width for w in (0.15, 0.22, 0.06, 0.17, 0.12, 0.08, 0.2)],
                extra_styles=fills,
            ),
        )
    story.append(para(_("* age from an uncertain date of birth"), "small"))
    return story


def render_caseload(report: CaseloadReport, meta: DocumentMeta) -> bytes:
    return build_pdf(meta, caseload_story(report, meta))


# --- planning --------------------------------------------------------------------


def _month_label(month: object) -> str:
    from datetime import date

    assert isinstance(month, date)
    return f"{month.year:04d}-{month.month:02d}"


def monthly_chart(report: PlanningReport, width: float, _: Gettext = identity) -> Drawing:
    """Stacked bars: transitions due per month, one colour per kind."""
    register_fonts()
    height = 75 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 18 * mm
    chart.width, chart.height = width - 16 * mm, height - 26 * mm
    chart.data = [[sums[kind] for _, sums in report.by_month] for kind in KINDS]
    chart.categoryAxis.categoryNames = [_month_label(m)[2:] for m, _ in report.by_month]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    peak = max((sum(s.values()) for _, s in report.by_month), default=0)
    chart.valueAxis.valueMax = max(peak, 4) * 1.1
    chart.valueAxis.valueStep = max(1, round(max(peak, 4) / 5))
    chart.barSpacing = 1
    for i, kind in enumerate(KINDS):
        chart.bars[i].fillColor = KIND_COLOURS[kind]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.fontName = FONT
    legend.fontSize = 7
    legend.x, legend.y = 12 * mm, 6 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = (width - 16 * mm) / len(KINDS)
    legend.dxTextSpace = 3
    legend.colorNamePairs = [(KIND_COLOURS[k], _(KIND_SHORT[k])) for k in KINDS]
    drawing.add(legend)
    return drawing


def municipality_chart(report: PlanningReport, width: float, _: Gettext = identity) -> Drawing:
    """Horizontal bars: the period's transitions per municipality."""
    top = report.by_municipality[:15]
    height = max(30 * mm, (len(top) * 6 + 14) * mm)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 45 * mm, 8 * mm
    chart.width, chart.height = width - 55 * mm, height - 12 * mm
    chart.data = [[total for _muni, total in reversed(top)]]
    chart.categoryAxis.categoryNames = [
        shape(m or _("No placement recorded")) for m, _total in reversed(top)
    ]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#1565c0")
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT_BOLD
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    if not top:
        drawing.add(
            String(0, height / 2, _("No transitions in this period."), fontName=FONT, fontSize=9)
        )
    return drawing


def planning_story(report: PlanningReport, meta: DocumentMeta) -> list[Flowable]:
    width = content_width(meta)
    _ = gettext_for(meta.language)
    months = [m for m, _sums in report.by_month]
    period = (
        _("{first} to {last}").format(first=_month_label(months[0]), last=_month_label(months[-1]))
        if months
        else ""
    )
    scope = _("Team {team}").format(team=report.team) if report.team else _("All cases you may see")
    story: list[Flowable] = title_block(
        meta,
        _("Planning: the next {months} months").format(months=report.months),
        f"{scope} · {period} · " + _("open cases' transitions by the month they fall due"),
    )
    story += section(_("Transitions due per month"), monthly_chart(report, width, _))
    totals = {k: sum(s[k] for _, s in report.by_month) for k in KINDS}
    story += section(
        _("Figures per month"),
        data_table(
            [_("Month"), *[_(KIND_SHORT[k]) for k in KINDS], _("Total")],
            [
                [_month_label(m), *[str(s[k]) for k in KINDS], str(sum(s.values()))]
                for m, s in report.by_month
            ]
            + [[_("Total"), *[str(totals[k]) for k in KINDS], str(sum(totals.values()))]],
            [width * 0.16] + [width * 0.14] * len(KINDS) + [width * 0.14],
            extra_styles=[("FONTNAME", (0, -1), (-1, -1), FONT_BOLD)],
        ),
    )
    story += section(
        _("Transitions per municipality (whole period)"), municipality_chart(report, width, _)
    )
    # One table per municipality: what falls due there, month by month.
    by_muni: dict[str | None, list[list[str]]] = {}
    for row in report.rows:
        if row.total:
            by_muni.setdefault(row.municipality, []).append(
                [_month_label(row.month), *[str(row.count(k)) for k in KINDS], str(row.total)]
            )
    parts: list[Flowable] = []
    for muni, total in report.by_municipality:
        if not total:
            continue
        parts.append(
            KeepTogether(
                [
                    para(f"{muni or _('No placement recorded')} — {total}", "h3"),
                    data_table(
                        [_("Month"), *[_(KIND_SHORT[k]) for k in KINDS], _("Total")],
                        by_muni.get(muni, []),
                        [width * 0.16] + [width * 0.14] * len(KINDS) + [width * 0.14],
                    ),
                ]
            )
        )
    if parts:
        story += section(_("Per municipality and month"), *parts)
    story += outcomes_section(report, width, _)
    return story


# What became of the transitions, in the order a reader follows them (translated when printed).
OUTCOME_LABELS = {
    "housed_on_time": "Housed on time",
    "housed_late": "Housed late",
    "stayed_in_care": "Stayed in care",
    "moved_elsewhere": "Moved elsewhere",
    "no_housing": "Left without housing",
    "lost_contact": "Lost contact",
    "no_longer_applies": "No longer applies",
    "case_closed": "Case closed",
    "open": "Open: outcome not yet known",
}


def outcomes_section(report: PlanningReport, width: float, _: Gettext) -> list[Flowable]:
    """Per team: every transition due in each quarter, by what became of it (none left out)."""
    if not report.outcomes:
        return []
    quarters = list(dict.fromkeys(f.quarter for f in report.outcomes))
    teams = list(dict.fromkeys(f.team for f in report.outcomes))
    cell = {(f.team, f.quarter): f for f in report.outcomes}
    widths = [width * 0.36] + [width * 0.64 / len(quarters)] * len(quarters)
    parts: list[Flowable] = []
    for team_name in teams:
        rows = [
            [_(label), *[str(cell[(team_name, q)].counts.get(key, 0)) for q in quarters]]
            for key, label in OUTCOME_LABELS.items()
        ]
        rows.append(
            [_("All due in the quarter (n)"), *[str(cell[(team_name, q)].n) for q in quarters]]
        )
        parts.append(
            KeepTogether(
                [
                    para(team_name, "h3"),
                    data_table(
                        [_("Outcome"), *quarters],
                        rows,
                        widths,
                        extra_styles=[("FONTNAME", (0, -1), (-1, -1), FONT_BOLD)],
                    ),
                ]
            )
        )
    return section(
        _("What became of the transitions due in each quarter"),
        para(
            _(
                "Every transition due in the quarter is counted, resolved or not, so a "
                "successful move stays in the figures."
            )
        ),
        *parts,
    )


def render_planning(report: PlanningReport, meta: DocumentMeta) -> bytes:
    return build_pdf(meta, planning_story(report, meta))
