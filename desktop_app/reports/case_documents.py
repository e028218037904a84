"""The case summary and the handover report."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop_app.domain.i18n import Gettext, Message, gettext_for
from desktop_app.domain.transitions import Risk, explain_risk
from desktop_app.reports.base import (
    RULE,
    build_pdf,
    content_width,
    data_table,
    facts_table,
    fit_cell,
    nothing,
    para,
    plain_cell,
    risk_styles,
    risk_words,
    section,
    styled_table,
    title_block,
)
from desktop_app.reports.text import format_date
from desktop_app.services.report_data.case_report import CaseReport, TransitionFacts
from desktop_app.services.report_data.meta import DocumentMeta
from desktop_app.services.report_data.recipients import (
    RECIPIENT_LABELS,
    SECTION_LABELS,
    Recipient,
    Section,
)


def _person(rows: Sequence[tuple[str, Any]], _: Gettext) -> list[tuple[str, Any]]:
    """The person's facts with labels and fixed words (Yes, Not needed, Open…) translated."""
    out: list[tuple[str, Any]] = []
    for label, value in rows:
        if isinstance(value, Message):  # a country or a language: named in the document's language
            value = value.translated(_)
        elif isinstance(value, str):
            value = _person_value(value, _)
        elif isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], str):
            value = (value[0], _(value[1]))
        out.append((_(label), value))
    return out


def _team_part(team_name: str | None, _: Gettext) -> str:
    """ ", team North", or ", Team North" for a team whose name already says so."""
    if not team_name:
        return ""
    if team_name.split()[0].casefold() in {"team", _("team").casefold()}:
        return f", {team_name}"
    return _(", team {team}").format(team=team_name)


def _status_line(report: CaseReport, _: Gettext) -> str:
    """ "Open case, team North; next: Turns 18" in the document's language."""
    return (
        (_("Open case") if report.case_open else _("Closed case"))
        + _team_part(report.team_name, _)
        + (
            _("; next: {transition}").format(transition=_(report.next_kind_label))
            if report.next_kind_label
            else ""
        )
    )


# Person values the services word in English around a name or a number.
_INTERPRETER = re.compile(r"^Needed \((?P<language>.*)\)$")
_UNCERTAIN_AGE = re.compile(r"^(?P<age>\d+) \(uncertain\)$")
_HOUSEHOLD = re.compile(r"^(?P<size>\d+) \(with (?P<count>\d+) expected by family reunification\)$")


def _person_value(value: str, _: Gettext) -> str:
    if match := _INTERPRETER.match(value):
        return _("Needed ({language})").format(language=match["language"])
    if match := _UNCERTAIN_AGE.match(value):
        return match["age"] + _(" (uncertain)")
    if match := _HOUSEHOLD.match(value):
        return _("{size} (with {count} expected by family reunification)").format(
            size=match["size"], count=match["count"]
        )
    return _(value)


def _explanation(t: TransitionFacts, meta: DocumentMeta, _: Gettext) -> str:
    """Why the transition has its risk, in the document's language (English as computed)."""
    if meta.language == "en":
        return t.explanation
    return explain_risk(Risk(t.risk), t.days_left, t.secured, t.readiness, meta.rules, gettext=_)


def _d(value: Any, locale: str) -> str:
    return format_date(value, locale) if value else ""


_CHECK_CELL = plain_cell(top=0.5, bottom=0.5, left=3)


def _transitions(report: CaseReport, meta: DocumentMeta, width: float) -> list[Flowable]:
    loc = meta.locale
    _ = gettext_for(meta.language)
    if not report.transitions:
        return [nothing(_("No transitions coming."))]
    out: list[Flowable] = []
    for t in report.transitions:
        when = f"{_d(t.due_date, loc)}" + (_(" (uncertain date)") if t.uncertain else "")
        days = (
            _("overdue by {days} days").format(days=-t.days_left)
            if t.days_left < 0
            else _("in {days} days").format(days=t.days_left)
        )
        summary = data_table(
            [_("Transition"), _("Due"), _("When"), _("Readiness"), _("Risk")],
            [
                [
                    _(t.kind_label),
                    when,
                    days,
                    f"{t.readiness}%",
                    fit_cell(risk_words(t.risk, _), width * 0.24, bold=True),
                ]
            ],
            [width * 0.27, width * 0.2, width * 0.17, width * 0.12, width * 0.24],
            extra_styles=risk_styles(4, 1, t.risk),
        )
        items = [f"{'✓' if done else '✗'} {_(label)}" for label, done in t.checklist]
        half = (len(items) + 1) // 2
        grid = [
            [
                fit_cell(items[i], width / 2),
                fit_cell(items[half + i], width / 2) if half + i < len(items) else "",
            ]
            for i in range(half)
        ]
        checklist = styled_table(
            grid, [width / 2, width / 2], [[_CHECK_CELL] * 2 for _ in grid], []
        )
        out.append(
            KeepTogether(
                [summary, para(_explanation(t, meta, _), "small"), checklist, Spacer(1, 2.5 * mm)]
            )
        )
    return out


def case_story(report: CaseReport, meta: DocumentMeta) -> list[Flowable]:
    width = content_width(meta)
    loc = meta.locale
    _ = gettext_for(meta.language)
    story: list[Flowable] = []
    heading = _("Handover report") if report.kind == "handover" else _("Case summary")
    story += title_block(
        meta,
        f"{heading}: {report.name}",
        f"{report.reference} · {_status_line(report, _)} · "
        + _("for: {recipient}").format(recipient=_(RECIPIENT_LABELS[report.recipient])),
    )
    if report.kind == "handover":
        rows: list[tuple[str, Any]] = [
            (_("Handed over by"), report.handing_over or "—"),
            (_("Received by"), report.receiving or "—"),
        ]
        if report.handover_reason:
            rows.append((_("Reason"), report.handover_reason))
        story += section(_("Handover"), facts_table(rows, width, loc))
    if report.has(Section.PERSON):
        story += section(
            _(SECTION_LABELS[Section.PERSON]), facts_table(_person(report.person, _), width, loc)
        )
    if report.has(Section.LEGAL_STATUS):
        story += section(
            _(SECTION_LABELS[Section.LEGAL_STATUS]),
            data_table(
                [
                    _("Decision"),
                    _("Applied"),
                    _("Decided"),
                    _("Permit expires"),
                    _("Authority ref."),
                ],
                [
                    [
                        _(d["type"]),
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
            else nothing(_("Nothing recorded.")),
        )
    if report.has(Section.TRANSITIONS):
        story += section(_(SECTION_LABELS[Section.TRANSITIONS]), *_transitions(report, meta, width))
    if report.has(Section.HOUSING):
        parts: list[Flowable] = []
        p = report.current_placement
        placement_row: list[tuple[str, Any]] = []
        if report.recipient is not Recipient.LANDLORD:
            placement_row.append(
                (
                    _("Current placement"),
                    f"{_(p['type'])}{', ' + p['name'] if p['name'] else ''}, {p['municipality']}"
                    + (
                        _(" — planned end {date}").format(date=_d(p["planned_end_date"], loc))
                        if p["planned_end_date"]
                        else ""
                    )
                    if p
                    else _("None recorded"),
                )
            )
        parts.append(
            facts_table(
                placement_row
                + [
                    (
                        _("Current housing offer"),
                        f"{_(report.current_offer['state'])}: {report.current_offer['address']}, "
                        f"{report.current_offer['municipality']} ({_(report.current_offer['unit_type'])}, "
                        + _("{rooms} room(s))").format(rooms=report.current_offer["rooms"])
                        + (
                            _(", move-in {date}").format(
                                date=_d(report.current_offer["move_in_date"], loc)
                            )
                            if report.current_offer["move_in_date"]
                            else ""
                        )
                        if report.current_offer
                        else _("None"),
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
                        para(_("Placement history"), "h3"),
                        data_table(
                            [
                                _("Placement"),
                                _("Municipality"),
                                _("From"),
                                _("Planned end"),
                                _("Ended"),
                            ],
                            [
                                [
                                    f"{_(x['type'])}{' — ' + x['name'] if x['name'] else ''}",
                                    x["municipality"],
                                    _d(x["start_date"], loc),
                                    _d(x["planned_end_date"], loc),
                                    _d(x["end_date"], loc) or _("current"),
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
                        para(_("Housing offers"), "h3"),
                        data_table(
                            [
                                _("Unit"),
                                _("Address"),
                                _("Type"),
                                _("State"),
                                _("Proposed"),
                                _("Move-in"),
                            ],
                            [
                                [
                                    o["unit"],
                                    f"{o['address']}, {o['municipality']}",
                                    _(o["unit_type"]),
                                    _(o["state"]),
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
        story += section(_(SECTION_LABELS[Section.HOUSING]), *parts)
    if report.has(Section.LANGUAGE):
        story += section(
            _(SECTION_LABELS[Section.LANGUAGE]),
            data_table(
                [_("Course"), _("Provider"), _("Level"), _("Status"), _("Attendance"), _("From")],
                [
                    [
                        e["course"],
                        e["provider"],
                        e["level"],
                        _(e["status"]),
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
            else nothing(_("No language course recorded.")),
        )
    if report.has(Section.WORK_EDUCATION):
        story += section(
            _(SECTION_LABELS[Section.WORK_EDUCATION]),
            data_table(
                [
                    _("Programme"),
                    _("Organisation"),
                    _("Status"),
                    _("From"),
                    _("Until"),
                    _("Outcome"),
                ],
                [
                    [
                        ": ".join(filter(None, [_(w["programme"]), w["name"]])),
                        w["organisation"],
                        _(w["status"]),
                        _d(w["start_date"], loc),
                        _d(w["end_date"], loc),
                        " — ".join(
                            filter(
                                None, [_(w["outcome"]) if w["outcome"] else "", w["outcome_note"]]
                            )
                        ),
                    ]
                    for w in report.work
                ],
                [width * 0.2, width * 0.24, width * 0.12, width * 0.13, width * 0.13, width * 0.18],
            )
            if report.work
            else nothing(_("No work or education support recorded.")),
        )
    if report.has(Section.WORKERS):
        parts = []
        if report.continuity:
            parts.append(facts_table(_person(report.continuity, _), width, loc))
        parts.append(
            data_table(
                [_("Worker"), _("Role"), _("From"), _("Until"), _("Reason")],
                [
                    [
                        w["worker"],
                        _(w["role"]),
                        _d(w["start_date"], loc),
                        _d(w["end_date"], loc) or _("now"),
                        w["reason"],
                    ]
                    for w in report.workers
                ],
                [width * 0.28, width * 0.12, width * 0.15, width * 0.15, width * 0.3],
            )
            if report.workers
            else nothing(_("No worker assigned."))
        )
        if report.moves:
            parts.append(
                KeepTogether(
                    [
                        para(_("School changes and transfers"), "h3"),
                        data_table(
                            [_("Change"), _("Date"), _("From"), _("To"), _("Same worker")],
                            [
                                [
                                    _(m["kind"]),
                                    _d(m["moved_on"], loc),
                                    m["from"],
                                    m["to"],
                                    _(m["worker_continued"]),
                                ]
                                for m in report.moves
                            ],
                            [width * 0.26, width * 0.15, width * 0.22, width * 0.22, width * 0.15],
                        ),
                    ]
                )
            )
        story += section(_(SECTION_LABELS[Section.WORKERS]), *parts)
    if report.has(Section.LIFE_PLAN):
        story += section(
            _("What the young person wants (life plan)")
            if report.kind == "handover"
            else _(SECTION_LABELS[Section.LIFE_PLAN]),
            data_table(
                [_("Domain"), _("Goal"), _("Target"), _("Status")],
                [
                    [_(g["domain"]), g["goal"], _d(g["target_date"], loc), _(g["status"])]
                    for g in report.goals
                ],
                [width * 0.16, width * 0.5, width * 0.16, width * 0.18],
            )
            if report.goals
            else nothing(_("No life-plan goals recorded.")),
        )
    if report.has(Section.TASKS):
        story += section(
            _(SECTION_LABELS[Section.TASKS]),
            data_table(
                [_("Task"), _("Due"), _("Owner")],
                [
                    [
                        t["title"],
                        (_d(t["due_date"], loc) + (_(" (overdue)") if t["overdue"] else "")),
                        t["owner"],
                    ]
                    for t in report.tasks
                ],
                [width * 0.55, width * 0.2, width * 0.25],
            )
            if report.tasks
            else nothing(_("No open tasks.")),
        )
    if report.has(Section.CONTACTS):
        story += section(
            _(SECTION_LABELS[Section.CONTACTS]),
            data_table(
                [_("Name"), _("Relation"), _("Organisation"), _("Phone"), _("E-mail")],
                [
                    [c["name"], c["relation"], c["organisation"], c["phone"], c["email"]]
                    for c in report.contacts
                ],
                [width * 0.22, width * 0.18, width * 0.22, width * 0.18, width * 0.2],
            )
            if report.contacts
            else nothing(_("No contacts recorded.")),
        )
    if report.has(Section.CONSENTS):
        story += section(
            _(SECTION_LABELS[Section.CONSENTS]),
            data_table(
                [_("Purpose"), _("Recipient"), _("Given"), _("Expires"), _("Withdrawn")],
                [
                    [
                        c["purpose"],
                        _(c["recipient"]),
                        _d(c["given_on"], loc),
                        _d(c.get("expires_on"), loc),
                        _d(c["withdrawn_on"], loc),
                    ]
                    for c in report.consents
                ],
                [width * 0.37, width * 0.21, width * 0.14, width * 0.14, width * 0.14],
            )
            if report.consents
            else nothing(_("No consent on record.")),
        )
    if report.has(Section.NOTES):
        rows = [
            [
                _d(n["date"], loc),
                _(n["kind"]) + (_(" — CONFIDENTIAL") if n["confidential"] else ""),
                n["author"],
                n["text"],
            ]
            for n in report.notes
        ]
        parts = [
            data_table(
                [_("Date"), _("Kind"), _("By"), _("Note")],
                rows,
                [width * 0.13, width * 0.17, width * 0.17, width * 0.53],
            )
            if rows
            else nothing(_("No notes."))
        ]
        if report.hidden_confidential_notes:
            parts.append(
                para(
                    _("{count} confidential note(s) left out of this document.").format(
                        count=report.hidden_confidential_notes
                    ),
                    "small",
                )
            )
        story += section(_(SECTION_LABELS[Section.NOTES]), *parts)
    if report.has(Section.DOCUMENTS):
        story += section(
            _(SECTION_LABELS[Section.DOCUMENTS]),
            data_table(
                [_("Date"), _("Kind"), _("Title")],
                [[_d(d["date"], loc), _(d["kind"]), d["title"]] for d in report.documents],
                [width * 0.18, width * 0.27, width * 0.55],
            )
            if report.documents
            else nothing(_("No documents kept on the case.")),
        )
    if report.has(Section.APPOINTMENTS):
        story += section(
            _(SECTION_LABELS[Section.APPOINTMENTS]),
            data_table(
                [_("Date"), _("Time"), _("Kind"), _("State")],
                [
                    [
                        _d(a["starts_at"].date(), loc),
                        a["starts_at"].strftime("%H:%M"),
                        _(a["kind"]),
                        _(a["state"]),
                    ]
                    for a in report.appointments
                ],
                [width * 0.2, width * 0.15, width * 0.4, width * 0.25],
            )
            if report.appointments
            else nothing(_("No upcoming appointments.")),
        )
    if report.kind == "handover":
        story.append(_signatures(width, _))
    return story


def _signatures(width: float, _: Gettext) -> Flowable:
    labels = [_("Handing-over worker"), _("Receiving worker"), _("Young person")]
    cells = [
        [para(label, "cell_bold") for label in labels],
        ["", "", ""],
        [para(_("Signature and date"), "small")] * 3,
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
    return KeepTogether([para(_("Signatures"), "h2"), table])


def render_case_report(report: CaseReport, meta: DocumentMeta) -> bytes:
    return build_pdf(meta, case_story(report, meta))
