"""What the main window remembers between runs: geometry, toolbar state, named splitters.

Kept in an ini file in the app's config dir (never the user's global Qt settings), so a
portable data dir stays whole.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

SETTINGS_FILE = "gui.ini"
DEFAULT_SIZE = (1280, 800)


def gui_settings(config_dir: Path) -> QSettings:
    """The GUI's own settings file in the app's config dir."""
    return QSettings(str(config_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


class WindowMemory:
    """Restores a window as it was left and saves it again on the way out."""

    def __init__(self, window: QMainWindow, config_dir: Path) -> None:
        self._window = window
        self.settings = gui_settings(config_dir)

    def restore_window(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self._window.restoreGeometry(geometry):
            state = self.settings.value("window/state")
            if isinstance(state, QByteArray):
                self._window.restoreState(state)
            return
        screen = QGuiApplication.primaryScreen()
        width, height = DEFAULT_SIZE
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height())
        self._window.resize(width, height)

    def save_splitters(self) -> None:
        for splitter in self._window.findChildren(QSplitter):
            if splitter.objectName():
                self.settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())

    def restore_splitters(self) -> None:
        for splitter in self._window.findChildren(QSplitter):
            state = self.settings.value(f"splitters/{splitter.objectName()}")
            if splitter.objectName() and isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self._window.saveGeometry())
        self.settings.setValue("window/state", self._window.saveState())
        self.save_splitters()
        self.settings.sync()
