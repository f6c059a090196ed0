"""The rolling backups of a desktop session, and the menu actions that lead to backups.

A timer asks the backup service every few minutes whether a backup is due (something was
written and the last one is an hour old, a cheap question) and takes it off the GUI
thread; when the app quits, one more is taken if anything changed since.

Kept apart from ui/backup_dialogs.py: the main window builds these before its first
paint, and the restore dialog's module loads when it is first opened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtGui import QAction

from assessor_app.domain.errors import AppError

if TYPE_CHECKING:
    from assessor_app.services.container import Services
    from assessor_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ROLLING_CHECK_MS = 5 * 60 * 1000


def show_backup_warnings(services: Services, show: Callable[[str], None]) -> bool:
    """Pass the extra copies that failed since the last look to ``show`` (the newest,
    worded for the GUI); whether there was any."""
    from assessor_app.ui.error_text import error_text

    problems = services.backups.take_warnings()
    show(error_text(problems[-1]) if problems else "")
    return bool(problems)


class RollingBackups(QObject):
    """The hourly check while the window is open, and the backup when the app quits."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(ROLLING_CHECK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.at_quit)

    def show_warnings(self) -> None:
        """A failed extra copy (from any backup: hourly, before deleting a visit, ...) is
        a status-bar notice, never a dialog in the way."""
        bar = self.window.statusBar()
        show_backup_warnings(
            self.window.services, lambda text: bar.showMessage(text, 30_000) if text else None
        )

    @Slot()
    def tick(self) -> None:
        if self.running or not self.window.has_services():
            return
        self.show_warnings()
        backups = self.window.services.backups
        if not backups.rolling_due():
            return
        self.running = True

        def done(_result: object) -> None:
            self.running = False
            if self.window.has_services():
                self.show_warnings()

        def failed(exc: BaseException) -> None:
            self.running = False
            log.warning("hourly backup failed", exc_info=(type(exc), exc, exc.__traceback__))
            self.window.statusBar().showMessage(
                self.tr("The hourly backup failed; see the log."), 10_000
            )

        self.window.runner.run(lambda _p, _c: backups.take_rolling(), done, failed, owner=self)

    @Slot()
    def at_quit(self) -> None:
        if not self.window.has_services():
            return
        try:
            self.window.services.backups.at_close(always=True)
        except (AppError, OSError):
            log.warning("the backup at close failed", exc_info=True)


def _restore_from_backup(window: MainWindow) -> None:
    from assessor_app.ui.backup_dialogs import restore_from_backup

    restore_from_backup(window)


def backup_actions(window: MainWindow) -> tuple[QAction, QAction]:
    """File › Restore from backup… and Help › Check data…, and the rolling backups."""
    from assessor_app.ui.check_dialog import check_data

    restore = QAction(QCoreApplication.translate("BackupDialogs", "Restore from &backup…"), window)
    restore.setObjectName("action_restore_backup")
    restore.triggered.connect(lambda: _restore_from_backup(window))
    check = QAction(QCoreApplication.translate("BackupDialogs", "&Check data…"), window)
    check.setObjectName("action_check_data")
    check.triggered.connect(lambda: check_data(window))
    window.rolling_backups = RollingBackups(window)  # type: ignore[attr-defined]
    return restore, check
