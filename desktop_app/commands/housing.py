"""housing match, units, offers, propose, move, support."""

from __future__ import annotations

from typing import Any

from desktop_app.commands.common import (
    AMOUNT,
    LIMIT,
    RECORD_ID,
    CliContext,
    UsageError,
    add_format,
    bounded_int,
    date_arg,
    emit,
)
from desktop_app.domain.offers import DECLINE_REASONS
from desktop_app.domain.transitions import OfferState
from desktop_app.services.housing import matching, support, units
from desktop_app.services.housing import offers as housing_offers

MATCH_COLUMNS = ("unit", "address", "municipality", "type", "rooms", "rent", "score", "reasons")
UNIT_COLUMNS = (
    "unit",
    "address",
    "municipality",
    "type",
    "rooms",
    "places",
    "free_places",
    "rent",
    "available_from",
    "accessible",
    "provider",
)
OFFER_COLUMNS = (
    "offer",
    "reference",
    "unit",
    "address",
    "state",
    "proposed_on",
    "move_in_date",
    "decline_reason",
    "support",
)


def register(sub: Any, common: Any) -> None:
    p = sub.add_parser("housing", parents=[common], help="housing units, offers and matching")
    hsub = p.add_subparsers(dest="housing_command", metavar="ACTION")
    p.set_defaults(handler=_needs_action(p))

    m = hsub.add_parser(
        "match", parents=[common], help="available units ranked for one case, best first"
    )
    m.add_argument("reference", metavar="REF", help="case reference")
    m.add_argument("--limit", type=LIMIT, metavar="N", help="only the N best units")
    add_format(m, ("table", "json"))
    m.set_defaults(handler=cmd_match)

    f = hsub.add_parser(
        "fits", parents=[common], help="the cases a unit fits, most urgent transition first"
    )
    f.add_argument("unit", metavar="UNIT", help="unit code, e.g. U-00012")
    f.add_argument("--limit", type=LIMIT, metavar="N", help="only the N most urgent")
    add_format(f, ("table", "json"))
    f.set_defaults(handler=cmd_fits)

    u = hsub.add_parser("units", parents=[common], help="the housing units of the registry")
    u.add_argument("--municipality", metavar="M")
    u.add_argument("--type", dest="unit_type", choices=list(units.UNIT_TYPES))
    u.add_argument("--min-rooms", type=bounded_int(0, 50, "rooms"), metavar="N")
    u.add_argument("--max-rent", type=AMOUNT, metavar="AMOUNT")
    u.add_argument(
        "--available-by", type=date_arg, metavar="DATE", help="free and available by this date"
    )
    u.add_argument("--include-retired", action="store_true")
    add_format(u)
    u.set_defaults(handler=cmd_units)

    o = hsub.add_parser("offers", parents=[common], help="a case's housing offers")
    o.add_argument("reference", metavar="REF")
    add_format(o)
    o.set_defaults(handler=cmd_offers)

    pr = hsub.add_parser("propose", parents=[common], help="offer a unit to a case")
    pr.add_argument("reference", metavar="REF")
    pr.add_argument("unit", metavar="UNIT", help="unit code, e.g. U-00012")
    pr.add_argument("--note", default=None)
    pr.set_defaults(handler=cmd_propose)

    mv = hsub.add_parser("move", parents=[common], help="move an offer to its next state")
    mv.add_argument("offer", type=RECORD_ID, metavar="OFFER", help="offer number")
    mv.add_argument("state", choices=[s.value for s in OfferState if s is not OfferState.PROPOSED])
    mv.add_argument("--move-in", type=date_arg, metavar="DATE", help="(planned) move-in date")
    mv.add_argument("--end", type=date_arg, metavar="DATE", help="end date of the tenancy")
    mv.add_argument("--reason", choices=list(DECLINE_REASONS), help="why it was declined")
    mv.add_argument("--note", default=None)
    mv.set_defaults(handler=cmd_move)

    su = hsub.add_parser("support", parents=[common], help="record support on an offer")
    su.add_argument("offer", type=RECORD_ID, metavar="OFFER")
    su.add_argument("kind", choices=list(support.SUPPORT_KINDS))
    su.add_argument("--amount", type=AMOUNT)
    su.add_argument("--start", type=date_arg, metavar="DATE")
    su.add_argument("--end", type=date_arg, metavar="DATE")
    su.add_argument("--provided-by", metavar="WHO")
    su.add_argument("--note", default=None)
    su.set_defaults(handler=cmd_support)


def _needs_action(parser: Any) -> Any:
    def handler(ctx: CliContext) -> int:
        raise UsageError(
            "housing needs an action: match, fits, units, offers, propose, move or support"
        )

    return handler


def _rent(value: float | None) -> int | None:
    return round(value) if value is not None else None


def cmd_match(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        matches = matching.match_units(session, actor, ctx.args.reference, limit=ctx.args.limit)
        records: list[dict[str, Any]] = [
            {
                "unit": m.unit.code,
                "address": m.unit.address,
                "municipality": m.unit.municipality,
                "type": m.unit.unit_type,
                "rooms": m.unit.rooms,
                "rent": _rent(m.unit.monthly_rent),
                "available_from": m.unit.available_from.isoformat()
                if m.unit.available_from
                else None,
                "score": m.score,
                "fits": m.fits,
                "reasons": list(m.reasons),
            }
            for m in matches
        ]
    if ctx.args.format == "table":
        for record in records:
            record["reasons"] = " ".join(record["reasons"])
    emit(ctx, records, ctx.args.format, MATCH_COLUMNS, empty_message="No unit is available.")
    return 0


FITS_COLUMNS = ("reference", "name", "transition", "due_date", "score", "reasons")


def cmd_fits(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        matches = matching.match_cases(session, actor, ctx.args.unit, limit=ctx.args.limit)
    records = [
        {
            "reference": m.candidate.reference,
            "name": m.candidate.name,
            "transition": m.candidate.transition_kind,
            "due_date": m.candidate.due_date.isoformat() if m.candidate.due_date else None,
            "score": m.score,
            "reasons": list(m.reasons) if ctx.args.format == "json" else " ".join(m.reasons),
        }
        for m in matches
    ]
    emit(ctx, records, ctx.args.format, FITS_COLUMNS, empty_message="No case needs this unit.")
    return 0


def cmd_units(ctx: CliContext) -> int:
    actor = ctx.login()
    a = ctx.args
    flt = units.UnitFilter(
        municipality=a.municipality,
        unit_type=a.unit_type,
        min_rooms=a.min_rooms,
        max_rent=a.max_rent,
        available_by=a.available_by,
        include_retired=a.include_retired,
    )
    with ctx.session() as session:
        rows = units.list_units(session, actor, flt)
    records = [
        {
            "unit": r.code,
            "address": r.address,
            "municipality": r.municipality,
            "type": r.unit_type,
            "rooms": r.rooms,
            "places": r.places,
            "free_places": r.free_places,
            "rent": _rent(r.monthly_rent),
            "available_from": r.available_from.isoformat() if r.available_from else None,
            "accessible": r.accessible,
            "provider": r.provider,
            "retired": r.retired,
        }
        for r in rows
    ]
    emit(ctx, records, a.format, UNIT_COLUMNS, empty_message="No unit matches.")
    return 0


def cmd_offers(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        offers = housing_offers.case_offers(session, actor, ctx.args.reference)
    records = [
        {
            "offer": o.id,
            "reference": o.reference,
            "unit": o.unit_code,
            "address": o.address,
            "state": o.state,
            "proposed_on": o.proposed_on.isoformat(),
            "move_in_date": o.move_in_date.isoformat() if o.move_in_date else None,
            "decline_reason": o.decline_reason,
            "support": [s.kind for s in o.support],
            "history": [
                {
                    "at": e.at.isoformat(sep=" "),
                    "from": e.from_state,
                    "to": e.to_state,
                    "user": e.user,
                }
                for e in o.events
            ],
        }
        for o in offers
    ]
    emit(ctx, records, ctx.args.format, OFFER_COLUMNS, empty_message="No housing offers.")
    return 0


def cmd_propose(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        offer = housing_offers.propose_offer(
            session, actor, ctx.args.reference, ctx.args.unit, note=ctx.args.note
        )
        offer_id = offer.id
    print(f"Offer {offer_id}: {ctx.args.unit} proposed to {ctx.args.reference}.", file=ctx.out)
    return 0


def cmd_move(ctx: CliContext) -> int:
    actor = ctx.login()
    a = ctx.args
    with ctx.session() as session:
        housing_offers.move_offer(
            session,
            actor,
            a.offer,
            a.state,
            move_in_date=a.move_in,
            end_date=a.end,
            decline_reason=a.reason,
            note=a.note,
        )
    print(f"Offer {a.offer} is now {a.state.replace('_', ' ')}.", file=ctx.out)
    return 0


def cmd_support(ctx: CliContext) -> int:
    actor = ctx.login()
    a = ctx.args
    with ctx.session() as session:
        support.add_support(
            session,
            actor,
            a.offer,
            a.kind,
            amount=a.amount,
            start_date=a.start,
            end_date=a.end,
            provided_by=a.provided_by,
            note=a.note,
        )
    print(f"{support.SUPPORT_KINDS[a.kind]} recorded on offer {a.offer}.", file=ctx.out)
    return 0
