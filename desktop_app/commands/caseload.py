"""cases, transitions: the caseload and the transitions the user may see, and recording what
became of a transition."""

from __future__ import annotations

from typing import Any

from desktop_app.commands.common import (
    DAYS_AHEAD,
    CliContext,
    UsageError,
    add_format,
    date_arg,
    emit,
)
from desktop_app.domain.transition_records import WORKER_OUTCOMES, OutcomeEntry
from desktop_app.domain.transitions import TransitionKind
from desktop_app.services.cases import caseload
from desktop_app.services.transitions import listing
from desktop_app.services.transitions import outcomes as transition_outcomes

# CSV has the JSON's columns, in its order (DESIGN.md's eight first).
CASE_COLUMNS = (
    "reference",
    "name",
    "date_of_birth",
    "dob_precision",
    "age",
    "next_transition",
    "due_date",
    "days_left",
    "readiness",
    "risk",
    "primary_worker",
    "team",
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
    "status",
    "outcome",
    "team",
    "municipality",
)
# CSV has the JSON's columns (DESIGN.md); the resolved ones say when and why too.
RESOLVED_COLUMNS = (*TRANSITION_COLUMNS, "resolved_on", "outcome_note", "housing_began")


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
        "--within",
        type=DAYS_AHEAD,
        metavar="DAYS",
        help="next transition due within DAYS days (0 to 3650)",
    )
    p.add_argument("--include-closed", action="store_true", help="also closed cases")
    add_format(p)
    p.set_defaults(handler=cmd_cases)

    p = sub.add_parser(
        "transitions", parents=[common], help="upcoming transitions with readiness and risk"
    )
    p.add_argument(
        "--within",
        type=DAYS_AHEAD,
        default=90,
        metavar="DAYS",
        help="due within DAYS days, 0 to 3650 (default 90); overdue ones are included",
    )
    p.add_argument("--team", metavar="T", help="only this team")
    p.add_argument("--risk", choices=["red", "amber", "green"], help="only this risk")
    p.add_argument("--kind", choices=[k.value for k in TransitionKind], help="only this kind")
    p.add_argument(
        "--overdue",
        action="store_true",
        help="only the overdue ones, which need their outcome recorded",
    )
    p.add_argument(
        "--resolved-since",
        type=date_arg,
        metavar="DATE",
        help="instead, the transitions resolved since DATE, with their outcomes",
    )
    add_format(p)
    p.set_defaults(handler=cmd_transitions)

    kinds = [k.value for k in TransitionKind]
    p = sub.add_parser(
        "record-outcome",
        parents=[common],
        help="record what became of a transition (an overdue one, or one that no longer applies)",
    )
    p.add_argument("reference", metavar="REF", help="the case reference")
    p.add_argument("kind", choices=kinds, metavar="KIND", help=f"one of {', '.join(kinds)}")
    p.add_argument(
        "outcome",
        choices=[o.value for o in WORKER_OUTCOMES],
        metavar="OUTCOME",
        help=f"one of {', '.join(o.value for o in WORKER_OUTCOMES)}",
    )
    p.add_argument(
        "--due", type=date_arg, metavar="DATE", help="its due date, when the case has several"
    )
    p.add_argument(
        "--housing-began", type=date_arg, metavar="DATE", help="housed_late: the date housing began"
    )
    p.add_argument(
        "--receiving", metavar="TEXT", help="moved_elsewhere: the receiving service or municipality"
    )
    p.add_argument("--reason", metavar="TEXT", help="no_longer_applies: why")
    p.set_defaults(handler=cmd_record_outcome)

    p = sub.add_parser(
        "reopen-transition",
        parents=[common],
        help="take back a transition's outcome recorded in error",
    )
    p.add_argument("reference", metavar="REF", help="the case reference")
    p.add_argument("kind", choices=kinds, metavar="KIND", help=f"one of {', '.join(kinds)}")
    p.add_argument(
        "--due", type=date_arg, metavar="DATE", help="its due date, when the case has several"
    )
    p.add_argument("--reason", required=True, metavar="TEXT", help="why the outcome is taken back")
    p.set_defaults(handler=cmd_reopen_transition)


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
        if ctx.args.resolved_since is not None:
            found = listing.resolved_since(
                session, actor, ctx.args.resolved_since, team=ctx.args.team
            )
            found = [
                row
                for row in found
                if (not ctx.args.kind or row.kind == ctx.args.kind)
                and (not ctx.args.risk or row.risk == ctx.args.risk)
            ]
            records = [row.as_contract() for row in found]
        else:
            records = list(
                listing.upcoming_records(
                    session,
                    actor,
                    ctx.args.within,
                    team=ctx.args.team,
                    risks=(ctx.args.risk,) if ctx.args.risk else None,
                    kinds=(ctx.args.kind,) if ctx.args.kind else None,
                    overdue_only=ctx.args.overdue,
                )
            )
    resolved = ctx.args.resolved_since is not None
    emit(
        ctx,
        records,
        ctx.args.format,
        RESOLVED_COLUMNS if resolved else TRANSITION_COLUMNS,
        [
            ("reference", "Reference"),
            ("name", "Name"),
            ("kind", "Transition"),
            ("due_date", "Due"),
            *(
                [("outcome", "Outcome"), ("resolved_on", "Resolved")]
                if resolved
                else [
                    ("days_left", "Days"),
                    ("readiness", "Ready %"),
                    ("risk", "Risk"),
                ]
            ),
            ("primary_worker", "Worker"),
            ("outcome_note" if resolved else "missing", "Note" if resolved else "Missing"),
        ],
        "No transitions were resolved since then."
        if resolved
        else "No transitions in this period.",
    )
    return 0


def cmd_record_outcome(ctx: CliContext) -> int:
    actor = ctx.login()
    args = ctx.args
    with ctx.session() as session:
        transition_id = transition_outcomes.find_transition(
            session, actor, args.reference, args.kind, args.due
        )
        row = transition_outcomes.record_outcome(
            session,
            actor,
            transition_id,
            OutcomeEntry(args.outcome, args.housing_began, args.receiving, args.reason),
        )
    print(
        f"{row.reference}: {row.kind} due {row.due_date.isoformat()} resolved as {row.outcome}.",
        file=ctx.out,
    )
    return 0


def cmd_reopen_transition(ctx: CliContext) -> int:
    actor = ctx.login()
    args = ctx.args
    with ctx.session() as session:
        transition_id = transition_outcomes.find_transition(
            session, actor, args.reference, args.kind, args.due, open_only=False
        )
        row = transition_outcomes.reopen(session, actor, transition_id, args.reason)
    state = f"resolved again as {row.outcome}" if row.outcome else "open again"
    print(f"{row.reference}: {row.kind} due {row.due_date.isoformat()} is {state}.", file=ctx.out)
    return 0
