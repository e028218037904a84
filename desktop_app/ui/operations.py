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
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop_app.services.errors import HomewardError

log = logging.getLogger(__name__)


class OperationCancelled(Exception):
    """Raised by a callable that stopped because the user pressed Cancel."""


class Progress:
    """Handed to the callable: report progress, check for cancel (thread-safe)."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        self._signals.progress.emit(int(done), int(total))


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self._fn = fn
        self._signals = signals
        self._progress = progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except OperationCancelled:
            self._signals.cancelled.emit()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            if not isinstance(exc, HomewardError):
                log.exception("Background operation failed")
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Operation(QObject):
    """A running operation; keep a reference if you want to cancel it or wait for it.

    The worker's signals are connected to this object's slots: it lives on the
    GUI thread, so Qt queues every callback there.
    """

    finished = Signal()

    def __init__(
        self,
        parent: QObject | None,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None],
        on_cancel: Callable[[], None] | None,
        dialog: QProgressDialog | None,
    ) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.progress = Progress(self.signals)
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancel = on_cancel
        self._dialog = dialog
        self.signals.progress.connect(self._progressed)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.signals.cancelled.connect(self._cancelled)
        if dialog is not None:
            dialog.canceled.connect(self.cancel)

    @Slot()
    def cancel(self) -> None:
        self.progress.cancel()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setRange(0, max(total, 0))
            self._dialog.setValue(min(done, total))

    def _finish(self) -> None:
        self.done = True
        _running.discard(self)
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.finished.emit()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self.result = result
        self._finish()
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self._finish()
        self._on_failure(exc)

    @Slot()
    def _cancelled(self) -> None:
        self._finish()
        if self._on_cancel is not None:
            self._on_cancel()


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    """The default failure handler: a user error's own message, or a plain 'unexpected' one."""
    if isinstance(exc, HomewardError):
        QMessageBox.warning(parent, QCoreApplication.translate("Operations", "Homeward"), str(exc))
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


_pool: QThreadPool | None = None
# Operations are kept alive here until they finish, even without a parent widget.
_running: set[Operation] = set()


def _thread_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        # Database writes are serialised: one worker thread, operations run in order.
        _pool.setMaxThreadCount(1)
    return _pool


def wait_for_all(msecs: int = 30000) -> bool:
    """Block until queued operations are done (used at exit and by tests)."""
    return _thread_pool().waitForDone(msecs)


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
    operation = Operation(
        parent,
        on_success,
        on_failure or (lambda exc: show_failure(parent, exc)),
        on_cancel,
        dialog,
    )
    _running.add(operation)
    _thread_pool().start(_Runnable(fn, operation.signals, operation.progress))
    return operation
