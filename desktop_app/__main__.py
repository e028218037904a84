"""Entry point: arguments and logging first, then the command line or the desktop app."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Sequence

from desktop_app import config


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
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    args = list(sys.argv[1:] if argv is None else argv)
    gui_flags = {"--first-run-demo"}
    if not any(a in gui_flags for a in args):
        from desktop_app.cli import run

        code = run(args)
        if code != -1:
            return code
    from desktop_app.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
