"""print case-summary | handover | transitions | caseload | planning, and the planning figures."""

from __future__ import annotations

from typing import Any

from desktop_app.commands.common import (
    DAYS_AHEAD,
    MONTHS_AHEAD,
    CliContext,
    add_format,
    add_overwrite,
    emit,
    output_path,
)
from desktop_app.domain.i18n import LANGUAGES
from desktop_app.reports.base import write_pdf_atomically
from desktop_app.reports.case_documents import render_case_report
from desktop_app.reports.lists import render_caseload, render_planning, render_transitions
from desktop_app.services.report_data import case_documents, lists, recipients
from desktop_app.services.report_data import meta as report_data_meta
from desktop_app.services.report_data.recipients import Recipient
from desktop_app.services.team import planning

PLANNING_COLUMNS = ("month", "municipality", *planning.KINDS, "total")


def register(sub: Any, common: Any) -> None:
    printer = sub.add_parser("print", help="print a document to a PDF file")
    kinds = printer.add_subparsers(dest="document", metavar="DOCUMENT", required=True)

    def document(name: str, help_text: str) -> Any:
        p = kinds.add_parser(name, parents=[common], help=help_text)
        p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
        add_overwrite(p)
        p.add_argument(
            "--page-size", choices=["A4", "Letter"], default="A4", help="paper (default A4)"
        )
        p.add_argument(
            "--locale", metavar="LANG", help="date format, e.g. en_GB, en_US, da (default: yours)"
        )
        p.add_argument(
            "--language",
            choices=list(LANGUAGES),
            help="the words of the document (default: HOMEWARD_LANGUAGE, else en)",
        )
        return p

    def case_options(p: Any) -> None:
        p.add_argument("reference", metavar="REF", help="case reference, e.g. HW-2026-00042")
        p.add_argument(
            "--recipient",
            choices=[r.value for r in Recipient],
            default=Recipient.INTERNAL.value,
            help="who receives it; leaves out what they must not see (default internal)",
        )
        p.add_argument(
            "--sections",
            metavar="LIST",
            help="comma-separated sections to print (default all the recipient may see): "
            + ", ".join(s.value for s in recipients.Section),
        )
        p.add_argument(
            "--include-confidential",
            action="store_true",
            help="include confidential notes (internal recipients, if you may see them)",
        )
        p.add_argument(
            "--consent-override",
            metavar="REASON",
            help="print for an outside recipient with no consent on record, for this reason (audited)",
        )

    p = document("case-summary", "one case summary")
    case_options(p)
    p.set_defaults(handler=cmd_print_case_summary)

    p = document("handover", "handover report for the next worker or service")
    case_options(p)
    p.add_argument("--receiving", default="", metavar="NAME", help="receiving worker or service")
    p.add_argument("--reason", default="", metavar="TEXT", help="why the case is handed over")
    p.set_defaults(handler=cmd_print_handover)

    p = document("transitions", "transitions report with readiness and risk")
    p.add_argument(
        "--within",
        type=DAYS_AHEAD,
        required=True,
        metavar="DAYS",
        help="due within DAYS days (0 to 3650)",
    )
    p.add_argument("--team", metavar="T", help="only this team")
    p.set_defaults(handler=cmd_print_transitions)

    p = kinds.add_parser(
        "handovers",
        parents=[common],
        help="handover reports for every case with a transition due soon (one file or one each)",
    )
    p.add_argument(
        "--within",
        type=DAYS_AHEAD,
        required=True,
        metavar="DAYS",
        help="due within DAYS days (0 to 3650)",
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", metavar="FILE.pdf", help="one combined PDF file")
    target.add_argument("--out-dir", metavar="DIR", help="one PDF per case in this folder")
    add_overwrite(p)
    p.add_argument("--team", metavar="T", help="only this team")
    p.add_argument(
        "--recipient",
        choices=[r.value for r in Recipient],
        default=Recipient.INTERNAL.value,
        help="who receives them (cases without consent for an outside recipient are skipped)",
    )
    p.add_argument("--page-size", choices=["A4", "Letter"], default="A4", help="paper")
    p.add_argument("--locale", metavar="LANG", help="date format, e.g. en_GB, en_US, da")
    p.add_argument(
        "--language",
        choices=list(LANGUAGES),
        help="the words of the documents (default: HOMEWARD_LANGUAGE, else en)",
    )
    p.set_defaults(handler=cmd_print_handovers)

    p = document("caseload", "caseload per worker")
    p.add_argument("--team", metavar="T", help="only this team")
    p.add_argument("--worker", metavar="NAME", help="only this worker's cases (user name)")
    p.set_defaults(handler=cmd_print_caseload)

    p = document("planning", "planning report with charts")
    p.add_argument(
        "--months",
        type=MONTHS_AHEAD,
        default=12,
        metavar="M",
        help="months ahead, 1 to 120 (default 12)",
    )
    p.add_argument("--team", metavar="T", help="only this team")
    p.set_defaults(handler=cmd_print_planning)

    p = sub.add_parser(
        "planning", parents=[common], help="transitions due per month and municipality"
    )
    p.add_argument(
        "--months",
        type=MONTHS_AHEAD,
        default=12,
        metavar="M",
        help="months ahead, 1 to 120 (default 12)",
    )
    p.add_argument("--team", metavar="T", help="only this team")
    add_format(p)
    p.set_defaults(handler=cmd_planning)


def _sections(ctx: CliContext) -> tuple[recipients.Section, ...] | None:
    text = getattr(ctx.args, "sections", None)
    return recipients.parse_sections(text) if text else None


def _finish(ctx: CliContext, data: bytes, what: str) -> None:
    target = write_pdf_atomically(
        output_path(ctx.args.out), data, overwrite=getattr(ctx.args, "overwrite", False)
    )
    print(f"Wrote {what} to {target}.", file=ctx.out)


def _meta(session: Any, ctx: CliContext, actor: Any, title: str) -> report_data_meta.DocumentMeta:
    return report_data_meta.document_meta(
        session,
        actor,
        title,
        page_size=ctx.args.page_size,
        locale=ctx.args.locale,
        language=ctx.args.language,
    )


def _print_case_document(ctx: CliContext, document: str, title: str, what: str, build: Any) -> int:
    """Build one case's report, render it, audit it and write the file, in one unit of work
    (no audit entry without a file, no file without an entry)."""
    actor = ctx.login()
    with ctx.session() as session:
        report = build(session, actor)
        meta = _meta(session, ctx, actor, title)
        data = render_case_report(report, meta)
        report_data_meta.record_printed(
            session,
            actor,
            document,
            output=str(output_path(ctx.args.out)),
            language=meta.language,
            reference=report.reference,
            detail=case_documents.case_report_audit_detail(report),
            case_id=report.case_id,
        )
        _finish(ctx, data, f"{what} of {report.reference}")
    return 0


def cmd_print_case_summary(ctx: CliContext) -> int:
    return _print_case_document(
        ctx,
        "case_summary",
        "Case summary",
        "the case summary",
        lambda session, actor: case_documents.case_summary(
            session,
            actor,
            ctx.args.reference,
            recipient=ctx.args.recipient,
            sections=_sections(ctx),
            include_confidential=ctx.args.include_confidential,
            consent_override_reason=ctx.args.consent_override,
        ),
    )


def cmd_print_handover(ctx: CliContext) -> int:
    return _print_case_document(
        ctx,
        "handover",
        "Handover report",
        "the handover report",
        lambda session, actor: case_documents.handover(
            session,
            actor,
            ctx.args.reference,
            recipient=ctx.args.recipient,
            receiving=ctx.args.receiving,
            reason=ctx.args.reason,
            sections=_sections(ctx),
            include_confidential=ctx.args.include_confidential,
            consent_override_reason=ctx.args.consent_override,
        ),
    )


def cmd_print_handovers(ctx: CliContext) -> int:
    from desktop_app.reports.batch import print_handovers

    actor = ctx.login()
    with ctx.session() as session:
        references = lists.handover_references(session, actor, ctx.args.within, team=ctx.args.team)
    combined = ctx.args.out is not None
    result = print_handovers(
        ctx.database(),
        actor,
        references,
        output_path(ctx.args.out if combined else ctx.args.out_dir),
        combined=combined,
        overwrite=ctx.args.overwrite,
        recipient=ctx.args.recipient,
        page_size=ctx.args.page_size,
        locale=ctx.args.locale,
        language=ctx.args.language,
    )
    where = ctx.args.out if combined else ctx.args.out_dir
    print(f"Wrote {len(result.printed)} handover report(s) to {where}.", file=ctx.out)
    for reference, why in result.skipped.items():
        print(f"Skipped {reference}: {why}", file=ctx.out)
    return 0


def cmd_print_transitions(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        report = lists.transitions_report(session, actor, ctx.args.within, team=ctx.args.team)
        meta = _meta(session, ctx, actor, "Transitions report")
        data = render_transitions(report, meta)
        report_data_meta.record_printed(
            session,
            actor,
            "transitions",
            output=str(output_path(ctx.args.out)),
            language=meta.language,
            detail={
                "within_days": ctx.args.within,
                "team": ctx.args.team,
                "references": sorted({r.reference for r in report.rows}),
            },
        )
        _finish(ctx, data, f"the transitions report ({len(report.rows)} transitions)")
    return 0


def cmd_print_caseload(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        report = lists.caseload_report(session, actor, team=ctx.args.team, worker=ctx.args.worker)
        meta = _meta(session, ctx, actor, "Caseload report")
        data = render_caseload(report, meta)
        report_data_meta.record_printed(
            session,
            actor,
            "caseload",
            output=str(output_path(ctx.args.out)),
            language=meta.language,
            detail={"team": ctx.args.team, "worker": ctx.args.worker, "cases": report.total},
        )
        _finish(ctx, data, f"the caseload report ({report.total} cases)")
    return 0


def cmd_print_planning(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        report = lists.planning_report(session, actor, ctx.args.months, team=ctx.args.team)
        meta = _meta(session, ctx, actor, "Planning report")
        data = render_planning(report, meta)
        report_data_meta.record_printed(
            session,
            actor,
            "planning",
            output=str(output_path(ctx.args.out)),
            language=meta.language,
            detail={"months": ctx.args.months, "team": ctx.args.team},
        )
        _finish(ctx, data, f"the planning report ({ctx.args.months} months)")
    return 0


def cmd_planning(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        rows = planning.monthly_figures(session, actor, ctx.args.months, team=ctx.args.team)
    emit(
        ctx,
        [row.as_contract() for row in rows],
        ctx.args.format,
        PLANNING_COLUMNS,
        [
            ("month", "Month"),
            ("municipality", "Municipality"),
            ("turns_18", "Turns 18"),
            ("aftercare_end", "After-care ends"),
            ("status_grant_move_out", "Move-out"),
            ("permit_expiry", "Permit"),
            ("placement_end", "Placement ends"),
            ("total", "Total"),
        ],
        "No transitions in this period.",
    )
    return 0
