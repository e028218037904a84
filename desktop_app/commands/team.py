"""Team lead and coordinator commands: reassign, bulk-reassign, balance, transfers, closures,
continuity, outcomes, planning needs and data quality. Not part of DESIGN.md's fixed contract; named for schedulers."""

from __future__ import annotations

from typing import Any

from desktop_app.commands.common import (
    MONTHS_AHEAD,
    QUARTERS,
    RECORD_ID,
    CliContext,
    add_format,
    bounded_int,
    emit,
)
from desktop_app.services.team import (
    balance,
    continuity,
    data_quality,
    moves,
    needs,
    outcomes,
    reassignment,
)

HAND_OVER_DAYS = bounded_int(0, 365, "days")


def register(sub: Any, common: Any) -> None:
    p = sub.add_parser(
        "reassign",
        parents=[common],
        help="give a case a new primary worker, with a handover note (team leads, coordinators)",
    )
    p.add_argument("reference", metavar="REF", help="case reference")
    p.add_argument("--to", required=True, metavar="USER", help="user name of the new worker")
    p.add_argument("--note", required=True, metavar="TEXT", help="handover note for the new worker")
    p.add_argument(
        "--reason",
        metavar="TEXT",
        help="why the worker changes (required within 30 days of a transition)",
    )
    p.add_argument(
        "--keep-secondary-days",
        type=HAND_OVER_DAYS,
        default=0,
        metavar="N",
        help="keep the previous worker as secondary for N days, 0 to 365 (hand-over period)",
    )
    p.set_defaults(handler=cmd_reassign)

    p = sub.add_parser(
        "bulk-reassign",
        parents=[common],
        help="hand every open case of a leaving worker to other workers, fewest cases first",
    )
    p.add_argument("--from", dest="from_user", required=True, metavar="USER")
    p.add_argument(
        "--to", dest="to_users", required=True, action="append", metavar="USER", help="repeatable"
    )
    p.add_argument("--note", required=True, metavar="TEXT", help="handover note")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why the cases move")
    p.add_argument("--keep-secondary-days", type=HAND_OVER_DAYS, default=0, metavar="N")
    add_format(p)
    p.set_defaults(handler=cmd_bulk_reassign)

    p = sub.add_parser(
        "balance", parents=[common], help="cases and upcoming transitions per worker"
    )
    p.add_argument("--team", metavar="T", help="only this team (coordinators)")
    add_format(p)
    p.set_defaults(handler=cmd_balance)

    p = sub.add_parser(
        "continuity", parents=[common], help="worker continuity per team or per worker"
    )
    p.add_argument("--by", choices=["team", "worker"], default="team")
    p.add_argument("--team", metavar="T", help="only this team (coordinators)")
    add_format(p)
    p.set_defaults(handler=cmd_continuity)

    p = sub.add_parser(
        "outcomes", parents=[common], help="hard and soft outcomes per team and quarter"
    )
    p.add_argument("--quarters", type=QUARTERS, default=4, metavar="N", help="1 to 40")
    p.add_argument("--team", metavar="T", help="only this team (coordinators)")
    p.add_argument(
        "--transitions",
        action="store_true",
        help="instead: every transition due in each quarter, counted by what became of it",
    )
    add_format(p)
    p.set_defaults(handler=cmd_outcomes)

    p = sub.add_parser(
        "planning-needs",
        parents=[common],
        help="apartments by size per quarter and language-course places by level",
    )
    p.add_argument("--months", type=MONTHS_AHEAD, default=12, metavar="M", help="1 to 120")
    p.add_argument("--team", metavar="T", help="only this team (coordinators)")
    p.add_argument("--what", choices=["housing", "language"], default="housing")
    add_format(p)
    p.set_defaults(handler=cmd_planning_needs)

    p = sub.add_parser(
        "request-transfer",
        parents=[common],
        help="ask for a case to move to another team (the receiving team lead decides)",
    )
    p.add_argument("reference", metavar="REF")
    p.add_argument("--to-team", required=True, metavar="T")
    p.add_argument("--note", required=True, metavar="TEXT", help="why the case should move")
    p.set_defaults(handler=cmd_request_transfer)

    p = sub.add_parser("transfers", parents=[common], help="transfer requests of your team")
    p.add_argument("--all", action="store_true", help="also decided ones")
    add_format(p)
    p.set_defaults(handler=cmd_transfers)

    p = sub.add_parser(
        "decide-transfer", parents=[common], help="accept or reject a transfer (receiving lead)"
    )
    p.add_argument("request_id", type=RECORD_ID, metavar="ID")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--accept", action="store_true")
    choice.add_argument("--reject", action="store_true")
    p.add_argument("--reason", metavar="TEXT", help="required when rejecting")
    p.add_argument("--new-primary", metavar="USER", help="the new worker in the receiving team")
    p.set_defaults(handler=cmd_decide_transfer)

    p = sub.add_parser(
        "request-closure", parents=[common], help="ask the team lead to close a case"
    )
    p.add_argument("reference", metavar="REF")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_request_closure)

    p = sub.add_parser("closures", parents=[common], help="closure requests waiting for a decision")
    p.add_argument("--all", action="store_true", help="also decided ones")
    add_format(p)
    p.set_defaults(handler=cmd_closures)

    p = sub.add_parser(
        "decide-closure", parents=[common], help="approve a closure or return it (team lead)"
    )
    p.add_argument("request_id", type=RECORD_ID, metavar="ID")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--approve", action="store_true")
    choice.add_argument("--return", dest="return_", action="store_true")
    p.add_argument("--comment", metavar="TEXT", help="required when returning")
    p.set_defaults(handler=cmd_decide_closure)

    p = sub.add_parser(
        "data-quality", parents=[common], help="open cases with gaps that weaken the figures"
    )
    p.add_argument("--team", metavar="T", help="only this team (coordinators)")
    add_format(p)
    p.set_defaults(handler=cmd_data_quality)


def cmd_reassign(ctx: CliContext) -> int:
    actor = ctx.login()
    a = ctx.args
    with ctx.session() as session:
        result = reassignment.reassign(
            session,
            actor,
            a.reference,
            a.to,
            a.note,
            reason=a.reason,
            keep_secondary_days=a.keep_secondary_days,
        )
    line = (
        f"{result.reference}: primary worker {result.from_worker or '(none)'} -> {result.to_worker}"
    )
    if result.secondary_until:
        line += f"; {result.from_worker} stays secondary until {result.secondary_until.isoformat()}"
    print(line, file=ctx.out)
    return 0


def cmd_bulk_reassign(ctx: CliContext) -> int:
    actor = ctx.login()
    a = ctx.args
    with ctx.session() as session:
        result = reassignment.bulk_reassign(
            session,
            actor,
            a.from_user,
            a.to_users,
            a.note,
            reason=a.reason,
            keep_secondary_days=a.keep_secondary_days,
        )
    records = [
        {"reference": m.reference, "from": m.from_worker, "to": m.to_worker} for m in result.moved
    ]
    emit(
        ctx, records, a.format, ("reference", "from", "to"), empty_message="No open cases to move."
    )
    return 0


def cmd_balance(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        rows = [r.as_record() for r in balance.caseload_balance(session, actor, team=ctx.args.team)]
    emit(
        ctx,
        rows,
        ctx.args.format,
        (
            "worker",
            "name",
            "team",
            "primary_cases",
            "secondary_cases",
            "transitions_30",
            "transitions_90",
            "red",
        ),
    )
    return 0


def cmd_continuity(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        rows = [
            r.as_record()
            for r in continuity.continuity(session, actor, by=ctx.args.by, team=ctx.args.team)
        ]
    emit(
        ctx,
        rows,
        ctx.args.format,
        (
            "group",
            "cases",
            "worker_changes",
            "changes_per_case_year",
            "transitions_judged",
            "transitions_same_worker",
            "same_worker_percent",
            "moves",
            "moves_worker_continued",
        ),
    )
    return 0


def cmd_outcomes(ctx: CliContext) -> int:
    actor = ctx.login()
    if ctx.args.transitions:
        with ctx.session() as session:
            figures = outcomes.transition_outcomes(
                session, actor, quarters=max(1, ctx.args.quarters), team=ctx.args.team
            )
        emit(
            ctx,
            [f.as_record() for f in figures],
            ctx.args.format,
            ("team", "quarter", "n", *outcomes.OUTCOME_COLUMNS),
        )
        return 0
    with ctx.session() as session:
        rows = [
            f.as_record()
            for f in outcomes.outcomes(
                session, actor, quarters=max(1, ctx.args.quarters), team=ctx.args.team
            )
        ]
    emit(
        ctx,
        rows,
        ctx.args.format,
        ("team", "quarter", "measure", "count", "base", "unit", "percent", "average"),
    )
    return 0


def cmd_planning_needs(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        if ctx.args.what == "housing":
            rows = [
                n.as_record()
                for n in needs.housing_needs(
                    session, actor, months=max(1, ctx.args.months), team=ctx.args.team
                )
            ]
            columns: tuple[str, ...] = (
                "quarter",
                "rooms",
                "households",
                "persons",
                "awaiting_family",
            )
        else:
            rows = [
                r.as_record() for r in needs.language_places(session, actor, team=ctx.args.team)
            ]
            columns = ("level", "needed", "enrolled", "places_offered")
    emit(ctx, rows, ctx.args.format, columns)
    return 0


def cmd_data_quality(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        report = data_quality.data_quality(session, actor, team=ctx.args.team)
    rows = [
        {
            "reference": i.reference,
            "name": i.name,
            "issue": i.issue,
            "detail": i.detail,
            "primary_worker": i.primary_worker,
        }
        for i in report.issues
    ]
    emit(
        ctx,
        rows,
        ctx.args.format,
        ("reference", "name", "issue", "detail", "primary_worker"),
        empty_message="No gaps found.",
    )
    return 0


def cmd_request_transfer(ctx: CliContext) -> int:
    actor = ctx.login()
    a = ctx.args
    with ctx.session() as session:
        request = moves.request_transfer(session, actor, a.reference, a.to_team, a.note)
        request_id = request.id
    print(
        f"Transfer request {request_id}: {a.reference} to {a.to_team}, waiting for its team lead.",
        file=ctx.out,
    )
    return 0


def cmd_transfers(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        rows = [
            {
                "id": r.id,
                "reference": r.reference,
                "direction": r.direction,
                "from_team": r.from_team,
                "to_team": r.to_team,
                "requested_by": r.requested_by,
                "requested_at": r.requested_at.isoformat(timespec="minutes"),
                "state": r.state,
                "note": r.note,
                "decision_reason": r.decision_reason,
            }
            for r in moves.transfers(session, actor, pending_only=not ctx.args.all)
        ]
    emit(
        ctx,
        rows,
        ctx.args.format,
        ("id", "reference", "direction", "from_team", "to_team", "requested_by", "requested_at",
         "state", "note", "decision_reason"),
        empty_message="No transfer requests.",
    )  # fmt: skip
    return 0


def cmd_decide_transfer(ctx: CliContext) -> int:
    actor = ctx.login()
    a = ctx.args
    with ctx.session() as session:
        request = moves.decide_transfer(
            session, actor, a.request_id, a.accept, reason=a.reason, new_primary=a.new_primary
        )
        state = request.state
    print(f"Transfer request {a.request_id}: {state}.", file=ctx.out)
    return 0


def cmd_request_closure(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        request_id = moves.request_closure(session, actor, ctx.args.reference, ctx.args.reason).id
    print(f"Closure request {request_id}: waiting for the team lead.", file=ctx.out)
    return 0


def cmd_closures(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        rows = [
            {
                "id": r.id,
                "reference": r.reference,
                "requested_by": r.requested_by,
                "requested_at": r.requested_at.isoformat(timespec="minutes"),
                "reason": r.reason,
                "state": r.state,
                "comment": r.comment,
            }
            for r in moves.closure_requests(session, actor, pending_only=not ctx.args.all)
        ]
    emit(
        ctx,
        rows,
        ctx.args.format,
        ("id", "reference", "requested_by", "requested_at", "reason", "state", "comment"),
        empty_message="No closure requests.",
    )
    return 0


def cmd_decide_closure(ctx: CliContext) -> int:
    actor = ctx.login()
    a = ctx.args
    with ctx.session() as session:
        state = moves.decide_closure(
            session, actor, a.request_id, a.approve, comment=a.comment
        ).state
    print(f"Closure request {a.request_id}: {state}.", file=ctx.out)
    return 0
