"""Give the keyboard back to the window when a modal dialog closes.

Window managers usually do this; without one (kiosk set-ups, Xvfb, some remote desktops)
the keyboard goes nowhere after a dialog, and a keyboard-first assessor is stuck.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid


class FocusKeeper(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Hide or not isinstance(watched, QDialog):
            return False
        parent = watched.parentWidget()
        if parent is not None and watched.isModal():
            window = parent.window()

            def restore(window: QWidget = window) -> None:
                # Activation alone: the window then hands the keyboard to its own focus
                # widget, which the code behind the dialog may have just moved.
                # (The window may be gone by then: a dialog hides as its window closes.)
                if isValid(window) and QApplication.activeModalWidget() is None:
                    window.activateWindow()

            QTimer.singleShot(0, restore)
        return False


def install_focus_keeper(app: QApplication) -> FocusKeeper:
    keeper = FocusKeeper(app)
    app.installEventFilter(keeper)
    return keeper
