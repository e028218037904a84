"""Run slow work off the GUI thread, with progress and cancel; results come back on the GUI thread.

Usage::

    def work(progress: Progress) -> int:
        for i, item in enumerate(items):
            if progress.cancelled:
                raise OperationCancelled()
            ...
            progress.report(i + 1, len(items))
        return len(items)

    run_operation(
        parent,
        work,
        on_success=lambda count: ...,           # GUI thread
        on_failure=lambda exc: ...,             # GUI thread; default shows the message
        title=parent.tr("Creating the demo database"),
    )

The callable never touches widgets: it gets a `Progress` and returns a value.
A `HomewardError` it raises is shown as its plain message; anything else is
logged and shown as an unexpected problem. With a `title`, a progress dialog
with a Cancel button is shown while the work runs; Cancel sets
`progress.cancelled` and the callable decides where it can stop safely.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop_app.services.errors import HomewardError
from desktop_app.ui.messages import error_text

log = logging.getLogger(__name__)


class OperationCancelled(Exception):
    """Raised by a callable that stopped because the user pressed Cancel."""


class Progress:
    """Handed to the callable: report progress, check for cancel (thread-safe)."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[int, int] | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        with self._lock:
            self._latest = (int(done), int(total))

    def take(self) -> tuple[int, int] | None:
        with self._lock:
            latest, self._latest = self._latest, None
            return latest


class _ProgressListeners:
    """`operation.signals.progress.connect(fn)`: fn(done, total) is called on the GUI thread."""

    def __init__(self) -> None:
        self.listeners: list[Callable[[int, int], None]] = []

    def connect(self, listener: Callable[[int, int], None]) -> None:
        self.listeners.append(listener)


class _OperationSignals:
    def __init__(self) -> None:
        self.progress = _ProgressListeners()


class Operation(QObject):
    """A running operation; keep a reference if you want to cancel it or wait for it.

    The worker thread never emits Qt signals: it stores its outcome in a Future,
    and a timer on the GUI thread picks it up. (Signals queued from a worker
    thread leak a reference to True on every call in PySide6 6.12 on Python 3.11,
    which crashes the interpreter once True runs out of references.)
    """

    POLL_MS = 20

    def __init__(
        self,
        parent: QObject | None,
        future: Future[Any],
        progress: Progress,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None],
        on_cancel: Callable[[], None] | None,
        dialog: QProgressDialog | None,
    ) -> None:
        super().__init__(parent)
        self.progress = progress
        self.future = future
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancel = on_cancel
        self._dialog = dialog
        self._finished_callbacks: list[Callable[[], None]] = []
        self.signals = _OperationSignals()
        if dialog is not None:
            dialog.canceled.connect(self.cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    @Slot()
    def cancel(self) -> None:
        self.progress.cancel()

    @Slot()
    def _poll(self) -> None:
        latest = self.progress.take()
        if latest is not None:
            done, total = latest
            if self._dialog is not None:
                self._dialog.setRange(0, max(total, 0))
                self._dialog.setValue(min(done, total))
            for listener in self.signals.progress.listeners:
                listener(done, total)
        if not self.future.done():
            return
        self._timer.stop()
        exc = self.future.exception()
        if isinstance(exc, OperationCancelled):
            self._finish()
            if self._on_cancel is not None:
                self._on_cancel()
        elif exc is not None:
            if not isinstance(exc, HomewardError):
                log.error("Background operation failed", exc_info=exc)
            self.error = exc
            self._finish()
            self._on_failure(exc)
        else:
            self.result = self.future.result()
            self._finish()
            if self._on_success is not None:
                self._on_success(self.result)

    def wait(self, timeout: float | None = None) -> None:
        """Block until the work is done and deliver its callbacks (tests, shutdown)."""
        try:
            self.future.exception(timeout)
        except (TimeoutError, CancelledError):
            return
        if not self.done:
            self._poll()

    def when_finished(self, callback: Callable[[], None]) -> None:
        """Call `callback` on the GUI thread once the operation is over (whatever the outcome)."""
        if self.done:
            callback()
        else:
            self._finished_callbacks.append(callback)

    def _finish(self) -> None:
        self.done = True
        _running.discard(self)
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        # Plain callbacks rather than a Python-defined signal: every emit of one leaks a
        # reference to True in PySide6 6.12 on Python 3.11.
        for callback in self._finished_callbacks:
            callback()


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    """The default failure handler: a user error's own message, or a plain 'unexpected' one."""
    if isinstance(exc, HomewardError):
        QMessageBox.warning(
            parent, QCoreApplication.translate("Operations", "Homeward"), error_text(exc)
        )
    else:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Operations", "Homeward"),
            QCoreApplication.translate(
                "Operations",
                "Something unexpected went wrong. Nothing was changed. "
                "The details are in the log file.",
            ),
        )


_executor: ThreadPoolExecutor | None = None
# Operations are kept alive here until they finish, even without a parent widget.
_running: set[Operation] = set()


def _worker() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        # Database writes are serialised: one worker thread, operations run in order.
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="homeward-operation")
    return _executor


def wait_for_all(msecs: int = 30000) -> bool:
    """Block until queued operations are done and their callbacks ran (exit, tests)."""
    deadline = msecs / 1000
    for operation in list(_running):
        operation.wait(deadline)
    return not _running


def run_operation(
    parent: QWidget | None,
    fn: Callable[[Progress], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    title: str | None = None,
    label: str | None = None,
    cancellable: bool = True,
) -> Operation:
    """Run `fn(progress)` on the background worker; callbacks run on the GUI thread."""
    dialog: QProgressDialog | None = None
    if title is not None:
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label or title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setRange(0, 0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Operations", "Cancel"))
        else:
            dialog.setCancelButton(None)
    progress = Progress()
    future = _worker().submit(fn, progress)
    operation = Operation(
        parent,
        future,
        progress,
        on_success,
        on_failure or (lambda exc: show_failure(parent, exc)),
        on_cancel,
        dialog,
    )
    _running.add(operation)
    return operation
