"""Encryption at rest with SQLCipher.

The passphrase never reaches SQL: a key is derived from it with PBKDF2 and
the database's own random salt, and given to SQLCipher as a raw hex key with
that salt (`x'<key><salt>'`). SQLCipher keeps the salt, unencrypted, in the
first 16 bytes of the file, so the same passphrase opens the file (and every
backup of it) again.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from types import ModuleType
from typing import Any

from desktop_app.domain.i18n import message as _

SALT_BYTES = 16
KEY_BYTES = 32
KDF_ITERATIONS = 256_000
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_RAW_KEY = re.compile(r"^[0-9a-f]{96}$")


class EncryptionUnavailableError(RuntimeError):
    """The sqlcipher3 package is not installed."""


def driver() -> ModuleType:
    """The sqlcipher3 DB-API module (the self-contained binary wheel or a system build)."""
    try:
        from sqlcipher3 import dbapi2  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise EncryptionUnavailableError(
            _(
                "Encryption needs the sqlcipher3 package (sqlcipher3-binary), which is not installed."
            )
        ) from exc
    return dbapi2  # type: ignore[no-any-return]


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def file_salt(path: Path) -> bytes | None:
    """The salt of an existing encrypted file, or None when the file is new or empty."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SALT_BYTES)
    except FileNotFoundError:
        return None
    if len(head) < SALT_BYTES:
        return None
    return head


def is_plain_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(PLAIN_SQLITE_HEADER)) == PLAIN_SQLITE_HEADER
    except FileNotFoundError:
        return False


def derive_raw_key(passphrase: str, salt: bytes) -> str:
    """The SQLCipher raw key with its salt, as 96 lowercase hex digits."""
    if not passphrase:
        raise ValueError("an empty passphrase cannot encrypt a database")
    key = hashlib.pbkdf2_hmac(
        "sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, dklen=KEY_BYTES
    )
    return key.hex() + salt.hex()


def key_for_file(passphrase: str, path: Path) -> str:
    """The raw key for `path`: its own salt when it exists, a fresh one for a new file."""
    salt = file_salt(path) or new_salt()
    return derive_raw_key(passphrase, salt)


def apply_key(dbapi_connection: Any, raw_key: str) -> None:
    """Key a fresh connection; must run before anything else touches the file."""
    if not _RAW_KEY.match(raw_key):
        # Only hex digits ever reach the PRAGMA; anything else is a programming error.
        raise ValueError("not a raw SQLCipher key")
    cursor = dbapi_connection.cursor()
    # A wrong key is reported to the user as one clear message, not as library log lines.
    cursor.execute("PRAGMA cipher_log_level = NONE")
    cursor.execute(f"PRAGMA key = \"x'{raw_key}'\"")
    cursor.close()


def connect(path: Path, raw_key: str | None) -> Any:
    """A bare DB-API connection (plain sqlite3 or keyed SQLCipher), for backup and checks."""
    if raw_key is None:
        import sqlite3

        return sqlite3.connect(str(path), isolation_level=None)
    conn = driver().connect(str(path), isolation_level=None)
    apply_key(conn, raw_key)
    return conn
