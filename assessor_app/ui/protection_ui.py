"""The main window's side of protection at rest: Lock now, the idle lock, the passphrase
change, and for an unencrypted folder a standing warning with "Encrypt this data folder…".

Built on the window once its menus exist; what applies follows the open services: with a
data key the folder is encrypted (lock, change passphrase), without one it is not (the
warning and the encrypt action).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from assessor_app.domain.errors import AppError
from assessor_app.ui.formatting import message_of
from assessor_app.ui.lock_screen import (
    DEFAULT_IDLE_MINUTES,
    IDLE_SETTING,
    MAX_IDLE_MINUTES,
    LockController,
)
from assessor_app.ui.plain_imports import without_qt_import_hook
from assessor_app.ui.plain_text import PlainLabel, plain

if TYPE_CHECKING:
    from assessor_app.domain.progress import CancelToken, ProgressFn
    from assessor_app.protection.data_key import DataKey
    from assessor_app.services.container import Services
    from assessor_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

WARNING_STYLE = "color: #8a4b00; font-weight: bold"
# The steps services.protection.encrypt_folder reports, in order.
CONVERSION_STEPS = ("database", "attachments", "key file", "swap")


def idle_minutes(window: MainWindow) -> int:
    """The configured idle time (gui.ini in the config folder), within its bounds."""
    raw = window.settings.value(IDLE_SETTING, DEFAULT_IDLE_MINUTES)
    try:
        minutes = int(str(raw))
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return max(0, min(minutes, MAX_IDLE_MINUTES))


class ProtectionUi(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.lock: LockController | None = None
        w = window
        self.action_lock = QAction(self.tr("&Lock now"), w)
        self.action_lock.setObjectName("action_lock")
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.action_lock.setToolTip(self.tr("Cover the window until the passphrase is typed"))
        self.action_lock.triggered.connect(self.lock_now)
        self.action_encrypt = QAction(self.tr("Encr&ypt this data folder…"), w)
        self.action_encrypt.setObjectName("action_encrypt_folder")
        self.action_encrypt.triggered.connect(self.encrypt_folder)
        self.action_change = QAction(self.tr("Change &passphrase…"), w)
        self.action_change.setObjectName("action_change_passphrase")
        self.action_change.triggered.connect(self.change_passphrase)
        self.action_idle = QAction(self.tr("&Idle lock…"), w)
        self.action_idle.setObjectName("action_idle_lock")
        self.action_idle.setToolTip(self.tr("How long the window waits before it locks"))
        self.action_idle.triggered.connect(self.set_idle_lock)
        # Shown once the open folder is known: the lock, its idle time and the passphrase
        # change apply to an encrypted folder only (an unencrypted one has nothing to ask).
        for action in (self.action_lock, self.action_encrypt, self.action_change, self.action_idle):
            action.setEnabled(False)
            action.setVisible(False)
        file_menu = w.menuBar().findChild(QMenu, "menu_file")
        if file_menu is not None:
            file_menu.insertAction(w.action_quit, self.action_lock)
            file_menu.insertAction(w.action_quit, self.action_encrypt)
            file_menu.insertSeparator(w.action_quit)
        edit_menu = w.menuBar().findChild(QMenu, "menu_edit")
        if edit_menu is not None:
            edit_menu.addAction(self.action_change)
            edit_menu.addAction(self.action_idle)
        self.warning = PlainLabel(
            self.tr("This data folder is not encrypted: File › Encrypt this data folder…"), w
        )
        self.warning.setObjectName("unencrypted_warning")
        self.warning.setAccessibleName(self.tr("Warning: this data folder is not encrypted"))
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setVisible(False)
        w.statusBar().addWidget(self.warning)

    def attach(self, services: Services) -> None:
        """The database is open: encrypted or not, the actions and the warning follow."""
        key = services.key
        encrypted = key is not None
        self.action_lock.setVisible(encrypted)
        self.action_lock.setEnabled(encrypted)
        self.action_change.setVisible(encrypted)
        self.action_change.setEnabled(encrypted)
        self.action_idle.setVisible(encrypted)
        self.action_idle.setEnabled(encrypted)
        self.action_encrypt.setVisible(not encrypted)
        self.action_encrypt.setEnabled(not encrypted)
        self.warning.setVisible(not encrypted)
        if key is not None and self.lock is None:
            self._start_lock(key)

    def _start_lock(self, key: DataKey) -> None:
        self.lock = LockController(self.window, self.window.services.paths, key)
        self.lock.set_idle_minutes(idle_minutes(self.window))

    def stop(self) -> None:
        if self.lock is not None:
            self.lock.stop()

    # -- commands ---------------------------------------------------------------------------

    def lock_now(self) -> None:
        if self.lock is not None:
            self.lock.lock()

    def set_idle_lock(self) -> None:
        from assessor_app.ui.protection_dialogs import IdleLockDialog

        if self.lock is None:  # an unencrypted folder does not lock (the action is hidden)
            return
        dialog = IdleLockDialog(idle_minutes(self.window), self.window)
        if dialog.exec():
            minutes = dialog.minutes.value()
            self.window.settings.setValue(IDLE_SETTING, minutes)
            if self.lock is not None:
                self.lock.set_idle_minutes(minutes)
        dialog.deleteLater()

    def change_passphrase(self) -> None:
        from assessor_app.ui.protection_dialogs import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.window.services.paths, self.window)
        if dialog.exec():
            copies = dialog.copies
            held = 0 if copies is None else copies.rewrapped + copies.current
            self.window.statusBar().showMessage(
                self.tr(
                    "The passphrase was changed; the old one no longer opens this folder, "
                    "nor the key files its {n} reachable backups keep"
                ).format(n=held),
                8000,
            )
            for folder in copies.not_reached if copies is not None else ():
                # Said, not just shown in passing: these copies still open with the old one.
                QMessageBox.warning(
                    self.window,
                    self.tr("Change passphrase"),
                    plain(
                        self.tr(
                            "The backups in {folder} could not be reached. The key files "
                            "they keep still open them with the old passphrase, until the "
                            "next backup made while that folder is reachable re-wraps them."
                        ).format(folder=folder)
                    ),
                )
        dialog.deleteLater()

    def encrypt_folder(self) -> None:
        """Ask for the passphrase, close the database, convert in the background, reopen."""
        from assessor_app.ui.protection_dialogs import EncryptFolderDialog

        w = self.window
        paths = w.services.paths
        dialog = EncryptFolderDialog(paths, w)
        accepted = dialog.exec()
        passphrase = dialog.passphrase()
        dialog.fields.clear()
        dialog.deleteLater()
        if not accepted:
            return
        w.show_list()  # no open visit holds on to the database being converted
        self._converting(True)
        w.services.close()
        with without_qt_import_hook():
            from assessor_app.services.protection import encrypt_folder

        def work(progress: ProgressFn, cancel: CancelToken) -> DataKey:
            # The conversion names its steps; the bar counts them.
            total = len(CONVERSION_STEPS)

            def step(name: str) -> None:
                progress(CONVERSION_STEPS.index(name) if name in CONVERSION_STEPS else 0, total)

            return encrypt_folder(paths, passphrase, step, cancel)

        w.runner.run(
            work,
            self._encrypted,
            self._encrypt_failed,
            label=self.tr("Encrypting the data folder…"),
            cancellable=True,
            owner=self,
        )

    def _encrypted(self, key: DataKey) -> None:
        from assessor_app.ui.protection_dialogs import ssd_note

        self._reopen(key)
        QMessageBox.information(
            self.window,
            self.tr("Encrypt this data folder"),
            plain(self.tr("The data folder is encrypted.\n\n{note}").format(note=ssd_note())),
        )

    def _encrypt_failed(self, exc: BaseException) -> None:
        log.warning("encryption of the data folder failed: %s", exc)
        self._reopen(None)
        QMessageBox.warning(
            self.window,
            self.tr("Encrypt this data folder"),
            plain(
                self.tr("The data folder was not encrypted and is as it was:\n\n{reason}").format(
                    reason=message_of(exc)
                )
            ),
        )

    def _reopen(self, key: DataKey | None) -> None:
        w = self.window
        with without_qt_import_hook():
            from assessor_app.services.container import build_services

            try:
                services = build_services(w.services.paths, key)
            except AppError as exc:
                # E.g. another window took the folder while it was closed for the
                # conversion: say so; the window stays switched off (its data is closed).
                log.warning("could not reopen the data folder: %s", exc)
                QMessageBox.warning(
                    w,
                    self.tr("Open the data folder"),
                    plain(
                        self.tr(
                            "The data folder could not be opened again:\n\n{reason}\n\n"
                            "Quit and start IASIOS Assessor again."
                        ).format(reason=message_of(exc))
                    ),
                )
                return
        w.attach_services(services)
        self._converting(False)

    def _converting(self, busy: bool) -> None:
        """While the database is closed for the conversion nothing may reach for it: the
        progress dialog comes only after a moment, so the window is switched off meanwhile."""
        w = self.window
        for part in (w.centralWidget(), w.menuBar(), w.toolbar):
            if part is not None:
                part.setEnabled(not busy)
