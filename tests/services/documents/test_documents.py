"""Documents on a case: kept in the database, got back byte for byte, refused when not what
they claim, limited to 25 MB while streaming, under the case's permissions, audited."""

from __future__ import annotations

import io
import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.db import models as m
from desktop_app.services import documents
from desktop_app.services.actor import Actor
from desktop_app.services.cases import contacts
from desktop_app.services.documents.storage import CHUNK_BYTES, MAX_BYTES
from desktop_app.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from desktop_app.services.storage.database import Database
from tests.support.audit_entries import unsealed
from tests.support.backends import db_args
from tests.support.documents_data import (
    image_bytes,
    own_open_case,
    padded_pdf,
    pdf_bytes,
    team_case,
)


def _add(db: Database, actor: Actor, reference: str, data: bytes, name: str, **kw: object):
    with db.session() as session:
        return documents.add_document(session, actor, reference, io.BytesIO(data), name, **kw)


def _stored(db: Database) -> tuple[int, int]:
    with db.session() as session:
        return (
            session.scalar(select(func.count()).select_from(m.Document)) or 0,
            session.scalar(select(func.count()).select_from(m.DocumentChunk)) or 0,
        )


def _actions(db: Database, case_reference: str) -> list[tuple[str, str | None, dict]]:
    with db.session() as session:
        case_id = session.scalar(select(m.Case.id).where(m.Case.reference == case_reference))
        return [
            (e.action, e.username, e.detail)
            for e in unsealed(
                session,
                session.scalars(
                    select(m.AuditEntry)
                    .where(m.AuditEntry.case_id == case_id, m.AuditEntry.entity == "document")
                    .order_by(m.AuditEntry.id)
                ),
            )
        ]


@pytest.mark.parametrize(
    ("name", "data", "content_type"),
    [
        ("Decision letter.pdf", pdf_bytes(), "application/pdf"),
        ("permit-scan.JPG", image_bytes("JPEG"), "image/jpeg"),
        ("lease.png", image_bytes("PNG"), "image/png"),
        ("no-extension", image_bytes("PNG"), "image/png"),
    ],
)
def test_a_document_comes_back_byte_for_byte(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path, name, data, content_type
):
    worker = login("worker")
    reference = own_open_case(demo_db)
    info = _add(demo_db, worker, reference, data, name, kind="decision")
    assert info.content_type == content_type and info.size == len(data)
    assert info.title == Path(name).stem and info.filename == name and info.added_by == "worker"
    with demo_db.session() as session:
        listed = documents.case_documents(session, worker, reference)
        _, written = documents.save_copy(session, worker, reference, info.id, tmp_path / "copy")
    assert [d.id for d in listed.documents] == [info.id]
    assert written.read_bytes() == data


def test_a_large_document_is_stored_in_pieces_and_read_back_without_holding_it_twice(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path
):
    worker = login("worker")
    reference = own_open_case(demo_db)
    source = tmp_path / "scan.pdf"
    source.write_bytes(padded_pdf(MAX_BYTES))  # exactly 25 MB: still accepted
    tracemalloc.start()
    try:
        with demo_db.session() as session, source.open("rb") as stream:
            info = documents.add_document(session, worker, reference, stream, "scan.pdf")
        _, written_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        with demo_db.session() as session:
            documents.save_copy(session, worker, reference, info.id, tmp_path / "back.pdf")
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # A few pieces at a time, far from the 25 MB of the file.
    assert written_peak < 8 * 1024 * 1024, written_peak
    assert read_peak < 8 * 1024 * 1024, read_peak
    assert (tmp_path / "back.pdf").read_bytes() == source.read_bytes()
    assert _stored(demo_db) == (1, -(-MAX_BYTES // CHUNK_BYTES))


class _Endless(io.RawIOBase):
    """A file that never ends, counting what was read from it."""

    def __init__(self) -> None:
        self.read_bytes = 0
        self.first = True

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        size = len(buffer)
        if self.first:
            buffer[:9] = b"%PDF-1.7\n"
            buffer[9:size] = b"0" * (size - 9)
            self.first = False
        else:
            buffer[:size] = b"0" * size
        self.read_bytes += size
        return size


def test_more_than_25_mb_is_refused_while_reading_and_nothing_is_stored(
    demo_db: Database, login: Callable[[str], Actor]
):
    worker = login("worker")
    reference = own_open_case(demo_db)
    with pytest.raises(documents.DocumentRefused, match="larger than 25 MB; nothing was stored"):
        _add(demo_db, worker, reference, padded_pdf(MAX_BYTES + 1), "big.pdf")
    endless = _Endless()
    with pytest.raises(documents.DocumentRefused, match="larger than 25 MB"):
        with demo_db.session() as session:
            documents.add_document(session, worker, reference, io.BufferedReader(endless), "x.pdf")
    assert endless.read_bytes <= MAX_BYTES + 2 * CHUNK_BYTES + io.DEFAULT_BUFFER_SIZE
    assert _stored(demo_db) == (0, 0)
    assert _actions(demo_db, reference) == []


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        (
            "decision.pdf",
            b"MZ\x90\x00" + b"\x00" * 200 + b"This program cannot be run in DOS mode",
            "is not a PDF, JPEG or PNG",
        ),
        (
            "letter.pdf",
            "Dear Amanuel, your appointment…\n".encode() * 20,
            "is not a PDF, JPEG or PNG",
        ),
        ("letter.pdf", image_bytes("PNG"), "is not what its name says: its content is a PNG image"),
        (
            "photo.png",
            image_bytes("JPEG"),
            "is not what its name says: its content is a JPEG image",
        ),
        ("setup.exe", pdf_bytes(), "is not what its name says: its content is a PDF"),
        ("notes.txt", pdf_bytes(), "is not what its name says"),
        ("cut.pdf", pdf_bytes()[:-200], "is incomplete"),
        ("cut.png", image_bytes("PNG")[:-20], "is incomplete"),
        ("cut.jpg", image_bytes("JPEG")[:-40], "is incomplete"),
        ("short.png", b"\x89PNG\r\n\x1a\n", "is incomplete"),
        ("empty.pdf", b"", "is empty"),
        (
            "both.png",
            image_bytes("PNG") + b"PK\x03\x04 hidden archive",
            "another file hidden in it",
        ),
        (
            "both.jpg",
            image_bytes("JPEG") + b"PK\x03\x04" + b"x" * 30 + b"PK\x05\x06" + b"\0" * 18,
            "another file hidden in it",
        ),
        ("both.pdf", pdf_bytes() + b"MZ and a program after the end", "another file hidden in it"),
        (
            "polyglot.png",
            image_bytes("PNG")[:33]
            + b"\x00\x00\x00\x10tEXt%PDF-1.4 obj\x00\x00\x00\x00"
            + image_bytes("PNG")[33:],
            "another file hidden in it",
        ),
    ],
)
def test_a_file_that_is_not_what_it_claims_is_refused_and_nothing_is_stored(
    demo_db: Database, login: Callable[[str], Actor], name, data, reason
):
    worker = login("worker")
    reference = own_open_case(demo_db)
    with pytest.raises(documents.DocumentRefused, match=reason) as refused:
        _add(demo_db, worker, reference, data, name)
    assert "\n" not in str(refused.value) and str(refused.value).endswith("nothing was stored.")
    assert _stored(demo_db) == (0, 0)


def test_details_are_checked(demo_db: Database, login: Callable[[str], Actor]):
    worker = login("worker")
    reference = own_open_case(demo_db)
    with pytest.raises(ValidationError) as caught:
        _add(
            demo_db,
            worker,
            reference,
            pdf_bytes(),
            "a.pdf",
            kind="love_letter",
            title="x" * 201,
            offer_id=999_999,
        )
    assert set(caught.value.errors) == {"kind", "title", "offer"}
    assert _stored(demo_db) == (0, 0)


def test_a_signed_consent_and_a_lease_belong_to_their_consent_and_offer(
    demo_db: Database, login: Callable[[str], Actor]
):

    lead = login("lead")
    with demo_db.session() as session:
        case = session.scalar(
            select(m.Case)
            .join(m.HousingOffer, m.HousingOffer.case_id == m.Case.id)
            .join(m.Team, m.Team.id == m.Case.team_id)
            .where(m.Team.name == "Team North", m.Case.status == "open")
            .limit(1)
        )
        reference = case.reference
        offer_id = session.scalar(
            select(m.HousingOffer.id).where(m.HousingOffer.case_id == case.id)
        )
        consent = contacts.add_consent(session, lead, reference, "Share with landlord", "landlord")
        consent_id = consent.id
    signed = _add(
        demo_db, lead, reference, pdf_bytes(), "consent.pdf", kind="consent", consent_id=consent_id
    )
    lease = _add(
        demo_db, lead, reference, pdf_bytes(), "lease.pdf", kind="lease", offer_id=offer_id
    )
    assert (signed.consent_id, lease.offer_id) == (consent_id, offer_id)


def test_the_case_permissions_apply(demo_db: Database, login: Callable[[str], Actor], tmp_path):
    worker, lead = login("worker"), login("lead")
    reference = own_open_case(demo_db)
    info = _add(demo_db, worker, reference, pdf_bytes(), "decision.pdf")
    secret = _add(demo_db, lead, reference, pdf_bytes("Private"), "private.pdf", confidential=True)
    # A worker of another team neither lists nor gets; an administrator has no case content.
    for outsider in (login("worker2"), login("admin")):
        with pytest.raises(PermissionDeniedError):
            with demo_db.session() as session:
                documents.case_documents(session, outsider, reference)
        with pytest.raises(PermissionDeniedError):
            with demo_db.session() as session:
                documents.save_copy(session, outsider, reference, info.id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    # The coordinator reads the case but not its confidential content; nor may they add.
    coordinator = login("coordinator")
    with demo_db.session() as session:
        seen = documents.case_documents(session, coordinator, reference)
    assert [d.id for d in seen.documents] == [info.id] and seen.hidden_confidential == 1
    with pytest.raises(PermissionDeniedError, match="confidential document"):
        with demo_db.session() as session:
            documents.save_copy(session, coordinator, reference, secret.id, tmp_path / "s.pdf")
    with pytest.raises(PermissionDeniedError):
        _add(demo_db, coordinator, reference, pdf_bytes(), "mine.pdf")
    # A document number of another case is not found through this one.
    other = team_case(demo_db, "Team North")
    if other != reference:
        with pytest.raises(NotFoundError):
            with demo_db.session() as session:
                documents.save_copy(session, lead, other, info.id, tmp_path / "y.pdf")
    with demo_db.session() as session:
        denials = session.scalars(
            select(m.AuditEntry.username).where(m.AuditEntry.action == "permission_denied")
        ).all()
    assert {"worker2", "admin", "coordinator"} <= set(denials)


def test_add_view_print_save_and_remove_are_audited_without_the_title(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path
):
    worker = login("worker")
    reference = own_open_case(demo_db)
    data = pdf_bytes()
    info = _add(demo_db, worker, reference, data, "Amanuel residence permit.pdf", kind="permit")
    with demo_db.session() as session:
        shown, pieces = documents.open_for_viewing(session, worker, reference, info.id)
        assert b"".join(pieces) == data and shown.id == info.id
        documents.record_printed(session, worker, reference, info.id)
        documents.save_copy(session, worker, reference, info.id, tmp_path)
        documents.remove_document(session, worker, reference, info.id)
    assert (tmp_path / "Amanuel residence permit.pdf").read_bytes() == data
    entries = _actions(demo_db, reference)
    assert [a for a, _u, _d in entries] == [
        "document_added",
        "document_viewed",
        "document_printed",
        "document_saved",
        "document_removed",
    ]
    assert {u for _a, u, _d in entries} == {"worker"}
    for _a, _u, detail in entries:
        assert detail["sha256"] == info.sha256 and detail["kind"] == "permit"
        assert "Amanuel" not in json.dumps({k: v for k, v in detail.items() if k != "output"})
    assert _stored(demo_db) == (0, 0)


# --- the command line ------------------------------------------------------------


def test_cli_add_list_get_round_trip(cli, demo_db_path: Path, demo_db: Database, tmp_path: Path):
    reference = own_open_case(demo_db)
    source = tmp_path / "Decision letter.pdf"
    source.write_bytes(pdf_bytes())
    args = [*db_args(demo_db_path), "--user", "worker"]
    added = cli("documents", "add", reference, str(source), "--title", "Decision letter", *args)
    assert added.code == 0, added.err
    assert added.out.startswith("Added document ")
    # Global options may stand before the sub-command, too.
    listed = cli(*args, "documents", "list", reference, "--format", "json")
    assert listed.code == 0, listed.err
    rows = json.loads(listed.out)
    assert len(rows) == 1
    row = rows[0]
    assert {
        "id",
        "title",
        "kind",
        "date",
        "content_type",
        "size",
        "filename",
        "added_by",
        "added_at",
        "confidential",
    } <= set(row)
    assert (row["title"], row["content_type"], row["size"], row["filename"], row["added_by"]) == (
        "Decision letter",
        "application/pdf",
        source.stat().st_size,
        "Decision letter.pdf",
        "worker",
    )
    assert row["confidential"] is False and row["kind"] == "other"
    table = cli("documents", "list", reference, *args)
    assert table.code == 0 and "Decision letter" in table.out
    out = tmp_path / "back" / "copy.pdf"
    out.parent.mkdir()
    got = cli("documents", "get", reference, str(row["id"]), "--out", str(out), *args)
    assert got.code == 0, got.err
    assert out.read_bytes() == source.read_bytes()
    assert [a for a, _u, _d in _actions(demo_db, reference)] == ["document_added", "document_saved"]


def test_cli_refusals_are_one_line_with_exit_1(
    cli, demo_db_path: Path, demo_db: Database, tmp_path: Path
):
    reference = own_open_case(demo_db)
    args = [*db_args(demo_db_path), "--user", "worker"]
    fake = tmp_path / "decision.pdf"
    fake.write_bytes(b"#!/bin/sh\necho this is not a document\n")
    exe = tmp_path / "setup.pdf"
    exe.write_bytes(b"MZ" + bytes(range(256)) * 4)
    cases = [
        (["documents", "add", reference, str(fake)], "is not a PDF, JPEG or PNG"),
        (["documents", "add", reference, str(exe)], "is not a PDF, JPEG or PNG"),
        (["documents", "add", reference, str(tmp_path / "missing.pdf")], "No file at"),
        (["documents", "add", "HW-1999-99999", str(fake)], "No case with the reference"),
        (
            ["documents", "get", reference, "4711", "--out", str(tmp_path / "o.pdf")],
            "No document 4711",
        ),
    ]
    for argv, message in cases:
        result = cli(*argv, *args)
        assert result.code == 1, (argv, result.err)
        assert message in result.err and result.err.count("\n") == 1, result.err
        assert "Traceback" not in result.err
    assert _stored(demo_db) == (0, 0)
    usage = cli("documents", "get", reference, "first", "--out", "x.pdf", *args)
    assert usage.code == 2


def test_cli_another_teams_worker_can_neither_list_nor_get(
    cli, demo_db_path: Path, demo_db: Database, tmp_path: Path
):
    reference = own_open_case(demo_db)
    source = tmp_path / "permit.png"
    source.write_bytes(image_bytes("PNG"))
    assert (
        cli(
            "documents", "add", reference, str(source), *db_args(demo_db_path), "--user", "worker"
        ).code
        == 0
    )
    outsider = [*db_args(demo_db_path), "--user", "worker2"]
    listed = cli("documents", "list", reference, "--format", "json", *outsider)
    got = cli("documents", "get", reference, "1", "--out", str(tmp_path / "p.png"), *outsider)
    for result in (listed, got):
        assert result.code == 1 and "Permission denied" in result.err
    assert listed.out == "" and not (tmp_path / "p.png").exists()
