"""Choose the identity to sign with and the drawn signature to show."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from assessor_app.domain.certificate_fitness import Fitness, fitness
from assessor_app.domain.errors import AppError
from assessor_app.domain.signing_roles import SigningRole, additional_field_name
from assessor_app.services.container import Services
from assessor_app.services.identities import IdentityInfo
from assessor_app.ui.formatting import format_date, message_of
from assessor_app.ui.plain_text import PlainLabel
from assessor_app.ui.report.identity_dialog import IdentityDialog
from assessor_app.ui.report.signature_pad import SignaturePad

NOTE_STYLE = "color: #3d4652;"
WARNING_STYLE = (
    "color: #8a4b00; background: #fff4e0; border: 1px solid #f0c987;"
    " border-radius: 4px; padding: 4px 8px;"
)


class SignDialog(QDialog):
    def __init__(
        self,
        services: Services,
        pdf: Path | bytes | None = None,
        parent: QWidget | None = None,
        *,
        open_conflicts: int = 0,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.pdf = pdf  # the report to sign (a file, or in memory): which boxes are free
        self._identities: list[IdentityInfo] = []
        self.setWindowTitle(self.tr("Sign report"))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.identity = QComboBox()
        self.identity.setAccessibleName(self.tr("Signing identity"))
        self.manage = QPushButton(self.tr("&Identities…"))
        row.addWidget(self.identity, 1)
        row.addWidget(self.manage)
        form.addRow(self.tr("Sign as:"), row)
        # Which box of the report the signature goes in, worked out as signing will.
        self.box_note = PlainLabel()
        self.box_note.setWordWrap(True)
        self.box_note.setAccessibleName(self.tr("Signature box"))
        form.addRow("", self.box_note)
        # A witness or the office signs beside the assessors, never in their boxes.
        self.additional = QCheckBox(
            self.tr("Sign as an a&dditional signatory (witness, office), not as an assessor")
        )
        self.additional_name = QLineEdit()
        self.additional_name.setAccessibleName(self.tr("Name of the additional signature"))
        self.additional_name.setPlaceholderText(self.tr("for example: witness"))
        self.additional_name.setEnabled(False)
        form.addRow("", self.additional)
        form.addRow(self.tr("Signature name:"), self.additional_name)
        self.pad = SignaturePad()
        form.addRow(self.tr("Signature:"), self.pad)
        self.clear = QPushButton(self.tr("C&lear"))
        form.addRow("", self.clear)
        self.freeze_note = note = PlainLabel(
            self.tr(
                "Signing freezes this revision of the visit: later changes make a new revision "
                "whose report names this one as superseded."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        # Signing freezes what the visit shows now, undecided conflicts included.
        self.conflicts_note = PlainLabel(
            self.tr(
                "1 conflict still needs review: this revision is signed with the value the "
                "visit shows now."
            )
            if open_conflicts == 1
            else self.tr(
                "{n} conflicts still need review: this revision is signed with the values the "
                "visit shows now."
            ).format(n=open_conflicts)
        )
        self.conflicts_note.setWordWrap(True)
        self.conflicts_note.setStyleSheet(WARNING_STYLE)
        self.conflicts_note.setVisible(open_conflicts > 0)
        form.addRow(self.conflicts_note)
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
        self.additional.toggled.connect(self._on_additional)
        self.additional_name.textChanged.connect(lambda _t: self._show_box())
        self._fill()

    def _fill(self, select: Path | None = None) -> None:
        self.identity.clear()
        self._identities = self.services.identities.list()
        for info in self._identities:
            self.identity.addItem(f"{info.name} <{info.email}>", str(info.path))
            if select is not None and info.path == select:
                self.identity.setCurrentIndex(self.identity.count() - 1)
        ok = self.identity.count() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self._load_signature()
        if not ok:
            self._note(
                self.tr("No signing identity yet: create one (or import a .p12) with Identities…"),
                warn=True,
            )

    def _current_info(self) -> IdentityInfo | None:
        return next(
            (i for i in self._identities if str(i.path) == self.identity.currentData()), None
        )

    def _certificate_refusal(self, info: IdentityInfo) -> str | None:
        """Why this identity's certificate cannot sign now, or None (worded as signing's
        refusal: the same rule, domain.certificate_fitness)."""
        verdict = fitness(info.terms, datetime.now(UTC))
        if verdict is Fitness.EXPIRED:
            return self.tr(
                "The certificate of {signer} expired on {day}: it can no longer sign. Get a "
                "new certificate from the office, or create a new identity."
            ).format(signer=info.name, day=format_date(info.terms.not_after.date()))
        if verdict is Fitness.NOT_YET_VALID:
            return self.tr(
                "The certificate of {signer} is not valid before {day}: it cannot sign yet. "
                "Is this computer's date right?"
            ).format(signer=info.name, day=format_date(info.terms.not_before.date()))
        if verdict is Fitness.NOT_FOR_SIGNING:
            return self.tr(
                "The certificate of {signer} is not for signing: its key usage allows neither "
                "digital signatures nor non-repudiation."
            ).format(signer=info.name)
        return None

    def _show_box(self) -> None:
        info = self._current_info()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if info is None:
            self.box_note.hide()
            return
        refusal = self._certificate_refusal(info)
        if refusal is not None:
            self._note(refusal, warn=True)
            ok.setEnabled(False)
            return
        if self.additional.isChecked():
            role = self.additional_name.text().strip()
            try:
                additional_field_name(role)
            except AppError as exc:
                self._note(message_of(exc), warn=True)
                ok.setEnabled(False)
                return
            self._note(
                self.tr(
                    "An additional signature named “{role}”, beside the assessors' boxes: it "
                    "never counts as an assessor's signature and does not sign the visit."
                ).format(role=role)
            )
            ok.setEnabled(True)
            return
        if self.pdf is None:
            self.box_note.hide()
            ok.setEnabled(True)
            return
        try:
            if isinstance(self.pdf, bytes):
                where = self.services.reports.signature_box_of(
                    self.pdf, info.name, info.email, info.fingerprint
                )
            else:
                where = self.services.reports.signature_box(
                    self.pdf, info.name, info.email, info.fingerprint
                )
        except AppError as exc:
            self._note(message_of(exc), warn=True)
            ok.setEnabled(False)
            return
        lead = where.lead.name or where.lead.email or "—"
        co = where.co.name or where.co.email or "—"
        # Whole sentences for each case: translations need them, not spliced phrases.
        if where.box is SigningRole.LEAD:
            text = self.tr("Signs in the lead assessor's box ({name}).").format(name=lead)
        elif where.box is SigningRole.CO:
            text = self.tr("Signs in the co-assessor's box ({name}).").format(name=co)
        elif where.problem is not None:
            text = message_of(where.problem)
        else:
            text = self.tr("No signature box of this report is free.")
        self._note(text, warn=where.box is None)
        ok.setEnabled(where.box is not None)

    def additional_role(self) -> str | None:
        """The name of the additional signature asked for, or None for an assessor's."""
        return self.additional_name.text().strip() if self.additional.isChecked() else None

    def _on_additional(self, on: bool) -> None:
        self.additional_name.setEnabled(on)
        # An additional signature signs no box: it freezes nothing.
        self.freeze_note.setVisible(not on)
        if on:
            self.additional_name.setFocus()
        self._show_box()

    def _note(self, text: str, *, warn: bool = False) -> None:
        self.box_note.setStyleSheet(WARNING_STYLE if warn else NOTE_STYLE)
        self.box_note.setText(text)
        self.box_note.show()

    def _load_signature(self) -> None:
        self._show_box()
        path = self.identity_path()
        image = self.services.identities.signature_image(path) if path else None
        if image:
            self.pad.load_png(image)
        else:
            self.pad.clear()

    def _on_manage(self) -> None:
        manager = IdentityDialog(self.services, self)
        manager.exec()
        chosen = manager.selected()  # the one just created or picked there
        self._fill(select=chosen.path if chosen else self.identity_path())

    def identity_path(self) -> Path | None:
        data = self.identity.currentData()
        return Path(data) if data else None

    def signature_png(self) -> bytes | None:
        return None if self.pad.is_empty() else self.pad.png()
