"""Give the keyboard back to the window when a modal dialog closes.

Window managers usually do this; without one (kiosk set-ups, Xvfb, some remote desktops)
the keyboard goes nowhere after a dialog, and a keyboard-first assessor is stuck.

It listens to the application's focus changes, not to its events: an application-wide
event filter in Python is called for every event of every widget (thousands per second,
each one wrapped for Python), and its first calls alone cost the first window 30 ms.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid


class FocusKeeper(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        app.focusChanged.connect(self._focus_changed)

    def stop(self) -> None:
        self._app.focusChanged.disconnect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        # The keyboard left a dialog and went nowhere. The window type, not isinstance: a
        # dialog being deleted is a QWidget by then; and not isModal(): exec() makes a
        # dialog modal only while it runs.
        if now is not None or old is None or not isValid(old):
            return
        dialog = old.window()
        if dialog.windowType() != Qt.WindowType.Dialog:
            return
        parent = dialog.parentWidget()
        if parent is None:
            return
        window = parent.window()

        def restore() -> None:
            # Asked once the hide is done: a dialog gives up the keyboard while it is still
            # visible. One still shown was left for another program: nothing to give back.
            # (The window may be gone by then: a dialog hides as its window closes.)
            if isValid(dialog) and dialog.isVisible():
                return
            if QApplication.focusWidget() is not None or QApplication.activeModalWidget():
                return
            if isValid(window):
                # Activation alone: the window then hands the keyboard to its own focus
                # widget, which the code behind the dialog may have just moved.
                window.activateWindow()

        QTimer.singleShot(0, restore)


def install_focus_keeper(app: QApplication) -> FocusKeeper:
    return FocusKeeper(app)
