"""Documents kept on a case: the decision letter, the permit, the lease, a signed consent.

PDF, JPEG or PNG up to 25 MB, recognised by content rather than by name
(`content_type`), stored inside the database a piece at a time (`storage`), so
encryption at rest, backups, migrate-to, the subject export and erasure cover
them. The case's permissions apply: those who may read the case list and open
its documents (a confidential one only those who may read confidential notes),
those who may change it add and remove them. Adding, viewing, printing and
saving a copy are each audited — with the document's kind, type, size and
checksum, never its title or file name, which may name the person.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePath
from typing import BinaryIO

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Case,
    ConsentRecord,
    Document,
    DocumentChunk,
    HousingOffer,
    User,
)
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.documents.content_type import (
    CONTENT_TYPES,
    EXTENSION_OF,
    DocumentRefused,
    recognise,
    type_name,
)
from desktop_app.services.documents.storage import MAX_BYTES, read_chunks, write_chunks
from desktop_app.services.errors import HomewardError, NotFoundError, ValidationError
from desktop_app.services.storage import output_files
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import (
    can_see_confidential,
    deny,
    load_case_for_edit,
    load_case_for_read,
)

__all__ = [
    "CONTENT_TYPES",
    "KINDS",
    "MAX_BYTES",
    "DocumentInfo",
    "DocumentRefused",
    "add_document",
    "case_documents",
    "document",
    "open_for_viewing",
    "record_printed",
    "remove_document",
    "save_copy",
    "type_name",
]

KINDS = (
    "decision",
    "permit",
    "lease",
    "consent",
    "certificate",
    "identity_document",
    "other",
)
TITLE_LENGTH = 200
# Ways a document leaves the database, each audited as its own action.
VIEWED, PRINTED, SAVED = "document_viewed", "document_printed", "document_saved"


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    reference: str
    title: str
    kind: str
    document_date: date | None
    content_type: str
    size: int
    filename: str
    sha256: str
    confidential: bool
    added_by: str | None
    added_at: datetime
    consent_id: int | None
    offer_id: int | None

    def as_dict(self) -> dict[str, object]:
        """The contract's JSON object (`documents list --format json`)."""
        return {
            "id": self.id,
            "reference": self.reference,
            "title": self.title,
            "kind": self.kind,
            "date": self.document_date.isoformat() if self.document_date else None,
            "content_type": self.content_type,
            "size": self.size,
            "filename": self.filename,
            "sha256": self.sha256,
            "added_by": self.added_by,
            "added_at": self.added_at.isoformat(timespec="seconds"),
            "confidential": self.confidential,
            "consent_id": self.consent_id,
            "offer_id": self.offer_id,
        }


@dataclass(frozen=True)
class CaseDocuments:
    documents: list[DocumentInfo]
    hidden_confidential: int  # confidential documents the reader may not see


def _info(doc: Document, reference: str, added_by: str | None) -> DocumentInfo:
    return DocumentInfo(
        id=doc.id,
        reference=reference,
        title=doc.title,
        kind=doc.kind,
        document_date=doc.document_date,
        content_type=doc.content_type,
        size=doc.size,
        filename=doc.filename,
        sha256=doc.sha256,
        confidential=bool(doc.confidential),
        added_by=added_by,
        added_at=doc.added_at,
        consent_id=doc.consent_id,
        offer_id=doc.offer_id,
    )


def _audit_detail(doc: Document) -> dict[str, object]:
    return {
        "kind": doc.kind,
        "content_type": doc.content_type,
        "size": doc.size,
        "sha256": doc.sha256,
        "confidential": bool(doc.confidential),
    }


def _clean_title(title: str | None, filename: str, errors: dict[str, str]) -> str:
    text = (title or "").strip() or PurePath(filename).stem.strip() or filename
    if any(ord(ch) < 32 for ch in text):
        errors["title"] = _("The title holds control characters.")
    elif len(text) > TITLE_LENGTH:
        errors["title"] = _("The title is longer than {length} characters.", length=TITLE_LENGTH)
    return text


def add_document(
    session: Session,
    actor: Actor,
    reference: str,
    stream: BinaryIO,
    filename: str,
    *,
    title: str | None = None,
    kind: str = "other",
    document_date: date | None = None,
    confidential: bool = False,
    consent_id: int | None = None,
    offer_id: int | None = None,
) -> DocumentInfo:
    """Keep the file read from `stream` on the case; refused (nothing stored) unless it is
    a complete PDF, JPEG or PNG of at most 25 MB that is what its name says."""
    case = load_case_for_edit(session, actor, reference)
    name = PurePath(filename.replace("\\", "/")).name.strip() or "document"
    errors: dict[str, str] = {}
    clean_title = _clean_title(title, name, errors)
    if kind not in KINDS:
        errors["kind"] = _(
            "'{kind}' is not a kind of document ({kinds}).", kind=kind, kinds=", ".join(KINDS)
        )
    if document_date is not None and document_date > clock.today():
        errors["document_date"] = _("The document's date is in the future.")
    if (
        consent_id is not None
        and session.scalar(
            select(ConsentRecord.id).where(
                ConsentRecord.id == consent_id, ConsentRecord.case_id == case.id
            )
        )
        is None
    ):
        errors["consent"] = _(
            "No consent {consent_id} on the case {reference}.",
            consent_id=consent_id,
            reference=reference,
        )
    if (
        offer_id is not None
        and session.scalar(
            select(HousingOffer.id).where(
                HousingOffer.id == offer_id, HousingOffer.case_id == case.id
            )
        )
        is None
    ):
        errors["offer"] = _(
            "No housing offer {offer_id} on the case {reference}.",
            offer_id=offer_id,
            reference=reference,
        )
    if errors:
        raise ValidationError(errors)
    doc = Document(
        case_id=case.id,
        title=clean_title,
        kind=kind,
        document_date=document_date,
        content_type="",
        filename=name[:255],
        size=0,
        sha256="",
        confidential=confidential,
        consent_id=consent_id,
        offer_id=offer_id,
        added_by_id=actor.user_id,
        added_at=clock.now(),
    )
    session.add(doc)
    session.flush()
    # Stored while read; a refusal raised here (too large, not what it says) rolls it back.
    written = write_chunks(session, doc.id, stream, name)
    doc.content_type = recognise(name, written.head, written.tail, written.size)
    doc.size = written.size
    doc.sha256 = written.sha256
    audit.record(
        session,
        actor,
        "document_added",
        entity="document",
        entity_id=doc.id,
        case_id=case.id,
        detail=_audit_detail(doc),
    )
    return _info(doc, case.reference, actor.username if actor.user_id else None)


def _added_by(session: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    return session.scalar(select(User.username).where(User.id == user_id))


def case_documents(
    session: Session, actor: Actor, reference: str, *, audit_read: bool = False
) -> CaseDocuments:
    """The case's documents, newest first; confidential ones only for those who may see them.

    `audit_read`: the list is read on its own (the command line), not as part of
    the opened case record, whose opening is audited already.
    """
    case = load_case_for_read(session, actor, reference)
    confidential = can_see_confidential(session, actor, case)
    rows = session.execute(
        select(Document, User.username)
        .outerjoin(User, User.id == Document.added_by_id)
        .where(Document.case_id == case.id)
        .order_by(
            Document.document_date.desc().nulls_last(),
            Document.added_at.desc(),
            Document.id.desc(),
        )
    ).all()
    shown = [_info(d, case.reference, u) for d, u in rows if confidential or not d.confidential]
    if audit_read:
        audit.record(
            session,
            actor,
            "documents_listed",
            entity="case",
            entity_id=case.reference,
            case_id=case.id,
            detail={"documents": len(shown), "hidden_confidential": len(rows) - len(shown)},
        )
    return CaseDocuments(shown, len(rows) - len(shown))


def _load(
    session: Session, actor: Actor, reference: str, document_id: int
) -> tuple[Case, Document]:
    case = load_case_for_read(session, actor, reference)
    doc = session.get(Document, document_id)
    if doc is None or doc.case_id != case.id:
        raise NotFoundError(
            _(
                "No document {document_id} on the case {reference}.",
                document_id=document_id,
                reference=reference,
            )
        )
    if doc.confidential and not can_see_confidential(session, actor, case):
        raise deny(
            session,
            actor,
            _("open a confidential document of {reference}", reference=reference),
            case.id,
            document=document_id,
        )
    return case, doc


def document(session: Session, actor: Actor, reference: str, document_id: int) -> DocumentInfo:
    """One document's details (not audited: nothing of its content is read)."""
    case, doc = _load(session, actor, reference, document_id)
    return _info(doc, case.reference, _added_by(session, doc.added_by_id))


def open_for_viewing(
    session: Session, actor: Actor, reference: str, document_id: int, *, action: str = VIEWED
) -> tuple[DocumentInfo, Iterator[bytes]]:
    """The document's details and its bytes (read lazily, in this session); audited.

    `action` says why it is read: viewed in the app, or printed.
    """
    if action not in (VIEWED, PRINTED):
        raise ValueError(action)
    case, doc = _load(session, actor, reference, document_id)
    audit.record(
        session,
        actor,
        action,
        entity="document",
        entity_id=doc.id,
        case_id=case.id,
        detail=_audit_detail(doc),
    )
    info = _info(doc, case.reference, _added_by(session, doc.added_by_id))
    return info, read_chunks(session, doc.id)


def record_printed(session: Session, actor: Actor, reference: str, document_id: int) -> None:
    """Audit a print of a document already on screen (its bytes are not read again)."""
    case, doc = _load(session, actor, reference, document_id)
    audit.record(
        session,
        actor,
        PRINTED,
        entity="document",
        entity_id=doc.id,
        case_id=case.id,
        detail=_audit_detail(doc),
    )


def save_copy(
    session: Session,
    actor: Actor,
    reference: str,
    document_id: int,
    out: Path,
    *,
    overwrite: bool = False,
) -> tuple[DocumentInfo, Path]:
    """Write the document byte for byte to `out` (a file, or a folder to put it in); audited.

    Written to a temporary file beside the target and renamed, so a half-written copy never
    carries the name; its checksum is compared with the stored one. An existing file is
    replaced only with `overwrite`, and never anything that is not a regular file.
    """
    case, doc = _load(session, actor, reference, document_id)
    out = Path(out).expanduser()
    if out.is_dir():
        out = out / _file_name(doc)
    if not out.parent.is_dir():
        raise HomewardError(_("There is no folder {folder}.", folder=out.parent))
    import hashlib

    digest = hashlib.sha256()
    with output_files.file_beside(out, overwrite=overwrite) as partial:
        with partial.open("wb") as target:
            for piece in read_chunks(session, doc.id):
                digest.update(piece)
                target.write(piece)
        if digest.hexdigest() != doc.sha256:
            raise HomewardError(
                _(
                    "Document {document_id} of {reference} does not read back as it was stored; nothing was written.",
                    document_id=document_id,
                    reference=reference,
                )
            )
    audit.record(
        session,
        actor,
        SAVED,
        entity="document",
        entity_id=doc.id,
        case_id=case.id,
        detail={**_audit_detail(doc), "output": str(out)},
    )
    return _info(doc, case.reference, _added_by(session, doc.added_by_id)), out


def _file_name(doc: Document) -> str:
    """The name the document came with, with the extension of what it really is."""
    path = PurePath(doc.filename)
    extension = EXTENSION_OF.get(doc.content_type, "")
    if path.suffix.lower() in {".jpeg", ".jpe", ".jfif"} and extension == ".jpg":
        return doc.filename
    return f"{path.stem}{extension}" if path.suffix.lower() != extension else doc.filename


def remove_document(session: Session, actor: Actor, reference: str, document_id: int) -> None:
    """Remove a document added in error (those who may change the case); audited."""
    case = load_case_for_edit(session, actor, reference)
    _, doc = _load(session, actor, reference, document_id)
    detail = _audit_detail(doc)
    session.execute(delete(DocumentChunk).where(DocumentChunk.document_id == doc.id))
    session.delete(doc)
    audit.record(
        session,
        actor,
        "document_removed",
        entity="document",
        entity_id=document_id,
        case_id=case.id,
        detail=detail,
    )


def count_for_case(session: Session, case_id: int) -> int:
    """How many documents a case holds (for summaries; no permission of its own)."""
    return int(
        session.scalar(
            select(func.count()).select_from(Document).where(Document.case_id == case_id)
        )
        or 0
    )
