"""The first start on a new data folder: choose its passphrase, or keep it unencrypted.

Encrypted is the default; keeping the folder unencrypted is a choice the assessor makes
explicitly, after a warning, and it is recorded in the key file (the main window then
shows a warning for as long as it stays so). The key file is written off the GUI thread
(Argon2id takes a fraction of a second) while the dialog stays responsive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.formatting import message_of
from assessor_app.ui.passphrase_fields import PassphraseFields, problem_label
from assessor_app.ui.plain_text import PlainLabel

if TYPE_CHECKING:
    from assessor_app.paths import AppPaths
    from assessor_app.protection.data_key import DataKey

WARNING_STYLE = "color: #8a4b00"


class FirstRunDialog(QDialog):
    """Accepted once the key file is written: ``key`` is the new data key, or None when the
    assessor chose to keep the folder unencrypted (``unencrypted`` is then True)."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_dialog")
        self.paths = paths
        self.key: DataKey | None = None
        self.unencrypted = False
        self._runner = BackgroundRunner(self)
        self.setWindowTitle(self.tr("Protect your data folder"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = PlainLabel(
            self.tr(
                "IASIOS Assessor keeps visits, findings and photos in {folder}. They are "
                "encrypted with a passphrase you choose now: without it nobody can read them, "
                "and nobody can recover them for you if you forget it."
            ).format(folder=paths.data_dir),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("first_run_intro")
        layout.addWidget(intro)
        self.fields = PassphraseFields(self, label=self.tr("&Passphrase:"))
        layout.addWidget(self.fields)
        self.keep_plain = QCheckBox(self.tr("&Keep this folder unencrypted"), self)
        self.keep_plain.setObjectName("keep_unencrypted")
        self.keep_plain.setAccessibleName(self.tr("Keep this folder unencrypted"))
        layout.addWidget(self.keep_plain)
        self.warning = PlainLabel(
            self.tr(
                "Not recommended: anyone who gets hold of this computer or its disk can read "
                "every visit and photo. The app will show a warning until you encrypt the "
                "folder (File › Encrypt this data folder…)."
            ),
            self,
        )
        self.warning.setObjectName("unencrypted_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setVisible(False)
        layout.addWidget(self.warning)
        self.error = problem_label(self, "first_run_error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.create_button = QPushButton(self.tr("&Create"), self)
        self.create_button.setObjectName("first_run_create")
        self.create_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setObjectName("first_run_quit")
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self._create)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.keep_plain.toggled.connect(self._plain_toggled)
        self.fields.changed.connect(lambda: self.error.setText(""))
        self.fields.edit.setFocus()

    def _plain_toggled(self, plain_chosen: bool) -> None:
        self.fields.setEnabled(not plain_chosen)
        self.warning.setVisible(plain_chosen)
        self.error.setText("")
        self.create_button.setText(
            self.tr("&Create unencrypted") if plain_chosen else self.tr("&Create")
        )

    def _create(self) -> None:
        from assessor_app.services import protection

        paths = self.paths
        if self.keep_plain.isChecked():
            try:
                protection.create_unencrypted(paths)
            except Exception as exc:
                self.error.setText(message_of(exc))
                return
            self.unencrypted = True
            self.accept()
            return
        problem = self.fields.problem()
        if problem is not None:
            self.error.setText(problem)
            self.fields.edit.setFocus()
            return
        passphrase = self.fields.passphrase()
        self._busy(True)
        self._runner.run(
            lambda _progress, _cancel: protection.create_encrypted(paths, passphrase),
            self._created,
            self._failed,
            owner=self,
        )

    def _created(self, key: DataKey) -> None:
        self.key = key
        self.fields.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.error.setText(message_of(exc))

    def _busy(self, busy: bool) -> None:
        for widget in (self.fields, self.keep_plain, self.create_button):
            widget.setEnabled(not busy)
        if busy:
            self.error.setText(self.tr("Creating the key…"))
