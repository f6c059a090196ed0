"""Give the keyboard back to the window when a modal dialog closes.

Window managers usually do this; without one (kiosk set-ups, Xvfb, some remote desktops)
the keyboard goes nowhere after a dialog, and a keyboard-first assessor is stuck.

Each dialog is watched from the moment it first takes the keyboard (the application's
focus window changes to it), with an event filter on that dialog alone: an
application-wide filter in Python would be called for every event of every widget,
thousands a second, and its first calls alone cost the first window 30 ms. Watching the
dialog's hide, not the keyboard leaving it, catches the dialogs that close with the keyboard
already nowhere (a busy dialog whose fields were disabled, a progress dialog with no
button) and an outer dialog closing after an inner one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid


class FocusKeeper(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._watched: list[QDialog] = []
        app.focusWindowChanged.connect(self._window_focused)
        app.focusChanged.connect(self._focus_changed)

    def stop(self) -> None:
        self._app.focusWindowChanged.disconnect(self._window_focused)
        self._app.focusChanged.disconnect(self._focus_changed)
        for dialog in self._watched:
            if isValid(dialog):
                dialog.removeEventFilter(self)
        self._watched = []

    def _window_focused(self, focused: QWindow | None) -> None:
        if focused is None:
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.windowHandle() == focused:
                self._watch(widget)
                return

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        # The keyboard can reach a dialog's field before the dialog's window is activated.
        if now is not None and isValid(now):
            self._watch(now.window())

    def _watch(self, dialog: QWidget) -> None:
        if not isinstance(dialog, QDialog):
            return
        if not dialog.isVisible():
            # Closed before its activation came through (closed by code at once): the
            # keyboard went to a dialog no longer there.
            _after_dialog(dialog)
            return
        self._watched = [d for d in self._watched if isValid(d)]
        if dialog not in self._watched:
            dialog.installEventFilter(self)
            self._watched.append(dialog)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only the watched dialogs' own events come here.
        if event.type() != QEvent.Type.Hide or not isinstance(watched, QDialog):
            return False
        if watched.isModal():  # exec() makes it modal while it runs
            _after_dialog(watched)
        return False


def _after_dialog(dialog: QDialog) -> None:
    """On the next turn of the event loop, once the dialog's closing is done."""
    parent = dialog.parentWidget()
    if parent is not None:
        QTimer.singleShot(0, lambda: _give_keyboard_back(parent))


def _give_keyboard_back(parent: QWidget) -> None:
    """Activate the modal dialog still up (an outer one, or one opened meanwhile), else the
    nearest window still shown, climbing from the closed dialog's parent (an outer dialog
    may have closed with it)."""
    window: QWidget | None = QApplication.activeModalWidget()
    if window is None:
        if not isValid(parent):
            return
        window = parent.window()
        while window is not None and not window.isVisible():
            above = window.parentWidget()
            window = above.window() if above is not None else None
    if window is not None:
        # Activation alone: the window then hands the keyboard to its own focus widget,
        # which the code behind the dialog may have just moved.
        window.activateWindow()


def install_focus_keeper(app: QApplication) -> FocusKeeper:
    return FocusKeeper(app)
