"""Printed documents read back from the PDFs: names, dates, risks, pages, what is left out.

Everything runs the `homeward print …` commands on a copy of the 60-case demo
(today pinned to 2026-03-16) and reads the result with pypdf.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from datetime import date

import arabic_reshaper
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Case, Note, Team, User
from desktop_app.services.actor import SYSTEM
from desktop_app.services.cases import editing, opening
from tests.support.audit_entries import unsealed
from tests.support.pdf_text import flat, pdf_pages


def printed_entries(db, document: str) -> list[AuditEntry]:
    with db.session() as s:
        return unsealed(
            s,
            s.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == "printed", AuditEntry.entity_id == document
                )
            ),
        )


@pytest.fixture
def north_case_with_confidential_note(demo_db):
    """A Team North case (the demo 'lead' leads Team North) with a confidential note."""
    with demo_db.session() as s:
        north = s.scalar(select(Team.id).where(Team.name == "Team North"))
        row = s.execute(
            select(Case.reference, Note.text)
            .join(Note, Note.case_id == Case.id)
            .where(Case.team_id == north, Note.confidential.is_(True), Case.status == "open")
            .order_by(Case.reference)
        ).first()
    assert row is not None, "the demo holds confidential notes in Team North"
    return row[0], row[1]


@pytest.fixture
def native_script_case(demo_db):
    """A Team North case whose names are in Arabic and Cyrillic script."""
    with demo_db.session() as s:
        north = s.scalar(select(Team.id).where(Team.name == "Team North"))
        worker = s.scalar(select(User.id).where(User.username == "worker"))
        case = editing.create_case(
            s,
            SYSTEM,
            {
                "given_name": "Олена",
                "family_name": "Haddad",
                "preferred_name": "فاطمة",
                "date_of_birth": date(2008, 5, 17),
            },
            team_id=north,
            primary_worker_id=worker,
            reference="HW-2026-09001",
        )
        return case.reference


def test_case_summary_from_the_command_line(
    cli, demo_db, demo_db_path, tmp_path, north_case_with_confidential_note
):
    reference, secret = north_case_with_confidential_note
    out = tmp_path / "summary.pdf"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "print",
        "case-summary",
        reference,
        "--out",
        str(out),
    )
    assert result.code == 0, result.err
    pages = pdf_pages(out)
    text = "\n".join(pages)
    with demo_db.session() as s:
        case = s.scalar(select(Case).where(Case.reference == reference))
        name, dob = case.display_name, case.date_of_birth
    assert reference in text
    assert flat(f"Case summary: {name}") in flat(text)
    assert dob.strftime("%d/%m/%Y") in text  # en_GB dates
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Confidential — contains personal data" in page
        assert "Printed on 16/03/2026" in page and "by Sofie Nielsen" in page
    # no confidential note unless asked for
    assert flat(secret) not in flat(text)
    assert "confidential note(s) left out" in text
    entries = printed_entries(demo_db, "case_summary")
    assert len(entries) == 1 and entries[0].username == "lead"
    assert entries[0].case_id == case.id and entries[0].detail["confidential_notes"] is False


def test_confidential_notes_only_on_request_and_only_for_who_may_see_them(
    cli, demo_db_path, tmp_path, north_case_with_confidential_note
):
    reference, secret = north_case_with_confidential_note
    out = tmp_path / "with-notes.pdf"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "print",
        "case-summary",
        reference,
        "--out",
        str(out),
        "--include-confidential",
    )
    assert result.code == 0, result.err
    text = "\n".join(pdf_pages(out))
    assert flat(secret) in flat(text) and "CONFIDENTIAL" in text
    # coordinators may not see confidential notes at all
    refused = tmp_path / "refused.pdf"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "print",
        "case-summary",
        reference,
        "--out",
        str(refused),
        "--include-confidential",
    )
    assert (
        result.code == 1
        and "confidential" in result.err
        and len(result.err.strip().splitlines()) == 1
    )
    assert not refused.exists()


def test_arabic_and_cyrillic_names_come_out_as_the_right_characters(
    cli, demo_db_path, tmp_path, native_script_case
):
    out = tmp_path / "native.pdf"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "print",
        "case-summary",
        native_script_case,
        "--out",
        str(out),
    )
    assert result.code == 0, result.err
    text = "\n".join(pdf_pages(out))
    assert "Олена Haddad" in text
    arabic = "فاطمة"
    # Drawn with the joined (contextual) letter forms, which fold back to the same letters.
    shaped = arabic_reshaper.reshape(arabic)
    assert shaped != arabic
    assert shaped in text or shaped[::-1] in text
    folded = unicodedata.normalize("NFKC", text)
    assert arabic in folded or arabic[::-1] in folded
    # The fonts are embedded, not merely referenced.
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(str(out)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in f for f in fonts)
    for page in PdfReader(str(out)).pages:
        for font in page["/Resources"]["/Font"].values():
            descendant = font.get_object()
            descriptor = descendant.get("/FontDescriptor")
            if descriptor is not None:
                assert "/FontFile2" in descriptor.get_object()


def test_handover_permissions_and_bad_input(
    cli, demo_db_path, tmp_path, north_case_with_confidential_note
):
    reference, _ = north_case_with_confidential_note
    out = tmp_path / "h.pdf"
    # workers do not print handover reports; the lead of another team cannot see the case
    for user in ("worker", "lead.south"):
        result = cli(
            "--db",
            str(demo_db_path),
            "--user",
            user,
            "print",
            "handover",
            reference,
            "--out",
            str(out),
        )
        assert result.code == 1 and "Permission denied" in result.err, (user, result.err)
    # administrators never print case content
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "admin",
        "print",
        "case-summary",
        reference,
        "--out",
        str(out),
    )
    assert result.code == 1 and "administrators" in result.err
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "print",
        "handover",
        "HW-1999-99999",
        "--out",
        str(out),
    )
    assert (
        result.code == 1
        and "HW-1999-99999" in result.err
        and len(result.err.strip().splitlines()) == 1
    )
    unwritable = tmp_path / "no-such-folder" / "h.pdf"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "print",
        "handover",
        reference,
        "--out",
        str(unwritable),
    )
    assert (
        result.code == 1
        and "does not exist" in result.err
        and len(result.err.strip().splitlines()) == 1
    )
    assert "Traceback" not in result.err
    assert not out.exists() and not unwritable.parent.exists()


def test_coordinator_handover_ready_to_hand_to_a_colleague(
    cli, demo_db, demo_db_path, tmp_path, north_case_with_confidential_note
):
    reference, secret = north_case_with_confidential_note
    out = tmp_path / "handover.pdf"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "print",
        "handover",
        reference,
        "--out",
        str(out),
        "--receiving",
        "Jonas Berg, Team South",
        "--reason",
        "Moves to Team South",
    )
    assert result.code == 0, result.err
    text = "\n".join(pdf_pages(out))
    with demo_db.session() as s:
        record = opening.open_case(s, SYSTEM, reference, audit_read=False)
        worker = record.primary_worker.full_name
        open_tasks = [t.title for t in record.tasks if t.done_at is None]
        contacts = [c.name for c in record.contacts]
        goals = [g.goal for g in record.goals]
    for expected in (
        "Handover report",
        reference,
        "Handed over by",
        worker,
        "Jonas Berg, Team South",
        "Moves to Team South",
        "Signatures",
        "Young person",
        "Consents on record",
        "Open tasks",
        "Contacts",
        "What the young person wants (life plan)",
    ):
        assert flat(expected) in flat(text), expected
    for expected in open_tasks + contacts + goals:
        assert flat(expected) in flat(text), expected
    assert flat(secret) not in flat(text)
    entry = printed_entries(demo_db, "handover")[-1]
    assert entry.username == "coordinator" and entry.detail["receiving"] == "Jonas Berg, Team South"


def test_outside_recipient_needs_consent_or_an_audited_reason(
    cli, demo_db, demo_db_path, tmp_path, north_case_with_confidential_note
):
    reference, _ = north_case_with_confidential_note
    out = tmp_path / "landlord.pdf"
    # the demo records no landlord consents
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "print",
        "handover",
        reference,
        "--out",
        str(out),
        "--recipient",
        "landlord",
    )
    assert result.code == 1 and "No consent on record" in result.err
    assert not out.exists()
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "print",
        "handover",
        reference,
        "--out",
        str(out),
        "--recipient",
        "landlord",
        "--consent-override",
        "Young person agreed by phone; form follows",
    )
    assert result.code == 0, result.err
    text = "\n".join(pdf_pages(out))
    # a landlord never sees legal status, health or notes
    for hidden in (
        "Legal status",
        "Recent notes",
        "Health registration",
        "Date of birth",
        "Nationality",
        "Reception centre",
        "Current placement",
    ):
        assert hidden not in text, hidden
    # the reason is the organisation's business: kept in the audit log, not on the landlord's paper
    assert flat("agreed by phone") not in flat(text)
    assert flat("Landlord") in flat(text)
    entry = printed_entries(demo_db, "handover")[-1]
    assert entry.detail["consent_missing"] is True
    assert entry.detail["override_reason"] == "Young person agreed by phone; form follows"
    assert entry.detail["recipient"] == "landlord"


def test_transitions_report_for_the_next_90_days(cli, demo_db, demo_db_path, tmp_path):
    listed = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "transitions",
        "--within",
        "90",
        "--format",
        "json",
    )
    rows = json.loads(listed.out)
    assert rows
    out = tmp_path / "transitions.pdf"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "print",
        "transitions",
        "--within",
        "90",
        "--out",
        str(out),
    )
    assert result.code == 0, result.err
    pages = pdf_pages(out)
    text = flat("\n".join(pages))
    words = {"red": "Red—urgent", "amber": "Amber—watch", "green": "Green—ontrack"}
    for row in rows:
        assert row["reference"] in text
        due = date.fromisoformat(row["due_date"]).strftime("%d/%m/%Y")
        # the due date, the name and the risk in words appear together in the row
        assert re.search(
            re.escape(due)
            + r".{0,40}"
            + re.escape(flat(row["name"]))
            + r".{0,80}"
            + re.escape(words[row["risk"]]),
            text,
        ), row
    assert flat(f"Page 1 of {len(pages)}") in text
    assert printed_entries(demo_db, "transitions")[-1].detail["within_days"] == 90


def test_long_tables_break_across_pages_with_their_header_repeated(cli, demo_db_path, tmp_path):
    out = tmp_path / "year.pdf"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "print",
        "transitions",
        "--within",
        "365",
        "--out",
        str(out),
        "--page-size",
        "Letter",
    )
    assert result.code == 0, result.err
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (612.0, 792.0)
        text = page.extract_text()
        assert "Young person" in text and "Readiness" not in text[:0]
        assert f"Page {number} of {len(reader.pages)}" in text


def test_planning_figures_and_report(cli, demo_db_path, tmp_path):
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "planning",
        "--months",
        "12",
        "--format",
        "json",
    )
    assert result.code == 0, result.err
    rows = json.loads(result.out)
    months = sorted({r["month"] for r in rows})
    assert months[0] == "2026-03" and len(months) == 12
    for row in rows:
        assert {
            "month",
            "municipality",
            "turns_18",
            "aftercare_end",
            "status_grant_move_out",
            "permit_expiry",
            "placement_end",
        } <= set(row)
    total = sum(
        r["turns_18"]
        + r["aftercare_end"]
        + r["status_grant_move_out"]
        + r["permit_expiry"]
        + r["placement_end"]
        for r in rows
    )
    out = tmp_path / "planning.pdf"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "print",
        "planning",
        "--months",
        "12",
        "--out",
        str(out),
    )
    assert result.code == 0, result.err
    text = "\n".join(pdf_pages(out))
    assert "Planning: the next 12 months" in text
    assert re.search(r"Total\s+" + r"\s+".join([r"\d+"] * 5) + rf"\s+{total}\b", text)
    assert (
        cli("--db", str(demo_db_path), "--user", "worker", "planning", "--months", "12").code == 1
    )
    csv_out = cli(
        "--db", str(demo_db_path), "--user", "lead", "planning", "--months", "2", "--format", "csv"
    )
    assert (
        csv_out.out.splitlines()[0]
        == "month,municipality,turns_18,aftercare_end,status_grant_move_out,permit_expiry,placement_end,total"
    )


def test_caseload_report_groups_by_worker(cli, demo_db_path, tmp_path):
    listed = json.loads(
        cli("--db", str(demo_db_path), "--user", "lead", "cases", "--format", "json").out
    )
    out = tmp_path / "caseload.pdf"
    result = cli(
        "--db", str(demo_db_path), "--user", "lead", "print", "caseload", "--out", str(out)
    )
    assert result.code == 0, result.err
    text = flat("\n".join(pdf_pages(out)))
    for row in listed:
        assert row["reference"] in text
    assert flat("Anna Larsen —") in text


def test_first_page_renders_to_png(cli, demo_db_path, tmp_path, native_script_case):
    out = tmp_path / "summary.pdf"
    assert (
        cli(
            "--db",
            str(demo_db_path),
            "--user",
            "lead",
            "print",
            "case-summary",
            native_script_case,
            "--out",
            str(out),
        ).code
        == 0
    )
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "poppler-utils is installed on the build machines"
    subprocess.run(
        [pdftoppm, "-r", "50", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
        check=True,
    )
    png = tmp_path / "page-1.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000


def test_case_summary_for_the_municipality_follows_consent_and_profile(
    cli, demo_db, demo_db_path, tmp_path
):
    from desktop_app.db.models import ConsentRecord

    with demo_db.session() as s:
        north = s.scalar(select(Team.id).where(Team.name == "Team North"))
        open_north = select(Case.id).where(Case.team_id == north, Case.status == "open")
        with_consent = s.scalar(
            select(Case.reference)
            .join(ConsentRecord, ConsentRecord.case_id == Case.id)
            .where(Case.id.in_(open_north), ConsentRecord.recipient == "municipality")
            .order_by(Case.reference)
        )
        without = s.scalar(
            select(Case.reference)
            .where(
                Case.id.in_(open_north),
                ~Case.id.in_(
                    select(ConsentRecord.case_id).where(ConsentRecord.recipient == "municipality")
                ),
            )
            .order_by(Case.reference)
        )
    assert with_consent and without
    out = tmp_path / "m.pdf"
    refused = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "print",
        "case-summary",
        without,
        "--out",
        str(out),
        "--recipient",
        "municipality",
    )
    assert refused.code == 1 and "No consent on record" in refused.err and not out.exists()
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "print",
        "case-summary",
        with_consent,
        "--out",
        str(out),
        "--recipient",
        "municipality",
    )
    assert result.code == 0, result.err
    text = "\n".join(pdf_pages(out))
    assert "Legal status" in text and "Municipality housing office" in text
    for hidden in (
        "Recent notes",
        "Contacts",
        "Open tasks",
        "Health registration",
        "Legal guardian",
    ):
        assert hidden not in text, hidden
    entry = printed_entries(demo_db, "case_summary")[-1]
    assert entry.detail["recipient"] == "municipality" and "consent_missing" not in entry.detail


def test_workers_print_their_own_cases_in_their_locale_and_no_one_elses(
    cli, demo_db, demo_db_path, tmp_path
):
    with demo_db.session() as s:
        from desktop_app.db.models import WorkerAssignment

        worker = s.scalar(select(User.id).where(User.username == "worker"))
        own = s.scalar(
            select(Case.reference)
            .join(WorkerAssignment, WorkerAssignment.case_id == Case.id)
            .where(WorkerAssignment.user_id == worker, WorkerAssignment.end_date.is_(None))
            .order_by(Case.reference)
        )
        other = s.scalar(
            select(Case.reference)
            .where(
                ~Case.id.in_(
                    select(WorkerAssignment.case_id).where(WorkerAssignment.user_id == worker)
                )
            )
            .order_by(Case.reference)
        )
        dob = s.scalar(select(Case.date_of_birth).where(Case.reference == own))
    out = tmp_path / "own.pdf"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "worker",
        "print",
        "case-summary",
        own,
        "--out",
        str(out),
        "--locale",
        "en_US",
    )
    assert result.code == 0, result.err
    text = "\n".join(pdf_pages(out))
    assert dob.strftime("%m/%d/%Y") in text and "Printed on 03/16/2026" in text
    denied = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "worker",
        "print",
        "case-summary",
        other,
        "--out",
        str(tmp_path / "other.pdf"),
    )
    assert denied.code == 1 and "Permission denied" in denied.err
    with demo_db.session() as s:
        refusal = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "permission_denied", AuditEntry.username == "worker"
            )
        ).all()
    assert refusal, "the refused print is in the audit log"


def test_batch_handovers_from_the_command_line(cli, demo_db, demo_db_path, tmp_path):
    listed = json.loads(
        cli(
            "--db",
            str(demo_db_path),
            "--user",
            "coordinator",
            "transitions",
            "--within",
            "30",
            "--format",
            "json",
        ).out
    )
    expected = sorted({row["reference"] for row in listed})
    folder = tmp_path / "each"
    folder.mkdir()
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "print",
        "handovers",
        "--within",
        "30",
        "--out-dir",
        str(folder),
    )
    assert result.code == 0, result.err
    assert sorted(p.name for p in folder.iterdir()) == [f"handover-{r}.pdf" for r in expected]
    combined = tmp_path / "all.pdf"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "print",
        "handovers",
        "--within",
        "30",
        "--out",
        str(combined),
    )
    assert result.code == 0, result.err
    text = flat("\n".join(pdf_pages(combined)))
    with demo_db.session() as s:
        north = s.scalar(select(Team.id).where(Team.name == "Team North"))
        lead_refs = {
            r
            for r in expected
            if s.scalar(select(Case.team_id).where(Case.reference == r)) == north
        }
    assert lead_refs and all(r in text for r in lead_refs)
    assert text.count(flat("Handover report:")) == len(lead_refs)
    others = set(expected) - lead_refs  # the lead sees only Team North
    assert not {r for r in others if r in text}
    assert (
        cli(
            "--db",
            str(demo_db_path),
            "--user",
            "worker",
            "print",
            "handovers",
            "--within",
            "30",
            "--out",
            str(tmp_path / "w.pdf"),
        ).code
        == 1
    )


def test_the_organisations_logo_and_name_head_every_page(cli, demo_db, demo_db_path, tmp_path):
    from PIL import Image

    from desktop_app.services import settings

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (20, 90, 160)).save(logo)
    with demo_db.session() as s:
        settings.put(s, "organisation_logo", str(logo))
        settings.put(s, "organisation_name", "Youth Housing Service Østerby")
    out = tmp_path / "t.pdf"
    assert (
        cli(
            "--db",
            str(demo_db_path),
            "--user",
            "coordinator",
            "print",
            "transitions",
            "--within",
            "365",
            "--out",
            str(out),
        ).code
        == 0
    )
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert "Youth Housing Service Østerby" in page.extract_text()
        images = [
            x
            for x in page["/Resources"]["/XObject"].values()
            if x.get_object()["/Subtype"] == "/Image"
        ]
        assert images, "the logo is drawn on every page"
