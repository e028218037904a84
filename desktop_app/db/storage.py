"""Storage errors that are the environment's fault, each told in a sentence of its own.

A database or file that is damaged, read-only, on a full disk or locked by
another program is not a bug of Homeward: the user (or IT) can do something
about it, and needs to be told which of the four it is. Everything else that
goes wrong in the database stays an unexpected error, reported as one.
(qutebrowser's misc/sql.py draws the same line.)
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from enum import StrEnum
from pathlib import Path

from desktop_app.domain.i18n import message as _

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# Below this much free space an I/O error while writing is taken for a full disk.
NEARLY_FULL_BYTES = 1_000_000


class StorageProblem(StrEnum):
    DAMAGED = "damaged"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    LOCKED = "locked"


_SQLITE_WORDS: tuple[tuple[str, StorageProblem], ...] = (
    ("database disk image is malformed", StorageProblem.DAMAGED),
    ("file is not a database", StorageProblem.DAMAGED),
    ("malformed database schema", StorageProblem.DAMAGED),
    ("readonly database", StorageProblem.READ_ONLY),
    ("read-only", StorageProblem.READ_ONLY),
    ("database or disk is full", StorageProblem.DISK_FULL),
    ("database is locked", StorageProblem.LOCKED),
    ("database table is locked", StorageProblem.LOCKED),
)

# PostgreSQL's SQLSTATEs for the same four.
_SQLSTATES: dict[str, StorageProblem] = {
    "XX001": StorageProblem.DAMAGED,  # data_corrupted
    "XX002": StorageProblem.DAMAGED,  # index_corrupted
    "25006": StorageProblem.READ_ONLY,  # read_only_sql_transaction (a standby, a read-only server)
    "53100": StorageProblem.DISK_FULL,  # disk_full
    "55P03": StorageProblem.LOCKED,  # lock_not_available
}

_OS_ERRORS: dict[int, StorageProblem] = {
    errno.ENOSPC: StorageProblem.DISK_FULL,
    errno.EFBIG: StorageProblem.DISK_FULL,  # the file may not grow (a quota or a size limit)
    errno.EDQUOT: StorageProblem.DISK_FULL,
    errno.EROFS: StorageProblem.READ_ONLY,
}


def _driver_error(exc: BaseException) -> BaseException:
    """The database driver's own error inside SQLAlchemy's wrapper."""
    return getattr(exc, "orig", None) or exc


def classify(exc: BaseException, path: Path | None = None) -> StorageProblem | None:
    """Which of the four storage problems `exc` is, or None when it is none of them.

    `path` (the database file or the file being written) lets an I/O error on a
    nearly full disk count as a full disk: SQLite reports a write that the file
    system refused for lack of space sometimes as "disk I/O error". The errors it
    was raised during (a failed rollback after a failed write) are looked at too.
    """
    seen: list[BaseException] = []
    error: BaseException | None = exc
    while error is not None and error not in seen:
        seen.append(error)
        problem = _classify_one(error, path)
        if problem is not None:
            return problem
        error = error.__cause__ or error.__context__
    return None


def _classify_one(exc: BaseException, path: Path | None) -> StorageProblem | None:
    error = _driver_error(exc)
    if isinstance(error, OSError):
        problem = _OS_ERRORS.get(error.errno or 0)
        if problem is None and error.errno in (errno.EACCES, errno.EPERM) and path is not None:
            if path.exists() and not _writable(path):
                problem = StorageProblem.READ_ONLY
        return problem
    sqlstate = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    if isinstance(sqlstate, str):
        return _SQLSTATES.get(sqlstate)
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        primary = code & 0xFF
        if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return StorageProblem.DAMAGED
        if primary == SQLITE_READONLY:
            return StorageProblem.READ_ONLY
        if primary == SQLITE_FULL:
            return StorageProblem.DISK_FULL
        if primary in (SQLITE_BUSY, SQLITE_LOCKED):
            return StorageProblem.LOCKED
        if primary == SQLITE_IOERR:
            return StorageProblem.DISK_FULL if _nearly_full(path) else None
        if primary == SQLITE_CANTOPEN and path is not None and path.exists():
            return None if _writable(path) else StorageProblem.READ_ONLY
        return None
    if isinstance(error, sqlite3.Error) or type(error).__module__.startswith("sqlcipher3"):
        # SQLCipher's driver gives no result code: the words are SQLite's own.
        text = str(error).lower()
        for words, problem in _SQLITE_WORDS:
            if words in text:
                return problem
        if "disk i/o error" in text and _nearly_full(path):
            return StorageProblem.DISK_FULL
    return None


def _writable(path: Path) -> bool:
    import os

    folder = path if path.is_dir() else path.parent
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def _nearly_full(path: Path | None) -> bool:
    """Whether writing more to `path` fails for lack of room (the volume, or the process limit)."""
    if path is None:
        return False
    try:
        folder = path if path.is_dir() else path.parent
        if shutil.disk_usage(folder).free < NEARLY_FULL_BYTES:
            return True
    except OSError:
        return False
    try:
        import resource

        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    except (ImportError, OSError, ValueError):  # Windows has no resource module
        return False
    if limit == resource.RLIM_INFINITY:
        return False
    files = [path, Path(f"{path}-wal"), Path(f"{path}-journal")]
    return any(f.exists() and f.stat().st_size + NEARLY_FULL_BYTES >= limit for f in files)


def problem_message(problem: StorageProblem, where: str, detail: str = "") -> str:
    """The sentence for `problem` at `where` (a database's name or a file's path)."""
    if problem is StorageProblem.DAMAGED:
        return _(
            "The database {where} is damaged ({detail}); nothing was changed. Check it with 'homeward check' and restore the newest backup.",
            where=where,
            detail=detail or _("its pages cannot be read"),
        )
    if problem is StorageProblem.READ_ONLY:
        return _(
            "{where} is read-only, so nothing of this step was saved. Ask IT for write access to the file and its folder.",
            where=where,
        )
    if problem is StorageProblem.DISK_FULL:
        return _(
            "The disk that holds {where} is full, so nothing of this step was saved. Free some space and try again.",
            where=where,
        )
    return _(
        "The database {where} is locked by another program, so nothing of this step was saved. Try again in a moment.",
        where=where,
    )


def damage_detail(exc: BaseException) -> str:
    """SQLite's own words for the damage, first line only (no personal data in them)."""
    return str(_driver_error(exc)).strip().splitlines()[0] if str(exc).strip() else ""
