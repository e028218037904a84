"""Writing a file the user named (`--out`, a save dialog): never over something by accident.

- A file that exists is replaced only when the user said so (`--overwrite` on
  the command line; a save dialog asks before it returns the name).
- Only a regular file or a new path is ever written: never a device such as
  /dev/null, a folder, a FIFO or a socket (nor a symbolic link to one; a link to
  a regular file is followed, so the file it names is the one replaced).
- The content goes into a temporary file in the same folder, which is renamed
  over the target only when it is complete: a failed or interrupted write never
  leaves half a file under the target's name.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from desktop_app.domain.i18n import message as _
from desktop_app.services.errors import HomewardError


class OutputRefused(HomewardError):
    """The target cannot or may not be written."""


def checked_target(path: str | Path, *, overwrite: bool) -> Path:
    """The file to write for `path` (a symbolic link to a file: the file), or OutputRefused."""
    given = Path(path).expanduser()
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputRefused(
            _("{path} cannot be written: {reason}.", path=given, reason=exc.strerror or exc)
        ) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputRefused(
                _("{path} is a folder; give the name of the file to write.", path=given)
            )
        if not stat.S_ISREG(info.st_mode):
            raise OutputRefused(
                _(
                    "{path} is not a regular file (a device, a pipe or a socket); Homeward writes only to files.",
                    path=given,
                )
            )
        if not overwrite:
            raise OutputRefused(
                _(
                    "{path} exists already; choose another name, or add --overwrite to replace it.",
                    path=given,
                )
            )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputRefused(_("The folder {folder} does not exist.", folder=folder))
    return target


@contextmanager
def file_beside(path: str | Path, *, overwrite: bool) -> Iterator[Path]:
    """A temporary path in the target's folder; renamed over the target when the block ends
    without an error, removed otherwise. Yields the temporary path."""
    target = checked_target(path, overwrite=overwrite)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise _write_error(exc, target) from None
    os.close(fd)
    partial = Path(name)
    try:
        yield partial
        # Checked again: the target may have become something else while this was written.
        checked_target(target, overwrite=overwrite)
        os.replace(partial, target)
    except OSError as exc:
        raise _write_error(exc, target) from None
    finally:
        partial.unlink(missing_ok=True)


def _write_error(exc: OSError, target: Path) -> HomewardError:
    """A full disk or a read-only folder in its own words; anything else with the system's."""
    from desktop_app.services.storage.database import storage_error

    found = storage_error(exc, str(target), target)
    if found is not None:
        return found
    return OutputRefused(
        _("{path} cannot be written: {reason}.", path=target, reason=exc.strerror or exc)
    )


def write_file(path: str | Path, write: Callable[[BinaryIO], None], *, overwrite: bool) -> Path:
    """Write a file through `write(handle)`, safely (see the module's description)."""
    target = checked_target(path, overwrite=overwrite)
    with file_beside(target, overwrite=overwrite) as partial:
        with open(partial, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
    return target


def write_bytes(path: str | Path, data: bytes, *, overwrite: bool) -> Path:
    def write(handle: BinaryIO) -> None:
        handle.write(data)

    return write_file(path, write, overwrite=overwrite)
