"""Before an export: offer to sign the bundle's manifest with one of the signing identities.

Signing is optional in the services; it is offered only when identities exist, so an
assessor without one is never asked. The passphrase is asked each time and not kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from assessor_app.services.container import Services
from assessor_app.ui.report.passphrase_dialog import ask_passphrase


@dataclass(frozen=True)
class SigningChoice:
    """How to export: unsigned (``identity_path`` None) or signed with an identity."""

    identity_path: Path | None = None
    passphrase: str = ""


def choose_signing(parent: QWidget, services: Services) -> SigningChoice | None:
    """Ask whether (and with which identity) to sign; None when the user cancelled."""
    identities = services.identities.list()
    if not identities:
        return SigningChoice()
    labels = [
        QCoreApplication.translate("ExportSigning", "Sign as {name} <{email}>").format(
            name=i.name, email=i.email
        )
        for i in identities
    ]
    unsigned = QCoreApplication.translate("ExportSigning", "Do not sign")
    choice, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("ExportSigning", "Sign the bundle"),
        QCoreApplication.translate(
            "ExportSigning",
            "A signed bundle proves to the receiver that it comes from you, unchanged.",
        ),
        [*labels, unsigned],
        0,
        False,
    )
    if not ok:
        return None
    if choice not in labels:
        return SigningChoice()
    info = identities[labels.index(choice)]
    passphrase = ask_passphrase(
        parent,
        QCoreApplication.translate(
            "ExportSigning", "Passphrase of {name}'s signing identity:"
        ).format(name=info.name),
    )
    if passphrase is None:
        return None
    return SigningChoice(info.path, passphrase)
