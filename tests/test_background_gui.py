"""File > Import bundle with the real background runner, as an assessor goes through it.

The report that started this: after an import that brought two conflicts the window froze
for good. Here the import runs off the GUI thread with its progress dialog; the assessor
reads the message box and clicks OK, or clicks Cancel in the progress dialog.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
)

from assessor_app.domain.ratings import Rating
from assessor_app.services.container import Services
from assessor_app.ui import background
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.main_window import MainWindow
from tests.sync.helpers import assessor

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Services, Services]]:
    lead, co = assessor(tmp_path, "Lead"), assessor(tmp_path, "Co")
    yield lead, co
    lead.close()
    co.close()


@pytest.fixture
def two_conflicts(pair, tmp_path: Path) -> tuple[str, Path]:
    """A visit of the lead's and a bundle from the co-assessor that conflicts twice."""
    lead, co = pair
    visit_id = lead.demo.create()
    co.sync.import_bundle(Path(lead.sync.export_invitation(visit_id, tmp_path / "inv").path))
    co.findings.rate(visit_id, "5.a", Rating.NOT_MET)
    lead.findings.rate(visit_id, "5.a", Rating.PARTIAL)
    co.findings.set_comment(visit_id, "4.a", "co's words")
    lead.findings.set_comment(visit_id, "4.a", "lead's words")
    return visit_id, Path(co.sync.export_visit(visit_id, tmp_path / "co").path)


@pytest.fixture
def window(qtbot, pair, monkeypatch) -> MainWindow:
    monkeypatch.setattr(BackgroundRunner, "synchronous", False)
    monkeypatch.setattr(background, "PROGRESS_DELAY_MS", 0)  # the dialog shows at once
    win = MainWindow(pair[0])
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def answer_message_boxes(read: list[str]) -> QTimer:
    """Click OK on each message box as it opens (they are modal), noting what it said."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            read.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    return timer


def progress_dialogs() -> list[QProgressDialog]:
    shown = QApplication.topLevelWidgets()
    return [w for w in shown if isinstance(w, QProgressDialog) and w.isVisible()]


def held_back(monkeypatch, services: Services) -> tuple[threading.Event, threading.Event]:
    """The import reports progress, then waits for ``go`` (and sees a cancel meanwhile)."""
    started, go = threading.Event(), threading.Event()
    real: Callable[..., object] = services.sync.import_bundle

    def slow(path: Path, progress, cancel) -> object:
        progress(1, 4)
        started.set()
        go.wait(20)
        return real(path, progress, cancel)

    monkeypatch.setattr(services.sync, "import_bundle", slow)
    return started, go


def test_importing_two_conflicts_in_the_background_reports_them_and_the_window_responds(
    qtbot, window, pair, two_conflicts, monkeypatch
):
    visit_id, bundle = two_conflicts
    window.open_visit(visit_id)
    ws = window.workspace
    assert ws is not None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bundle), ""))
    started, go = held_back(monkeypatch, pair[0])
    read: list[str] = []

    window.action_import.trigger()
    assert started.wait(10)
    qtbot.waitUntil(lambda: len(progress_dialogs()) == 1, timeout=5000)
    dialog = progress_dialogs()[0]
    assert dialog.labelText() == f"Importing {bundle.name}…"
    bar_at = dialog.findChild(QProgressBar)
    qtbot.waitUntil(lambda: (bar_at.value(), bar_at.maximum()) == (1, 4), timeout=5000)
    keep = answer_message_boxes(read)
    go.set()
    qtbot.waitUntil(lambda: read != [], timeout=20_000)
    keep.stop()

    assert "2 conflicts need review." in read[0]
    assert progress_dialogs() == []
    conflicts_tab = ws.tabs.indexOf(ws.conflicts)
    qtbot.waitUntil(
        lambda: ws.tabs.tabText(conflicts_tab).replace("&", "") == "Needs review (2)",
        timeout=5000,
    )
    # The window still answers: the assessor goes on to the Needs review tab.
    qtbot.mouseClick(ws.header.conflicts, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.tabs.currentWidget() is ws.conflicts, timeout=5000)
    assert QThreadPool.globalInstance().waitForDone(10_000)


def test_cancel_in_the_progress_dialog_stops_the_import_and_changes_nothing(
    qtbot, window, pair, two_conflicts, monkeypatch
):
    lead = pair[0]
    visit_id, bundle = two_conflicts
    window.open_visit(visit_id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bundle), ""))
    started, go = held_back(monkeypatch, lead)
    read: list[str] = []

    window.action_import.trigger()
    assert started.wait(10)
    qtbot.waitUntil(lambda: len(progress_dialogs()) == 1, timeout=5000)
    dialog = progress_dialogs()[0]
    cancel_button = dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.labelText() == "Cancelling…"  # it stays until the work has stopped
    keep = answer_message_boxes(read)
    go.set()
    qtbot.waitUntil(lambda: read != [], timeout=20_000)
    keep.stop()

    assert read == ["Cancelled; nothing was changed."]
    assert progress_dialogs() == []
    assert lead.sync.conflicts(visit_id) == []


def test_work_failing_before_its_dialog_shows_never_shows_it_over_the_error(qtbot, monkeypatch):
    """A wrong signing passphrase fails in a few ms: the error box opened, then the
    progress dialog's delayed show fired inside the box's own loop, and the finished
    job's window-modal dialog blocked the box (only Escape got out)."""
    monkeypatch.setattr(BackgroundRunner, "synchronous", False)
    monkeypatch.setattr(background, "PROGRESS_DELAY_MS", 150)
    parent = QPushButton("window")
    qtbot.addWidget(parent)
    parent.show()
    runner = BackgroundRunner(parent)
    seen: list[str] = []

    def refused(_progress: object, _cancel: object) -> None:
        raise ValueError("wrong passphrase")

    def show_error(exc: BaseException) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Sign", str(exc), QMessageBox.StandardButton.Ok, parent
        )

        def look() -> None:  # well after the dialog's delay: what the assessor sees
            shown = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QProgressDialog) and w.isVisible()]  # fmt: skip
            seen.append(f"progress shown: {bool(shown)}")
            box.accept()

        QTimer.singleShot(450, look)
        box.exec()
        seen.append("box closed")

    runner.run(refused, lambda _r: None, show_error, label="Signing…")
    qtbot.waitUntil(lambda: "box closed" in seen, timeout=5000)
    assert seen == ["progress shown: False", "box closed"]
