"""documents add | list | get: files kept on a case."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.commands.common import (
    CliContext,
    add_overwrite,
    command_group,
    emit,
    iso_date,
    output_path,
)
from desktop_app.domain.i18n import message as _
from desktop_app.services import documents
from desktop_app.services.errors import HomewardError


def _document_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a document number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a document number")
    return value


def register(sub: Any, common: Any) -> None:
    what = command_group(sub, common, "documents", "keep documents (PDF, JPEG, PNG) on a case")
    p = what.add_parser(
        "add",
        parents=[common],
        help="keep a PDF, JPEG or PNG (up to 25 MB) on the case",
        description="Keep a document on a case. The file must be a complete PDF, JPEG or PNG "
        "of at most 25 MB whose content is what its name says; anything else is refused and "
        "nothing is stored.",
    )
    p.add_argument("reference", metavar="REF", help="case reference")
    p.add_argument("file", metavar="FILE", help="the PDF, JPEG or PNG file")
    p.add_argument("--title", metavar="T", help="title (default: the file's name)")
    p.add_argument(
        "--kind", choices=documents.KINDS, default="other", help="kind of document (default other)"
    )
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="the document's own date")
    p.add_argument(
        "--confidential",
        action="store_true",
        help="only those who may read confidential notes may open it",
    )
    p.set_defaults(handler=cmd_documents_add)

    p = what.add_parser("list", parents=[common], help="the documents kept on a case")
    p.add_argument("reference", metavar="REF", help="case reference")
    p.add_argument(
        "--format", choices=["table", "json"], default="table", help="output format (default table)"
    )
    p.set_defaults(handler=cmd_documents_list)

    p = what.add_parser("get", parents=[common], help="write a document back, byte for byte")
    p.add_argument("reference", metavar="REF", help="case reference")
    p.add_argument("document_id", type=_document_id, metavar="ID", help="the document's number")
    p.add_argument(
        "--out", required=True, type=output_path, metavar="FILE", help="file (or folder) to write"
    )
    add_overwrite(p)
    p.set_defaults(handler=cmd_documents_get)


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"


def cmd_documents_add(ctx: CliContext) -> int:
    path = Path(ctx.args.file).expanduser()
    if not path.is_file():
        raise HomewardError(_("No file at {path}.", path=path))
    actor = ctx.login()
    with ctx.session() as session, path.open("rb") as stream:
        info = documents.add_document(
            session,
            actor,
            ctx.args.reference,
            stream,
            path.name,
            title=ctx.args.title,
            kind=ctx.args.kind,
            document_date=ctx.args.date,
            confidential=ctx.args.confidential,
        )
    print(
        f"Added document {info.id} to {info.reference}: '{info.title}' "
        f"({documents.type_name(info.content_type)}, {_size(info.size)}).",
        file=ctx.out,
    )
    return 0


def cmd_documents_list(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        found = documents.case_documents(session, actor, ctx.args.reference, audit_read=True)
    records = [d.as_dict() for d in found.documents]
    if ctx.args.format == "json":
        emit(ctx, records, "json", [])
        return 0
    for record, doc in zip(records, found.documents, strict=True):
        record["size"] = _size(doc.size)
        record["type"] = {"application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG"}[
            doc.content_type
        ]
    emit(
        ctx,
        records,
        "table",
        [],
        table_columns=[
            ("id", "ID"),
            ("date", "Date"),
            ("kind", "Kind"),
            ("title", "Title"),
            ("type", "Type"),
            ("size", "Size"),
            ("added_by", "Added by"),
            ("confidential", "Confidential"),
        ],
        empty_message=f"No documents on {ctx.args.reference}.",
    )
    if found.hidden_confidential:
        print(f"{found.hidden_confidential} confidential document(s) not shown.", file=ctx.out)
    return 0


def cmd_documents_get(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        info, written = documents.save_copy(
            session,
            actor,
            ctx.args.reference,
            ctx.args.document_id,
            ctx.args.out,
            overwrite=ctx.args.overwrite,
        )
    print(
        f"Wrote document {info.id} of {info.reference} to {written} ({_size(info.size)}).",
        file=ctx.out,
    )
    return 0
