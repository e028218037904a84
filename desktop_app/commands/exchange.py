"""import cases, export cases, export statistics, export subject: a caseload into and out of
spreadsheets, and everything held about one person."""

from __future__ import annotations

import json
from typing import Any

from desktop_app.commands.caseload import caseload_filter
from desktop_app.commands.common import (
    DAYS_AHEAD,
    CliContext,
    UsageError,
    add_overwrite,
    bounded_int,
    command_group,
    output_path,
)
from desktop_app.services.exchange import exporter, importer, sheet_import, subject_export

# The import's other sheets, each also a file of its own.
SHEET_HELP = {
    "courses": "import language courses into the partners' registry",
    "enrolments": "import enrolments of cases in the registry's language courses",
    "contacts": "import the people around each young person",
    "consents": "import consents given (and withdrawn)",
}


def register(sub: Any, common: Any) -> None:
    what = command_group(sub, common, "import", "import a spreadsheet caseload")
    p = what.add_parser(
        "cases",
        parents=[common],
        help="import cases from CSV or XLSX (and a workbook's other sheets) with a report",
        description="Import a caseload spreadsheet (DESIGN.md 'Spreadsheet import format'). "
        "Rows are numbered as in the spreadsheet: the header is row 1, the first case row 2. "
        "Exit code 0 when the file was processed (even with rejected rows); 1 when the file "
        "cannot be read, lacks a required column, or --all-or-nothing found a rejected row. "
        "An XLSX workbook's sheets named courses, enrolments, contacts or consents are imported "
        "after the cases, in the same transaction, each with its own report.",
    )
    p.add_argument("file", metavar="FILE", help="a .csv or .xlsx file with a header row")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument(
        "--all-or-nothing",
        action="store_true",
        help="import nothing when any row is rejected",
    )
    p.add_argument(
        "--team",
        metavar="T",
        help="team for rows without a team column value (coordinators; leads import into theirs)",
    )
    p.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="the report as text (default) or JSON for scripts",
    )
    p.set_defaults(handler=cmd_import_cases)
    for kind, text in SHEET_HELP.items():
        p = what.add_parser(
            kind,
            parents=[common],
            help=text,
            description=f"{text.capitalize()}: a CSV file, or an XLSX workbook's sheet named "
            f"'{kind}' (else its first sheet). The columns are in README ('The import fills "
            "more than the cases'). Rows are numbered as in the spreadsheet; a re-import "
            "updates what an earlier one wrote. Exit codes as for import cases.",
        )
        p.add_argument("file", metavar="FILE", help="a .csv or .xlsx file with a header row")
        p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
        p.add_argument(
            "--all-or-nothing", action="store_true", help="import nothing when any row is rejected"
        )
        p.add_argument(
            "--format",
            choices=["text", "json"],
            default="text",
            help="the report as text (default) or JSON for scripts",
        )
        p.set_defaults(handler=cmd_import_sheet, kind=kind)

    what = command_group(sub, common, "export", "export the caseload, statistics or a subject")
    p = what.add_parser(
        "cases",
        parents=[common],
        help="the caseload you may see, as filtered, to CSV or XLSX",
    )
    p.add_argument("--out", required=True, type=output_path, metavar="FILE", help=".csv or .xlsx")
    p.add_argument("--search", default="", metavar="TEXT", help="names or reference")
    p.add_argument("--team", metavar="T", help="only this team")
    p.add_argument("--risk", choices=["red", "amber", "green"], help="only this risk")
    p.add_argument(
        "--scope", choices=["mine", "team", "all"], default="all", help="whose cases (default all)"
    )
    p.add_argument(
        "--within",
        type=DAYS_AHEAD,
        metavar="DAYS",
        help="next transition due within DAYS days (0 to 3650)",
    )
    p.add_argument("--include-closed", action="store_true", help="also closed cases")
    add_overwrite(p)
    p.set_defaults(handler=cmd_export_cases)

    p = what.add_parser(
        "statistics",
        parents=[common],
        help="anonymised counts per municipality and age band (no names, no references)",
    )
    p.add_argument("--out", required=True, type=output_path, metavar="FILE", help=".csv or .xlsx")
    p.add_argument(
        "--min-cell",
        type=bounded_int(1, 100),
        default=exporter.DEFAULT_MIN_CELL,
        metavar="N",
        help=f"show counts below N as '<N' (default {exporter.DEFAULT_MIN_CELL}; 1 shows all)",
    )
    add_overwrite(p)
    p.set_defaults(handler=cmd_export_statistics)

    s = what.add_parser(
        "subject",
        parents=[common],
        help="everything held about one person, as JSON and PDF (coordinator or team lead)",
    )
    s.add_argument("reference", metavar="REF", help="case reference")
    s.add_argument("--out", required=True, metavar="DIR", help="folder for the export")
    add_overwrite(s)
    s.set_defaults(handler=cmd_export_subject)


def cmd_import_cases(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        report = importer.import_cases(
            session,
            actor,
            ctx.args.file,
            default_team=ctx.args.team,
            dry_run=ctx.args.dry_run,
            all_or_nothing=ctx.args.all_or_nothing,
        )
    if ctx.args.format == "json":
        json.dump(report.as_dict(), ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
    else:
        ctx.out.write(report.as_text())
    return 1 if report.blocked else 0


def cmd_import_sheet(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        report = sheet_import.import_sheet(
            session,
            actor,
            ctx.args.kind,
            ctx.args.file,
            dry_run=ctx.args.dry_run,
            all_or_nothing=ctx.args.all_or_nothing,
        )
    if ctx.args.format == "json":
        json.dump(report.as_dict(), ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
    else:
        ctx.out.write(report.as_text())
    return 1 if report.blocked else 0


def cmd_export_cases(ctx: CliContext) -> int:
    actor = ctx.login()
    flt = caseload_filter(ctx.args)
    with ctx.session() as session:
        count = exporter.export_cases(
            session, actor, flt, ctx.args.out, overwrite=ctx.args.overwrite
        )
    print(f"Exported {count} case(s) to {ctx.args.out}.", file=ctx.out)
    return 0


def cmd_export_statistics(ctx: CliContext) -> int:
    actor = ctx.login()
    if ctx.args.min_cell < 1:
        raise UsageError("--min-cell must be 1 or more")
    with ctx.session() as session:
        count = exporter.export_statistics(
            session,
            actor,
            ctx.args.out,
            min_cell=ctx.args.min_cell,
            overwrite=ctx.args.overwrite,
        )
    print(
        f"Exported anonymised statistics ({count} row(s), municipality and age band) "
        f"to {ctx.args.out}.",
        file=ctx.out,
    )
    return 0


def cmd_export_subject(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        result = subject_export.export_subject(
            session,
            actor,
            ctx.args.reference,
            output_path(ctx.args.out),
            overwrite=ctx.args.overwrite,
        )
    print(f"Wrote {result.json_path} and {result.pdf_path}.", file=ctx.out)
    if result.withheld_confidential_notes:
        print(
            f"{result.withheld_confidential_notes} confidential notes were withheld; "
            "the team lead of the case completes the answer.",
            file=ctx.out,
        )
    return 0
