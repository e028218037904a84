"""Export from the app: the caseload as currently filtered, and anonymised statistics.

Screens call these with their current filter (e.g. `CaseloadPage.current_filter()`);
the file is chosen here and written on the background worker by the exporter
service, which checks permissions and audits the export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.services.actor import Actor
from desktop_app.services.cases.caseload import CaseloadFilter
from desktop_app.services.exchange import exporter
from desktop_app.services.storage.database import Database
from desktop_app.ui.operations import Operation, Progress, run_operation

CONTEXT = "Export"
HEADINGS_CONTEXT = "ExportHeadings"

# The columns' headings in a CSV file the desktop writes, in the interface language.
HEADINGS: dict[str, str] = {
    "reference": QT_TRANSLATE_NOOP("ExportHeadings", "Reference"),
    "given_name": QT_TRANSLATE_NOOP("ExportHeadings", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("ExportHeadings", "Family name"),
    "date_of_birth": QT_TRANSLATE_NOOP("ExportHeadings", "Date of birth"),
    "dob_precision": QT_TRANSLATE_NOOP("ExportHeadings", "Date of birth known to"),
    "sex": QT_TRANSLATE_NOOP("ExportHeadings", "Sex"),
    "nationality": QT_TRANSLATE_NOOP("ExportHeadings", "Nationality"),
    "languages": QT_TRANSLATE_NOOP("ExportHeadings", "Languages"),
    "interpreter_language": QT_TRANSLATE_NOOP("ExportHeadings", "Interpreter language"),
    "unaccompanied": QT_TRANSLATE_NOOP("ExportHeadings", "Unaccompanied"),
    "arrival_date": QT_TRANSLATE_NOOP("ExportHeadings", "Arrival date"),
    "status_decision": QT_TRANSLATE_NOOP("ExportHeadings", "Status decision"),
    "decision_date": QT_TRANSLATE_NOOP("ExportHeadings", "Decision date"),
    "permit_expiry": QT_TRANSLATE_NOOP("ExportHeadings", "Permit expiry"),
    "placement_type": QT_TRANSLATE_NOOP("ExportHeadings", "Placement"),
    "placement_municipality": QT_TRANSLATE_NOOP("ExportHeadings", "Placement municipality"),
    "placement_end": QT_TRANSLATE_NOOP("ExportHeadings", "Placement ends"),
    "in_aftercare": QT_TRANSLATE_NOOP("ExportHeadings", "In after-care"),
    "primary_worker": QT_TRANSLATE_NOOP("ExportHeadings", "Primary worker"),
    "team": QT_TRANSLATE_NOOP("ExportHeadings", "Team"),
    "family_reunification_members": QT_TRANSLATE_NOOP(
        "ExportHeadings", "Expected family reunification"
    ),
    "age": QT_TRANSLATE_NOOP("ExportHeadings", "Age"),
    "next_transition": QT_TRANSLATE_NOOP("ExportHeadings", "Next transition"),
    "due_date": QT_TRANSLATE_NOOP("ExportHeadings", "Due"),
    "readiness": QT_TRANSLATE_NOOP("ExportHeadings", "Readiness %"),
    "risk": QT_TRANSLATE_NOOP("ExportHeadings", "Risk"),
    "municipality": QT_TRANSLATE_NOOP("ExportHeadings", "Municipality"),
    "age_band": QT_TRANSLATE_NOOP("ExportHeadings", "Age band"),
    "cases": QT_TRANSLATE_NOOP("ExportHeadings", "Cases"),
    "female": QT_TRANSLATE_NOOP("ExportHeadings", "Female"),
    "male": QT_TRANSLATE_NOOP("ExportHeadings", "Male"),
    "other_or_unknown": QT_TRANSLATE_NOOP("ExportHeadings", "Other or unknown sex"),
    "status_granted": QT_TRANSLATE_NOOP("ExportHeadings", "Status granted"),
    "status_pending_or_appeal": QT_TRANSLATE_NOOP("ExportHeadings", "Pending or appealed"),
    "status_rejected": QT_TRANSLATE_NOOP("ExportHeadings", "Rejected"),
    "no_decision_recorded": QT_TRANSLATE_NOOP("ExportHeadings", "No decision recorded"),
    "placement_reception": QT_TRANSLATE_NOOP("ExportHeadings", "In reception"),
    "placement_care": QT_TRANSLATE_NOOP("ExportHeadings", "In care"),
    "placement_own_tenancy": QT_TRANSLATE_NOOP("ExportHeadings", "Own tenancy"),
    "placement_other_or_none": QT_TRANSLATE_NOOP("ExportHeadings", "Other or no placement"),
    "transition_within_90_days": QT_TRANSLATE_NOOP("ExportHeadings", "Transition within 90 days"),
    "housing_secured_for_next_transition": QT_TRANSLATE_NOOP(
        "ExportHeadings", "Housing secured for the next transition"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def spreadsheet_style() -> exporter.CsvStyle:
    """A CSV as the user's spreadsheet opens it: `;` where numbers are written with a
    decimal comma (Danish, Swedish, German), `,` where with a point; headings in the
    interface language."""
    delimiter = ";" if QLocale().decimalPoint() == "," else ","
    return exporter.CsvStyle(
        delimiter=delimiter,
        headings={
            code: QCoreApplication.translate(HEADINGS_CONTEXT, text)
            for code, text in HEADINGS.items()
        },
    )


def _choose(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    path, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        title,
        suggested,
        _tr(
            "Excel workbook, imports back into Homeward (*.xlsx);;CSV for your spreadsheet (*.csv)"
        ),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_suffix(".csv" if "csv" in chosen_filter.lower() else ".xlsx")
    return target


def _run(
    parent: QWidget | None,
    work: Callable[[Progress], int],
    done_text: str,
    on_done: Callable[[int], None] | None,
) -> Operation:
    def succeeded(count: int) -> None:
        if on_done is not None:
            on_done(count)
        else:
            QMessageBox.information(parent, _tr("Export"), done_text.replace("%1", str(count)))

    return run_operation(parent, work, on_success=succeeded, title=_tr("Exporting"))


def export_caseload(
    parent: QWidget | None,
    database: Database,
    actor: Actor,
    flt: CaseloadFilter,
    *,
    path: Path | None = None,
    on_done: Callable[[int], None] | None = None,
) -> Operation | None:
    """Ask where to save (unless `path` is given) and export the filtered caseload."""
    target = path or _choose(parent, _tr("Export the caseload"), "caseload.xlsx")
    if target is None:
        return None

    style = spreadsheet_style()

    def work(progress: Progress) -> int:
        with database.session() as session:
            return exporter.export_cases(
                session, actor, flt, target, overwrite=True, csv_style=style
            )

    return _run(
        parent,
        work,
        _tr("%1 cases were exported to %2.").replace("%2", target.name),
        on_done,
    )


def export_statistics(
    parent: QWidget | None,
    database: Database,
    actor: Actor,
    *,
    path: Path | None = None,
    on_done: Callable[[int], None] | None = None,
) -> Operation | None:
    """Ask where to save (unless `path` is given) and export the anonymised statistics."""
    target = path or _choose(parent, _tr("Export anonymised statistics"), "statistics.xlsx")
    if target is None:
        return None

    style = spreadsheet_style()

    def work(progress: Progress) -> int:
        with database.session() as session:
            return exporter.export_statistics(
                session, actor, target, overwrite=True, csv_style=style
            )

    return _run(
        parent,
        work,
        _tr(
            "The statistics (%1 rows: municipality and age band, no names) were exported to %2."
        ).replace("%2", target.name),
        on_done,
    )
