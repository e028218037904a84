"""Process-wide settings of a running Homeward (no Qt)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Until the main window is up, an automatic collection comes only after this many new
# objects (Python's own default is 700). Starting builds a few hundred thousand objects that
# live as long as the app (modules, mapped classes, widgets) and almost no garbage: a start
# with collections off leaves 629 cyclic objects to collect and the same resident memory.
# At the default, about 300 collections walk the growing heap again and again (0.1 s of a
# start on the 100,000-case database, 0.2–0.3 s under load). Still a limit, not off, so
# long work before the window (creating the demo database) keeps being collected.
STARTUP_THRESHOLD = 100_000

_held: tuple[int, int, int] | None = None

# Inside bulk work (an import of 50,000 rows), the same limit as while starting, for the same
# reason: it builds a few hundred thousand objects that live until it ends (each row checked,
# waiting to be written) and almost no garbage. At the default, 15 full collections walked
# them again and again: 2.6 s of CPU in a 13 s import, which freed nothing.
BULK_THRESHOLD = 100_000
_bulk_lock = threading.Lock()
_bulk_depth = 0
_bulk_before: tuple[int, int, int] | None = None


def hold_collections_for_startup() -> None:
    """Collect rarely until `settle_after_startup` (or `resume_collections`). Call first."""
    global _held
    if _held is None:
        _held = gc.get_threshold()
        gc.set_threshold(STARTUP_THRESHOLD, _held[1], _held[2])


def resume_collections() -> None:
    """Back to the usual collection thresholds (nothing happens if they were never held)."""
    global _held
    if _held is not None:
        gc.set_threshold(*_held)
        _held = None


def settle_after_startup() -> None:
    """Move what starting made (modules, the main window, caches) out of the garbage
    collector's sight, and collect as usual from then on.

    Those objects live as long as the app. Left in the collector's oldest generation,
    every full collection walks them all again; that pause lands in the middle of a
    search while the user types (a search of a large caseload makes many short-lived
    rows, which triggers collections). Frozen, a full collection only walks what was
    made since. Call once, when the main window is up.
    """
    gc.collect()
    gc.freeze()
    resume_collections()


@contextmanager
def collections_held_for_bulk_work() -> Iterator[None]:
    """Collect rarely inside the block (a limit, not off: what it drops is still collected),
    then as before it. Blocks may overlap on several threads: the last one out restores."""
    global _bulk_before, _bulk_depth
    with _bulk_lock:
        if _bulk_depth == 0:
            _bulk_before = gc.get_threshold()
            gc.set_threshold(max(_bulk_before[0], BULK_THRESHOLD), *_bulk_before[1:])
        _bulk_depth += 1
    try:
        yield
    finally:
        with _bulk_lock:
            _bulk_depth -= 1
            if _bulk_depth == 0 and _bulk_before is not None:
                gc.set_threshold(*_bulk_before)
