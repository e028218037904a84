"""Printing many handover reports in one run: one PDF per case or one combined file.

Runs on any thread (no Qt). Files are written into a temporary folder or file
beside the target and moved into place only when every document is done, so
a cancelled or failed run leaves nothing half-written behind.

One file per case, for many cases: this process reads each case's report data
while worker processes, one per core, draw the PDFs (drawing is most of the
work, and Python draws on one core per process).
"""

from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
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
from desktop_app.services.report_data.case_report import CaseReport
from desktop_app.services.report_data.meta import DocumentMeta
from desktop_app.services.report_data.recipients import ConsentMissingError, Recipient
from desktop_app.services.storage import output_files
from desktop_app.services.storage.database import Database

# From this many files on, worker processes draw them (starting one takes about half a second).
PARALLEL_FROM = 40


class BatchCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)  # references
    skipped: dict[str, str] = field(default_factory=dict)  # reference -> why


def _safe_name(reference: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", reference)


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _render_to(path: Path, report: CaseReport, meta: DocumentMeta) -> None:
    """In a worker process: draw one case's PDF into `path`."""
    path.write_bytes(render_case_report(report, meta))


class _Renderer:
    """Draws the PDFs of a one-file-per-case run, in worker processes or (`workers` 0) here."""

    def __init__(self, workers: int) -> None:
        self.pool: ProcessPoolExecutor | None = None
        if workers:
            # Fresh processes (not forks of a process that may hold threads and a
            # database connection); they import only the report modules.
            self.pool = ProcessPoolExecutor(
                max_workers=workers, mp_context=multiprocessing.get_context("spawn")
            )
        self.limit = 4 * workers
        self.pending: set[Future[None]] = set()

    def render(self, path: Path, report: CaseReport, meta: DocumentMeta) -> int:
        """Draw (or queue) one PDF; returns how many queued ones have finished meanwhile."""
        if self.pool is None:
            _render_to(path, report, meta)
            return 1
        self.pending.add(self.pool.submit(_render_to, path, report, meta))
        # A few documents queued per worker: enough to keep them busy, and the
        # report data of a thousand cases is never held at once.
        if len(self.pending) < self.limit:
            return self._collect(block=False)
        return self._collect(block=True)

    def _collect(self, *, block: bool) -> int:
        done, self.pending = wait(
            self.pending, timeout=None if block else 0, return_when=FIRST_COMPLETED
        )
        for future in done:
            future.result()  # a drawing error is raised here, as it would be in this process
        return len(done)

    def drain(self, cancelled: Callable[[], bool] | None, finished: Callable[[int], None]) -> None:
        while self.pending:
            if cancelled is not None and cancelled():
                raise BatchCancelled()
            finished(self._collect(block=True))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


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
    workers: int | None = None,
) -> BatchResult:
    """Handover reports for `references`: into the folder `target` (one PDF each) or the file `target`.

    Cases that cannot be printed (no consent for an outside recipient, no
    longer visible) are skipped and reported; every document written is audited.
    `progress(done, total)` counts the cases dealt with. `workers`: how many processes
    draw the PDFs of a one-file-per-case run (0: this one; by default one per core
    from `PARALLEL_FROM` files on).
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
    steps = total + (1 if combined else 0)
    stories: list[Flowable] = []
    staging = None if combined else Path(tempfile.mkdtemp(prefix=".homeward-batch-", dir=folder))
    if workers is None:
        workers = _cores() if total >= PARALLEL_FROM and _cores() > 1 else 0
    renderer = _Renderer(0 if combined else workers)
    done = 0
    case_ids: list[int] = []  # of the printed cases, for their audit entries

    def finished(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and count:
            progress(done, steps)

    try:
        meta = None
        for reference in references:
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
                done += 1
                continue
            except HomewardError as exc:
                result.skipped[reference] = str(exc)
                done += 1
                continue
            result.printed.append(reference)
            assert report.case_id is not None
            case_ids.append(report.case_id)
            if combined:
                if stories:
                    stories.append(PageBreak())
                stories.append(DocumentStart())
                stories.extend(case_story(report, meta))
                finished(1)
            else:
                assert staging is not None
                path = staging / f"handover-{_safe_name(reference)}.pdf"
                finished(renderer.render(path, report, meta))
        renderer.drain(cancelled, finished)
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
            progress(steps, steps)
    except OSError as exc:
        raise ReportWriteError(f"Cannot write to {folder}: {exc.strerror or exc}.") from None
    finally:
        renderer.close()
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    if result.printed:
        with database.session() as session:
            report_data_meta.record_printed_many(
                session,
                actor,
                "handover",
                [
                    (
                        case_id,
                        reference,
                        str(
                            target if combined else target / f"handover-{_safe_name(reference)}.pdf"
                        ),
                    )
                    for case_id, reference in zip(case_ids, result.printed, strict=True)
                ],
                language=meta.language if meta is not None else None,
                detail={
                    "recipient": recipient.value,
                    "batch": len(result.printed),
                    "combined": combined,
                },
            )
    return result
