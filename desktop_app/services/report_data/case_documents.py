"""The case summary and the handover report: who may print them, the consent they need, and the
audit detail of a print."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.domain.i18n import message as _
from desktop_app.services.actor import Actor
from desktop_app.services.errors import PermissionDeniedError
from desktop_app.services.report_data.case_report import CaseReport, build_case_report
from desktop_app.services.report_data.recipients import Recipient, Section, require_consent
from desktop_app.services.trust.permissions import (
    can_print_case_summary,
    can_print_reports,
    load_case_for_read,
)


def _require_printable(session: Session, actor: Actor, reference: str, handover: bool) -> None:
    case = load_case_for_read(session, actor, reference)
    if handover:
        if not can_print_reports(actor):
            raise PermissionDeniedError(
                _(
                    "Permission denied: handover reports are printed by team leads and coordinators."
                ),
                actor=actor,
                case_id=case.id,
                detail={"what": "print a handover report", "case": reference},
            )
    elif not can_print_case_summary(session, actor, case):
        raise PermissionDeniedError(
            _("Permission denied: you may not print the case {reference}.", reference=reference),
            actor=actor,
            case_id=case.id,
            detail={"what": "print a case summary", "case": reference},
        )


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
    recipient = Recipient(recipient)
    _require_printable(session, actor, reference, handover=False)
    check, override = require_consent(session, actor, reference, recipient, consent_override_reason)
    report = build_case_report(
        session, actor, reference, "case_summary", recipient, sections, include_confidential
    )
    report.consent_on_record = check.ok
    report.consent_override_reason = None if check.ok else override
    return report


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
    recipient = Recipient(recipient)
    _require_printable(session, actor, reference, handover=True)
    check, override = require_consent(session, actor, reference, recipient, consent_override_reason)
    report = build_case_report(
        session, actor, reference, "handover", recipient, sections, include_confidential
    )
    current_primary = next(
        (w["worker"] for w in report.workers if w["role"] == "Primary" and w["end_date"] is None),
        None,
    )
    if current_primary is None:
        record_case = load_case_for_read(session, actor, reference)
        current_primary = record_case.primary_worker.full_name if record_case.primary_worker else ""
    report.handing_over = current_primary or ""
    report.receiving = receiving.strip()
    report.handover_reason = reason.strip()
    report.consent_on_record = check.ok
    report.consent_override_reason = None if check.ok else override
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
