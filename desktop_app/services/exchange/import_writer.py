"""Writing a checked row through the case services: a new case, or the changes to the case it
describes, with the field rules, audit and transitions of the case record."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, LegalDecision, Placement
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock
from desktop_app.services.actor import Actor, Role
from desktop_app.services.cases import editing, person_fields, status_and_placements
from desktop_app.services.exchange.import_report import RowProblem
from desktop_app.services.exchange.import_rows import Directory, RowPlan
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import (
    can_read_case,
    case_by_reference,
    visible_cases_clause,
)


def _writer_for(actor: Actor) -> Actor:
    """Who the row writes are made as.

    Importing is its own permission (team leads into their team, coordinators
    into any team), checked by the importer before any row is written. Team
    leads write as themselves; a coordinator, who may not otherwise create or
    edit case content, writes through an import delegate that carries their
    name into every audit entry.
    """
    if actor.role is Role.COORDINATOR and not actor.is_system:
        return Actor(
            user_id=None,
            username=actor.username,
            role=Role.COORDINATOR,
            team_id=None,
            full_name=actor.full_name,
        )
    return actor


class RowWriter:
    def __init__(self, session: Session, actor: Actor, directory: Directory, source: str) -> None:
        self.session = session
        self.actor = actor
        self.writer = _writer_for(actor)
        self.directory = directory
        self.reason = f"Imported from {source}" if source else "Imported"

    def find_existing(self, plan: RowPlan) -> Case | None:
        if plan.reference:
            # A merged duplicate's reference updates the case it was merged into.
            return case_by_reference(self.session, plan.reference)
        values = plan.values
        if not values.get("date_of_birth"):
            return None
        # Without a reference, the same names and date of birth are the same person —
        # among the cases the importer may see, so nothing about other teams leaks out.
        candidates = list(
            self.session.scalars(
                select(Case).where(
                    visible_cases_clause(self.actor),
                    Case.date_of_birth == values["date_of_birth"],
                    func.lower(Case.given_name) == values["given_name"].lower(),
                    func.lower(Case.family_name) == values["family_name"].lower(),
                )
            )
        )
        return candidates[0] if len(candidates) == 1 else None

    def check_existing(self, plan: RowPlan, case: Case) -> list[RowProblem]:
        """Rows that would touch a case outside the importer's reach are rejected, not denied.

        A reference held by a case the importer may not see is refused without telling
        which case or team holds it.
        """
        column = "reference" if plan.reference else "given_name"
        out: list[RowProblem] = []
        if not can_read_case(self.session, self.actor, case):
            return [
                RowProblem(
                    plan.row,
                    column,
                    column,
                    _(
                        "The reference {reference} is already in use by a case you may not see.",
                        reference=plan.reference or "",
                    ),
                )
            ]
        if self.actor.role is Role.TEAM_LEAD and not self.actor.is_system:
            if case.team_id != self.actor.team_id:
                out.append(
                    RowProblem(
                        plan.row,
                        column,
                        column,
                        _(
                            "The case {case_reference} belongs to another team; you may import only into your own team.",
                            case_reference=case.reference,
                        ),
                    )
                )
        if plan.team_id is not None and case.team_id is not None and plan.team_id != case.team_id:
            current = self.directory.team_names.get(case.team_id, "another team")
            out.append(
                RowProblem(
                    plan.row,
                    "team",
                    "team",
                    _(
                        "The case {case_reference} is in {current}; moving a case to another team is a transfer, not an import.",
                        case_reference=case.reference,
                        current=current,
                    ),
                )
            )
        return out

    def create(self, plan: RowPlan) -> Case:
        case = editing.create_case(
            self.session,
            self.writer,
            plan.values,
            team_id=plan.team_id,
            primary_worker_id=plan.worker_id,
            reference=plan.reference,
        )
        if plan.decision is not None:
            kind, decided, expiry = plan.decision
            status_and_placements.add_decision(
                self.session,
                self.writer,
                case.reference,
                kind,
                decision_date=decided,
                permit_expiry=expiry,
                note=self.reason,
            )
        if plan.placement is not None:
            kind, municipality, end = plan.placement
            arrival = plan.values.get("arrival_date")
            start = arrival or (min(clock.today(), end) if end else clock.today())
            if end is not None and end < start:
                start = end
            status_and_placements.add_placement(
                self.session,
                self.writer,
                case.reference,
                kind,
                municipality=municipality,
                start_date=start,
                planned_end_date=end,
            )
        return case

    def update(self, plan: RowPlan, case: Case) -> list[str]:
        """Apply the row to an existing case; returns what changed (empty: unchanged)."""
        changed: list[str] = []
        reference = case.reference
        case_id = case.id
        before = editing.snapshot(case)
        # An interpreter language implies the need for a new case only; on an existing case
        # the recorded need stays as the worker set it.
        values = {k: v for k, v in plan.values.items() if k != "interpreter_needed"}
        editing.update_case(
            self.session, self.writer, reference, case.version, values, reason=self.reason
        )
        case = self._case(case_id)
        after = editing.snapshot(case)
        changed.extend(
            name for name in person_fields.EDITABLE_FIELDS if before[name] != after[name]
        )
        if plan.team_id is not None and case.team_id is None:
            case.team_id = plan.team_id
            audit.record(
                self.session,
                self.actor,
                "case_changed",
                entity="case",
                entity_id=reference,
                case_id=case_id,
                detail={
                    "changes": {
                        "team": {"before": None, "after": self.directory.team_names[plan.team_id]}
                    },
                    "reason": self.reason,
                },
            )
            changed.append("team")
        if plan.worker_id is not None and case.primary_worker_id != plan.worker_id:
            previous = case.primary_worker.username if case.primary_worker else None
            editing.assign_worker(self.session, case, plan.worker_id, "primary", reason=self.reason)
            audit.record(
                self.session,
                self.actor,
                "worker_assigned",
                entity="case",
                entity_id=reference,
                case_id=case_id,
                detail={
                    "role": "primary",
                    "before": previous,
                    "after": plan.worker_name,
                    "reason": self.reason,
                },
            )
            changed.append("primary_worker")
        if plan.decision is not None and self._apply_decision(plan, reference, case_id):
            changed.append("status_decision")
        if plan.placement is not None and self._apply_placement(plan, reference, case_id):
            changed.append("placement")
        if changed:
            derivation.refresh_cases(self.session, [case_id], self.actor)
        return changed

    def _case(self, case_id: int) -> Case:
        case = self.session.get(Case, case_id)
        assert case is not None
        return case

    def _apply_decision(self, plan: RowPlan, reference: str, case_id: int) -> bool:
        assert plan.decision is not None
        kind, decided, expiry = plan.decision
        same = self.session.scalar(
            select(LegalDecision)
            .where(
                LegalDecision.case_id == case_id,
                LegalDecision.decision_type == kind,
                LegalDecision.withdrawn_on.is_(None),
                LegalDecision.decision_date.is_(None)
                if decided is None
                else LegalDecision.decision_date == decided,
            )
            .order_by(LegalDecision.id.desc())
        )
        if same is None:
            status_and_placements.add_decision(
                self.session,
                self.writer,
                reference,
                kind,
                decision_date=decided,
                permit_expiry=expiry,
                note=self.reason,
            )
            return True
        if expiry is not None and same.permit_expiry != expiry:
            old = same.permit_expiry
            same.permit_expiry = expiry
            audit.record(
                self.session,
                self.actor,
                "decision_changed",
                entity="decision",
                entity_id=same.id,
                case_id=case_id,
                detail={
                    "changes": {
                        "permit_expiry": {
                            "before": old.isoformat() if old else None,
                            "after": expiry.isoformat(),
                        }
                    },
                    "reason": self.reason,
                },
            )
            return True
        return False

    def _apply_placement(self, plan: RowPlan, reference: str, case_id: int) -> bool:
        assert plan.placement is not None
        kind, municipality, end = plan.placement
        current = self.session.scalar(
            select(Placement)
            .where(Placement.case_id == case_id, Placement.end_date.is_(None))
            .order_by(Placement.id.desc())
        )
        if (
            current is not None
            and current.placement_type == kind
            and (municipality is None or current.municipality == municipality)
        ):
            if end is not None and current.planned_end_date != end:
                old = current.planned_end_date
                current.planned_end_date = end
                audit.record(
                    self.session,
                    self.actor,
                    "placement_changed",
                    entity="placement",
                    entity_id=current.id,
                    case_id=case_id,
                    detail={
                        "changes": {
                            "planned_end_date": {
                                "before": old.isoformat() if old else None,
                                "after": end.isoformat(),
                            }
                        },
                        "reason": self.reason,
                    },
                )
                return True
            return False
        start = clock.today()
        if end is not None and end < start:
            start = end
        status_and_placements.add_placement(
            self.session,
            self.writer,
            reference,
            kind,
            municipality=municipality,
            start_date=start,
            planned_end_date=end,
        )
        return True
