"""Before an export: the certificates of the people a bundle is sealed to, chosen by hand.

The visit's known recipients (from the invitation) and the office (its trust list) are
sealed to anyway; this adds someone else for one export, as ``main.py export --seal-to``
does. The files are read here; the export checks them (RSA, readable) before it writes
anything, and its summary names everyone the bundle is sealed to.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from assessor_app.ui import folders
from assessor_app.ui.plain_text import plain


def certificate_filter() -> str:
    return QCoreApplication.translate(
        "SealRecipients", "Certificates (*.pem *.crt *.cer);;All files (*)"
    )


def choose_seal_recipients(parent: QWidget) -> list[bytes] | None:
    """The PEM bytes of the chosen certificate files; None when cancelled or unreadable
    (said, and nothing exported)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("SealRecipients", "Seal the bundle to these certificates"),
        folders.start_in(),
        certificate_filter(),
    )
    if not names:
        return None
    folders.remember(folders.DOCUMENTS, names[0])
    pems: list[bytes] = []
    for name in names:
        try:
            pems.append(Path(name).read_bytes())
        except OSError as exc:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("SealRecipients", "Export"),
                plain(
                    QCoreApplication.translate(
                        "SealRecipients", "{file} cannot be read ({reason}). Nothing was exported."
                    ).format(file=name, reason=exc.strerror or type(exc).__name__)
                ),
            )
            return None
    return pems
