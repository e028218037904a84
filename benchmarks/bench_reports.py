"""Printing: one case summary, and a batch of handover reports (targets in DESIGN.md).

Runs on a copy of the database so the audit entries of the printing runs do
not pile up in the shared benchmark database.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import select

from benchmarks.common import report, summary, timed
from desktop_app.db.models import Case
from desktop_app.reports.batch import print_handovers
from desktop_app.reports.case_documents import render_case_report
from desktop_app.services.report_data import case_documents
from desktop_app.services.report_data import meta as report_data_meta
from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import auth


def bare_pdf() -> bytes:
    """The plainest PDF: one page of forty lines of text drawn straight on a ReportLab canvas."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    for line in range(40):
        page.drawString(60, 780 - line * 18, f"Line {line}: the same length as a line of a summary")
    page.showPage()
    page.save()
    return out.getvalue()


def run(db_path: Path, batch_size: int = 1000, summaries: int = 20) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="homeward-bench-reports-"))
    try:
        copy = work / "bench.db"
        shutil.copy2(db_path, copy)
        db = open_database(copy)
        try:
            with db.session() as session:
                coordinator = auth.login(session, "coordinator", "demo")
                references = list(
                    session.scalars(
                        select(Case.reference)
                        .where(Case.status == "open", Case.next_due_date.is_not(None))
                        .order_by(Case.next_due_date, Case.id)
                        .limit(max(batch_size, summaries))
                    )
                )

            def one_summary(reference: str) -> None:
                with db.session() as session:
                    data = case_documents.case_summary(session, coordinator, reference)
                    meta = report_data_meta.document_meta(session, coordinator, "Case summary")
                    pdf = render_case_report(data, meta)
                    report_data_meta.record_printed(
                        session,
                        coordinator,
                        "case_summary",
                        output="benchmark",
                        reference=reference,
                    )
                assert pdf.startswith(b"%PDF")

            one_summary(references[0])  # fonts and caches warm, as in a running app
            timings = [timed(lambda r=r: one_summary(r)) for r in references[:summaries]]
            figures = {f"case_summary_{k}": v for k, v in summary(timings).items()}
            bare_pdf()
            plain = summary([timed(bare_pdf) for _ in range(summaries)])
            report("one case-summary PDF", summary(timings), "<= 50 ms", plain=plain)

            out = work / "batch"
            out.mkdir()
            batch = references[:batch_size]
            start = time.perf_counter()
            result = print_handovers(db, coordinator, batch, out, combined=False)
            seconds = time.perf_counter() - start
            figures[f"handover_batch_{len(batch)}_seconds"] = seconds
            figures["handover_batch_written"] = float(len(result.written))
            report(
                f"{len(batch):,} handover PDFs in one batch ({len(os.sched_getaffinity(0))} cores)",
                {"seconds": seconds, "written": float(len(result.written))},
                "<= 20 s for 1,000",
            )
            return figures
        finally:
            db.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    import sys

    print(run(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1000))
