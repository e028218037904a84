"""The case summary and the handover report: who may print them, the consent they need, and the
audit detail of a print."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.db.models import Case
from desktop_app.domain.i18n import message as _
from desktop_app.services.actor import Actor, Role
from desktop_app.services.cases import opening
from desktop_app.services.errors import PermissionDeniedError
from desktop_app.services.report_data.case_report import CaseReport, build_case_report
from desktop_app.services.report_data.recipients import (
    Recipient,
    Section,
    consent_check_of,
    require_consent,
)
from desktop_app.services.trust.permissions import (
    CaseAccess,
    can_print_reports,
    load_case_with_access,
)


def _require_printable(actor: Actor, case: Case, access: CaseAccess, handover: bool) -> None:
    if handover:
        if not can_print_reports(actor):
            raise PermissionDeniedError(
                _(
                    "Permission denied: handover reports are printed by team leads and coordinators."
                ),
                actor=actor,
                case_id=case.id,
                detail={"what": "print a handover report", "case": case.reference},
            )
    elif actor.role is Role.ADMIN or not access.read:
        raise PermissionDeniedError(
            _(
                "Permission denied: you may not print the case {reference}.",
                reference=case.reference,
            ),
            actor=actor,
            case_id=case.id,
            detail={"what": "print a case summary", "case": case.reference},
        )


def _case_report(
    session: Session,
    actor: Actor,
    reference: str,
    kind: str,
    recipient: Recipient,
    sections: Iterable[Section] | None,
    include_confidential: bool,
    consent_override_reason: str | None,
) -> CaseReport:
    """One case document: the case looked up and checked once, its record read once."""
    case, access = load_case_with_access(session, actor, reference)
    _require_printable(actor, case, access, handover=kind == "handover")
    record = opening.record_of(session, actor, case, access)
    check = consent_check_of(record.consents, recipient)
    override = require_consent(case.reference, check, consent_override_reason)
    report = build_case_report(
        session, actor, record, kind, recipient, sections, include_confidential
    )
    report.consent_on_record = check.ok
    report.consent_override_reason = None if check.ok else override
    return report


def case_summary(
    session: Session,
    actor: Actor,
    reference: str,
    *,
    recipient: Recipient | str = Recipient.INTERNAL,
    sections: Iterable[Section] | None = None,
    include_confidential: bool = False,
    consent_override_reason: str | None = None,
) -> CaseReport:
    """The case summary for a meeting: workers their own cases, leads their team, coordinators all.

    For a reader outside the organisation the same consent rule as for handovers applies.
    """
    return _case_report(
        session,
        actor,
        reference,
        "case_summary",
        Recipient(recipient),
        sections,
        include_confidential,
        consent_override_reason,
    )


def handover(
    session: Session,
    actor: Actor,
    reference: str,
    *,
    recipient: Recipient | str = Recipient.INTERNAL,
    receiving: str = "",
    reason: str = "",
    sections: Iterable[Section] | None = None,
    include_confidential: bool = False,
    consent_override_reason: str | None = None,
) -> CaseReport:
    """The handover report; outside recipients need a consent on record or a stated reason."""
    report = _case_report(
        session,
        actor,
        reference,
        "handover",
        Recipient(recipient),
        sections,
        include_confidential,
        consent_override_reason,
    )
    current_primary = next(
        (w["worker"] for w in report.workers if w["role"] == "Primary" and w["end_date"] is None),
        None,
    )
    report.handing_over = current_primary or report.primary_worker_name
    report.receiving = receiving.strip()
    report.handover_reason = reason.strip()
    return report


def case_report_audit_detail(report: CaseReport) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "recipient": report.recipient.value,
        "sections": [s.value for s in report.sections],
        "confidential_notes": report.confidential_included,
    }
    if report.kind == "handover":
        detail["receiving"] = report.receiving
    if not report.consent_on_record:
        detail["consent_missing"] = True
        detail["override_reason"] = report.consent_override_reason
    return detail
