"""The case record is plain, immutable data, read with one look-up of the case and one
permission check — per opening of the case screen and per printed summary or handover."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import event, inspect

from desktop_app.services.cases import opening
from desktop_app.services.cases.record_data import CaseRecord
from desktop_app.services.report_data import case_documents
from desktop_app.services.transitions.listing import TransitionRow
from desktop_app.ui.case_record import CaseRecordPage

HASSAN = "HW-2026-00001"
PLAIN = (str, int, float, bool, date, datetime, Decimal, type(None))


def _walk(value: object, path: str) -> Iterator[tuple[str, object]]:
    yield path, value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _walk(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _walk(item, f"{path}[{key!r}]")
    elif isinstance(value, tuple | list | frozenset):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]")


def test_the_record_and_everything_in_it_is_plain_immutable_data(demo_db, login):
    with demo_db.session() as session:
        record = opening.open_case(session, login("lead"), HASSAN)
    assert isinstance(record, CaseRecord)
    seen_kinds = set()
    for name in (f.name for f in dataclasses.fields(record)):
        for path, value in _walk(getattr(record, name), f"record.{name}"):
            # No SQLAlchemy instance anywhere in the tree.
            assert inspect(value, raiseerr=False) is None, path
            if dataclasses.is_dataclass(value):
                params = type(value).__dataclass_params__  # type: ignore[attr-defined]
                assert params.frozen, path
                seen_kinds.add(type(value).__name__)
            else:
                assert isinstance(value, PLAIN + (tuple, frozenset, Mapping)), (path, value)
                assert not isinstance(value, list | set | dict), path  # nothing to change
    # The demo case holds every kind of fact, so the walk saw them all.
    assert {
        "CaseDetails",
        "DecisionFacts",
        "PlacementFacts",
        "AssignmentFacts",
        "PersonRef",
        "NoteFacts",
        "TaskFacts",
        "ContactFacts",
        "ConsentFacts",
        "ContinuityFacts",
        TransitionRow.__name__,
    } <= seen_kinds
    assert dataclasses.is_dataclass(record) and type(record).__dataclass_params__.frozen


@contextmanager
def _case_lookups(database) -> Iterator[dict[str, int]]:
    """How often a case is looked up by its reference and a worker's assignment checked."""
    counts = {"lookups": 0, "assignment_checks": 0}

    def count(_conn, _cursor, statement, _params, _context, _many):  # type: ignore[no-untyped-def]
        if re.search(r"FROM cases\s+WHERE cases\.reference =", statement):
            counts["lookups"] += 1
        if re.search(
            r"FROM worker_assignments\s+WHERE .*worker_assignments\.user_id =", statement, re.S
        ):
            counts["assignment_checks"] += 1

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield counts
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def test_opening_a_case_looks_it_up_and_checks_it_once(qtbot, demo_db, login):
    worker = login("worker")
    with _case_lookups(demo_db) as counts:
        page = CaseRecordPage(demo_db, worker, HASSAN)
        qtbot.addWidget(page)
        page.show()
        # Tabs that show the record read nothing more about the case.
        for title in ("Contacts and consents", "Workers and continuity", "Life plan"):
            page.show_tab(title)
    assert counts == {"lookups": 1, "assignment_checks": 1}


def test_printing_looks_the_case_up_and_checks_it_once(demo_db, login):
    from desktop_app.services.report_data import meta

    worker, lead = login("worker"), login("lead")
    with _case_lookups(demo_db) as counts, demo_db.session() as session:
        report = case_documents.case_summary(session, worker, HASSAN)
        meta.record_printed(
            session,
            worker,
            "case_summary",
            output="x.pdf",
            reference=HASSAN,
            case_id=report.case_id,
        )
    assert counts == {"lookups": 1, "assignment_checks": 1}
    with _case_lookups(demo_db) as counts, demo_db.session() as session:
        case_documents.handover(session, lead, HASSAN, receiving="Team South")
    assert counts == {"lookups": 1, "assignment_checks": 0}  # a team lead: no assignment
