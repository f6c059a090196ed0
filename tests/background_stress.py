"""Body of the background stress test, run in its own process by test_background_stress.py.

Many background jobs with progress dialogs; a person cancels some (Cancel button, Escape),
closes some dialogs with the window's close button, answers the message box a finished
job shows, and now and then closes the whole window while jobs run and opens a new one.
A watchdog that only the GUI thread re-arms ends the process with every thread's stack
when the GUI thread stalls: a hang fails, it never hangs CI.

Prints one line ``jobs=N delivered=D dropped=X`` and exits 0 when every job of a
living window was answered exactly once, none twice, and none after its window was gone.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import random
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from shiboken6 import isValid

import assessor_app.ui  # noqa: F401  (the PySide6 6.12 reference-count workaround)
from assessor_app.domain.progress import ProgressFn
from assessor_app.ui import background
from assessor_app.ui.background import BackgroundRunner

STALL_S = 20  # the GUI thread never stops this long unless it hangs
# Jobs of the open window that have not answered yet. Capping them keeps the share of jobs
# dropped by a window closing the same on a fast laptop and a loaded 2-core CI box:
# uncapped, the queue grew with the tick rate and a close dropped whatever had piled up.
MAX_IN_FLIGHT = 12
CLOSE_PER_JOB = 1 / 80  # windows close per job started, not per tick, for the same reason
JOBS = int(os.environ.get("STRESS_JOBS", "1200"))
SEED = int(os.environ.get("STRESS_SEED", "11"))


@dataclass
class Tally:
    started: int = 0
    answers: dict[int, int] = field(default_factory=dict)
    window_of: dict[int, int] = field(default_factory=dict)
    closed_windows: set[int] = field(default_factory=set)
    gone_windows: set[int] = field(default_factory=set)
    late: list[int] = field(default_factory=list)
    box_open: bool = False


def work_for(rng: random.Random) -> tuple[int, float, bool]:
    return rng.randint(0, 8), rng.random() * 0.003, rng.random() < 0.15


def make_work(steps: int, pause: float, fail: bool) -> Callable[[ProgressFn, threading.Event], int]:
    def work(progress: ProgressFn, cancel: threading.Event) -> int:
        for step in range(steps):
            if cancel.is_set():
                raise RuntimeError("cancelled")
            progress(step, steps)
            time.sleep(pause)
        if fail:
            raise ValueError("refused")
        return steps

    return work


def main() -> int:
    faulthandler.dump_traceback_later(STALL_S, exit=True)
    logging.disable(logging.CRITICAL)  # work failing after its window closed is logged
    errors: list[str] = []

    def excepthook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        errors.append(f"{kind.__name__}: {exc}")
        sys.__excepthook__(kind, exc, tb)  # type: ignore[arg-type]

    sys.excepthook = excepthook
    background.PROGRESS_DELAY_MS = 2  # every job gets its dialog
    app = QApplication([])
    rng = random.Random(SEED)
    tally = Tally()
    windows: list[tuple[int, QMainWindow, BackgroundRunner]] = []

    def open_window() -> None:
        number = len(windows) + len(tally.closed_windows)
        window = QMainWindow()
        window.resize(400, 300)
        window.show()
        window.destroyed.connect(lambda: tally.gone_windows.add(number))
        windows.append((number, window, BackgroundRunner(window)))

    def answered(job: int, outcome: object) -> None:
        tally.answers[job] = tally.answers.get(job, 0) + 1
        if tally.window_of[job] in tally.gone_windows:
            tally.late.append(job)
        if tally.box_open or rng.random() > 0.05 or not windows:
            return
        # As an import does: a message box, read and closed a moment later (nested loop).
        tally.box_open = True
        box = QMessageBox(
            QMessageBox.Icon.Information, "Import", str(outcome), QMessageBox.StandardButton.Ok,
            windows[-1][1],
        )  # fmt: skip
        QTimer.singleShot(rng.randint(1, 15), box, box.accept)
        box.exec()
        if isValid(box):  # its window may have been closed meanwhile
            box.deleteLater()
        tally.box_open = False

    def in_flight() -> int:
        number = windows[-1][0]
        return sum(
            1 for job, win in tally.window_of.items() if win == number and job not in tally.answers
        )

    def start_job() -> None:
        number, _window, runner = windows[-1]
        job = tally.started
        tally.started += 1
        tally.window_of[job] = number
        cancel = runner.run(
            make_work(*work_for(rng)),
            lambda result: answered(job, result),
            lambda exc: answered(job, exc),
            label=f"Job {job}…",
            cancellable=rng.random() < 0.7,
        )
        if rng.random() < 0.05:
            cancel.set()  # the page gives up on it itself

    def act_on_dialogs() -> None:
        for dialog in QApplication.topLevelWidgets():
            if not isinstance(dialog, QProgressDialog) or not dialog.isVisible():
                continue
            choice = rng.random()
            button = dialog.findChild(QPushButton)
            if choice < 0.08 and button is not None and button.isVisible():
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            elif choice < 0.14:
                QTest.keyClick(dialog, Qt.Key.Key_Escape)
            elif choice < 0.22:
                dialog.close()  # the window's close button

    def tick() -> None:
        faulthandler.dump_traceback_later(STALL_S, exit=True)  # the GUI thread is alive
        started = 0
        for _ in range(rng.randint(1, 4)):
            if tally.started < JOBS and in_flight() < MAX_IN_FLIGHT:
                start_job()
                started += 1
        act_on_dialogs()
        if started and rng.random() < CLOSE_PER_JOB * started and tally.started < JOBS:
            number, window, _runner = windows.pop()
            tally.closed_windows.add(number)
            window.close()
            window.deleteLater()
            open_window()
        if tally.started >= JOBS and QThreadPool.globalInstance().waitForDone(0):
            QTimer.singleShot(50, app.quit)  # the last reports arrive first
            timer.stop()

    open_window()
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(1)
    app.exec()
    faulthandler.cancel_dump_traceback_later()
    if not BackgroundRunner.shutdown(10_000):
        print("background work still running at the end")
        return 2

    alive = [j for j in range(tally.started) if tally.window_of[j] not in tally.closed_windows]
    twice = sorted(j for j, n in tally.answers.items() if n > 1)
    unanswered = [j for j in alive if tally.answers.get(j, 0) != 1]
    if errors:
        print(f"uncaught errors on the GUI thread: {errors[:5]}")
        return 1
    if twice or unanswered or tally.late:
        print(f"twice={twice[:10]} unanswered={unanswered[:10]} late={tally.late[:10]}")
        return 1
    visible = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    if any(w.isVisible() for w in visible):
        print("a progress dialog is still shown after its work ended")
        return 1
    print(
        f"jobs={tally.started} delivered={len(tally.answers)} "
        f"dropped={tally.started - len(tally.answers)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
