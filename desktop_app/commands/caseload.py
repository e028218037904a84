"""cases, transitions: the caseload and the upcoming transitions the user may see."""

from __future__ import annotations

from typing import Any

from desktop_app.commands.common import CliContext, UsageError, add_format, emit, positive_int
from desktop_app.domain.transitions import TransitionKind
from desktop_app.services.cases import caseload
from desktop_app.services.transitions import listing

CASE_COLUMNS = (
    "reference",
    "name",
    "date_of_birth",
    "age",
    "next_transition",
    "due_date",
    "risk",
    "primary_worker",
)


TRANSITION_COLUMNS = (
    "reference",
    "name",
    "kind",
    "due_date",
    "days_left",
    "uncertain",
    "readiness",
    "risk",
    "missing",
    "primary_worker",
)


def register(sub: Any, common: Any) -> None:
    p = sub.add_parser("cases", parents=[common], help="the caseload you may see")
    p.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help="names or reference; other spellings and accents tolerated",
    )
    p.add_argument("--team", metavar="T", help="only this team")
    p.add_argument(
        "--risk",
        choices=["red", "amber", "green"],
        help="only cases whose next transition has this risk",
    )
    p.add_argument(
        "--scope",
        choices=["mine", "team", "all"],
        default="all",
        help="whose cases (default: all you may see)",
    )
    p.add_argument(
        "--within", type=positive_int, metavar="DAYS", help="next transition due within DAYS days"
    )
    p.add_argument("--include-closed", action="store_true", help="also closed cases")
    add_format(p)
    p.set_defaults(handler=cmd_cases)

    p = sub.add_parser(
        "transitions", parents=[common], help="upcoming transitions with readiness and risk"
    )
    p.add_argument(
        "--within",
        type=positive_int,
        default=90,
        metavar="DAYS",
        help="due within DAYS days (default 90); overdue ones are included",
    )
    p.add_argument("--team", metavar="T", help="only this team")
    p.add_argument("--risk", choices=["red", "amber", "green"], help="only this risk")
    p.add_argument("--kind", choices=[k.value for k in TransitionKind], help="only this kind")
    add_format(p)
    p.set_defaults(handler=cmd_transitions)


def caseload_filter(args: Any) -> caseload.CaseloadFilter:
    """The caseload filter of `cases` (and of `export cases`, which takes the same options)."""
    search = args.search or ""
    return caseload.CaseloadFilter(
        scope=caseload.Scope(args.scope),
        search=search,
        risks=(args.risk,) if args.risk else (),
        due_within_days=args.within,
        team=args.team,
        include_closed=args.include_closed,
        sort=caseload.SortKey.RELEVANCE if search.strip() else caseload.SortKey.DUE_DATE,
    )


def cmd_cases(ctx: CliContext) -> int:
    actor = ctx.login()
    flt = caseload_filter(ctx.args)
    with ctx.session() as session:
        found = caseload.list_cases(session, actor, flt)
    records = [row.as_contract() for row in found]
    emit(
        ctx,
        records,
        ctx.args.format,
        CASE_COLUMNS,
        [
            ("reference", "Reference"),
            ("name", "Name"),
            ("age", "Age"),
            ("next_transition", "Next transition"),
            ("due_date", "Due"),
            ("days_left", "Days"),
            ("readiness", "Ready %"),
            ("risk", "Risk"),
            ("primary_worker", "Worker"),
        ],
        "No cases match.",
    )
    return 0


def cmd_transitions(ctx: CliContext) -> int:
    if ctx.args.within is None:
        raise UsageError("--within DAYS is required")
    actor = ctx.login()
    with ctx.session() as session:
        found = listing.upcoming(
            session,
            actor,
            ctx.args.within,
            team=ctx.args.team,
            risks=(ctx.args.risk,) if ctx.args.risk else None,
            kinds=(ctx.args.kind,) if ctx.args.kind else None,
        )
    records = [row.as_contract() for row in found]
    emit(
        ctx,
        records,
        ctx.args.format,
        TRANSITION_COLUMNS,
        [
            ("reference", "Reference"),
            ("name", "Name"),
            ("kind", "Transition"),
            ("due_date", "Due"),
            ("days_left", "Days"),
            ("readiness", "Ready %"),
            ("risk", "Risk"),
            ("primary_worker", "Worker"),
            ("missing", "Missing"),
        ],
        "No transitions in this period.",
    )
    return 0
