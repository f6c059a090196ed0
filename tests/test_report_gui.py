"""The report tab and its dialogs, driven like a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from assessor_app.domain.visit import VisitState
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.report.identity_dialog import IdentityDialog, NewIdentityDialog
from assessor_app.ui.report.passphrase_dialog import PassphraseDialog
from assessor_app.ui.report.report_page import ReportPage
from assessor_app.ui.report.sign_dialog import SignDialog
from assessor_app.ui.report.signature_pad import SignaturePad
from assessor_app.ui.report.verify_dialog import VerifyDialog
from tests.report_helpers import CO_PASS, LEAD_PASS, signature_png

pytestmark = pytest.mark.gui


def pdf_files(root: Path) -> list[str]:
    """The files under ``root`` that are PDFs a reader opens (not sealed blobs)."""
    return sorted(
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and b"%PDF-" in p.read_bytes()[:1024]
    )


@pytest.fixture(autouse=True)
def synchronous():
    BackgroundRunner.synchronous = True
    yield
    BackgroundRunner.synchronous = False


@pytest.fixture
def page(qtbot, services, demo_id):
    widget = ReportPage(services, demo_id, BackgroundRunner())
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def test_report_page_generates_and_previews_the_report(qtbot, page, services, demo_id):
    assert not page.sign_button.isEnabled()
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.report is not None
    assert page.pdf is not None and page.pdf.startswith(b"%PDF")
    assert page.document.status() == QPdfDocument.Status.Ready
    assert page.document.pageCount() == page.report.pages > 5
    assert page.report.report_id in page.status.text()
    assert page.sign_button.isEnabled() and page.save_button.isEnabled()


def test_report_page_signs_and_saves(qtbot, page, services, tmp_path, monkeypatch):
    lead = services.identities.create("Dr. Elena Conti", "elena.conti@example.org", LEAD_PASS)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    page.sign_with(lead.path, LEAD_PASS, signature_png())
    assert "Signed by Dr. Elena Conti" in page.status.text()
    assert services.visits.list()[0].state is VisitState.SIGNED
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(
        "assessor_app.ui.report.report_page.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "PDF (*.pdf)"),
    )
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert services.reports.verify(target)[0].intact


def test_wrong_passphrase_in_the_gui_says_so_and_keeps_the_report(
    qtbot, page, services, monkeypatch
):
    lead = services.identities.create("Dr. Elena Conti", "elena.conti@example.org", LEAD_PASS)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    before = page.pdf
    shown: list[str] = []
    monkeypatch.setattr(
        "assessor_app.ui.report.report_page.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    page.sign_with(lead.path, "wrong passphrase", None)
    assert shown and "wrong passphrase" in shown[0]
    assert page.pdf == before
    assert page.document.status() == QPdfDocument.Status.Ready


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_verify_dialog_lists_the_signatures_of_a_dropped_pdf(qtbot, services, demo_id, tmp_path):
    lead = services.identities.create("Dr. Elena Conti", "elena.conti@example.org", LEAD_PASS)
    co = services.identities.create("Dr. Jan Ørsted", "j.whitfield@example.org", CO_PASS)
    pdf = tmp_path / "r.pdf"
    services.reports.generate(demo_id, pdf)
    services.reports.sign(pdf, pdf, lead.path, LEAD_PASS)
    services.reports.sign(pdf, pdf, co.path, CO_PASS)
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(10, 10), actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), actions, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(dialog, drop)
    assert dialog.table.rowCount() == 2
    signers = [dialog.table.item(r, 0).text() for r in range(2)]
    assert signers == ["Dr. Elena Conti", "Dr. Jan Ørsted"]
    assert all(dialog.table.item(r, 3).text() == "yes" for r in range(2))
    assert "All signatures are intact" in dialog.summary.text()

    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(pdf.read_bytes() + b"% extra\n")
    dialog.open_file(tampered)
    assert "FAILED" in dialog.summary.text()


def test_signature_pad_draws_with_the_mouse_and_clears(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    assert pad.is_empty()
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 80))
    for x in range(30, 300, 20):
        qtbot.mouseMove(pad, QPoint(x, 60 + (x % 40)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(310, 70))
    assert not pad.is_empty()
    png = pad.png()
    assert png.startswith(b"\x89PNG")
    pad.clear()
    assert pad.is_empty()


def test_the_report_tab_writes_no_pdf_to_the_cache(qtbot, page, services):
    # (It used to keep the unsigned report at cache/reports/<visit>.pdf, in plaintext.)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.document.status() == QPdfDocument.Status.Ready
    assert not (Path(services.paths.cache_dir) / "reports").exists()
    assert pdf_files(services.paths.data_dir) == []


def _draw(qtbot, pad: SignaturePad) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 80))
    for x in range(30, 300, 20):
        qtbot.mouseMove(pad, QPoint(x, 60 + (x % 40)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(310, 70))


def test_closing_identities_with_a_fresh_drawing_offers_to_save_it(qtbot, services, monkeypatch):
    lead = services.identities.create("Dr. Elena Conti", "elena.conti@example.org", LEAD_PASS)
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save])
    asked: list[str] = []

    def answer(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    dialog = IdentityDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _draw(qtbot, dialog.pad)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)  # Cancel: stays open, drawing kept
    assert dialog.isVisible() and not dialog.pad.is_empty()
    assert services.identities.signature_image(lead.path) is None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Save
    assert not dialog.isVisible()
    assert (services.identities.signature_image(lead.path) or b"").startswith(b"\x89PNG")
    assert len(asked) == 2


def test_closing_identities_without_drawing_asks_nothing(qtbot, services, monkeypatch):
    services.identities.create("Dr. Elena Conti", "elena.conti@example.org", LEAD_PASS)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: pytest.fail()))
    dialog = IdentityDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_verify_dialog_column_titles_are_not_cut_off(qtbot):
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.table.horizontalHeader()
    for column in range(header.count()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column


def test_sign_dialog_says_which_box_the_signature_goes_in(qtbot, services, demo_id, tmp_path):
    # Listed by name: "James Whitfield" (the demo's co-assessor), then "Zoe Stranger".
    whitfield = services.identities.create("James Whitfield", "j.whitfield@example.org", CO_PASS)
    services.identities.create("Zoe Stranger", "zoe@example.org", LEAD_PASS)
    pdf = tmp_path / "report.pdf"
    services.reports.generate(demo_id, pdf)

    def open_dialog() -> SignDialog:
        dialog = SignDialog(services, pdf)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    dialog = open_dialog()
    assert dialog.identity.currentText().startswith("James Whitfield")
    assert dialog.box_note.text() == "Signs in the co-assessor's box (Dr. James Whitfield)."
    dialog.identity.setFocus()
    qtbot.keyClick(dialog.identity, Qt.Key.Key_Down)
    assert dialog.identity.currentText().startswith("Zoe Stranger")
    note = dialog.box_note.text()
    assert "neither this visit's lead assessor (Dr. Elena Conti" in note
    assert "only they sign the assessor boxes" in note
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.close()

    services.reports.sign(pdf, pdf, whitfield.path, CO_PASS)
    again = open_dialog()
    assert again.box_note.text() == "James Whitfield has signed this report already."
    assert not again.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    again.close()

    # The lead's box is signed (by another certificate of hers): she takes no other box.
    first = services.identities.create("Elena Conti", "elena.conti@example.org", LEAD_PASS)
    other = tmp_path / "other.pdf"
    services.reports.generate(demo_id, other)
    services.reports.sign(other, other, first.path, LEAD_PASS)
    services.identities.create("Dr. Elena Conti", "elena.conti@example.org", LEAD_PASS)
    pdf = other
    lead_view = open_dialog()
    assert lead_view.identity.currentText().startswith("Dr. Elena Conti")
    assert lead_view.box_note.text() == (
        "The lead assessor's box of this report is signed already. Nothing was signed."
    )
    assert not lead_view.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_new_identity_form_says_what_is_missing_while_typing(qtbot):
    form = NewIdentityDialog(None, "Dr. Elena Conti")
    qtbot.addWidget(form)
    form.show()
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert form.name.text() == "Dr. Elena Conti"  # the user's name, set in the app
    assert not ok.isEnabled() and form.problem.text() == "Enter your e-mail address."
    qtbot.keyClicks(form.email, "elena@")
    assert not ok.isEnabled()
    qtbot.keyClicks(form.email, "example.org")
    assert ok.isEnabled() and form.problem.text() == ""
    form.name.selectAll()
    qtbot.keyClick(form.name, Qt.Key.Key_Delete)
    assert not ok.isEnabled() and "name" in form.problem.text()


def test_a_new_passphrase_too_short_is_refused_in_place(qtbot):
    dialog = PassphraseDialog("Choose a passphrase", None, confirm=True, min_length=8)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.repeat is not None
    qtbot.keyClicks(dialog.edit, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text() == "Use at least 8 characters."
    for edit in (dialog.edit, dialog.repeat):
        qtbot.keyClicks(edit, " enough")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.passphrase() == "short enough"


def test_sign_dialog_warns_of_open_conflicts_and_of_no_identity(qtbot, services, demo_id, tmp_path):
    pdf = tmp_path / "report.pdf"
    services.reports.generate(demo_id, pdf)
    dialog = SignDialog(services, pdf, open_conflicts=2)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.conflicts_note.isVisible()
    assert dialog.conflicts_note.text().startswith("2 conflicts still need review")
    assert dialog.box_note.text().startswith("No signing identity yet")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    calm = SignDialog(services, pdf)
    qtbot.addWidget(calm)
    calm.show()
    assert not calm.conflicts_note.isVisible()


def test_a_cancelled_second_report_keeps_the_first_in_view(qtbot, page, services, monkeypatch):
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    first = page.pdf
    pages = page.document.pageCount()
    from assessor_app.domain.progress import Cancelled

    def cancelled(*_args, **_kwargs):
        raise Cancelled("cancelled")

    monkeypatch.setattr(services.reports, "render", cancelled)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert "Cancelled" in page.status.text()
    # What Sign and Save act on is the report still shown, not a blank preview.
    assert page.pdf == first
    assert page.document.status() == QPdfDocument.Status.Ready
    assert page.document.pageCount() == pages
    assert page.sign_button.isEnabled() and page.save_button.isEnabled()


# -- protection at rest: an encrypted folder holds no readable rendering of a visit -----

FOLDER_PASS = "a long enough passphrase for the report test"
SECRET_COMMENT = "Comment-only-in-the-report-test-7f3a"


def _readable(root: Path, needles: list[bytes]) -> list[str]:
    """Files under ``root`` holding a needle, or a whole PDF (its text may be compressed
    or glyph-coded, so a readable PDF counts as a leak by itself)."""
    found = []
    for file in sorted(p for p in root.rglob("*") if p.is_file()):
        data = file.read_bytes()
        if any(n in data for n in needles) or b"%PDF-" in data[:1024]:
            found.append(str(file))
    return found


def test_an_encrypted_folder_keeps_the_report_tab_pdf_off_the_disk(
    qtbot, paths, tmp_path, monkeypatch
):
    import tempfile

    from assessor_app.protection import key_file
    from assessor_app.services.container import build_services
    from assessor_app.services.reports import verify_report

    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    paths.ensure()
    key = key_file.create_encrypted(paths, FOLDER_PASS)
    services = build_services(paths, key)
    try:
        visit_id = services.demo.create()
        services.findings.set_comment(visit_id, "1.b", SECRET_COMMENT)
        facility = services.visits.get(visit_id).facility.name
        lead = services.identities.create("Dr. Elena Conti", "elena.conti@example.org", LEAD_PASS)
        page = ReportPage(services, visit_id, BackgroundRunner())
        qtbot.addWidget(page)
        page.resize(900, 700)
        page.show()

        needles = [SECRET_COMMENT.encode(), facility.encode()]
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
        assert page.report is not None
        assert _readable(paths.data_dir, needles) == []
        assert _readable(private_tmp, needles) == []
        assert facility.encode() in page.pdf  # the needle is one the report carries
        # The preview shows the pages, and zooms.
        assert page.document.status() == QPdfDocument.Status.Ready
        assert page.document.pageCount() == page.report.pages > 5
        before = page.view.shown_factor()
        page.view.zoom_in()
        assert page.view.shown_factor() > before
        # The sign dialog reads the boxes of the report in memory.
        dialog = SignDialog(services, page.pdf, page)
        qtbot.addWidget(dialog)
        assert dialog.box_note.text() == "Signs in the lead assessor's box (Dr. Elena Conti)."
        dialog.close()
        page.sign_with(lead.path, LEAD_PASS, signature_png())
        assert "Signed by Dr. Elena Conti" in page.status.text()
        assert services.visits.get(visit_id).state is VisitState.SIGNED
        assert page.document.status() == QPdfDocument.Status.Ready
        assert [c.signer for c in verify_report(page.pdf) if c.intact] == ["Dr. Elena Conti"]

        assert _readable(paths.data_dir, needles) == []
        assert _readable(private_tmp, needles) == []
        # Only the copy the assessor saves, where they choose, is a readable PDF.
        target = tmp_path / "saved" / "report.pdf"
        target.parent.mkdir()
        page.save_as(target)
        assert services.reports.verify(target)[0].intact
        assert _readable(paths.data_dir, needles) == []
    finally:
        services.close()


def test_an_older_versions_plaintext_report_cache_is_removed_at_open(paths):
    from assessor_app.services.container import build_services

    stale = paths.cache_dir / "reports" / "0123.pdf"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"%PDF-1.4 Klinikum Nordstadt")
    build_services(paths).close()
    assert not stale.parent.exists()
