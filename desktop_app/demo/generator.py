"""Creating a demo database: realistic, synthetic, deterministic for a seed, and quick for
100,000 cases.

Rows are built in memory and written with bulk inserts in batches of 5,000
cases (`drawing`: a large demo is drawn in processes of their own while this one
writes); each batch's transitions are created from the same in-memory facts
with the domain rules, as the services would create them, and the past ones
given the outcomes a service's history would hold (`history`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db import models as m
from desktop_app.db.bulk import driver_dates, indexes_set_aside
from desktop_app.db.engine import advance_id_sequences, refresh_statistics
from desktop_app.demo import drawing
from desktop_app.demo.context import Days, DemoStock
from desktop_app.demo.draws import DemoRandom, cumulative
from desktop_app.demo.housing import create_housing_stock
from desktop_app.demo.names import ORIGINS
from desktop_app.demo.organisation import (
    create_language_courses,
    create_organisation,
    create_programmes,
)
from desktop_app.demo.rows import INSERT_ORDER, Rows, write_batch
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock, settings
from desktop_app.services.actor import SYSTEM
from desktop_app.services.errors import HomewardError
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import audit


@dataclass(frozen=True)
class DemoSummary:
    cases: int
    users: tuple[str, ...]
    teams: tuple[str, ...]
    units: int


def create_demo(
    session: Session,
    cases: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty, migrated database with demo teams, users, housing and `cases` cases."""
    if cases < 0:
        raise HomewardError(_("The number of cases must be 0 or more."))
    if session.scalar(select(func.count()).select_from(m.User)):
        raise HomewardError(
            _("This database already holds users; a demo is only created in a new database.")
        )
    rng = DemoRandom(seed)
    today = clock.today()
    now = clock.now()
    settings.put(session, "demo", True)
    settings.put(session, "organisation_name", "Homeward Demo — Youth Transitions Service")
    organisation = create_organisation(session)
    housing = create_housing_stock(session, rng, today, max(30, min(5000, cases // 20 + 30)))
    create_programmes(session, today)
    as_driver = driver_dates(session.get_bind().dialect.name)
    stock = DemoStock(
        rows=Rows(),
        origins=list(ORIGINS),
        origin_cum_weights=cumulative([weight for weight, *_rest in ORIGINS.values()]),
        housing=housing,
        course_ids=create_language_courses(session, today),
        next_offer_id=(session.scalar(select(func.max(m.HousingOffer.id))) or 0) + 1,
        as_driver=as_driver,
        days=Days(today, as_driver),
    )
    stock.rows.start_ids(session, (m.LegalDecision, m.Placement))
    plan = drawing.DemoPlan(
        cases=cases,
        batch=drawing.BATCH,
        seed=seed,
        rng=rng,
        history=DemoRandom(seed + 1),
        stock=stock,
        organisation=organisation,
        first_id=(session.scalar(select(func.max(m.Case.id))) or 0) + 1,
        first_ids={
            **stock.rows.next_ids,
            m.HousingOffer: stock.next_offer_id,
            m.HousingUnit: housing.tenancy.next_id,
        },
        rules=settings.transition_rules(session),
        templates=settings.checklist_templates(session),
        today=today,
        now=now,
    )
    # The indexes of the (new, empty) tables are built once, after the last batch.
    connection = session.connection()
    tables = [model.__table__ for model in INSERT_ORDER]  # type: ignore[attr-defined]
    with indexes_set_aside(connection, tables):
        for drawn, batch in drawing.batches(plan):
            write_batch(connection, batch)
            if progress:
                progress(drawn, cases)
    settings.put(session, "derived_as_of", today.isoformat())
    settings.put(session, "transition_records_version", derivation.RECORDS_VERSION)
    # The cases, offers and units went in with ids of their own.
    advance_id_sequences(session.connection())
    refresh_statistics(session.connection())
    audit.record(session, SYSTEM, "demo_created", detail={"cases": cases, "seed": seed})
    return DemoSummary(
        cases=cases,
        users=tuple(organisation.users),
        teams=organisation.team_names,
        units=session.scalar(select(func.count()).select_from(m.HousingUnit)) or 0,
    )
