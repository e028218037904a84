"""The case summary and the handover report."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop_app.reports.base import (
    PLAIN_CELLS,
    RULE,
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
from desktop_app.reports.text import format_date
from desktop_app.services.report_data import (
    RECIPIENT_LABELS,
    SECTION_LABELS,
    CaseReport,
    DocumentMeta,
    Recipient,
    Section,
)


def _d(value: Any, locale: str) -> str:
    return format_date(value, locale) if value else ""


def _transitions(report: CaseReport, meta: DocumentMeta, width: float) -> list[Flowable]:
    loc = meta.locale
    if not report.transitions:
        return [nothing("No transitions coming.")]
    out: list[Flowable] = []
    for t in report.transitions:
        when = f"{_d(t.due_date, loc)}" + (" (uncertain date)" if t.uncertain else "")
        days = f"overdue by {-t.days_left} days" if t.days_left < 0 else f"in {t.days_left} days"
        summary = data_table(
            ["Transition", "Due", "When", "Readiness", "Risk"],
            [
                [
                    t.kind_label,
                    when,
                    days,
                    f"{t.readiness}%",
                    fit_cell(risk_words(t.risk), width * 0.24, bold=True),
                ]
            ],
            [width * 0.27, width * 0.2, width * 0.17, width * 0.12, width * 0.24],
            extra_styles=risk_styles(4, 1, t.risk),
        )
        items = [f"{'✓' if done else '✗'} {label}" for label, done in t.checklist]
        half = (len(items) + 1) // 2
        grid = [
            [
                fit_cell(items[i], width / 2),
                fit_cell(items[half + i], width / 2) if half + i < len(items) else "",
            ]
            for i in range(half)
        ]
        checklist = Table(grid, colWidths=[width / 2, width / 2], hAlign="LEFT")
        checklist.setStyle(
            TableStyle(
                [
                    *PLAIN_CELLS,
                    ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        out.append(
            KeepTogether([summary, para(t.explanation, "small"), checklist, Spacer(1, 2.5 * mm)])
        )
    return out


def case_story(report: CaseReport, meta: DocumentMeta) -> list[Flowable]:
    width = content_width(meta)
    loc = meta.locale
    story: list[Flowable] = []
    heading = "Handover report" if report.kind == "handover" else "Case summary"
    story += title_block(
        meta,
        f"{heading}: {report.name}",
        f"{report.reference} · {report.status_line} · for: {RECIPIENT_LABELS[report.recipient]}",
    )
    if report.kind == "handover":
        rows: list[tuple[str, Any]] = [
            ("Handed over by", report.handing_over or "—"),
            ("Received by", report.receiving or "—"),
        ]
        if report.handover_reason:
            rows.append(("Reason", report.handover_reason))
        story += section("Handover", facts_table(rows, width, loc))
    if report.has(Section.PERSON):
        story += section(SECTION_LABELS[Section.PERSON], facts_table(report.person, width, loc))
    if report.has(Section.LEGAL_STATUS):
        story += section(
            SECTION_LABELS[Section.LEGAL_STATUS],
            data_table(
                ["Decision", "Applied", "Decided", "Permit expires", "Authority ref."],
                [
                    [
                        d["type"],
                        _d(d["application_date"], loc),
                        _d(d["decision_date"], loc),
                        _d(d["permit_expiry"], loc),
                        d["authority_reference"],
                    ]
                    for d in report.decisions
                ],
                [width * 0.28, width * 0.16, width * 0.16, width * 0.18, width * 0.22],
            )
            if report.decisions
            else nothing(),
        )
    if report.has(Section.TRANSITIONS):
        story += section(SECTION_LABELS[Section.TRANSITIONS], *_transitions(report, meta, width))
    if report.has(Section.HOUSING):
        parts: list[Flowable] = []
        p = report.current_placement
        placement_row: list[tuple[str, Any]] = []
        if report.recipient is not Recipient.LANDLORD:
            placement_row.append(
                (
                    "Current placement",
                    f"{p['type']}{', ' + p['name'] if p['name'] else ''}, {p['municipality']}"
                    + (
                        f" — planned end {_d(p['planned_end_date'], loc)}"
                        if p["planned_end_date"]
                        else ""
                    )
                    if p
                    else "None recorded",
                )
            )
        parts.append(
            facts_table(
                placement_row
                + [
                    (
                        "Current housing offer",
                        f"{report.current_offer['state']}: {report.current_offer['address']}, "
                        f"{report.current_offer['municipality']} ({report.current_offer['unit_type']}, "
                        f"{report.current_offer['rooms']} room(s))"
                        + (
                            f", move-in {_d(report.current_offer['move_in_date'], loc)}"
                            if report.current_offer["move_in_date"]
                            else ""
                        )
                        if report.current_offer
                        else "None",
                    ),
                ],
                width,
                loc,
            )
        )
        if report.placements:
            parts.append(
                KeepTogether(
                    [
                        para("Placement history", "h3"),
                        data_table(
                            ["Placement", "Municipality", "From", "Planned end", "Ended"],
                            [
                                [
                                    f"{x['type']}{' — ' + x['name'] if x['name'] else ''}",
                                    x["municipality"],
                                    _d(x["start_date"], loc),
                                    _d(x["planned_end_date"], loc),
                                    _d(x["end_date"], loc) or "current",
                                ]
                                for x in report.placements
                            ],
                            [width * 0.34, width * 0.2, width * 0.15, width * 0.16, width * 0.15],
                        ),
                    ]
                )
            )
        if report.offers:
            parts.append(
                KeepTogether(
                    [
                        para("Housing offers", "h3"),
                        data_table(
                            ["Unit", "Address", "Type", "State", "Proposed", "Move-in"],
                            [
                                [
                                    o["unit"],
                                    f"{o['address']}, {o['municipality']}",
                                    o["unit_type"],
                                    o["state"],
                                    _d(o["proposed_on"], loc),
                                    _d(o["move_in_date"], loc),
                                ]
                                for o in report.offers
                            ],
                            [
                                width * 0.12,
                                width * 0.34,
                                width * 0.12,
                                width * 0.14,
                                width * 0.14,
                                width * 0.14,
                            ],
                        ),
                    ]
                )
            )
        story += section(SECTION_LABELS[Section.HOUSING], *parts)
    if report.has(Section.LANGUAGE):
        story += section(
            SECTION_LABELS[Section.LANGUAGE],
            data_table(
                ["Course", "Provider", "Level", "Status", "Attendance", "From"],
                [
                    [
                        e["course"],
                        e["provider"],
                        e["level"],
                        e["status"],
                        f"{e['attendance']}%" if e["attendance"] is not None else "",
                        _d(e["start_date"], loc),
                    ]
                    for e in report.languages
                ],
                [
                    width * 0.28,
                    width * 0.24,
                    width * 0.08,
                    width * 0.14,
                    width * 0.12,
                    width * 0.14,
                ],
            )
            if report.languages
            else nothing("No language course recorded."),
        )
    if report.has(Section.WORK_EDUCATION):
        story += section(
            SECTION_LABELS[Section.WORK_EDUCATION],
            data_table(
                ["Programme", "Organisation", "Status", "From", "Until", "Outcome"],
                [
                    [
                        w["programme"],
                        w["organisation"],
                        w["status"],
                        _d(w["start_date"], loc),
                        _d(w["end_date"], loc),
                        w["outcome"],
                    ]
                    for w in report.work
                ],
                [width * 0.2, width * 0.24, width * 0.12, width * 0.13, width * 0.13, width * 0.18],
            )
            if report.work
            else nothing("No work or education support recorded."),
        )
    if report.has(Section.WORKERS):
        parts = []
        if report.continuity:
            parts.append(facts_table(report.continuity, width, loc))
        parts.append(
            data_table(
                ["Worker", "Role", "From", "Until", "Reason"],
                [
                    [
                        w["worker"],
                        w["role"],
                        _d(w["start_date"], loc),
                        _d(w["end_date"], loc) or "now",
                        w["reason"],
                    ]
                    for w in report.workers
                ],
                [width * 0.28, width * 0.12, width * 0.15, width * 0.15, width * 0.3],
            )
            if report.workers
            else nothing("No worker assigned.")
        )
        if report.moves:
            parts.append(
                KeepTogether(
                    [
                        para("School changes and transfers", "h3"),
                        data_table(
                            ["Change", "Date", "From", "To", "Same worker"],
                            [
                                [
                                    m["kind"],
                                    _d(m["moved_on"], loc),
                                    m["from"],
                                    m["to"],
                                    m["worker_continued"],
                                ]
                                for m in report.moves
                            ],
                            [width * 0.26, width * 0.15, width * 0.22, width * 0.22, width * 0.15],
                        ),
                    ]
                )
            )
        story += section(SECTION_LABELS[Section.WORKERS], *parts)
    if report.has(Section.LIFE_PLAN):
        story += section(
            "What the young person wants (life plan)"
            if report.kind == "handover"
            else SECTION_LABELS[Section.LIFE_PLAN],
            data_table(
                ["Domain", "Goal", "Target", "Status"],
                [
                    [g["domain"], g["goal"], _d(g["target_date"], loc), g["status"]]
                    for g in report.goals
                ],
                [width * 0.16, width * 0.5, width * 0.16, width * 0.18],
            )
            if report.goals
            else nothing("No life-plan goals recorded."),
        )
    if report.has(Section.TASKS):
        story += section(
            SECTION_LABELS[Section.TASKS],
            data_table(
                ["Task", "Due", "Owner"],
                [
                    [
                        t["title"],
                        (_d(t["due_date"], loc) + (" (overdue)" if t["overdue"] else "")),
                        t["owner"],
                    ]
                    for t in report.tasks
                ],
                [width * 0.55, width * 0.2, width * 0.25],
            )
            if report.tasks
            else nothing("No open tasks."),
        )
    if report.has(Section.CONTACTS):
        story += section(
            SECTION_LABELS[Section.CONTACTS],
            data_table(
                ["Name", "Relation", "Organisation", "Phone", "E-mail"],
                [
                    [c["name"], c["relation"], c["organisation"], c["phone"], c["email"]]
                    for c in report.contacts
                ],
                [width * 0.22, width * 0.18, width * 0.22, width * 0.18, width * 0.2],
            )
            if report.contacts
            else nothing("No contacts recorded."),
        )
    if report.has(Section.CONSENTS):
        story += section(
            SECTION_LABELS[Section.CONSENTS],
            data_table(
                ["Purpose", "Recipient", "Given", "Withdrawn"],
                [
                    [
                        c["purpose"],
                        c["recipient"],
                        _d(c["given_on"], loc),
                        _d(c["withdrawn_on"], loc),
                    ]
                    for c in report.consents
                ],
                [width * 0.46, width * 0.24, width * 0.15, width * 0.15],
            )
            if report.consents
            else nothing("No consent on record."),
        )
    if report.has(Section.NOTES):
        rows = [
            [
                _d(n["date"], loc),
                n["kind"] + (" — CONFIDENTIAL" if n["confidential"] else ""),
                n["author"],
                n["text"],
            ]
            for n in report.notes
        ]
        parts = [
            data_table(
                ["Date", "Kind", "By", "Note"],
                rows,
                [width * 0.13, width * 0.17, width * 0.17, width * 0.53],
            )
            if rows
            else nothing("No notes.")
        ]
        if report.hidden_confidential_notes:
            parts.append(
                para(
                    f"{report.hidden_confidential_notes} confidential note(s) left out of this document.",
                    "small",
                )
            )
        story += section(SECTION_LABELS[Section.NOTES], *parts)
    if report.kind == "handover":
        story.append(_signatures(width))
    return story


def _signatures(width: float) -> Flowable:
    labels = ["Handing-over worker", "Receiving worker", "Young person"]
    cells = [
        [para(label, "cell_bold") for label in labels],
        ["", "", ""],
        [para("Signature and date", "small")] * 3,
    ]
    table = Table(cells, colWidths=[width / 3] * 3, rowHeights=[None, 16 * mm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 1), (-1, 1), 0.8, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return KeepTogether([para("Signatures", "h2"), table])


def render_case_report(report: CaseReport, meta: DocumentMeta) -> bytes:
    return build_pdf(meta, case_story(report, meta))
