"""Signing identities: create or import one, see its fingerprint, export its certificate,
and draw the signature shown on signed reports."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.certificate_fitness import Fitness, fitness
from assessor_app.domain.errors import AppError
from assessor_app.domain.signer_rules import signer_problem
from assessor_app.services.container import Services
from assessor_app.services.identities import MIN_PASSPHRASE, IdentityInfo, visit_ends
from assessor_app.ui import folders
from assessor_app.ui.error_text import error_text
from assessor_app.ui.formatting import format_date, message_of
from assessor_app.ui.plain_text import PlainLabel, plain
from assessor_app.ui.report.passphrase_dialog import ask_passphrase
from assessor_app.ui.report.signature_pad import SignaturePad

PATH_ROLE = Qt.ItemDataRole.UserRole


class NewIdentityDialog(QDialog):
    """Name and e-mail of a new identity."""

    def __init__(self, parent: QWidget | None = None, name: str = "", email: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New signing identity"))
        form = QFormLayout(self)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Name"))
        self.email = QLineEdit(email)
        self.email.setAccessibleName(self.tr("E-mail"))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&E-mail:"), self.email)
        note = PlainLabel(
            self.tr(
                "A self-signed certificate valid for two years. Send its certificate to the "
                "accreditation office so they can register it."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.problem = PlainLabel()
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.setWordWrap(True)  # a message appearing must not widen the dialog
        self.setMinimumWidth(460)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.name, self.email):
            edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        """Say what is missing as it is typed; OK only when the identity can be made."""
        # The identity layer's own rules (domain/signer_rules), worded from their codes.
        refused = signer_problem(self.name.text(), self.email.text())
        problem = error_text(refused) if refused is not None else ""
        # Nothing typed yet is not an error to shout about: OK stays off quietly.
        typed = bool(self.name.text().strip() or self.email.text().strip())
        self.problem.setText(problem if typed else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)


class IdentityDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Signing identities"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Signing identities"))
        layout.addWidget(self.list)
        self.details = PlainLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        self.create_button = QPushButton(self.tr("&Create…"))
        self.import_button = QPushButton(self.tr("&Import .p12…"))
        self.export_button = QPushButton(self.tr("E&xport certificate…"))
        for button in (self.create_button, self.import_button, self.export_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(PlainLabel(self.tr("Your drawn signature (shown on reports you sign):")))
        self.pad = SignaturePad()
        layout.addWidget(self.pad)
        pad_row = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.save_signature_button = QPushButton(self.tr("&Save signature"))
        pad_row.addWidget(self.clear_button)
        pad_row.addWidget(self.save_signature_button)
        pad_row.addStretch(1)
        layout.addLayout(pad_row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.create_button.clicked.connect(self._on_create)
        self.import_button.clicked.connect(self._on_import)
        self.export_button.clicked.connect(self._on_export)
        self.clear_button.clicked.connect(self.pad.clear)
        self.save_signature_button.clicked.connect(self._on_save_signature)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self._drawn = False  # strokes (or a clear) not saved yet
        self.pad.changed.connect(self._on_drawn)
        self.refresh()

    # -- list --------------------------------------------------------------------------
    def refresh(self, select: Path | None = None) -> None:
        self.list.clear()
        for info in self.services.identities.list():
            item = QListWidgetItem(f"{info.name} <{info.email}>")
            item.setData(PATH_ROLE, str(info.path))
            self.list.addItem(item)
            if select is not None and info.path == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()

    def selected(self) -> IdentityInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        path = Path(item.data(PATH_ROLE))
        return next((i for i in self.services.identities.list() if i.path == path), None)

    def _show_selected(self) -> None:
        info = self.selected()
        has = info is not None
        for widget in (self.export_button, self.save_signature_button, self.pad):
            widget.setEnabled(has)
        if info is None:
            self.details.setText(self.tr("No signing identity yet: create one or import a .p12."))
            self.pad.clear()
            self._drawn = False
            return
        details = self.tr("SHA-256 fingerprint: {0}\nValid until {1}\nFile: {2}").format(
            info.fingerprint, format_date(info.not_valid_after.date()), info.path
        )
        verdict = fitness(info.terms, datetime.now(UTC))
        if verdict is not Fitness.FIT:
            details += "\n" + self.tr("This certificate cannot sign: {0}").format(
                {
                    Fitness.EXPIRED: self.tr("it has expired."),
                    Fitness.NOT_YET_VALID: self.tr("it is not valid yet."),
                    Fitness.NOT_FOR_SIGNING: self.tr("its key usage does not allow signing."),
                }[verdict]
            )
        self.details.setText(details)
        image = self.services.identities.signature_image(info.path)
        if image:
            self.pad.load_png(image)
        else:
            self.pad.clear()
        self._drawn = False

    # -- actions -----------------------------------------------------------------------
    def _fail(self, exc: AppError) -> None:
        QMessageBox.warning(self, self.windowTitle(), plain(message_of(exc)))

    def _on_create(self) -> None:
        form = NewIdentityDialog(self, self.services.user.name or "")
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        # Said before anything is made: a certificate that expires before a visit ends.
        visits = visit_ends(self.services.visits.list())
        warning = self.services.identities.expiry_warning(visits=visits)
        if warning is not None and not self._confirm_short_validity(warning):
            return
        passphrase = ask_passphrase(
            self,
            self.tr("Choose a passphrase (at least {n} characters) for the new identity.").format(
                n=MIN_PASSPHRASE
            ),
            confirm=True, min_length=MIN_PASSPHRASE,
        )  # fmt: skip
        if passphrase is None:
            return
        try:
            info = self.services.identities.create(
                form.name.text(), form.email.text(), passphrase, visits=visits, anyway=True
            )
        except AppError as exc:
            self._fail(exc)
            return
        self.refresh(select=info.path)

    def _confirm_short_validity(self, warning: AppError) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            plain(self.tr("{0}\n\nCreate it anyway?").format(message_of(warning))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a signing identity"), folders.start_in(),
            self.tr("PKCS#12 (*.p12 *.pfx)"),
        )  # fmt: skip
        if not name:
            return
        folders.remember(folders.DOCUMENTS, name)
        passphrase = ask_passphrase(self, self.tr("Passphrase of {0}:").format(Path(name).name))
        if passphrase is None:
            return
        try:
            info = self.services.identities.import_file(Path(name), passphrase)
        except AppError as exc:
            self._fail(exc)
            return
        self.refresh(select=info.path)

    def _on_export(self) -> None:
        info = self.selected()
        if info is None:
            return
        suggested = folders.start_in(file_name=f"{info.path.stem}.pem")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export certificate"), suggested, self.tr("Certificate (*.pem)")
        )
        if not name:
            return
        passphrase = ask_passphrase(self, self.tr("Passphrase of {0}:").format(info.name))
        if passphrase is None:
            return
        try:
            fingerprint = self.services.identities.export_certificate(
                info.path, passphrase, Path(name)
            )
        except AppError as exc:
            self._fail(exc)
            return
        message = self.tr("Certificate written to {0}.\nSHA-256 fingerprint: {1}")
        QMessageBox.information(self, self.windowTitle(), plain(message.format(name, fingerprint)))

    def _on_save_signature(self) -> bool:
        info = self.selected()
        if info is None or self.pad.is_empty():
            return False
        try:
            self.services.identities.save_signature_image(info.path, self.pad.png())
        except AppError as exc:
            self._fail(exc)
            return False
        self._drawn = False
        self.details.setText(self.details.text() + "\n" + self.tr("Signature saved."))
        return True

    def _on_drawn(self) -> None:
        self._drawn = True

    def reject(self) -> None:
        """Close (button, Esc, the window's X): a signature drawn but not saved is offered
        for saving rather than dropped without a word."""
        if self._drawn and not self.pad.is_empty() and self.selected() is not None:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Save the signature you drew?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self._on_save_signature():
                return
        super().reject()
