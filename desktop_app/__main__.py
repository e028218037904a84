"""Entry point: arguments and logging first, then the command line or the desktop app."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from desktop_app import app, config

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class PrivateFormatter(logging.Formatter):
    """Log lines keep where an error happened, not what it said.

    An exception's message can carry a young person's name or another value from a
    file or the database (a bad cell, a refused name); the log is read by IT and
    sent with support tickets, so it gets the error's type and the lines of code
    it passed through, never its message. (The database engine hides statement
    values from its errors too: db/engine.py.)
    """

    def formatException(self, ei: ExcInfo) -> str:  # type: ignore[override]  # noqa: N802
        chain: list[BaseException] = []
        error: BaseException | None = ei[1]
        while error is not None and error not in chain:
            chain.append(error)
            error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
        lines: list[str] = []
        for error in reversed(chain):
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_tb(error.__traceback__))
            kind = type(error)
            lines.append(f"{kind.__module__}.{kind.__qualname__} (message not logged)\n")
        return "".join(lines).rstrip("\n")


def setup_logging() -> None:
    root = logging.getLogger()
    if root.handlers:
        return
    root.setLevel(logging.INFO)
    try:
        folder = config.logs_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "homeward.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


# Options that may stand without a sub-command and still mean "open the app".
_GUI_OPTIONS_WITH_VALUE = {option.flag for option in app.GLOBAL_OPTIONS}
_GUI_FLAGS = set(app.DESKTOP_FLAGS)


def opens_the_gui(args: Sequence[str]) -> bool:
    """True when the arguments are only global options: the app opens without building
    the whole command-line parser (which imports every command and costs start-up time)."""
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg in _GUI_FLAGS:
            continue
        name = arg.split("=", 1)[0]
        if name in _GUI_OPTIONS_WITH_VALUE:
            if "=" not in arg:
                if not rest:
                    return False  # let the parser report the missing value
                rest.pop(0)
            continue
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    args = list(sys.argv[1:] if argv is None else argv)
    if not opens_the_gui(args):
        code = app.run_cli(args)
        if code != -1:
            return code
    return app.run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
