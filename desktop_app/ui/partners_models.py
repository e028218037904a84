"""Table models and translated words shared by the Partners' offers screen and a case's
Language and Work tabs: each list is the one table model over the rows a service returned."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from desktop_app.services import clock
from desktop_app.services.partners.courses import CourseRow
from desktop_app.services.partners.enrolments import Enrolment
from desktop_app.services.partners.programmes import ProgrammeRow
from desktop_app.services.partners.work_support import WorkSupport
from desktop_app.ui import labels
from desktop_app.ui.tables import Column, RowTableModel

_CONTEXT = "Partners"

# What came of a work or education support.
OUTCOMES = {
    "in_work": QT_TRANSLATE_NOOP("Partners", "In work"),
    "in_education": QT_TRANSLATE_NOOP("Partners", "In education"),
    "none": QT_TRANSLATE_NOOP("Partners", "Neither work nor education"),
}
GREY = QColor("#6b6b6b")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def label(table: Mapping[str, object], code: str | None) -> str:
    if code is None:
        return ""
    text = table.get(code)
    return _t(str(text)) if text else code


def period(start: date | None, end: date | None) -> str:
    """ "2026-02-02 – 2026-06-26", or one side of it."""
    if start is None and end is None:
        return ""
    return f"{labels.format_date(start)} – {labels.format_date(end)}".strip()


def places_text(places: int | None, left: int | None) -> str:
    if places is None:
        return _t("not limited")
    return _t("%1 of %2 free").replace("%1", str(left)).replace("%2", str(places))


def _offer_state(retired: bool, ended: bool, full: bool) -> str:
    if retired:
        return _t("retired")
    if ended:
        return _t("ended")
    if full:
        return _t("full")
    return ""


def _greyed(row: CourseRow | ProgrammeRow) -> QColor | None:
    return GREY if row.retired or row.ended(clock.today()) else None


def course_state(row: CourseRow) -> str:
    return _offer_state(row.retired, row.ended(clock.today()), row.full)


def programme_state(row: ProgrammeRow) -> str:
    return _offer_state(row.retired, row.ended(clock.today()), row.full)


def courses_model(parent: Any = None) -> RowTableModel[CourseRow]:
    return RowTableModel(
        [
            Column(_t("Code"), lambda c: c.code, colour=_greyed),
            Column(_t("Course"), lambda c: c.name, colour=_greyed),
            Column(_t("Level"), lambda c: c.cefr_level),
            Column(_t("Provider"), lambda c: c.provider),
            Column(_t("Place"), lambda c: c.municipality),
            Column(_t("Dates"), lambda c: period(c.start_date, c.end_date), sort_key=_start),
            Column(
                _t("Hours a week"),
                lambda c: f"{c.hours_per_week:g}" if c.hours_per_week is not None else "",
                sort_key=lambda c: c.hours_per_week,
                align_right=True,
            ),
            Column(
                _t("Places"),
                lambda c: places_text(c.places, c.places_left),
                sort_key=lambda c: c.places_left,
                align_right=False,
            ),
            Column(_t("State"), course_state, colour=_greyed),
        ],
        parent,
    )


def programmes_model(parent: Any = None) -> RowTableModel[ProgrammeRow]:
    return RowTableModel(
        [
            Column(_t("Code"), lambda p: p.code, colour=_greyed),
            Column(_t("Programme"), lambda p: p.name, colour=_greyed),
            Column(_t("Type"), lambda p: labels.label(labels.PROGRAMMES, p.programme_type)),
            Column(_t("Organisation"), lambda p: p.organisation),
            Column(_t("Place"), lambda p: p.municipality),
            Column(_t("Dates"), lambda p: period(p.start_date, p.end_date), sort_key=_start),
            Column(
                _t("Places"),
                lambda p: places_text(p.places, p.places_left),
                sort_key=lambda p: p.places_left,
                align_right=False,
            ),
            Column(_t("State"), programme_state, colour=_greyed),
        ],
        parent,
    )


def _start(row: Any) -> Any:
    return row.start_date


def _attendance(e: Enrolment) -> str:
    return f"{e.attendance_percent} %" if e.attendance_percent is not None else ""


def _certificate(e: Enrolment) -> str:
    if not e.certificate:
        return ""
    parts = [e.certificate, labels.format_date(e.certificate_date)]
    if e.certificate_document_id is None:
        return " · ".join(p for p in parts if p)
    return " · ".join([*(p for p in parts if p), _t("document kept")])


def enrolments_model(parent: Any = None) -> RowTableModel[Enrolment]:
    return RowTableModel(
        [
            Column(_t("Course"), lambda e: e.course_name),
            Column(_t("Level"), lambda e: e.cefr_level),
            Column(_t("Provider"), lambda e: e.provider),
            Column(_t("From"), lambda e: labels.format_date(e.start_date)),
            Column(_t("To"), lambda e: labels.format_date(e.end_date)),
            Column(_t("Status"), lambda e: labels.label(labels.STATUSES, e.status)),
            Column(
                _t("Attendance"),
                _attendance,
                sort_key=lambda e: e.attendance_percent,
                align_right=False,
                tooltip=lambda e: "\n".join(
                    f"{labels.format_date(a.recorded_on)}: {a.percent} %" for a in e.attendance
                ),
            ),
            Column(_t("Level reached"), lambda e: e.level_reached),
            Column(_t("Certificate"), _certificate),
        ],
        parent,
    )


def _outcome(s: WorkSupport) -> str:
    return label(OUTCOMES, s.outcome)


def support_model(parent: Any = None) -> RowTableModel[WorkSupport]:
    return RowTableModel(
        [
            Column(_t("Programme"), lambda s: labels.label(labels.PROGRAMMES, s.programme_type)),
            Column(
                _t("Organisation"),
                lambda s: s.organisation,
                tooltip=lambda s: s.programme_name,
            ),
            Column(_t("From"), lambda s: labels.format_date(s.start_date)),
            Column(_t("To"), lambda s: labels.format_date(s.end_date)),
            Column(_t("Status"), lambda s: labels.label(labels.STATUSES, s.status)),
            Column(_t("Outcome"), _outcome, tooltip=lambda s: s.outcome_note),
        ],
        parent,
    )
