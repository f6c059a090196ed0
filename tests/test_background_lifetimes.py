"""Background work frees what the GUI thread made on the GUI thread, never on a pool thread.

Freeing a Python object that a Qt connection refers to, or a Python-owned QObject, on a
pool thread makes Qt disconnect there under a signal lock while it waits for the GIL;
with the GUI thread holding the GIL and waiting for that lock, the window froze for good
(after File > Import bundle, in ``QProgressDialog.closeEvent``).
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QWidget

from assessor_app.domain.progress import ProgressFn
from assessor_app.ui.background import BackgroundRunner

pytestmark = pytest.mark.gui

Freed = list[tuple[str, bool]]


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


class Witness:
    """Notes, when it is freed, whether that happened on the GUI thread."""

    def __init__(self, freed: Freed, name: str) -> None:
        self.freed, self.name = freed, name

    def __del__(self) -> None:
        self.freed.append((self.name, on_gui_thread()))


class QWitness(QObject):
    def __init__(self, freed: Freed, name: str) -> None:
        super().__init__()  # no parent: Python owns it
        self.freed, self.name = freed, name

    def __del__(self) -> None:
        self.freed.append((self.name, on_gui_thread()))


class WitnessError(RuntimeError):
    def __init__(self, witness: Witness) -> None:
        super().__init__("the work failed")
        self.witness = witness


@pytest.fixture
def runner(qtbot, monkeypatch) -> BackgroundRunner:
    monkeypatch.setattr(BackgroundRunner, "synchronous", False)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return BackgroundRunner(window)


def start(runner: BackgroundRunner, freed: Freed, outcomes: list[object], *, fail: bool) -> None:
    tag = "failing" if fail else "succeeding"
    captured = Witness(freed, f"object captured by the {tag} work")
    captured_qobject = QWitness(freed, f"QObject captured by the {tag} work")

    def work(progress: ProgressFn, cancel: threading.Event) -> Witness:
        progress(1, 2)
        assert captured is not None and captured_qobject is not None and not cancel.is_set()
        if fail:
            raise WitnessError(Witness(freed, "error raised by the work"))
        return Witness(freed, "result returned by the work")

    runner.run(
        work, outcomes.append, outcomes.append, label="Working…", cancellable=True, owner=None
    )


def test_what_a_job_holds_is_freed_on_the_gui_thread(qtbot, runner, caplog) -> None:
    # A captured log record would keep the error (and what its traceback holds) alive.
    caplog.set_level(logging.WARNING, logger="assessor_app.ui.background")
    freed: Freed = []
    outcomes: list[object] = []
    start(runner, freed, outcomes, fail=False)
    start(runner, freed, outcomes, fail=True)
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=10_000)
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert {type(o).__name__ for o in outcomes} == {"Witness", "WitnessError"}
    outcomes.clear()
    qtbot.wait(50)  # anything still queued for the GUI thread arrives
    gc.collect()

    assert sorted(freed) == [
        ("QObject captured by the failing work", True),
        ("QObject captured by the succeeding work", True),
        ("error raised by the work", True),
        ("object captured by the failing work", True),
        ("object captured by the succeeding work", True),
        ("result returned by the work", True),
    ]


def held_back_work(freed: Freed, gate: threading.Event) -> Callable[..., Witness]:
    captured = Witness(freed, "object captured by the work")

    def work(progress: ProgressFn, cancel: threading.Event) -> Witness:
        gate.wait(10)
        assert captured is not None
        return Witness(freed, "result returned by the work")

    return work


def test_a_result_for_a_closed_window_is_dropped_on_the_gui_thread(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(BackgroundRunner, "synchronous", False)
    window = QWidget()
    window.show()
    runner = BackgroundRunner(window)
    freed: Freed = []
    outcomes: list[object] = []
    gate = threading.Event()
    runner.run(held_back_work(freed, gate), outcomes.append, outcomes.append, label="Working…")
    window.close()
    window.deleteLater()
    qtbot.wait(20)  # the window and its progress dialog are gone
    gate.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(100)  # its report (posted before the worker ended) arrives
    assert outcomes == []  # nobody left to show it to
    gc.collect()
    assert sorted(freed) == [
        ("object captured by the work", True),
        ("result returned by the work", True),
    ]


def test_quitting_cancels_running_work_and_waits_for_it(qtbot, runner) -> None:
    """What run_gui does after the window closed: no work left running on a closed database."""
    saw_cancel = threading.Event()

    def work(progress: ProgressFn, cancel: threading.Event) -> None:
        if cancel.wait(20):
            saw_cancel.set()

    runner.run(work, lambda _r: None, lambda _e: None, label="Importing…", cancellable=True)
    assert BackgroundRunner.shutdown(10_000)
    assert saw_cancel.is_set()
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    qtbot.wait(20)  # its report arrives, for nobody in particular
