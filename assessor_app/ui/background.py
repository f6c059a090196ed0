"""The one helper for slow work off the GUI thread.

Threading contract: ``fn`` runs on a QThreadPool worker and must not touch widgets; it may
call ``progress(done, total)`` and should check ``cancel.is_set()`` now and then.
``on_done`` / ``on_error`` run on the GUI thread, and only while ``owner`` (the page that
asked, when given) and the runner's parent window still exist: the assessor may close a
visit, or the window, before its work ends.
A progress dialog appears only when the work takes longer than ``PROGRESS_DELAY_MS`` (a
flash of a dialog is worse than none).
Tests set ``BackgroundRunner.synchronous = True`` to run work inline.

Object lifetimes (why the code is shaped like this): a worker thread never holds the last
reference to anything the GUI made. Each job's record (``fn``, the cancel event, the
callbacks, the result or error) stays in a registry until the GUI thread takes it out, and
the worker drops its own references before it says it has finished. Only job numbers
cross threads, through one relay QObject that lives on the GUI thread for the life of the
process. The pool runs a plain callable, not a Python QRunnable, so no Python wrapper is
destroyed on a pool thread. Releasing a Python-owned QObject, or an object a signal is
connected to, on a worker makes Qt disconnect there while it holds a signal lock and waits
for the GIL: with the GUI thread holding the GIL and waiting for that lock (a progress
dialog closing, say), the window froze for good.
The dialog's bar is updated directly: ``QProgressDialog.setValue`` on a modal dialog runs
a nested event loop, in which other results (and their message boxes) would arrive.
"""

from __future__ import annotations

import functools
import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget
from shiboken6 import isValid

from assessor_app.domain.progress import CancelToken, ProgressFn
from assessor_app.ui.plain_text import plain

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 400
# On quitting, running work is cancelled and given this long to stop (it rolls back).
SHUTDOWN_WAIT_MS = 30_000
# Work takes the one progress callback and cancel token of domain/progress.
Work = Callable[[ProgressFn, CancelToken], Any]


@dataclass(eq=False)
class _Job:
    """Everything one job holds; created, read and released on the GUI thread, except for
    the fields the worker writes under ``_lock`` (``progress*``, ``ok``, ``outcome``)."""

    id: int
    fn: Work
    cancel: threading.Event
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    owner: QObject | None
    parent: QWidget | None
    dialog: QProgressDialog | None = None
    bar: QProgressBar | None = None
    progress: tuple[int, int] | None = None
    progress_posted: bool = False
    ok: bool = False
    outcome: Any = None

    def report_progress(self, done: int, total: int) -> None:
        """Called on the worker: keep the latest value, wake the GUI once per batch."""
        with _lock:
            self.progress = (done, total)
            post = not self.progress_posted
            self.progress_posted = True
        if post:
            _emit_to_gui("progressed", self.id)


class _Relay(QObject):
    """Lives on the GUI thread for the life of the process; workers emit job numbers."""

    progressed = Signal(int)
    finished = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        queued = Qt.ConnectionType.QueuedConnection
        self.progressed.connect(self._on_progressed, queued)
        self.finished.connect(self._on_finished, queued)

    @Slot(int)
    def _on_progressed(self, job_id: int) -> None:
        with _lock:
            job = _jobs.get(job_id)
            if job is None:
                return
            value, job.progress_posted = job.progress, False
        if value is not None and job.bar is not None and isValid(job.bar):
            done_count, total = value
            job.bar.setRange(0, max(total, 0))
            job.bar.setValue(min(max(done_count, 0), max(total, 0)))

    @Slot(int)
    def _on_finished(self, job_id: int) -> None:
        with _lock:
            job = _jobs.pop(job_id, None)
        if job is not None:
            _deliver(job)


_lock = threading.Lock()
_jobs: dict[int, _Job] = {}
_ids = itertools.count(1)
_relay: _Relay | None = None


def _emit_to_gui(signal_name: str, job_id: int) -> None:
    relay = _relay  # the module keeps it: never the last reference
    try:
        getattr(relay, signal_name).emit(job_id)
    except (RuntimeError, AttributeError):  # the application is gone; nobody to tell
        log.info("background work ended after the application closed")


def _gui_relay() -> _Relay:
    global _relay
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("BackgroundRunner.run must be called on the GUI thread")
    if _relay is None or not isValid(_relay):
        _relay = _Relay()
    return _relay


def _work(job_id: int) -> None:
    """The pool thread's whole part: run, store the outcome, drop every reference, tell."""
    with _lock:
        job = _jobs[job_id]
    _run_into(job)
    del job  # the registry holds the job until the GUI thread pops it: never the last
    _emit_to_gui("finished", job_id)


def _run_into(job: _Job) -> None:
    try:
        outcome = job.fn(job.report_progress, job.cancel)
    except BaseException as exc:  # reported on the GUI thread, never lost
        with _lock:
            job.ok, job.outcome = False, exc
    else:
        with _lock:
            job.ok, job.outcome = True, outcome


def _deliver(job: _Job) -> None:
    """On the GUI thread: close the dialog, then hand the outcome to the page, if any."""
    try:
        _close_dialog(job)
        gone = (job.owner is not None and not isValid(job.owner)) or (
            job.parent is not None and not isValid(job.parent)
        )
        if job.ok:
            if gone:
                log.info("background work ended after its page closed")
            else:
                job.on_done(job.outcome)
            return
        log.info("background work failed: %r", job.outcome)
        if gone:
            log.error("background work failed after its window closed", exc_info=job.outcome)
        else:
            job.on_error(job.outcome)
    finally:
        _release(job)


def _release(job: _Job) -> None:
    """Drop what the job holds, here on the GUI thread. An error's traceback makes a cycle
    back to the job; left to the cycle collector, it could be freed on any thread."""
    job.fn = job.on_done = job.on_error = _released
    job.owner = job.parent = job.outcome = None


def _released(*_args: object) -> None:
    raise AssertionError("a background job was used after it ended")


def _close_dialog(job: _Job) -> None:
    dialog, job.dialog, job.bar = job.dialog, None, None
    if dialog is None or not isValid(dialog):
        return
    # Not close(): QProgressDialog.closeEvent emits canceled, for work that has ended.
    dialog.hide()
    dialog.deleteLater()


def _make_dialog(job: _Job, label: str, cancellable: bool) -> None:
    assert job.parent is not None
    dialog = QProgressDialog(job.parent)
    bar = QProgressBar(dialog)
    bar.setRange(0, 0)
    dialog.setBar(bar)
    dialog.setLabelText(plain(label))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    cancel = job.cancel

    def cancelled() -> None:
        cancel.set()
        dialog.setLabelText(QCoreApplication.translate("BackgroundRunner", "Cancelling…"))

    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("BackgroundRunner", "Cancel"))
        dialog.canceled.connect(cancelled)
    else:
        dialog.setCancelButton(None)
    job.dialog, job.bar = dialog, bar

    def show_if_still_running() -> None:
        # The dialog's deleteLater waits for the event loop it was called from; a message
        # box the outcome opens runs a nested loop meanwhile, in which this timer still
        # fires. Shown then, the finished job's window-modal dialog blocked the box.
        if job.dialog is dialog:
            dialog.show()

    # The dialog as context: the timer dies with it once it is deleted.
    QTimer.singleShot(PROGRESS_DELAY_MS, dialog, show_if_still_running)


class BackgroundRunner:
    synchronous = False

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent

    def run(
        self,
        fn: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        label: str = "",
        cancellable: bool = False,
        owner: QObject | None = None,
    ) -> threading.Event:
        """Run ``fn(progress, cancel)`` in the background; returns the cancel event.

        Call it on the GUI thread. ``owner``: the widget whose callbacks these are; once it
        is deleted the result is only logged (its widgets are gone, and the work itself is
        done or saved).
        """
        cancel = threading.Event()
        if BackgroundRunner.synchronous:
            try:
                result = fn(lambda d, t: None, cancel)
            except BaseException as exc:
                on_error(exc)
            else:
                on_done(result)
            return cancel

        _gui_relay()
        job = _Job(next(_ids), fn, cancel, on_done, on_error, owner, self._parent)
        if label and self._parent is not None and isValid(self._parent):
            _make_dialog(job, label, cancellable)
        with _lock:
            _jobs[job.id] = job
        QThreadPool.globalInstance().start(functools.partial(_work, job.id))
        return cancel

    @staticmethod
    def shutdown(wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """On quitting: cancel all running work and wait for it to stop (the wait lets
        the workers run; no event loop is needed). True when everything stopped."""
        with _lock:
            running = list(_jobs.values())
        for job in running:
            job.cancel.set()
        return bool(QThreadPool.globalInstance().waitForDone(wait_ms))
