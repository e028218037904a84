"""A document's bytes in the database, written and read one piece at a time.

The pieces are rows of `document_chunks` (a BLOB on SQLite and SQLCipher, bytea
on PostgreSQL). Each is inserted as it is read from the file and read back by
its number, so a 25 MB scan never sits in memory whole, let alone twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop_app.db.models import DocumentChunk
from desktop_app.domain.i18n import message as _
from desktop_app.services.documents.content_type import (
    HEAD_BYTES,
    TAIL_BYTES,
    DocumentRefused,
)

CHUNK_BYTES = 256 * 1024
MAX_BYTES = 25 * 1024 * 1024  # "25 MB", as file managers count it


@dataclass(frozen=True)
class Written:
    size: int
    sha256: str
    head: bytes
    tail: bytes


def _read_full(stream: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes, fewer only at the end of the file (a pipe may give less at a time)."""
    parts: list[bytes] = []
    wanted = size
    while wanted > 0:
        part = stream.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


def write_chunks(
    session: Session, document_id: int, stream: BinaryIO, name: str, *, limit: int = MAX_BYTES
) -> Written:
    """Store the stream's bytes under `document_id`; refused past `limit` bytes.

    Returns the size, the SHA-256, and the first and last bytes for the content check.
    """
    digest = hashlib.sha256()
    size = 0
    head = b""
    tail = b""
    seq = 0
    while True:
        piece = _read_full(stream, CHUNK_BYTES)
        if not piece:
            break
        size += len(piece)
        if size > limit:
            raise DocumentRefused(
                _(
                    "'{name}' is larger than {limit_mb} MB; nothing was stored.",
                    name=name,
                    limit_mb=limit // (1024 * 1024),
                )
            )
        if seq == 0:
            head = piece[:HEAD_BYTES]
        tail = (tail + piece)[-TAIL_BYTES:]
        digest.update(piece)
        session.execute(insert(DocumentChunk).values(document_id=document_id, seq=seq, data=piece))
        seq += 1
    return Written(size=size, sha256=digest.hexdigest(), head=head, tail=tail)


def read_chunks(session: Session, document_id: int) -> Iterator[bytes]:
    """The document's bytes in order, one piece per query (nothing else held meanwhile)."""
    seq = 0
    while True:
        data = session.scalar(
            select(DocumentChunk.data).where(
                DocumentChunk.document_id == document_id, DocumentChunk.seq == seq
            )
        )
        if data is None:
            return
        yield bytes(data)
        seq += 1
