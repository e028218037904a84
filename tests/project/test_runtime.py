"""The garbage collector during start-up: rare collections until the window is up, then usual."""

import gc

import pytest

from desktop_app import runtime


@pytest.fixture
def usual_thresholds():
    before = gc.get_threshold()
    yield before
    runtime.resume_collections()
    gc.set_threshold(*before)


def test_held_until_resumed(usual_thresholds):
    runtime.hold_collections_for_startup()
    assert gc.get_threshold() == (runtime.STARTUP_THRESHOLD, *usual_thresholds[1:])
    runtime.hold_collections_for_startup()  # a second start in the same process keeps the first
    runtime.resume_collections()
    assert gc.get_threshold() == usual_thresholds
    runtime.resume_collections()  # nothing held: nothing changes
    assert gc.get_threshold() == usual_thresholds


def test_settling_freezes_what_start_made_and_collects_as_usual_again(usual_thresholds):
    runtime.hold_collections_for_startup()
    frozen_before = gc.get_freeze_count()
    kept = [[n] for n in range(1000)]  # lives on, like the main window
    runtime.settle_after_startup()
    assert gc.get_freeze_count() >= frozen_before + len(kept)
    assert gc.get_threshold() == usual_thresholds


def test_bulk_work_collects_rarely_and_then_as_before(usual_thresholds):
    with runtime.collections_held_for_bulk_work():
        assert gc.get_threshold() == (runtime.BULK_THRESHOLD, *usual_thresholds[1:])
    assert gc.get_threshold() == usual_thresholds
    with pytest.raises(RuntimeError), runtime.collections_held_for_bulk_work():
        raise RuntimeError("the import failed")
    assert gc.get_threshold() == usual_thresholds
    # Two imports overlapping (a preview and an import, on two threads): the thresholds
    # come back when the last one ends, not when the first does.
    first, second = (
        runtime.collections_held_for_bulk_work(),
        runtime.collections_held_for_bulk_work(),
    )
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold()[0] == runtime.BULK_THRESHOLD
    second.__exit__(None, None, None)
    assert gc.get_threshold() == usual_thresholds
