"""What a file is, told from its bytes rather than its name: PDF, JPEG or PNG.

A file is judged by its first bytes (the signature every PDF, JPEG and PNG
begins with), by its last bytes (every complete file of these types ends in a
known way, so a cut-off download is noticed), and by what its name claims (a
PNG named `letter.pdf`, or a PDF named `setup.exe`, is refused). A file that is
two things at once — an image that a PDF reader would also open, or one with
an archive appended — is refused too: Homeward keeps plain documents only.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from desktop_app.domain.i18n import Message
from desktop_app.domain.i18n import message as _
from desktop_app.services.errors import HomewardError

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
CONTENT_TYPES = (PDF, JPEG, PNG)

# What a file's name claims, by its extension (compared without regard to case).
EXTENSIONS = {
    ".pdf": PDF,
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".jpe": JPEG,
    ".jfif": JPEG,
    ".png": PNG,
}
# The usual extension for a type, for a file saved without one.
EXTENSION_OF = {PDF: ".pdf", JPEG: ".jpg", PNG: ".png"}

HEAD_BYTES = 1024  # a PDF reader looks this far for "%PDF-"
TAIL_BYTES = 64 * 1024  # cameras put a little after a JPEG's end marker

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_HEADER_CHUNK = b"\x00\x00\x00\x0dIHDR"
_PNG_END = b"\x00\x00\x00\x00IEND\xaeB`\x82"
_PDF_HEADER = re.compile(rb"%PDF-[12]\.\d")
_PDF_END = b"%%EOF"
_ZIP_END = b"PK\x05\x06"
_BLANK_AFTER_PDF = b" \t\r\n\x00\x0c"


class DocumentRefused(HomewardError):
    """A file that is not a PDF, JPEG or PNG, not what its name says, incomplete or too large."""


def type_name(content_type: str) -> Message:
    """The type in a user's words ("a PDF", "a JPEG image")."""
    if content_type == PDF:
        return _("a PDF")
    if content_type == JPEG:
        return _("a JPEG image")
    return _("a PNG image")


def from_head(head: bytes) -> str | None:
    """The content type a file's first bytes announce, or None."""
    if _PDF_HEADER.match(head):
        return PDF
    if head.startswith(_PNG_SIGNATURE):
        return PNG
    # Start of image, then the first marker of a real JPEG (APPn, a table, a frame…).
    if len(head) >= 4 and head[:3] == b"\xff\xd8\xff" and 0xC0 <= head[3] <= 0xFE:
        return JPEG
    return None


def claimed_type(filename: str) -> str | None:
    """What the name says the file is; None when it has no extension at all."""
    suffix = PurePath(filename).suffix.lower()
    if not suffix:
        return None
    return EXTENSIONS.get(suffix, "other")


def recognise(filename: str, head: bytes, tail: bytes, size: int) -> str:
    """The content type of a whole file, from its first and last bytes; else DocumentRefused.

    `head` holds the first HEAD_BYTES (or the whole file when shorter), `tail` the
    last TAIL_BYTES.
    """
    name = PurePath(filename).name or filename
    if size == 0:
        raise DocumentRefused(_("'{name}' is empty; nothing was stored.", name=name))
    actual = from_head(head)
    if actual is None:
        raise DocumentRefused(
            _("'{name}' is not a PDF, JPEG or PNG file; nothing was stored.", name=name)
        )
    claimed = claimed_type(name)
    if claimed is not None and claimed != actual:
        raise DocumentRefused(
            _(
                "'{name}' is not what its name says: its content is {actual}; nothing was stored.",
                name=name,
                actual=type_name(actual),
            )
        )
    if actual != PDF and _PDF_HEADER.search(head):
        raise _hidden(name, actual)  # a PDF reader would open it as a PDF as well
    if actual == PDF:
        _check_pdf_end(name, tail)
    elif actual == PNG:
        _check_png(name, head, tail)
    else:
        _check_jpeg_end(name, tail)
    return actual


def _incomplete(name: str, actual: str) -> DocumentRefused:
    return DocumentRefused(
        _(
            "'{name}' looks like {actual} but is incomplete (cut off); nothing was stored.",
            name=name,
            actual=type_name(actual),
        )
    )


def _hidden(name: str, actual: str) -> DocumentRefused:
    return DocumentRefused(
        _(
            "'{name}' is {actual} with another file hidden in it; nothing was stored.",
            name=name,
            actual=type_name(actual),
        )
    )


def _check_pdf_end(name: str, tail: bytes) -> None:
    end = tail.rfind(_PDF_END)
    if end < 0 or len(tail) - end > HEAD_BYTES:
        raise _incomplete(name, PDF)
    if tail[end + len(_PDF_END) :].strip(_BLANK_AFTER_PDF):
        raise _hidden(name, PDF)


def _check_png(name: str, head: bytes, tail: bytes) -> None:
    if head[8:16] != _PNG_HEADER_CHUNK:
        raise _incomplete(name, PNG)
    if tail.endswith(_PNG_END):
        return
    if _PNG_END in tail:
        raise _hidden(name, PNG)
    raise _incomplete(name, PNG)


def _check_jpeg_end(name: str, tail: bytes) -> None:
    # (Entropy-coded image data never holds FF D9: only the end marker does.)
    if b"\xff\xd9" not in tail:
        raise _incomplete(name, JPEG)
    if _ZIP_END in tail:
        raise _hidden(name, JPEG)  # an archive appended after the picture
