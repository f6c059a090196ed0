"""Dialogs of the data folder's protection: change the passphrase, encrypt a plaintext
folder, set the idle lock. Each checks what it can before it closes; slow key work runs
off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import AppError
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.formatting import message_of
from assessor_app.ui.lock_screen import MAX_IDLE_MINUTES
from assessor_app.ui.passphrase_fields import PassphraseFields, problem_label
from assessor_app.ui.plain_text import PlainLabel

if TYPE_CHECKING:
    from assessor_app.paths import AppPaths
    from assessor_app.protection.key_copies import CopiesReport


def ssd_note() -> str:
    """What encryption cannot undo, said plainly wherever a plaintext folder is converted."""
    return QCoreApplication.translate(
        "ProtectionDialogs",
        "The plaintext files are deleted once the encrypted copy has been verified. An SSD or "
        "a file system with snapshots may still keep remnants of them that no program can "
        "reliably erase; data that must never be read again needs a disk that was encrypted "
        "from the start (BitLocker, FileVault, LUKS).",
    )


class ChangePassphraseDialog(QDialog):
    """The current passphrase and a new one twice; the data key is re-wrapped, nothing else
    is re-encrypted. A wrong current passphrase gets a message and another try."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase_dialog")
        self.paths = paths
        self.copies: CopiesReport | None = None
        self._runner = BackgroundRunner(self)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        # One form for the current passphrase and the new one: their fields line up.
        self.fields = PassphraseFields(self, with_current=True)
        assert self.fields.current is not None
        self.current: QLineEdit = self.fields.current
        layout.addWidget(self.fields)
        note = PlainLabel(
            self.tr(
                "Only the key file changes: the data stays encrypted with the same key, so "
                "this takes a moment whatever the size of the folder."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = problem_label(self, "change_passphrase_error")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.current.setFocus()

    def _change(self) -> None:
        from assessor_app.services import protection

        if not self.current.text():
            self.error.setText(self.tr("Enter the current passphrase."))
            self.current.setFocus()
            return
        problem = self.fields.problem()
        if problem is not None:
            self.error.setText(problem)
            self.fields.edit.setFocus()
            return
        old, new, paths = self.current.text(), self.fields.passphrase(), self.paths
        self._busy(True)
        self._runner.run(
            lambda _progress, _cancel: protection.change_passphrase(paths, old, new),
            self._changed,
            self._failed,
            owner=self,
        )

    def _changed(self, copies: CopiesReport) -> None:
        self.copies = copies  # what the change reached: the window says it
        self.current.clear()
        self.fields.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, AppError) and exc.code == ErrorCode.WRONG_PASSPHRASE:
            self.error.setText(
                self.tr("The current passphrase is wrong. Nothing was changed; try again.")
            )
            self.current.selectAll()
            self.current.setFocus()
        else:
            self.error.setText(message_of(exc))

    def _busy(self, busy: bool) -> None:
        for widget in (self.fields, self.buttons):
            widget.setEnabled(not busy)
        if busy:
            self.error.setText(self.tr("Changing the passphrase…"))


class EncryptFolderDialog(QDialog):
    """Asks for the new passphrase twice and says what converting means; the conversion
    itself runs after the dialog closes (it needs the database closed)."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encrypt_folder_dialog")
        self.setWindowTitle(self.tr("Encrypt this data folder"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = PlainLabel(
            self.tr(
                "The database and every attachment in {folder} are copied into an encrypted "
                "form and the copy is verified; only then are the plaintext files removed."
            ).format(folder=paths.data_dir),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = PassphraseFields(self, label=self.tr("&Passphrase:"))
        layout.addWidget(self.fields)
        note = PlainLabel(ssd_note(), self)
        note.setObjectName("ssd_note")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = problem_label(self, "encrypt_error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.encrypt_button = QPushButton(self.tr("&Encrypt"), self)
        self.encrypt_button.setObjectName("encrypt_button")
        self.encrypt_button.setDefault(True)
        buttons.addButton(self.encrypt_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.encrypt_button.clicked.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fields.edit.setFocus()

    def _check(self) -> None:
        problem = self.fields.problem()
        if problem is not None:
            self.error.setText(problem)
            self.fields.edit.setFocus()
            return
        self.accept()

    def passphrase(self) -> str:
        return self.fields.passphrase()


class IdleLockDialog(QDialog):
    """How many idle minutes before the window locks (0: never)."""

    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idle_lock_dialog")
        self.setWindowTitle(self.tr("Idle lock"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        text = PlainLabel(
            self.tr(
                "After this many minutes without keyboard or mouse input the window is "
                "covered and asks for the passphrase. Off (0) turns the idle lock off; "
                "File › Lock now still locks at once."
            ),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("idle_minutes")
        self.minutes.setRange(0, MAX_IDLE_MINUTES)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("Off"))  # shown for 0, the minimum
        self.minutes.setAccessibleName(self.tr("Minutes before the idle lock"))
        form.addRow(self.tr("&Lock after:"), self.minutes)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
