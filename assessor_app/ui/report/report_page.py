"""The report tab of a visit: generate (in the background), preview, sign, save, verify."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.errors import AppError
from assessor_app.domain.progress import Cancelled, CancelToken, ProgressFn
from assessor_app.domain.signing_roles import additional_role_of
from assessor_app.services.atomic_file import write_atomic
from assessor_app.services.container import Services
from assessor_app.services.reports import GeneratedReport, SignedReport
from assessor_app.ui import folders
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.formatting import message_of
from assessor_app.ui.plain_text import PlainLabel, plain
from assessor_app.ui.report.identity_dialog import IdentityDialog
from assessor_app.ui.report.passphrase_dialog import ask_passphrase
from assessor_app.ui.report.pdf_preview import PdfPreview, PreviewControls
from assessor_app.ui.report.sign_dialog import SignDialog
from assessor_app.ui.report.verify_dialog import VerifyDialog


class ReportPage(QWidget):
    """Work on the PDF of one visit. It lives in memory only (previewed from a buffer):
    the report holds every finding, so nothing of it is written to disk until the
    assessor saves a copy where they choose (a signed one is also sealed in the store)."""

    changed = Signal()  # signing changed the visit (now signed, frozen)

    def __init__(
        self,
        services: Services,
        visit_id: str,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.visit_id, self.runner = services, visit_id, runner
        self.report: GeneratedReport | None = None
        self.pdf: bytes | None = None  # the report generated (or signed) last
        self._buffer: QBuffer | None = None  # what the preview reads self.pdf from
        self.saved_to: Path | None = None  # the copy saved since the last generate or sign

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("&Generate report"))
        self.sign_button = QPushButton(self.tr("&Sign…"))
        self.save_button = QPushButton(self.tr("Save a c&opy…"))
        self.verify_button = QPushButton(self.tr("Verif&y a PDF…"))
        self.identities_button = QPushButton(self.tr("&Identities…"))
        for button in (self.generate_button, self.sign_button, self.save_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.verify_button)
        bar.addWidget(self.identities_button)
        layout.addLayout(bar)
        self.status = PlainLabel(self.tr("No report generated yet."))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Report status"))
        layout.addWidget(self.status)
        self.document = QPdfDocument(self)
        self.view = PdfPreview(self.document, self)
        self.view.setAccessibleName(self.tr("Report preview"))
        self.preview_controls = PreviewControls(self.view, self, self)
        layout.addWidget(self.preview_controls)
        layout.addWidget(self.view, 1)
        self.document.statusChanged.connect(lambda _s: self.preview_controls.update_labels())

        self.generate_button.clicked.connect(self.generate)
        self.sign_button.clicked.connect(self._on_sign)
        self.save_button.clicked.connect(self._on_save)
        self.verify_button.clicked.connect(self._on_verify)
        self.identities_button.clicked.connect(lambda: IdentityDialog(self.services, self).exec())
        self._set_busy(False)

    # -- state -------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        has_pdf = self.report is not None and self.pdf is not None
        self.generate_button.setEnabled(not busy)
        self.sign_button.setEnabled(not busy and has_pdf)
        self.save_button.setEnabled(not busy and has_pdf)

    def _show_pdf(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        if self.pdf is None:
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view.pageNavigator().jump(0, QPointF(), self.view.zoomFactor())

    def _fail(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled; nothing was written."))
            return
        message = (
            message_of(exc)
            if isinstance(exc, AppError)
            else self.tr("Unexpected error: {0}. Details are in the log file.").format(exc)
        )
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Report"), plain(message))

    # -- generate ----------------------------------------------------------------------
    def generate(self) -> None:
        """Make the report of the visit's current revision in memory, off the GUI thread."""
        self._set_busy(True)
        self.status.setText(self.tr("Writing the report…"))

        def work(progress: ProgressFn, cancel: CancelToken) -> tuple[GeneratedReport, bytes]:
            return self.services.reports.render(self.visit_id, progress, cancel)

        self.runner.run(
            work,
            self._generated,
            self._failed_generate,
            label=self.tr("Writing the report…"),
            cancellable=True,
            owner=self,
        )

    def _failed_generate(self, exc: BaseException) -> None:
        # A cancelled or failed run replaced nothing: the report shown before stays in
        # view, so what Sign and Save act on is what the assessor sees.
        self._fail(exc)

    def _generated(self, result: tuple[GeneratedReport, bytes]) -> None:
        report, self.pdf = result
        self.report = report
        self.saved_to = None
        text = self.tr("Report {0}, revision {1}, {2} pages. Content SHA-256 {3}…").format(
            report.report_id, report.revision, report.pages, report.content_hash[:16]
        )
        if report.supersedes is not None:
            text += " " + self.tr("Supersedes the signed report of revision {0}.").format(
                report.supersedes.revision
            )
        self.status.setText(text)
        self._show_pdf()
        self._set_busy(False)

    # -- sign --------------------------------------------------------------------------
    def _on_sign(self) -> None:
        open_conflicts = len(self.services.sync.conflicts(self.visit_id))
        dialog = SignDialog(self.services, self.pdf, self, open_conflicts=open_conflicts)
        if dialog.exec() != SignDialog.DialogCode.Accepted:
            return
        identity, png = dialog.identity_path(), dialog.signature_png()
        additional = dialog.additional_role()
        if identity is None:
            return
        if png:
            try:
                self.services.identities.save_signature_image(identity, png)
            except AppError as exc:
                self._fail(exc)
                return
        passphrase = ask_passphrase(self, self.tr("Passphrase of your signing identity:"))
        if passphrase is None:
            return
        self.sign_with(identity, passphrase, png, additional=additional)

    def sign_with(
        self,
        identity: Path,
        passphrase: str,
        png: bytes | None,
        *,
        additional: str | None = None,
    ) -> None:
        """Sign the previewed report in the background (the passphrase is not kept);
        ``additional`` names a further signature that is no assessor's."""
        pdf = self.pdf
        if pdf is None:
            return
        self._set_busy(True)
        self.status.setText(self.tr("Signing…"))

        def work(progress: ProgressFn, cancel: CancelToken) -> tuple[SignedReport, bytes]:
            return self.services.reports.sign_bytes(
                pdf, identity, passphrase, png, additional=additional
            )

        self.runner.run(
            work, self._signed, self._failed_sign, label=self.tr("Signing…"), owner=self
        )

    def _failed_sign(self, exc: BaseException) -> None:
        self._fail(exc)  # the unsigned report stays in view and in memory

    def _signed(self, result: tuple[SignedReport, bytes]) -> None:
        signed, self.pdf = result
        self.saved_to = None
        short = signed.fingerprint[:23] + "…"
        at = signed.signed_at.strftime("%H:%M:%S")
        additional = additional_role_of(signed.field_name)
        if additional is not None:
            text = self.tr(
                "Additional signature ({0}) by {1} ({2}) at {3} UTC; it is not an assessor's "
                "signature and does not sign the visit."
            ).format(additional, signed.signer, short, at)
        else:
            text = self.tr("Signed by {0} ({1}) at {2} UTC. This revision is now frozen.").format(
                signed.signer, short, at
            )
        self.status.setText(text)
        self._show_pdf()
        self._set_busy(False)
        self.changed.emit()

    # -- save and verify ---------------------------------------------------------------
    def _on_save(self) -> None:
        if self.report is None or self.pdf is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"),
            folders.start_in(file_name=f"{self.report.report_id}.pdf"), "PDF (*.pdf)",
        )  # fmt: skip
        if name:
            folders.remember(folders.DOCUMENTS, name)
            self.save_as(Path(name))

    def save_as(self, target: Path) -> None:
        """Write the report where the assessor chose: the one place it reaches the disk."""
        if self.pdf is None:
            return
        try:
            write_atomic(target, self.pdf)
        except AppError as exc:
            self._fail(exc)
            return
        self.saved_to = target
        self.status.setText(self.tr("Saved as {0}").format(target))

    def _on_verify(self) -> None:
        dialog = VerifyDialog(self)
        # The file the assessor will send, once saved; else the one previewed here.
        if self.saved_to and self.saved_to.is_file():
            dialog.open_file(self.saved_to)
        elif self.pdf is not None and self.report is not None:
            dialog.open_bytes(
                self.pdf, self.tr("Report {0} (not saved)").format(self.report.report_id)
            )
        dialog.exec()
