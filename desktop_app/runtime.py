"""Process-wide settings of a running Homeward (no Qt)."""

from __future__ import annotations

import gc


def settle_after_startup() -> None:
    """Move what starting made (modules, the main window, caches) out of the garbage
    collector's sight.

    Those objects live as long as the app. Left in the collector's oldest generation,
    every full collection walks them all again; that pause lands in the middle of a
    search while the user types (a search of a large caseload makes many short-lived
    rows, which triggers collections). Frozen, a full collection only walks what was
    made since. Call once, when the main window is up.
    """
    gc.collect()
    gc.freeze()
