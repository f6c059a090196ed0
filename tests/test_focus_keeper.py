"""The keyboard comes back to the window when a dialog closes, without a window manager.

Each dialog runs as the app runs its dialogs (exec(), a modal event loop), and is closed
from inside that loop the way the case in the test's name closes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMainWindow

from assessor_app.ui.focus_keeper import FocusKeeper, install_focus_keeper


@pytest.fixture
def keeper(qapp: QApplication) -> Iterator[FocusKeeper]:
    kept = install_focus_keeper(qapp)
    yield kept
    kept.stop()


@pytest.fixture
def window(qtbot) -> tuple[QMainWindow, QLineEdit]:
    main = QMainWindow()
    field = QLineEdit(main)
    main.setCentralWidget(field)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return main, field


def run(dialog: QDialog, while_open: Callable[[], None]) -> None:
    """exec() the dialog; ``while_open`` runs inside its loop once the dialog has the
    keyboard. A dialog that never gets it, or a failure inside, closes the dialog and
    fails the test (instead of leaving the loop running)."""
    failure: list[BaseException] = []
    tries = [200]  # 2 s

    def when_shown() -> None:
        if not (dialog.isVisible() and QApplication.activeWindow() is dialog):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(10, when_shown)
            else:
                failure.append(AssertionError(f"{dialog} never had the keyboard"))
                dialog.reject()
            return
        try:
            while_open()
        except BaseException as exc:
            failure.append(exc)
            dialog.reject()

    QTimer.singleShot(0, when_shown)
    dialog.exec()
    if failure:
        raise failure[0]


def keyboard_back(qtbot, main: QMainWindow, field: QLineEdit) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=2000)
    assert field.hasFocus()


def with_field(parent: QMainWindow | QDialog) -> tuple[QDialog, QLineEdit]:
    dialog = QDialog(parent)
    return dialog, QLineEdit(dialog)


def test_a_dialog_closed_with_the_keyboard_already_gone_gives_it_back(qtbot, keeper, window):
    """X11 with no window manager: the keyboard leaves a closing dialog while it is still
    shown, and the dialog hides after."""
    main, field = window
    dialog, edit = with_field(main)
    run(dialog, lambda: (edit.clearFocus(), dialog.accept()))
    keyboard_back(qtbot, main, field)


def test_a_busy_dialog_that_closes_itself_gives_the_keyboard_back(qtbot, keeper, window):
    """Change passphrase: every field is disabled while the key work runs (the keyboard
    goes nowhere then), and the dialog accepts itself when the work is done."""
    main, field = window
    dialog, edit = with_field(main)
    run(dialog, lambda: (edit.setEnabled(False), QTimer.singleShot(30, dialog.accept)))
    keyboard_back(qtbot, main, field)


def test_a_progress_dialog_with_nothing_to_focus_gives_the_keyboard_back(qtbot, keeper, window):
    """ "Signing…": a progress dialog with no Cancel button holds no focusable widget."""
    main, field = window
    dialog = QDialog(main)
    QLabel("Signing…", dialog)
    run(dialog, lambda: QTimer.singleShot(30, dialog.accept))
    keyboard_back(qtbot, main, field)


def test_a_question_over_a_dialog_gives_the_keyboard_to_that_dialog_then_the_window(
    qtbot, keeper, window
):
    main, field = window
    outer, outer_edit = with_field(main)
    seen: dict[str, bool] = {}

    def ask() -> None:
        outer_edit.setFocus()
        inner, _inner_edit = with_field(outer)
        run(inner, inner.accept)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is outer, timeout=2000)
        seen["outer"] = outer_edit.hasFocus()
        outer.accept()

    run(outer, ask)
    assert seen == {"outer": True}
    keyboard_back(qtbot, main, field)


def test_an_outer_dialog_closing_with_its_question_gives_the_keyboard_to_the_window(
    qtbot, keeper, window
):
    """Escape with an unsaved drawing, then Discard: both dialogs close at once."""
    main, field = window
    outer, _outer_edit = with_field(main)

    def ask() -> None:
        inner, _inner_edit = with_field(outer)
        run(inner, lambda: (inner.accept(), outer.accept()))

    run(outer, ask)
    keyboard_back(qtbot, main, field)
