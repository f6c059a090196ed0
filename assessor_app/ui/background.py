"""The one helper for slow work off the GUI thread.

Threading contract: ``fn`` runs on a QThreadPool worker and must not touch widgets; it may
call ``progress(done, total)`` and should check ``cancel.is_set()`` now and then.
``on_done`` / ``on_error`` run on the GUI thread, and only while ``owner`` (the page that
asked, when given) still exists: the assessor may close a visit before its work ends.
A progress dialog appears only when the work takes longer than ``PROGRESS_DELAY_MS`` (a
flash of a dialog is worse than none).
Tests set ``BackgroundRunner.synchronous = True`` to run work inline.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from assessor_app.ui.plain_text import plain

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 400
ProgressFn = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.fn, self.signals, self.cancel = fn, signals, cancel

    def run(self) -> None:
        try:
            result = self.fn(lambda d, t: self._emit(self.signals.progress, d, t), self.cancel)
        except BaseException as exc:  # reported on the GUI thread, never lost
            if not self._emit(self.signals.failed, exc):
                log.error("background work failed after its window closed", exc_info=exc)
        else:
            self._emit(self.signals.done, result)

    def _emit(self, signal: Any, *args: Any) -> bool:
        # The app may be closing: the receiver (and the signals object) can be gone by now.
        try:
            signal.emit(*args)
        except RuntimeError:
            return False
        return True


class BackgroundRunner:
    synchronous = False

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent
        self._alive: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[ProgressFn, threading.Event], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        label: str = "",
        cancellable: bool = False,
        owner: QObject | None = None,
    ) -> threading.Event:
        """Run ``fn(progress, cancel)`` in the background; returns the cancel event.

        ``owner``: the widget whose callbacks these are; once it is deleted the result is
        only logged (its widgets are gone, and the work itself is done or saved).
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

        signals = _Signals()
        self._alive.add(signals)  # keep the QObject alive until the job reports back
        dialog: QProgressDialog | None = None
        if label and self._parent is not None:
            dialog = QProgressDialog(self._parent)
            dialog.setLabelText(plain(label))
            dialog.setRange(0, 0)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(PROGRESS_DELAY_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if cancellable:
                dialog.setCancelButtonText(QCoreApplication.translate("BackgroundRunner", "Cancel"))
                dialog.canceled.connect(cancel.set)
            else:
                dialog.setCancelButton(None)
            # The dialog as context: the timer dies with it when the work ends first.
            shown = dialog
            QTimer.singleShot(PROGRESS_DELAY_MS, shown, lambda: shown.setValue(0))

        def finish() -> None:
            self._alive.discard(signals)
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()

        def owner_gone() -> bool:
            return owner is not None and not isValid(owner)

        def done(result: Any) -> None:
            finish()
            if owner_gone():
                log.info("background work ended after its page closed")
                return
            on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            log.info("background work failed: %r", exc)
            if not owner_gone():
                on_error(exc)

        def progressed(done_count: int, total: int) -> None:
            if dialog is not None:
                dialog.setMaximum(total)
                dialog.setValue(done_count)

        signals.done.connect(done)
        signals.failed.connect(failed)
        signals.progress.connect(progressed)
        QThreadPool.globalInstance().start(_Job(fn, signals, cancel))
        return cancel
