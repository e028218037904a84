"""Matching: the units that can be offered ranked for a case, and the cases a unit fits."""

from __future__ import annotations

from datetime import date
from itertools import starmap

from sqlalchemy import ColumnElement, Float, and_, cast, false, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, HousingOffer, HousingProvider, HousingUnit
from desktop_app.domain.dates import age_on, effective_birth_date
from desktop_app.domain.matching import (
    CaseCandidate,
    CaseMatch,
    HousingNeeds,
    UnitFacts,
    UnitMatch,
    rank_cases,
    rank_units,
    score_unit,
    split_municipalities,
)
from desktop_app.domain.transitions import OfferState
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.housing.access import require_reader
from desktop_app.services.housing.units import get_unit
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import load_case_for_read, visible_cases_clause


def available_units(session: Session) -> list[UnitFacts]:
    """Units that can be offered today: not retired, provider active, a place free."""
    today = clock.today()
    query = (
        select(
            HousingUnit.id,
            HousingUnit.code,
            HousingUnit.address,
            HousingUnit.municipality,
            HousingUnit.unit_type,
            HousingUnit.rooms,
            # As a float in SQL: converting 5,000 Decimals costs more than ranking them.
            cast(HousingUnit.monthly_rent, Float),
            HousingUnit.available_from,
            HousingUnit.accessible,
            HousingUnit.shared,
            HousingUnit.places,
            HousingUnit.places - HousingUnit.held_places,  # free places
            HousingUnit.available_until,
        )
        .outerjoin(HousingProvider, HousingProvider.id == HousingUnit.provider_id)
        .where(
            # Worded as `ix_housing_units_free` is (revision 0015), so it is read alone:
            # the places held are counted by the database as offers change.
            HousingUnit.retired == false(),
            HousingUnit.places > HousingUnit.held_places,
            or_(HousingProvider.id.is_(None), HousingProvider.active.is_(True)),
            or_(HousingUnit.available_until.is_(None), HousingUnit.available_until >= today),
        )
    )
    # Core rows in `UnitFacts`' order, not the ORM: nothing here needs identity tracking,
    # and the GUI thread waits for the lock this Python holds while the Housing tab ranks
    # in the background.
    return list(starmap(UnitFacts, session.connection().execute(query).all()))


def needs_of(case: Case) -> HousingNeeds:
    needed_by = case.next_due_date
    return HousingNeeds(
        reunification_members=case.family_reunification_members or 0,
        monthly_budget=float(case.monthly_housing_budget)
        if case.monthly_housing_budget is not None
        else None,
        preferred_municipalities=split_municipalities(case.preferred_municipalities),
        needs_accessible=bool(case.needs_accessible_housing),
        needed_by=needed_by,
        minor=is_minor_on(case.date_of_birth, case.dob_precision, needed_by),
    )


def is_minor_on(birth: date, precision: str, needed_by: date | None) -> bool:
    """Under 18 on the day a home is needed (today when that has passed or is unknown)."""
    today = clock.today()
    day = max(needed_by, today) if needed_by else today
    return age_on(effective_birth_date(birth, precision), day) < 18


def match_units(
    session: Session,
    actor: Actor,
    reference: str,
    *,
    limit: int | None = None,
    audit_read: bool = True,
) -> list[UnitMatch]:
    """Units that can be offered, ranked for this case, best first, each with its reasons.

    With `audit_read` False nothing is written (a read-only session may rank): the caller
    then records the matching with `record_matched`.
    """
    case = load_case_for_read(session, actor, reference)
    needs = needs_of(case)
    offered = set(
        session.scalars(
            select(HousingOffer.unit_id).where(
                HousingOffer.case_id == case.id,
                HousingOffer.state.not_in([OfferState.DECLINED.value, OfferState.ENDED.value]),
            )
        )
    )
    units = [u for u in available_units(session) if u.unit_id not in offered]
    ranked = rank_units(needs, units, clock.today())
    if audit_read:
        _audit_matched(session, actor, reference, case.id)
    return ranked[:limit] if limit is not None else ranked


def record_matched(session: Session, actor: Actor, reference: str) -> None:
    """The audit entry of a matching done with `audit_read=False`."""
    case = load_case_for_read(session, actor, reference)
    _audit_matched(session, actor, reference, case.id)


def _audit_matched(session: Session, actor: Actor, reference: str, case_id: int) -> None:
    audit.record(
        session, actor, "housing_matched", entity="case", entity_id=reference, case_id=case_id
    )


def _needs_home_clause() -> ColumnElement[bool]:
    return and_(
        Case.status == "open",
        Case.next_due_date.is_not(None),
        or_(Case.next_housing_secured.is_(None), Case.next_housing_secured.is_(False)),
    )


def match_cases(
    session: Session, actor: Actor, unit_code: str, *, limit: int | None = None
) -> list[CaseMatch]:
    """The cases (that the reader may see) this unit fits, most urgent transition first."""
    require_reader(actor)
    unit_row = get_unit(session, actor, unit_code)
    unit = UnitFacts(
        unit_id=unit_row.id,
        code=unit_row.code,
        address=unit_row.address,
        municipality=unit_row.municipality,
        unit_type=unit_row.unit_type,
        rooms=unit_row.rooms,
        monthly_rent=unit_row.monthly_rent,
        available_from=unit_row.available_from,
        accessible=unit_row.accessible,
        shared=unit_row.shared,
        places=unit_row.places,
        free_places=unit_row.free_places,
        available_until=unit_row.available_until,
    )
    today = clock.today()
    query = (
        select(
            Case.id,
            Case.reference,
            Case.given_name,
            Case.family_name,
            Case.family_reunification_members,
            cast(Case.monthly_housing_budget, Float),
            Case.preferred_municipalities,
            Case.needs_accessible_housing,
            Case.next_kind,
            Case.next_due_date,
            Case.date_of_birth,
            Case.dob_precision,
        )
        .where(_needs_home_clause(), visible_cases_clause(actor))
        .order_by(Case.next_due_date, Case.reference)
    )
    # Streamed in due-date order: with a limit, reading stops once enough cases fit
    # and the due date has moved past the last of them (ties still get ranked).
    candidates: list[CaseCandidate] = []
    fitting = 0
    last_due: date | None = None
    # Closed when reading stops early, so the server-side cursor goes too.
    with session.connection().execute(query.execution_options(yield_per=500)) as rows:
        for row in rows:
            due = row[9]
            if limit is not None and fitting >= limit and due != last_due:
                break
            candidate = CaseCandidate(
                case_id=row[0],
                reference=row[1],
                name=f"{row[2]} {row[3]}".strip(),
                needs=HousingNeeds(
                    reunification_members=row[4] or 0,
                    monthly_budget=row[5],
                    preferred_municipalities=split_municipalities(row[6]),
                    needs_accessible=bool(row[7]),
                    needed_by=due,
                    minor=is_minor_on(row[10], row[11], due),
                ),
                transition_kind=row[8],
                due_date=due,
            )
            if score_unit(candidate.needs, unit, today).fits:
                candidates.append(candidate)
                fitting += 1
                last_due = due
    ranked = rank_cases(unit, candidates, today)
    return ranked[:limit] if limit is not None else ranked
