"""Writing an import's new cases a batch at a time: the rows `RowWriter.create` would write
one by one through the case services, written with one insert per table.

Only new cases with their own reference come here (the importer sends every row that
touches an existing case, or needs a reference made up, the one-by-one way). For them
the case services' checks cannot fail once the row's own checks passed, so what is
written is the same: the case with its name keys and search tokens, its primary
worker's assignment, the decision and placement the row gives, and the audit entries
`case_created`, `decision_added` and `placement_added` in the row's order, sealed
with a new key for the case and chained as `audit.record` chains them. The
transitions are derived by the import's deferred refresh, as for every other case, but
from what the batch holds of each case (`NewCases.inputs_of`) instead of reading it back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from desktop_app.db import transition_copies
from desktop_app.db.bulk import insert_values
from desktop_app.db.models import (
    Base,
    Case,
    CaseSearchToken,
    LegalDecision,
    Placement,
    WorkerAssignment,
)
from desktop_app.domain.names import fold, search_keys
from desktop_app.domain.transitions import CaseFacts, Decision, PlacementFacts
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.exchange.import_report import RowOutcome
from desktop_app.services.exchange.import_rows import RowPlan
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import audit

# Rows written together: large enough that each insert carries many rows, small enough that
# a batch's plain rows never hold much memory.
BATCH = 1_000
# References looked up in one query (well under SQLite's limit of bound parameters).
_LOOKUP = 500


def existing_references(session: Session, references: Iterable[str]) -> set[str]:
    """Those of the references that a case of the database holds (merged duplicates too)."""
    wanted = list(dict.fromkeys(references))
    found: set[str] = set()
    for start in range(0, len(wanted), _LOOKUP):
        chunk = wanted[start : start + _LOOKUP]
        found.update(session.scalars(select(Case.reference).where(Case.reference.in_(chunk))))
    return found


def _insert(session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT the rows as the ORM inserts new objects: a value left out or None takes the
    column's default when it has one. The columns no row names are left to `insert_values`,
    which gives them their defaults too."""
    if not rows:
        return
    table = cast(Table, model.__table__)
    names = tuple(dict.fromkeys(name for row in rows for name in row))
    defaults = [(name, getattr(table.c[name].default, "arg", None)) for name in names]
    values = [
        tuple(default if (value := row.get(name)) is None else value for name, default in defaults)
        for row in rows
    ]
    insert_values(session.connection(), table, names, values)


def _ids_by_case(session: Session, model: Any, case_ids: Sequence[int]) -> dict[int, int]:
    """The id of each new case's one row of `model` (a decision, a placement), read back in
    one query: cheaper than asking the driver to return every inserted id."""
    wanted = set(case_ids)
    rows = session.execute(
        select(model.case_id, model.id).where(model.case_id.between(min(wanted), max(wanted)))
    )
    return {case_id: row_id for case_id, row_id in rows if case_id in wanted}


class NewCases:
    """New cases waiting to be written, in the order of their rows."""

    def __init__(self, session: Session, writer: Actor, reason: str) -> None:
        self.session = session
        self.writer = writer
        self.reason = reason
        self.pending: list[tuple[RowPlan, RowOutcome]] = []
        # Each case written, until its transitions are derived: its row, the ids of its
        # decision and placement, the placement's start and the day the case was created.
        self.created: dict[int, tuple[RowPlan, int | None, int | None, date | None, date]] = {}

    def add(self, plan: RowPlan, outcome: RowOutcome) -> None:
        self.pending.append((plan, outcome))

    @property
    def full(self) -> bool:
        return len(self.pending) >= BATCH

    def write(self, seen_cases: dict[int, int]) -> None:
        """Write what is waiting. A row's values were cleaned by the person record's own
        rules when it was checked (`RowParser`), so the case services' second cleaning of
        them would give the same values back: they are written as they are."""
        batch, self.pending = self.pending, []
        if batch:
            self._write([(plan, outcome, plan.values) for plan, outcome in batch], seen_cases)

    def _write(
        self, rows: list[tuple[RowPlan, RowOutcome, dict[str, Any]]], seen_cases: dict[int, int]
    ) -> None:
        session = self.session
        now = clock.now()
        today = clock.today()
        case_rows = []
        for plan, _outcome, cleaned in rows:
            case_rows.append(
                {
                    **cleaned,
                    "reference": plan.reference,
                    "team_id": plan.team_id,
                    "primary_worker_id": plan.worker_id,
                    "created_at": now,
                    "updated_at": now,
                    "status": "open",
                    **_name_keys(cleaned),
                }
            )
        _insert(session, Case, case_rows)
        references = [row["reference"] for row in case_rows]
        by_reference: dict[str, int] = {}
        for start in range(0, len(references), _LOOKUP):
            chunk = references[start : start + _LOOKUP]
            query = select(Case.reference, Case.id).where(Case.reference.in_(chunk))
            by_reference.update(
                (reference, case_id) for reference, case_id in session.execute(query)
            )
        ids = [by_reference[reference] for reference in references]
        tokens: list[dict[str, Any]] = []
        assignments: list[dict[str, Any]] = []
        for case_id, (plan, outcome, cleaned) in zip(ids, rows, strict=True):
            seen_cases[case_id] = plan.row
            outcome.reference = plan.reference
            names = _names(cleaned)
            tokens.extend(
                {"case_id": case_id, "token": token, "skeleton": skeleton, "shared": shared}
                for token, skeleton, shared in search_keys(names)
            )
            if plan.worker_id is not None:
                assignments.append(
                    {
                        "case_id": case_id,
                        "user_id": plan.worker_id,
                        "role": "primary",
                        "start_date": today,
                        "reason": "Case opened",
                        "handover_note": None,
                        "created_at": now,
                    }
                )
        _insert(session, CaseSearchToken, tokens)
        _insert(session, WorkerAssignment, assignments)
        written = list(zip(ids, rows, strict=True))
        _insert(
            session,
            LegalDecision,
            [
                _decision_row(case_id, plan, self.reason)
                for case_id, (plan, _o, _c) in written
                if plan.decision is not None
            ],
        )
        _insert(
            session,
            Placement,
            [
                _placement_row(case_id, plan, today)
                for case_id, (plan, _o, _c) in written
                if plan.placement is not None
            ],
        )
        decision_ids = _ids_by_case(session, LegalDecision, ids)
        placement_ids = _ids_by_case(session, Placement, ids)
        audit.new_case_keys(session, ids)
        entries: list[audit.NewEntry] = []
        for case_id, (plan, _outcome, cleaned) in zip(ids, rows, strict=True):
            entries.append(
                audit.NewEntry(
                    "case_created",
                    "case",
                    plan.reference,
                    case_id,
                    {"fields": {k: audit.plain_value(v) for k, v in cleaned.items()}},
                )
            )
            if plan.decision is not None:
                kind, decided, expiry = plan.decision
                entries.append(
                    audit.NewEntry(
                        "decision_added",
                        "decision",
                        decision_ids[case_id],
                        case_id,
                        {
                            "type": kind,
                            "date": audit.plain_value(decided),
                            "permit_expiry": audit.plain_value(expiry),
                        },
                    )
                )
            if plan.placement is not None:
                placement = _placement_row(case_id, plan, today)
                entries.append(
                    audit.NewEntry(
                        "placement_added",
                        "placement",
                        placement_ids[case_id],
                        case_id,
                        {
                            "type": placement["placement_type"],
                            "municipality": placement["municipality"],
                            "start": audit.plain_value(placement["start_date"]),
                        },
                    )
                )
        audit.record_many(session, self.writer, entries)
        created_on = now.date()
        for case_id, (plan, _outcome, _cleaned) in written:
            placement_id: int | None = None
            placed_on: date | None = None
            if plan.placement is not None:
                placement_id = placement_ids[case_id]
                placed_on = _placement_row(case_id, plan, today)["start_date"]
            decision_id = decision_ids[case_id] if plan.decision is not None else None
            self.created[case_id] = (plan, decision_id, placement_id, placed_on, created_on)
        derivation.refresh_new_cases(session, ids, self.inputs_of, self.writer)

    def inputs_of(self, case_ids: Sequence[int]) -> dict[int, derivation.CaseInputs]:
        """What the rules read for these cases, as `derivation.gather_inputs` would read back
        what `_write` wrote for them, and the values their transitions copy (each case asked
        once: then it is forgotten)."""
        inputs: dict[int, derivation.CaseInputs] = {}
        for case_id in case_ids:
            plan, decision_id, placement_id, start, created_on = self.created.pop(case_id)
            values = plan.values
            decisions: tuple[Decision, ...] = ()
            if plan.decision is not None:
                kind, decided, expiry = plan.decision
                assert decision_id is not None
                decisions = (Decision(kind, decided, expiry, decision_id, None, None),)
            placements: tuple[PlacementFacts, ...] = ()
            municipality = None
            if plan.placement is not None:
                kind, municipality, end = plan.placement
                assert placement_id is not None
                placements = (PlacementFacts(placement_id, kind, start, end, None),)
            case = {
                "reference": plan.reference,
                "given_name": values["given_name"],
                "family_name": values["family_name"],
                "status": "open",
                "primary_worker_id": plan.worker_id,
                "team_id": plan.team_id,
            }
            inputs[case_id] = derivation.CaseInputs(
                facts=CaseFacts(
                    date_of_birth=values["date_of_birth"],
                    dob_precision=values.get("dob_precision") or "exact",
                    is_open=True,
                    in_aftercare=bool(values.get("in_aftercare")),
                    decisions=decisions,
                    placements=placements,
                    offers=(),
                    created_on=created_on,
                ),
                checklist_done={},
                checklist_na={},
                closed_reason=None,
                copies=transition_copies.copied_values(case, municipality),
            )
        return inputs


def _names(values: Mapping[str, Any]) -> str:
    return " ".join(
        filter(
            None,
            [values.get("given_name"), values.get("family_name"), values.get("preferred_name")],
        )
    )


def _name_keys(values: Mapping[str, Any]) -> dict[str, str]:
    """`editing.set_name_keys` for a row not yet a Case."""
    return {
        "search_text": fold(_names(values)),
        "sort_name": fold(f"{values.get('family_name')} {values.get('given_name')}"),
    }


def _decision_row(case_id: int, plan: RowPlan, reason: str) -> dict[str, Any]:
    assert plan.decision is not None
    kind, decided, expiry = plan.decision
    return {
        "case_id": case_id,
        "decision_type": kind,
        "decision_date": decided,
        "permit_expiry": expiry,
        "note": reason,
    }


def _placement_row(case_id: int, plan: RowPlan, today: Any) -> dict[str, Any]:
    """`RowWriter.create`'s placement: it starts on arrival (else today, or its end if that
    is earlier)."""
    assert plan.placement is not None
    kind, municipality, end = plan.placement
    arrival = plan.values.get("arrival_date")
    start = arrival or (min(today, end) if end else today)
    if end is not None and end < start:
        start = end
    return {
        "case_id": case_id,
        "placement_type": kind,
        "municipality": municipality,
        "start_date": start,
        "planned_end_date": end,
    }
