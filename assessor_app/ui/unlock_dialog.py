"""Unlock an encrypted data folder: the first thing every later start paints.

The passphrase is checked off the GUI thread (Argon2id), so the dialog keeps painting and
answering; a wrong one gets a message in the dialog and another try, and nothing on disk
changes (unlocking only reads the key file). The same panel sits on the lock screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import AppError
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.formatting import message_of
from assessor_app.ui.passphrase_fields import ERROR_STYLE
from assessor_app.ui.plain_text import PlainLabel

if TYPE_CHECKING:
    from collections.abc import Callable

    from assessor_app.paths import AppPaths
    from assessor_app.protection.data_key import DataKey

# In gui.ini: the assessor chose "Remember on this computer" (the keyring is asked at start).
REMEMBER_SETTING = "security/remember_unlock"


def keyring_available() -> bool:
    """Is there an OS keyring to remember the unlock in? Never raises (headless: False)."""
    from assessor_app.services import protection

    return protection.keyring_available()


def remember_in_keyring(paths: AppPaths, key: DataKey) -> bool:
    from assessor_app.services import protection

    stored = protection.remember(paths, key)
    if stored:
        from assessor_app.ui.window_memory import gui_settings

        gui_settings(paths.config_dir).setValue(REMEMBER_SETTING, "true")
    return stored


def remembered_key(paths: AppPaths) -> DataKey | None:
    """The data key the keyring holds for this folder, checked against the key file."""
    from assessor_app.services import protection

    return protection.unlock_from_keyring(paths)


class UnlockPanel(QWidget):
    """Passphrase field, the keyring choice, a message line and the Unlock button."""

    unlocked = Signal(object)  # the DataKey

    def __init__(
        self,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        prompt: str = "",
        offer_keyring: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_panel")
        self.paths = paths
        self._runner = BackgroundRunner(self)
        self.attempts = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.prompt = PlainLabel(
            prompt
            or self.tr("The data folder {folder} is encrypted. Enter its passphrase.").format(
                folder=paths.data_dir
            ),
            self,
        )
        self.prompt.setObjectName("unlock_prompt")
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        form = QFormLayout()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("unlock_passphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.edit)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("&Remember on this computer"), self)
        self.remember.setObjectName("unlock_remember")
        self.remember.setAccessibleName(self.tr("Remember the unlock on this computer"))
        self.remember.setToolTip(
            self.tr("Keep the unlock in this computer's keyring: later starts open without asking")
        )
        # Shown only once a keyring backend is known to exist (set_keyring_available).
        self.remember.setVisible(False)
        self._offer_keyring = offer_keyring
        layout.addWidget(self.remember)
        self.message = PlainLabel(self)
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setAccessibleName(self.tr("Unlock message"))
        layout.addWidget(self.message)
        self.button = QPushButton(self.tr("&Unlock"), self)
        self.button.setObjectName("unlock_button")
        # Enter in the field unlocks (returnPressed); a default button as well would try twice.
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.try_unlock)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.edit.returnPressed.connect(self.try_unlock)
        self.edit.textEdited.connect(lambda _text: self._clear_error())

    def set_keyring_available(self, available: bool) -> None:
        self.remember.setVisible(self._offer_keyring and available)

    def _clear_error(self) -> None:
        if self.message.text() and self.button.isEnabled():
            self.message.setText("")

    def try_unlock(self) -> None:
        passphrase = self.edit.text()
        if not self.button.isEnabled():
            return  # one try at a time
        if not passphrase:
            self.message.setText(self.tr("Enter the passphrase."))
            return
        from assessor_app.protection import key_file

        self._busy(True)
        paths = self.paths
        self._runner.run(
            lambda _progress, _cancel: key_file.unlock(paths, passphrase),
            self._done,
            self._failed,
            owner=self,
        )

    def _done(self, key: DataKey) -> None:
        self._busy(False)
        self.edit.clear()
        self.message.setText("")
        if self.remember.isVisible() and self.remember.isChecked():
            remember_in_keyring(self.paths, key)
        self.unlocked.emit(key)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.attempts += 1
        if isinstance(exc, AppError) and exc.code == ErrorCode.WRONG_PASSPHRASE:
            self.message.setText(
                self.tr(
                    "That passphrase does not open this data folder. Nothing was changed; "
                    "check Caps Lock and try again."
                )
            )
        else:
            self.message.setText(message_of(exc))
        self.edit.selectAll()
        self.edit.setFocus()

    def _busy(self, busy: bool) -> None:
        self.edit.setEnabled(not busy)
        self.button.setEnabled(not busy)
        self.remember.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Unlocking…"))


class UnlockDialog(QDialog):
    """The start-up unlock: accepted with ``key`` set, rejected when the assessor quits."""

    def __init__(
        self,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        keyring_probe: Callable[[], bool | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.key: DataKey | None = None
        self.setWindowTitle(self.tr("Unlock IASIOS Assessor"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.panel = UnlockPanel(paths, self)
        layout.addWidget(self.panel)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.panel.button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setObjectName("unlock_quit")
        self.quit_button.setAutoDefault(False)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.panel.unlocked.connect(self._unlocked)
        self.panel.edit.setFocus()
        self._keyring_probe = keyring_probe
        if keyring_probe is not None:
            self._poll_keyring()

    def _poll_keyring(self) -> None:
        """The keyring question is answered on the import thread: show the choice once it is."""
        from PySide6.QtCore import QTimer

        assert self._keyring_probe is not None
        answer = self._keyring_probe()
        if answer is None:
            QTimer.singleShot(100, self, self._poll_keyring)
        else:
            self.panel.set_keyring_available(answer)

    def _unlocked(self, key: DataKey) -> None:
        self.key = key
        self.accept()
