"""Before importing a sealed bundle: find the key that opens it and ask for its passphrase.

The assessor's own identities in the data folder are tried first (by certificate, without a
passphrase); if none is a recipient, the dialog names the keys the bundle is sealed to and
offers to choose another identity file. The passphrase is asked each time and not kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from assessor_app.domain.errors import AppError
from assessor_app.services.container import Services
from assessor_app.ui import folders
from assessor_app.ui.plain_text import plain
from assessor_app.ui.report.passphrase_dialog import ask_passphrase


@dataclass(frozen=True)
class OpeningChoice:
    """The identity that opens a sealed bundle, and its passphrase."""

    identity_path: Path
    passphrase: str


def choose_opening_identity(
    parent: QWidget, services: Services, bundle: Path
) -> OpeningChoice | None:
    """The identity (and passphrase) to open a sealed ``bundle``; None when cancelled."""
    infos = services.identities.list()
    index = services.sync.seal_recipient_index(
        bundle, [services.identities.certificate_pem(i.path) for i in infos]
    )
    if index is not None:
        info = infos[index]
        path = info.path
        prompt = QCoreApplication.translate(
            "SealedImport",
            "{file} is sealed to your identity {name} <{email}>. Passphrase to open it:",
        ).format(file=bundle.name, name=info.name, email=info.email)
    else:
        try:
            needed = "; ".join(services.sync.sealed_to(bundle))
        except AppError:  # a damaged envelope: the import itself reports it
            needed = "?"
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("SealedImport", "Sealed bundle"),
            plain(
                QCoreApplication.translate(
                    "SealedImport",
                    "{file} is sealed, and none of your identities in this data folder opens "
                    "it. It opens with the private key of: {needed}.\n\n"
                    "Choose the identity file (.p12) that holds this key?",
                ).format(file=bundle.name, needed=needed)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SealedImport", "Identity that opens the bundle"),
            folders.start_in(),
            QCoreApplication.translate("SealedImport", "Signing identities (*.p12 *.pfx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        prompt = QCoreApplication.translate(
            "SealedImport", "Passphrase of {file}, to open the sealed bundle:"
        ).format(file=path.name)
    passphrase = ask_passphrase(parent, prompt)
    if passphrase is None:
        return None
    return OpeningChoice(path, passphrase)
