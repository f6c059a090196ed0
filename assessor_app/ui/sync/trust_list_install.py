"""Edit › Install office trust list…: the GUI's ``main.py identity trust add FILE``.

A PEM (or DER) file is picked, what it holds is shown (CA or assessor entries, their names
and SHA-256 fingerprints) and nothing is installed until the person says so; then the same
service as the command line installs it (logged). A file that is no trust list is refused
in the coded, translated words of ui/error_text.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from assessor_app.domain.errors import AppError
from assessor_app.ui import folders
from assessor_app.ui.error_text import error_text
from assessor_app.ui.plain_text import plain

if TYPE_CHECKING:
    from assessor_app.services.container import Services
    from assessor_app.services.trust import AnchorPreview


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrustListInstall", text)


def describe_entry(entry: AnchorPreview) -> str:
    """One certificate of the file, on its own lines: kind, name, fingerprint."""
    if entry.kind == "ca":
        kind = (
            _tr("Office CA (vouches for the certificates it issued)")
            if entry.issues
            else _tr("CA certificate that issues nothing (vouches for itself only)")
        )
    else:
        kind = _tr("Registered assessor")
    who = entry.name or _tr("(no name)")
    if entry.email:
        who = f"{who} <{entry.email}>"
    lines = [f"• {kind}: {who}", _tr("  SHA-256: {fingerprint}").format(
        fingerprint=entry.fingerprint
    )]  # fmt: skip
    if entry.installed:
        lines.append(_tr("  already installed here"))
    return "\n".join(lines)


def install_trust_list(parent: QWidget, services: Services, path: str | None = None) -> bool:
    """Pick a trust-list file (unless ``path`` is given), show it, and install it when the
    person agrees; True when something was installed."""
    title = _tr("Install office trust list")
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, title, folders.start_in(),
            _tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
        )  # fmt: skip
        if not path:
            return False
        folders.remember(folders.DOCUMENTS, path)
    try:
        entries = services.trust.preview_file(Path(path))
    except AppError as exc:
        QMessageBox.warning(parent, title, plain(error_text(exc)))
        return False
    body = "\n".join(describe_entry(e) for e in entries)
    if all(e.installed for e in entries):
        QMessageBox.information(
            parent, title,
            plain(_tr("Every certificate of this file is installed already:") + "\n\n" + body),
        )  # fmt: skip
        return False
    question = (
        _tr("This file holds:")
        + "\n\n"
        + body
        + "\n\n"
        + _tr(
            "Install it as the office's trust list? Then signed bundles and reports are "
            "accepted only from certificates it vouches for, and every bundle exported here "
            "is sealed to the office's CA too. Compare the fingerprints with those the "
            "office gave you."
        )
    )
    answer = QMessageBox.question(
        parent, title, plain(question),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )  # fmt: skip
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        added = services.trust.add_file(Path(path))
    except AppError as exc:
        QMessageBox.warning(parent, title, plain(error_text(exc)))
        return False
    QMessageBox.information(
        parent, title,
        plain(_tr("Installed {n} certificate(s) of the office's trust list.").format(
            n=len(added)
        )),
    )  # fmt: skip
    return bool(added)


def trust_list_action(window: QWidget, services: Services | None = None) -> QAction:
    """Edit › Install office trust list… (the window's services when it runs)."""
    action = QAction(_tr("Install office &trust list…"), window)
    action.setObjectName("action_install_trust_list")
    action.setToolTip(plain(_tr("Install the office's CA or registered assessor certificates")))

    def run() -> None:
        current = services or getattr(window, "services", None)
        if current is not None:
            install_trust_list(window, current)

    action.triggered.connect(run)
    return action
