"""Export from the app: the caseload as currently filtered, and anonymised statistics.

Screens call these with their current filter (e.g. `CaseloadPage.current_filter()`);
the file is chosen here and written on the background worker by the exporter
service, which checks permissions and audits the export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.services.actor import Actor
from desktop_app.services.cases.caseload import CaseloadFilter
from desktop_app.services.exchange import exporter
from desktop_app.services.storage.database import Database
from desktop_app.ui.operations import Operation, Progress, run_operation

CONTEXT = "Export"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _choose(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    path, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        title,
        suggested,
        _tr("Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)"),
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

    def work(progress: Progress) -> int:
        with database.session() as session:
            return exporter.export_cases(session, actor, flt, target, overwrite=True)

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

    def work(progress: Progress) -> int:
        with database.session() as session:
            return exporter.export_statistics(session, actor, target, overwrite=True)

    return _run(
        parent,
        work,
        _tr(
            "The statistics (%1 rows: municipality and age band, no names) were exported to %2."
        ).replace("%2", target.name),
        on_done,
    )
