"""Ask for a passphrase; it lives only as long as the call that needs it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from assessor_app.ui.plain_text import PlainLabel


class PassphraseDialog(QDialog):
    def __init__(
        self,
        prompt: str,
        parent: QWidget | None = None,
        *,
        confirm: bool = False,
        min_length: int = 0,
    ) -> None:
        super().__init__(parent)
        self.min_length = min_length  # for a new passphrase: checked here, not after
        self.setWindowTitle(self.tr("Passphrase"))
        layout = QFormLayout(self)
        label = PlainLabel(prompt)
        label.setWordWrap(True)
        layout.addRow(label)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        layout.addRow(self.tr("&Passphrase:"), self.edit)
        self.repeat: QLineEdit | None = None
        if confirm:
            self.repeat = QLineEdit()
            self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
            self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
            layout.addRow(self.tr("&Repeat:"), self.repeat)
        self.error = PlainLabel()
        self.error.setStyleSheet("color: #b3261e")
        layout.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _accept(self) -> None:
        if not self.edit.text():
            self.error.setText(self.tr("Enter the passphrase."))
            return
        if len(self.edit.text()) < self.min_length:
            self.error.setText(self.tr("Use at least {n} characters.").format(n=self.min_length))
            return
        if self.repeat is not None and self.repeat.text() != self.edit.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        self.accept()

    def passphrase(self) -> str:
        return self.edit.text()


def ask_passphrase(
    parent: QWidget | None, prompt: str, *, confirm: bool = False, min_length: int = 0
) -> str | None:
    """The passphrase typed, or None when the user cancelled."""
    dialog = PassphraseDialog(prompt, parent, confirm=confirm, min_length=min_length)
    try:
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.edit.clear()
        dialog.deleteLater()
