"""Printing many handover reports in one run: one PDF per case or one combined file.

Runs on any thread (no Qt). Files are written into a temporary folder or file
beside the target and moved into place only when every document is done, so
a cancelled or failed run leaves nothing half-written behind.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from desktop_app.reports.base import (
    DocumentStart,
    ReportWriteError,
    build_pdf,
    write_pdf_atomically,
)
from desktop_app.reports.case_documents import case_story, render_case_report
from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError
from desktop_app.services.report_data import case_documents
from desktop_app.services.report_data import meta as report_data_meta
from desktop_app.services.report_data.recipients import ConsentMissingError, Recipient
from desktop_app.services.storage import output_files
from desktop_app.services.storage.database import Database


class BatchCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)  # references
    skipped: dict[str, str] = field(default_factory=dict)  # reference -> why


def _safe_name(reference: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", reference)


def print_handovers(
    database: Database,
    actor: Actor,
    references: Sequence[str],
    target: Path,
    *,
    combined: bool,
    overwrite: bool = False,
    recipient: Recipient | str = Recipient.INTERNAL,
    page_size: str = "A4",
    locale: str | None = None,
    language: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    """Handover reports for `references`: into the folder `target` (one PDF each) or the file `target`.

    Cases that cannot be printed (no consent for an outside recipient, no
    longer visible) are skipped and reported; every document written is audited.
    """
    recipient = Recipient(recipient)
    target = Path(target).expanduser()
    folder = target.parent if combined else target
    if not folder.is_dir():
        raise ReportWriteError(f"Cannot write to {folder}: the folder does not exist.")
    if combined:
        output_files.checked_target(target, overwrite=overwrite)
    else:
        for reference in references:
            output_files.checked_target(
                target / f"handover-{_safe_name(reference)}.pdf", overwrite=overwrite
            )
    result = BatchResult()
    total = len(references)
    stories: list[Flowable] = []
    staging = None if combined else Path(tempfile.mkdtemp(prefix=".homeward-batch-", dir=folder))
    try:
        meta = None
        for index, reference in enumerate(references):
            if cancelled is not None and cancelled():
                raise BatchCancelled()
            try:
                with database.session() as session:
                    report = case_documents.handover(session, actor, reference, recipient=recipient)
                    if meta is None:
                        meta = report_data_meta.document_meta(
                            session,
                            actor,
                            "Handover report",
                            page_size=page_size,
                            locale=locale,
                            language=language,
                        )
            except ConsentMissingError:
                result.skipped[reference] = "no consent on record for this recipient"
                continue
            except HomewardError as exc:
                result.skipped[reference] = str(exc)
                continue
            if combined:
                if stories:
                    stories.append(PageBreak())
                stories.append(DocumentStart())
                stories.extend(case_story(report, meta))
            else:
                assert staging is not None
                (staging / f"handover-{_safe_name(reference)}.pdf").write_bytes(
                    render_case_report(report, meta)
                )
            result.printed.append(reference)
            if progress is not None:
                progress(index + 1, total + (1 if combined else 0))
        if cancelled is not None and cancelled():
            raise BatchCancelled()
        if combined:
            if result.printed and meta is not None:
                write_pdf_atomically(target, build_pdf(meta, stories), overwrite=overwrite)
                result.written.append(target)
        else:
            assert staging is not None
            for reference in result.printed:
                name = f"handover-{_safe_name(reference)}.pdf"
                output_files.checked_target(target / name, overwrite=overwrite)
                os.replace(staging / name, target / name)
                result.written.append(target / name)
        if progress is not None:
            progress(total + (1 if combined else 0), total + (1 if combined else 0))
    except OSError as exc:
        raise ReportWriteError(f"Cannot write to {folder}: {exc.strerror or exc}.") from None
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    if result.printed:
        with database.session() as session:
            for reference in result.printed:
                report_data_meta.record_printed(
                    session,
                    actor,
                    "handover",
                    output=str(
                        target if combined else target / f"handover-{_safe_name(reference)}.pdf"
                    ),
                    reference=reference,
                    language=meta.language if meta is not None else None,
                    detail={
                        "recipient": recipient.value,
                        "batch": len(result.printed),
                        "combined": combined,
                    },
                )
    return result
