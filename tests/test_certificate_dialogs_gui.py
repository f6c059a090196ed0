"""The sign dialog says why a certificate or a signer is refused and which box it signs;
the verify dialog shows each certificate's expiry and usage (issue 12, deliver 4 and 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from assessor_app.domain.visit import VisitState
from assessor_app.reports.signing import sign_pdf
from assessor_app.resources import resource_path
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.report.report_page import ReportPage
from assessor_app.ui.report.sign_dialog import SignDialog
from assessor_app.ui.report.verify_dialog import CERTIFICATE_COLUMN, ROLE_COLUMN, VerifyDialog
from tests.cert_helpers import make_p12, signer_key
from tests.report_helpers import CO_PASS, LEAD_PASS

pytestmark = pytest.mark.gui
LEAD = ("Dr. Elena Conti", "elena.conti@example.org")


@pytest.fixture
def report(services, demo_id, tmp_path: Path) -> Path:
    path = tmp_path / "report.pdf"
    services.reports.generate(demo_id, path)
    return path


def open_sign_dialog(qtbot, services, pdf: Path) -> SignDialog:
    dialog = SignDialog(services, pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def ok_button(dialog: SignDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


@pytest.mark.parametrize(
    ("cls", "words"),
    [
        ("expired", "expired on"),
        ("not-yet-valid", "is not valid before"),
        ("non-signing", "is not for signing"),
    ],
)
def test_sign_dialog_refuses_an_unfit_certificate_and_says_why(
    qtbot, services, report, tmp_path, cls, words
):
    services.identities.import_file(make_p12(tmp_path / "x.p12", *LEAD, LEAD_PASS, cls), LEAD_PASS)
    dialog = open_sign_dialog(qtbot, services, report)
    note = dialog.box_note.text()
    assert note.startswith("The certificate of Dr. Elena Conti") and words in note, note
    assert not ok_button(dialog).isEnabled()
    # An additional signature needs a fit certificate too.
    dialog.additional.setChecked(True)
    qtbot.keyClicks(dialog.additional_name, "witness")
    assert words in dialog.box_note.text() and not ok_button(dialog).isEnabled()


def test_sign_dialog_offers_an_outsider_the_additional_signature_only(
    qtbot, services, demo_id, report
):
    services.identities.create("Wanda Witness", "wanda@example.org", CO_PASS)
    dialog = open_sign_dialog(qtbot, services, report)
    assert "Wanda Witness <wanda@example.org> is neither" in dialog.box_note.text()
    assert not ok_button(dialog).isEnabled()
    qtbot.mouseClick(dialog.additional, Qt.MouseButton.LeftButton)
    assert dialog.additional_name.isEnabled()
    assert "Name the additional signature" in dialog.box_note.text()
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.additional_name, "witness")
    assert dialog.box_note.text().startswith("An additional signature named “witness”")
    assert "never counts as an assessor's signature" in dialog.box_note.text()
    assert ok_button(dialog).isEnabled() and dialog.additional_role() == "witness"
    qtbot.mouseClick(dialog.additional, Qt.MouseButton.LeftButton)
    assert dialog.additional_role() is None and not ok_button(dialog).isEnabled()


def test_report_page_signs_an_additional_signature_that_leaves_the_visit_unsigned(
    qtbot, services, demo_id
):
    BackgroundRunner.synchronous = True
    try:
        page = ReportPage(services, demo_id, BackgroundRunner())
        qtbot.addWidget(page)
        page.show()
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
        witness = services.identities.create("Wanda Witness", "wanda@example.org", CO_PASS)
        page.sign_with(witness.path, CO_PASS, None, additional="witness")
    finally:
        BackgroundRunner.synchronous = False
    assert page.status.text().startswith("Additional signature (witness) by Wanda Witness")
    assert services.visits.get(demo_id).state is not VisitState.SIGNED


def test_verify_dialog_shows_expiry_usage_and_box(qtbot, services, report, tmp_path):
    fonts = resource_path("fonts")
    signed, _f, _t = sign_pdf(report.read_bytes(), signer_key(*LEAD, "expired"), fonts)
    pdf = tmp_path / "expired.pdf"
    pdf.write_bytes(signed)
    witness = services.identities.create("Wanda Witness", "wanda@example.org", CO_PASS)
    services.reports.sign(report, tmp_path / "w.pdf", witness.path, CO_PASS, additional="witness")
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.open_file(pdf)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, CERTIFICATE_COLUMN).text().startswith("expired on")
    assert dialog.table.item(0, ROLE_COLUMN).text() == "lead assessor"
    assert dialog.table.item(0, 3).text() == "yes"  # the signature itself is intact
    assert "a signer's certificate could not sign: expired on" in dialog.summary.text()

    dialog.open_file(tmp_path / "w.pdf")
    assert dialog.table.item(0, CERTIFICATE_COLUMN).text().startswith("valid until")
    assert dialog.table.item(0, ROLE_COLUMN).text() == "additional: witness (not an assessor)"
    assert "All signatures are intact" in dialog.summary.text()


def test_identity_dialog_warns_before_making_a_certificate_a_visit_outlasts(
    qtbot, services, visit_id, monkeypatch
):
    from datetime import date, timedelta

    from PySide6.QtWidgets import QDialog, QMessageBox

    from assessor_app.ui.report import identity_dialog

    services.visits.update(visit_id, "start_date", date.today() + timedelta(days=800))
    services.visits.update(visit_id, "end_date", date.today() + timedelta(days=801))
    monkeypatch.setattr(identity_dialog.NewIdentityDialog, "exec", lambda self: QDialog.Accepted)
    monkeypatch.setattr(identity_dialog, "ask_passphrase", lambda *a, **k: "a long passphrase")
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(
        identity_dialog.QMessageBox,
        "question",
        lambda _p, _t, text, *a: (asked.append(text), answer[0])[1],
    )
    dialog = identity_dialog.IdentityDialog(services)
    qtbot.addWidget(dialog)
    original = identity_dialog.NewIdentityDialog.__init__

    def filled(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.name.setText("Dr. Elena Conti")
        self.email.setText("elena.conti@example.org")

    monkeypatch.setattr(identity_dialog.NewIdentityDialog, "__init__", filled)
    dialog._on_create()
    assert asked and "before the visit Test Hospital" in asked[0], asked
    assert asked[0].endswith("Create it anyway?")
    assert services.identities.list() == []  # declined: nothing made
    answer[0] = QMessageBox.StandardButton.Yes
    dialog._on_create()
    assert len(services.identities.list()) == 1


def test_identity_dialog_says_an_unfit_certificate_cannot_sign(qtbot, services, tmp_path):
    from assessor_app.ui.report.identity_dialog import IdentityDialog

    p12 = make_p12(tmp_path / "old.p12", *LEAD, LEAD_PASS, "expired")
    services.identities.import_file(p12, LEAD_PASS)
    dialog = IdentityDialog(services)
    qtbot.addWidget(dialog)
    assert "This certificate cannot sign: it has expired." in dialog.details.text()


def test_verify_dialog_shows_the_whole_fingerprint_readable_and_copyable(
    qtbot, services, report, tmp_path
):
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    from assessor_app.ui.report.verify_dialog import FINGERPRINT_COLUMN, short_fingerprint

    lead = services.identities.create(*LEAD, LEAD_PASS)
    co = services.identities.create("Dr. James Whitfield", "j.whitfield@example.org", CO_PASS)
    signed = tmp_path / "signed.pdf"
    services.reports.sign(report, signed, lead.path, LEAD_PASS)
    services.reports.sign(signed, signed, co.path, CO_PASS)
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    dialog.open_file(signed)
    qtbot.wait(10)
    assert dialog.table.rowCount() == 2
    prints = [c.fingerprint for c in dialog.checks]
    assert all(len(p) == 95 for p in prints) and prints[0] != prints[1]  # SHA-256, AB:CD:…

    # The cell: a short form that fits its column, the whole one as its tooltip.
    header = dialog.table.horizontalHeader()
    for row, whole in enumerate(prints):
        cell = dialog.table.item(row, FINGERPRINT_COLUMN)
        assert cell.text() == short_fingerprint(whole) and cell.toolTip() == whole
        needed = QFontMetrics(cell.font()).horizontalAdvance(cell.text())
        assert header.sectionSize(FINGERPRINT_COLUMN) >= needed

    # The detail area: the selected signature's whole fingerprint, every line in view.
    area = dialog.fingerprint
    assert area.toPlainText() == prints[0] and area.isReadOnly()
    assert area.verticalScrollBar().maximum() == 0
    assert not area.horizontalScrollBar().isVisible()
    dialog.table.setCurrentCell(1, 0)
    assert area.toPlainText() == prints[1]
    area.selectAll()
    area.copy()
    assert QApplication.clipboard().text() == prints[1]
