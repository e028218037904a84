"""Sealed audit values: what an audit entry says about a person, encrypted with a key per case.

The audit log is evidence, so its entries are never changed; but an erasure
request (GDPR Art. 17) must leave nothing readable about the person. Both hold
because the detail of every audit entry about a case (before/after values,
file names, reasons) is stored sealed with that case's own key (AES-256-GCM,
the case id as associated data), and the chain hashes the sealed text. Erasure
deletes the key: the entries stay, the chain still verifies, and their values
can no longer be read by anyone.

The key lies in the same database (table `case_keys`): sealing is for erasure,
not for keeping secrets from someone who holds the file. That is what
SQLCipher's encryption at rest is for.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VERSION = "v1."
KEY_BYTES = 32
NONCE_BYTES = 12
ERASED = {"erased": True}


def new_key() -> str:
    """A fresh case key, as hex for the `case_keys` table."""
    return os.urandom(KEY_BYTES).hex()


def _associated(case_id: int) -> bytes:
    return f"homeward-audit-case:{case_id}".encode()


# `json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)`, with the encoder made
# once rather than for each value sealed.
_PLAIN_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str).encode


def seal(key_hex: str, case_id: int, value: Any) -> dict[str, str]:
    """`value` (JSON-able) sealed with the case's key, as the detail to store."""
    plain = _PLAIN_JSON(value).encode("utf-8")
    nonce = os.urandom(NONCE_BYTES)
    cipher = AESGCM(bytes.fromhex(key_hex)).encrypt(nonce, plain, _associated(case_id))
    return {"sealed": VERSION + base64.urlsafe_b64encode(nonce + cipher).decode("ascii")}


def is_sealed(detail: Any) -> bool:
    return (
        isinstance(detail, dict)
        and len(detail) == 1
        and isinstance(detail.get("sealed"), str)
        and detail["sealed"].startswith(VERSION)
    )


def unseal(key_hex: str | None, case_id: int, detail: Any) -> Any:
    """The detail as it was written; `ERASED` when the key is gone (or the text was altered)."""
    if not is_sealed(detail):
        return detail
    if key_hex is None:
        return dict(ERASED)
    raw = base64.urlsafe_b64decode(detail["sealed"][len(VERSION) :])
    nonce, cipher = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
    try:
        plain = AESGCM(bytes.fromhex(key_hex)).decrypt(nonce, cipher, _associated(case_id))
    except InvalidTag:
        return dict(ERASED)
    return json.loads(plain.decode("utf-8"))
