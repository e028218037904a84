"""export calendar: the acting user's appointments and deadlines as an .ics file."""

from __future__ import annotations

from typing import Any

from desktop_app.commands.common import (
    DAYS_AHEAD,
    CliContext,
    add_overwrite,
    command_group,
    output_path,
)
from desktop_app.services import calendar


def register(sub: Any, common: Any) -> None:
    what = command_group(sub, common, "export", "export the caseload, statistics or a subject")
    p = what.add_parser(
        "calendar",
        parents=[common],
        help="your appointments, task and transition due dates as an RFC 5545 (.ics) calendar",
        description="Write your appointments, the due dates of your open tasks and your own "
        "cases' open transitions for the next N days as one calendar file to import into (or "
        "subscribe to from) a calendar program. Events name the case reference, not the "
        "person, unless --with-names; each event keeps its UID from one export to the next.",
    )
    p.add_argument("--out", required=True, type=output_path, metavar="FILE.ics", help="the file")
    p.add_argument(
        "--days",
        type=DAYS_AHEAD,
        default=calendar.DEFAULT_DAYS,
        metavar="N",
        help=f"how many days ahead (default {calendar.DEFAULT_DAYS})",
    )
    p.add_argument(
        "--with-names",
        action="store_true",
        help="name the young people in the events (calendars are often synchronised to cloud services)",
    )
    add_overwrite(p)
    p.set_defaults(handler=cmd_export_calendar)


def cmd_export_calendar(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        result = calendar.export_calendar(
            session,
            actor,
            ctx.args.out,
            days=ctx.args.days,
            with_names=ctx.args.with_names,
            overwrite=ctx.args.overwrite,
        )
    print(f"Wrote {result.events} event(s) to {result.path}.", file=ctx.out)
    return 0
