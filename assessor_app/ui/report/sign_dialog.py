"""Choose the identity to sign with and the drawn signature to show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from assessor_app.services.container import Services
from assessor_app.ui.report.identity_dialog import IdentityDialog
from assessor_app.ui.report.signature_pad import SignaturePad


class SignDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Sign report"))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.identity = QComboBox()
        self.identity.setAccessibleName(self.tr("Signing identity"))
        self.manage = QPushButton(self.tr("&Identities…"))
        row.addWidget(self.identity, 1)
        row.addWidget(self.manage)
        form.addRow(self.tr("Sign as:"), row)
        self.pad = SignaturePad()
        form.addRow(self.tr("Signature:"), self.pad)
        self.clear = QPushButton(self.tr("C&lear"))
        form.addRow("", self.clear)
        note = QLabel(
            self.tr(
                "Signing freezes this revision of the visit: later changes make a new revision "
                "whose report names this one as superseded."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.manage.clicked.connect(self._on_manage)
        self.clear.clicked.connect(self.pad.clear)
        self.identity.currentIndexChanged.connect(lambda _i: self._load_signature())
        self._fill()

    def _fill(self) -> None:
        self.identity.clear()
        for info in self.services.identities.list():
            self.identity.addItem(f"{info.name} <{info.email}>", str(info.path))
        ok = self.identity.count() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self._load_signature()

    def _load_signature(self) -> None:
        path = self.identity_path()
        image = self.services.identities.signature_image(path) if path else None
        if image:
            self.pad.load_png(image)
        else:
            self.pad.clear()

    def _on_manage(self) -> None:
        IdentityDialog(self.services, self).exec()
        self._fill()

    def identity_path(self) -> Path | None:
        data = self.identity.currentData()
        return Path(data) if data else None

    def signature_png(self) -> bytes | None:
        return None if self.pad.is_empty() else self.pad.png()
