"""Matching: rank every available unit for one case (the big demo holds 5,000 units)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from benchmarks.common import report, summary, timed
from desktop_app.db.models import Case, HousingUnit
from desktop_app.domain.matching import rank_units
from desktop_app.services import clock
from desktop_app.services.housing import matching
from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import auth


def run(path: Path) -> dict[str, float]:
    db = open_database(path)
    try:
        with db.session() as session:
            coordinator = auth.login(session, "coordinator", "demo")
            units = session.scalar(select(func.count(HousingUnit.id))) or 0
            references = list(
                session.scalars(
                    select(Case.reference)
                    .where(Case.status == "open", Case.next_due_date.is_not(None))
                    .order_by(Case.id)
                    .limit(20)
                )
            )
        # The whole service call (load the units, count free places, rank, explain),
        # rolled back so the benchmark leaves no audit entries behind.
        service_ms = []
        for reference in references:

            def match(reference: str = reference) -> None:
                session = db.factory()
                try:
                    matching.match_units(session, coordinator, reference)
                finally:
                    session.rollback()
                    session.close()

            service_ms.append(timed(match))
        session = db.factory()
        try:
            facts = matching.available_units(session)
            case = session.scalar(select(Case).where(Case.reference == references[0]))
            assert case is not None
            needs = matching.needs_of(case)
        finally:
            session.close()
        today = clock.today()
        rank_ms = [timed(lambda: rank_units(needs, facts, today)) for _ in range(20)]
        service = summary(service_ms)
        ranking = summary(rank_ms)
        report(f"match one case, service ({units:,} units)", service, "<= 100 ms")
        report(f"rank {len(facts):,} available units (domain only)", ranking, "<= 100 ms")
        return {
            "units": float(units),
            "match_service_median_ms": service["median_ms"],
            "match_service_p95_ms": service["p95_ms"],
            "rank_median_ms": ranking["median_ms"],
            "rank_p95_ms": ranking["p95_ms"],
        }
    finally:
        db.dispose()


if __name__ == "__main__":
    import sys

    print(run(Path(sys.argv[1])))
