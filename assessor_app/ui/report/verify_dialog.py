"""Check the signatures of a PDF: drop it on the dialog or choose it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.certificate_fitness import Fitness
from assessor_app.domain.errors import AppError
from assessor_app.domain.report_record import SignatureCheck
from assessor_app.services.reports import CO_FIELD, LEAD_FIELD, verify_report
from assessor_app.ui import folders
from assessor_app.ui.formatting import format_date, message_of
from assessor_app.ui.plain_text import PlainLabel, plain

GOOD, BAD = QColor("#2e7d32"), QColor("#b3261e")
FINGERPRINT_COLUMN, CERTIFICATE_COLUMN, ROLE_COLUMN = 1, 6, 7
# The table shows a fingerprint's first and last bytes; the whole one is in the cell's
# tooltip and in the detail area below the table (wrapped, monospace, copyable).
SHORT_BYTES = 4


def short_fingerprint(fingerprint: str) -> str:
    """ "AB:CD:EF:01 … 89:AB:CD:EF" for a colon-separated fingerprint (a short one whole)."""
    parts = fingerprint.split(":")
    if len(parts) <= 2 * SHORT_BYTES + 1:
        return fingerprint
    return ":".join(parts[:SHORT_BYTES]) + " … " + ":".join(parts[-SHORT_BYTES:])


class VerifyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify signatures"))
        self.setAcceptDrops(True)
        self.resize(1040, 480)
        self.trusted: list[Path] = []
        self.checks: list[SignatureCheck] = []
        layout = QVBoxLayout(self)
        self.drop_label = PlainLabel(self.tr("Drop a signed PDF here, or choose one."))
        self.drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_label.setMinimumHeight(48)
        self.drop_label.setStyleSheet(
            "border: 2px dashed #9aa5b1; border-radius: 6px; padding: 8px"
        )
        layout.addWidget(self.drop_label)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Choose PDF…"))
        self.trust_button = QPushButton(self.tr("&Trust certificate…"))
        self.trust_label = PlainLabel(self.tr("No trusted certificates: trust is not checked."))
        row.addWidget(self.choose_button)
        row.addWidget(self.trust_button)
        row.addWidget(self.trust_label, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 8)
        self.table.setAccessibleName(self.tr("Signatures"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Signer"), self.tr("Fingerprint (SHA-256)"), self.tr("Signed"),
             self.tr("Intact"), self.tr("Covers document"), self.tr("Trusted"),
             self.tr("Certificate"), self.tr("Signs as")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # Titles and yes/no marks fit (translations run longer); the fingerprint takes the rest.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.table, 1)
        self.mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        details_label = PlainLabel(self.tr("&Fingerprint of the selected signature (SHA-256):"))
        self.fingerprint = QPlainTextEdit()
        self.fingerprint.setObjectName("signature_fingerprint")
        self.fingerprint.setReadOnly(True)
        self.fingerprint.setFont(self.mono)
        self.fingerprint.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of the selected signature"))
        lines = self.fingerprint.fontMetrics().lineSpacing() * 3
        self.fingerprint.setFixedHeight(lines + 2 * self.fingerprint.frameWidth() + 12)
        details_label.setBuddy(self.fingerprint)
        layout.addWidget(details_label)
        layout.addWidget(self.fingerprint)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_fingerprint(row))
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.choose_button.clicked.connect(self._on_choose)
        self.trust_button.clicked.connect(self._on_trust)
        self.current: Path | None = None
        self.current_pdf: tuple[bytes, str] | None = None  # a report shown from memory

    # -- drop --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and urls[0].toLocalFile().lower().endswith(".pdf"):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_file(Path(urls[0].toLocalFile()))

    # -- actions -----------------------------------------------------------------------
    def _on_choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a signed PDF"), folders.start_in(), "PDF (*.pdf)"
        )
        if name:
            folders.remember(folders.DOCUMENTS, name)
            self.open_file(Path(name))

    def _on_trust(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Certificates to trust"), folders.start_in(),
            self.tr("Certificates (*.pem *.crt *.cer)"),
        )  # fmt: skip
        if not names:
            return
        self.trusted.extend(Path(n) for n in names)
        self.trust_label.setText(self.tr("%n trusted certificate(s)", "", len(self.trusted)))
        if self.current is not None:
            self.open_file(self.current)
        elif self.current_pdf is not None:
            self.open_bytes(*self.current_pdf)

    def open_file(self, path: Path) -> None:
        """Verify ``path`` and show one row per signature."""
        self.current, self.current_pdf = path, None
        self._show(path, str(path))

    def open_bytes(self, pdf: bytes, label: str) -> None:
        """Verify a PDF held in memory (the report tab's, never written to disk)."""
        self.current, self.current_pdf = None, (pdf, label)
        self._show(pdf, label)

    def _show(self, pdf: Path | bytes, label: str) -> None:
        self.drop_label.setText(label)
        try:
            self.checks = verify_report(pdf, self.trusted)
        except AppError as exc:
            self.checks = []
            self.table.setRowCount(0)
            self._show_fingerprint(-1)
            self.summary.setText(message_of(exc))
            return
        self.table.setRowCount(len(self.checks))
        for row, c in enumerate(self.checks):
            when = c.signing_time.strftime("%Y-%m-%d %H:%M UTC") if c.signing_time else "?"
            cells = [c.signer, short_fingerprint(c.fingerprint), when]
            for col, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if col == 0:
                    cell.setToolTip(plain(c.problem or c.field_name))
                if col == FINGERPRINT_COLUMN:
                    cell.setFont(self.mono)
                    cell.setToolTip(plain(c.fingerprint))
                self.table.setItem(row, col, cell)
            for col, flag in ((3, c.intact), (4, c.covers_document), (5, c.trusted)):
                item = QTableWidgetItem(self.tr("yes") if flag else self.tr("no"))
                item.setForeground(GOOD if flag else BAD)
                if col == 5 and not self.trusted:
                    item = QTableWidgetItem(self.tr("not checked"))
                    item.setForeground(QColor("#5f6b76"))
                self.table.setItem(row, col, item)
            certificate = QTableWidgetItem(self._certificate_text(c))
            certificate.setForeground(GOOD if c.certificate is Fitness.FIT else BAD)
            self.table.setItem(row, CERTIFICATE_COLUMN, certificate)
            self.table.setItem(row, ROLE_COLUMN, QTableWidgetItem(self._role_text(c)))
        self.table.resizeColumnsToContents()
        if self.checks:
            self.table.setCurrentCell(0, 0)
        self._show_fingerprint(self.table.currentRow())
        ok = bool(self.checks) and all(c.ok for c in self.checks)
        trusted = all(c.trusted for c in self.checks)
        if not self.checks:
            self.summary.setText(self.tr("This PDF carries no signatures."))
        elif not ok and all(c.intact and c.covers_document for c in self.checks):
            self.summary.setText(
                self.tr("Signatures intact, but a signer's certificate could not sign: {0}").format(
                    "; ".join(self._certificate_text(c) for c in self.checks if not c.ok)
                )
            )
        elif not ok:
            problems = "; ".join(c.problem for c in self.checks if c.problem)
            self.summary.setText(self.tr("Verification FAILED: {0}").format(problems))
        elif self.trusted and not trusted:
            self.summary.setText(self.tr("Signatures intact, but not every signer is trusted."))
        else:
            self.summary.setText(self.tr("All signatures are intact and cover the whole document."))

    def _show_fingerprint(self, row: int) -> None:
        """The whole fingerprint of the signature in ``row`` (none: empty), to read or copy."""
        if 0 <= row < len(self.checks):
            check = self.checks[row]
            self.fingerprint.setPlainText(check.fingerprint)
            self.fingerprint.setToolTip(
                plain(self.tr("{signer}: {fingerprint}").format(
                    signer=check.signer, fingerprint=check.fingerprint
                ))
            )  # fmt: skip
        else:
            self.fingerprint.setPlainText("")
            self.fingerprint.setToolTip(plain(""))

    def _certificate_text(self, check: SignatureCheck) -> str:
        """The certificate's fitness as pdfsig's "Certificate Validation" would put it."""
        until = format_date(check.valid_until.date()) if check.valid_until else "?"
        since = format_date(check.valid_from.date()) if check.valid_from else "?"
        if check.certificate is Fitness.EXPIRED:
            return self.tr("expired on {0}").format(until)
        if check.certificate is Fitness.NOT_YET_VALID:
            return self.tr("not valid before {0}").format(since)
        if check.certificate is Fitness.NOT_FOR_SIGNING:
            return self.tr("not for signing (key usage)")
        return self.tr("valid until {0}").format(until)

    def _role_text(self, check: SignatureCheck) -> str:
        if check.additional is not None:
            return self.tr("additional: {0} (not an assessor)").format(check.additional)
        if check.field_name == LEAD_FIELD:
            return self.tr("lead assessor")
        if check.field_name == CO_FIELD:
            return self.tr("co-assessor")
        return check.field_name
