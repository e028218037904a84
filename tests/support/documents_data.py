"""Small real files for the document tests: a PDF from ReportLab, images from Pillow."""

from __future__ import annotations

import io
from datetime import date

from sqlalchemy import select

from desktop_app.db import models as m
from desktop_app.services.storage.database import Database


def pdf_bytes(text: str = "Decision on residence permit (synthetic)") -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def image_bytes(fmt: str = "PNG", size: tuple[int, int] = (64, 48)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 90, 160)).save(buffer, format=fmt)
    return buffer.getvalue()


def padded_pdf(total: int) -> bytes:
    """A well-formed PDF of exactly `total` bytes (a comment pads it out)."""
    head = b"%PDF-1.4\n%"
    tail = b"\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    return head + b"x" * (total - len(head) - len(tail)) + tail


def own_open_case(db: Database, username: str = "worker") -> str:
    """The reference of an open case with a current assignment to `username`."""
    with db.session() as session:
        user_id = session.scalar(select(m.User.id).where(m.User.username == username))
        reference = session.scalar(
            select(m.Case.reference)
            .join(m.WorkerAssignment, m.WorkerAssignment.case_id == m.Case.id)
            .where(
                m.WorkerAssignment.user_id == user_id,
                m.WorkerAssignment.end_date.is_(None),
                m.Case.status == "open",
            )
            .order_by(m.Case.id)
            .limit(1)
        )
    assert reference is not None
    return reference


def team_case(db: Database, team: str = "Team South") -> str:
    with db.session() as session:
        reference = session.scalar(
            select(m.Case.reference)
            .join(m.Team, m.Team.id == m.Case.team_id)
            .where(m.Team.name == team, m.Case.status == "open")
            .order_by(m.Case.id)
            .limit(1)
        )
    assert reference is not None
    return reference


TODAY = date(2026, 3, 16)
