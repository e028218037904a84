"""Everything held about one person, for a data-subject access request: JSON and a PDF.

Who may export: the coordinator (all cases) or the team lead of the case's
team — the people who handle such a request. Confidential notes follow the
permission matrix: the team lead's export holds them; a coordinator's export
says how many were withheld, so the team lead can complete the answer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from desktop_app.config import fonts_dir
from desktop_app.db import models as m
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import HomewardError, NotFoundError
from desktop_app.services.storage import output_files
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import can_see_confidential, case_by_reference, deny

# (section title, model) for every table that holds rows about one case.
CASE_TABLES: tuple[tuple[str, str, Any], ...] = (
    ("legal_decisions", "Legal status history", m.LegalDecision),
    ("age_assessments", "Age assessments", m.AgeAssessment),
    ("placements", "Placements and residence", m.Placement),
    ("housing_offers", "Housing offers", m.HousingOffer),
    ("course_enrolments", "Language courses", m.CourseEnrolment),
    ("enrolment_attendance", "Language course attendance", m.EnrolmentAttendance),
    ("employment_support", "Employment and education support", m.EmploymentSupport),
    ("worker_assignments", "Workers", m.WorkerAssignment),
    ("case_moves", "School changes and transfers", m.CaseMove),
    ("transfer_requests", "Transfer requests", m.TransferRequest),
    ("closure_requests", "Closure requests", m.ClosureRequest),
    ("life_plan_goals", "Life plan", m.LifePlanGoal),
    ("notes", "Notes", m.Note),
    ("tasks", "Tasks", m.Task),
    ("contacts", "Contacts", m.Contact),
    ("belonging_checkins", "Belonging check-ins", m.BelongingCheckin),
    ("community_activities", "Community activities", m.CommunityActivity),
    ("consent_records", "Consent records", m.ConsentRecord),
    ("checklist_items", "Readiness checklist", m.ChecklistItemState),
    ("transitions", "Transitions", m.Transition),
    ("appointments", "Appointments", m.Appointment),
)

# Audit actions that record a document made about the person.
DOCUMENT_ACTIONS = frozenset({"printed", "subject_exported", "exported"})

# Internal search columns say nothing the record does not already say.
_SKIP_CASE_COLUMNS = {"search_text", "sort_name"}


@dataclass(frozen=True)
class SubjectExport:
    reference: str
    json_path: Path
    pdf_path: Path
    withheld_confidential_notes: int


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _row(obj: Any, skip: set[str] | None = None) -> dict[str, Any]:
    skip = skip or set()
    return {
        attr.key: _plain(getattr(obj, attr.key))
        for attr in inspect(obj).mapper.column_attrs
        if attr.key not in skip
    }


def _load_case(session: Session, actor: Actor, reference: str) -> m.Case:
    # A merged duplicate's reference finds the case it was merged into: the same person.
    case = case_by_reference(session, reference)
    if actor.role is Role.ADMIN and not actor.is_system:
        raise deny(
            session, actor, _("export a person's data (administrators have no case content)")
        )
    if actor.role is Role.SOCIAL_WORKER:
        raise deny(
            session,
            actor,
            _("export a person's data (ask the team lead or the coordinator)"),
            case.id if case else None,
        )
    if case is None:
        raise NotFoundError(_("No case with the reference '{reference}'.", reference=reference))
    if actor.role is Role.TEAM_LEAD and (case.team_id is None or case.team_id != actor.team_id):
        raise deny(
            session,
            actor,
            _("export the data of {reference} (another team's case)", reference=reference),
            case.id,
        )
    return case


def collect(session: Session, actor: Actor, reference: str) -> dict[str, Any]:
    """The whole record of one person as plain JSON-ready data (permission checked)."""
    case = _load_case(session, actor, reference)
    confidential = actor.is_system or can_see_confidential(session, actor, case)
    data: dict[str, Any] = {
        "export": {
            "reference": case.reference,
            "created_at": _plain(clock.now()),
            "created_by": actor.username,
            "purpose": "data subject access request",
        },
        "record": _row(case, _SKIP_CASE_COLUMNS),
        "team": case.team.name if case.team else None,
        "primary_worker": case.primary_worker.full_name if case.primary_worker else None,
    }
    # Duplicates merged into this case: their records as they were when merged (everything
    # else they held was moved onto this case and is listed with it below).
    merged = list(
        session.scalars(
            select(m.Case).where(m.Case.merged_into_id == case.id).order_by(m.Case.reference)
        )
    )
    data["merged_cases"] = [_row(c, _SKIP_CASE_COLUMNS) for c in merged]
    withheld = 0
    for key, _title, model in CASE_TABLES:
        rows = list(
            session.scalars(select(model).where(model.case_id == case.id).order_by(model.id))
        )
        if model is m.Note and not confidential:
            withheld = sum(1 for n in rows if n.confidential)
            rows = [n for n in rows if not n.confidential]
        data[key] = [_row(r) for r in rows]
    offer_ids = [o["id"] for o in data["housing_offers"]]
    data["housing_offer_events"] = (
        [
            _row(e)
            for e in session.scalars(
                select(m.HousingOfferEvent)
                .where(m.HousingOfferEvent.offer_id.in_(offer_ids))
                .order_by(m.HousingOfferEvent.id)
            )
        ]
        if offer_ids
        else []
    )
    data["support_instruments"] = (
        [
            _row(s)
            for s in session.scalars(
                select(m.SupportInstrument)
                .where(m.SupportInstrument.offer_id.in_(offer_ids))
                .order_by(m.SupportInstrument.id)
            )
        ]
        if offer_ids
        else []
    )
    data["audit_entries"] = [
        {
            "id": e.id,
            "at": _plain(e.at),
            "user": e.username,
            "action": e.action,
            "entity": e.entity,
            "entity_id": e.entity_id,
            "detail": audit.readable_detail(session, e.case_id, e.detail),
        }
        for e in session.scalars(
            select(m.AuditEntry)
            .where(
                or_(
                    m.AuditEntry.case_id == case.id,
                    m.AuditEntry.case_id.in_([c.id for c in merged]),
                )
            )
            .order_by(m.AuditEntry.id)
        )
    ]
    # The record of each document made about the person (printed, saved or exported);
    # the files kept on the case are `case_documents` below.
    data["documents"] = [
        {
            "at": e["at"],
            "by": e["user"],
            "document": (e["detail"] or {}).get("document")
            or ("subject_access_export" if e["action"] == "subject_exported" else e["action"]),
            "output": (e["detail"] or {}).get("output") or (e["detail"] or {}).get("folder"),
            "recipient": (e["detail"] or {}).get("recipient"),
        }
        for e in data["audit_entries"]
        if e["action"] in DOCUMENT_ACTIONS
    ]
    data["withheld_confidential_notes"] = withheld
    # The files kept on the case go beside the JSON (see export_subject), each named here.
    kept, withheld_documents = _case_documents(session, case, confidential)
    data["case_documents"] = kept
    data["withheld_confidential_documents"] = withheld_documents
    return data


def _case_documents(
    session: Session, case: m.Case, confidential: bool
) -> tuple[list[dict[str, Any]], int]:
    rows = list(
        session.scalars(
            select(m.Document).where(m.Document.case_id == case.id).order_by(m.Document.id)
        )
    )
    shown = [d for d in rows if confidential or not d.confidential]
    folder = f"{case.reference.replace('/', '_')}-documents"
    return [{**_row(d), "file": f"{folder}/{d.id}-{Path(d.filename).name}"} for d in shown], len(
        rows
    ) - len(shown)


def export_subject(
    session: Session, actor: Actor, reference: str, out_dir: Path, *, overwrite: bool = False
) -> SubjectExport:
    """Write `<REF>.json` and `<REF>.pdf` into `out_dir`; the export is audited.

    Files of an earlier export there are replaced only with `overwrite`."""
    data = collect(session, actor, reference)
    out_dir = Path(out_dir).expanduser()
    if out_dir.exists() and not out_dir.is_dir():
        raise HomewardError(
            _("{out_dir} is a file; give a folder for the export.", out_dir=out_dir)
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = reference.replace("/", "_")
    json_path = output_files.checked_target(out_dir / f"{stem}.json", overwrite=overwrite)
    pdf_path = output_files.checked_target(out_dir / f"{stem}.pdf", overwrite=overwrite)
    output_files.write_bytes(
        json_path,
        (json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8"),
        overwrite=overwrite,
    )
    _write_documents(session, data["case_documents"], out_dir, overwrite=overwrite)
    with output_files.file_beside(pdf_path, overwrite=overwrite) as partial:
        write_pdf(data, partial)
    audit.record(
        session,
        actor,
        "subject_exported",
        entity="case",
        entity_id=reference,
        case_id=data["record"]["id"],
        detail={
            "folder": str(out_dir),
            "withheld_confidential_notes": data["withheld_confidential_notes"],
            "documents": len(data["case_documents"]),
        },
    )
    return SubjectExport(reference, json_path, pdf_path, data["withheld_confidential_notes"])


def _write_documents(
    session: Session, kept: list[dict[str, Any]], out_dir: Path, *, overwrite: bool
) -> None:
    """The files themselves, byte for byte, a piece at a time (an earlier export's files are
    replaced only with `overwrite`)."""
    from desktop_app.services.documents.storage import read_chunks

    for entry in kept:
        target = out_dir / entry["file"]
        target.parent.mkdir(parents=True, exist_ok=True)

        def write(out: BinaryIO, document_id: int = entry["id"]) -> None:
            for piece in read_chunks(session, document_id):
                out.write(piece)

        output_files.write_file(target, write, overwrite=overwrite)


# --- the readable PDF -------------------------------------------------------


def _fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

    regular = fonts_dir() / "DejaVuSans.ttf"
    bold = fonts_dir() / "DejaVuSans-Bold.ttf"
    if regular.is_file() and bold.is_file():
        if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
        return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def write_pdf(data: dict[str, Any], path: Path) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors  # type: ignore[import-untyped]
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
    from reportlab.lib.units import mm  # type: ignore[import-untyped]
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # type: ignore[import-untyped]

    regular, bold = _fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=8.5, leading=11)
    head = ParagraphStyle(
        "head", fontName=bold, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4
    )
    title = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=6)

    def cell(value: Any) -> Paragraph:
        if isinstance(value, dict | list):
            value = json.dumps(value, ensure_ascii=False, default=str)
        return Paragraph(escape("" if value is None else str(value)), body)

    def record_table(row: dict[str, Any]) -> Table:
        table = Table(
            [[cell(_label(k)), cell(v)] for k, v in row.items()], colWidths=[45 * mm, 125 * mm]
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                    ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table

    record = data["record"]
    story: list[Any] = [
        Paragraph(escape(f"Data held about {record['given_name']} {record['family_name']}"), title),
        Paragraph(
            escape(
                f"Case {data['export']['reference']} · exported {data['export']['created_at']} "
                f"by {data['export']['created_by']} · team {data['team'] or '—'}"
            ),
            body,
        ),
    ]
    if data["withheld_confidential_notes"]:
        story.append(
            Paragraph(
                escape(
                    f"{data['withheld_confidential_notes']} confidential notes are not included; "
                    "the team lead of the case completes this answer."
                ),
                body,
            )
        )
    story += [Paragraph("Person record", head), record_table(record)]
    sections = [(key, title_text) for key, title_text, _ in CASE_TABLES] + [
        ("housing_offer_events", "Housing offer history"),
        ("support_instruments", "Support instruments"),
        ("documents", "Documents made about the person"),
        ("case_documents", "Documents kept on the case (the files are beside this export)"),
    ]
    for key, section in sections:
        rows = data.get(key) or []
        if not rows:
            continue
        story.append(Paragraph(escape(f"{section} ({len(rows)})"), head))
        for row in rows:
            story += [record_table(row), Spacer(1, 2 * mm)]
    story.append(Paragraph(escape(f"Audit log ({len(data['audit_entries'])} entries)"), head))
    if data["audit_entries"]:
        rows = [[cell("When"), cell("User"), cell("Action"), cell("Detail")]]
        rows += [
            [cell(e["at"]), cell(e["user"]), cell(e["action"]), cell(e["detail"] or "")]
            for e in data["audit_entries"]
        ]
        table = Table(rows, colWidths=[32 * mm, 25 * mm, 30 * mm, 83 * mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Subject access export {data['export']['reference']}",
    )
    doc.build(story)
