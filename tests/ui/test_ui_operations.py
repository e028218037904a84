"""The background-operation helper: work off the GUI thread, results and errors back on it, cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from desktop_app.services.errors import HomewardError
from desktop_app.ui import operations
from desktop_app.ui.operations import OperationCancelled, run_operation


def test_result_arrives_on_the_gui_thread(qtbot):
    gui = QThread.currentThread()
    seen = {}

    def work(progress):
        seen["worker_thread"] = threading.current_thread() is not threading.main_thread()
        for i in range(3):
            progress.report(i + 1, 3)
        return 42

    def done(value):
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is gui

    op = run_operation(None, work, on_success=done)
    reports = []
    op.signals.progress.connect(lambda d, t: reports.append((d, t, QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert seen == {"worker_thread": True, "value": 42, "on_gui": True}
    assert reports and reports[-1] == (3, 3, True)
    assert op.done and op.result == 42 and op.error is None


def test_a_user_error_is_delivered_to_the_failure_callback(qtbot):
    failures = []

    def work(progress):
        raise HomewardError("The file is not a spreadsheet.")

    op = run_operation(None, work, on_failure=failures.append)
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert [str(e) for e in failures] == ["The file is not a spreadsheet."]


def test_cancel_stops_the_work_where_it_checks(qtbot):
    started = threading.Event()
    release = threading.Event()
    cancelled = []

    def work(progress):
        started.set()
        release.wait(5)
        if progress.cancelled:
            raise OperationCancelled()
        return "finished"

    op = run_operation(
        None,
        work,
        on_cancel=lambda: cancelled.append(True),
        on_success=lambda r: cancelled.append(r),
    )
    assert started.wait(5)
    op.cancel()
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert cancelled == [True]
    assert operations.wait_for_all(5000)


def test_progress_dialog_follows_and_closes(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    op = run_operation(parent, lambda p: (p.report(5, 10), "ok")[1], title="Working")
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert op.result == "ok"
    assert op._dialog is None


def test_many_operations_do_not_leak_references_to_true(qtbot):
    """Emitting a Python-defined signal leaks a reference to True in PySide6 6.12 on Python
    3.11 (the interpreter crashes once it runs out); the helper must not emit any."""
    import gc
    import sys

    finished = []

    def one():
        op = run_operation(None, lambda p: (p.report(1, 1), True)[1])
        op.when_finished(lambda: finished.append(True))
        op.wait(5)

    one()
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(100):
        one()
    gc.collect()
    assert sys.getrefcount(True) - before > -20
    assert len(finished) == 101
