"""retention, erase, audit: the retention review, erasure requests and reading the audit log."""

from __future__ import annotations

from typing import Any

from desktop_app.commands.common import CliContext, add_format, bounded_int, emit, iso_date
from desktop_app.services.trust import audit_query, retention


def register(sub: Any, common: Any) -> None:
    p = sub.add_parser(
        "retention",
        parents=[common],
        help="closed cases past the retention period; anonymise chosen ones",
    )
    p.add_argument(
        "--months",
        type=bounded_int(0, 1200, "months"),
        metavar="M",
        help="retention period, 0 to 1200 (default: setting)",
    )
    p.add_argument(
        "--anonymise", nargs="+", metavar="REF", help="anonymise these cases (needs --yes)"
    )
    p.add_argument("--yes", action="store_true", help="confirm the anonymisation")
    add_format(p)
    p.set_defaults(handler=cmd_retention)

    p = sub.add_parser(
        "erase", parents=[common], help="handle an erasure request: anonymise one case"
    )
    p.add_argument("reference", metavar="REF")
    p.add_argument("--yes", action="store_true", help="confirm (it cannot be undone)")
    p.set_defaults(handler=cmd_erase)

    p = sub.add_parser("audit", parents=[common], help="read the audit log (team lead and up)")
    p.add_argument("--case", metavar="REF")
    p.add_argument("--for-user", metavar="NAME", dest="for_user")
    p.add_argument("--action", metavar="ACTION")
    p.add_argument("--since", type=iso_date, metavar="DATE")
    p.add_argument("--until", type=iso_date, metavar="DATE")
    p.add_argument(
        "--limit", type=bounded_int(1, 1_000_000), default=5000, metavar="N", help="1 to 1,000,000"
    )
    add_format(p)
    p.set_defaults(handler=cmd_audit)


def cmd_retention(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        if ctx.args.anonymise:
            done = retention.anonymise(
                session, actor, list(ctx.args.anonymise), reason="retention", confirmed=ctx.args.yes
            )
            print(f"Anonymised {len(done)} cases: {', '.join(done)}.", file=ctx.out)
            return 0
        rows = retention.review(session, actor, ctx.args.months)
    emit(
        ctx,
        [
            {
                "reference": r.reference,
                "name": r.name,
                "closed_on": r.closed_on.isoformat(),
                "closed_reason": r.closed_reason,
                "team": r.team,
            }
            for r in rows
        ],
        ctx.args.format,
        ("reference", "name", "closed_on", "closed_reason", "team"),
        empty_message="No closed case is past the retention period.",
    )
    return 0


def cmd_erase(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        retention.anonymise(
            session, actor, [ctx.args.reference], reason="erasure_request", confirmed=ctx.args.yes
        )
    print(f"Anonymised {ctx.args.reference} (erasure request).", file=ctx.out)
    return 0


def cmd_audit(ctx: CliContext) -> int:
    actor = ctx.login()
    flt = audit_query.AuditFilter(
        case_reference=ctx.args.case,
        username=ctx.args.for_user,
        action=ctx.args.action,
        since=ctx.args.since,
        until=ctx.args.until,
        limit=ctx.args.limit,
    )
    with ctx.session() as session:
        rows = audit_query.query(session, actor, flt)
    emit(
        ctx,
        [r.as_record() for r in rows],
        ctx.args.format,
        audit_query.CSV_COLUMNS,
        [("id", "#"), ("at", "When"), ("user", "User"), ("action", "Action"), ("case", "Case")],
        "No audit entries match.",
    )
    return 0
