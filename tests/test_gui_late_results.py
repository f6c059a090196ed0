"""Slow work that finishes after its page was closed: the result is dropped quietly.

The assessor starts a report (or an attachment upload) and goes back to the visit list
before it is done; the work still completes, but no error dialog may appear about widgets
that are gone.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from assessor_app.services.container import Services
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.error_dialog import install_excepthook
from assessor_app.ui.main_window import MainWindow
from tests.gui_helpers import close_error_dialogs, error_dialogs
from tests.test_gui_shell import activate, press

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, services: Services, visit_id: str, monkeypatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(BackgroundRunner, "synchronous", False)
    install_excepthook(None)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    activate(qtbot, win)
    win.open_visit(visit_id)
    yield win
    close_error_dialogs()


def held_back(monkeypatch, target: object, name: str) -> threading.Event:
    """Make ``target.name`` wait for the returned gate before it does its work."""
    gate = threading.Event()
    real = getattr(target, name)

    def slow(*args: object, **kwargs: object) -> object:
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, slow)
    return gate


def finish(qtbot, gate: threading.Event) -> None:
    gate.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


def test_report_finishing_after_the_visit_closed_shows_no_error(
    qtbot, window, services, monkeypatch
):
    gate = held_back(monkeypatch, services.reports, "render")
    assert window.workspace is not None
    window.workspace.tabs.setCurrentWidget(window.workspace.report)
    qtbot.mouseClick(window.workspace.report.generate_button, Qt.MouseButton.LeftButton)
    press(qtbot, window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Close visit
    assert window.workspace is None
    finish(qtbot, gate)
    assert [box.text() for box in error_dialogs()] == []


def test_photo_stored_after_the_visit_closed_shows_no_error(
    qtbot, window, services, visit_id, monkeypatch, tmp_path: Path
):
    photo = tmp_path / "ward.jpg"
    Image.new("RGB", (64, 48), "teal").save(photo)
    gate = held_back(monkeypatch, services.attachments, "add")
    assert window.workspace is not None
    page = window.workspace.checklist
    key = page.current_key()
    page.editor.files_dropped.emit([photo])  # as a drop on the editor does
    press(qtbot, window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    finish(qtbot, gate)
    assert [box.text() for box in error_dialogs()] == []
    assert [a.filename for a in services.attachments.list(visit_id, key)] == ["ward.jpg"]
