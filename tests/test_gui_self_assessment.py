"""The facility's self-assessment in the checklist: beside the rating, and as filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from assessor_app.domain.ratings import Rating
from assessor_app.services.container import Services
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.checklist.navigator_model import Filter
from tests.test_gui_checklist import click_requirement, open_page
from tests.workbook_helpers import fill_correctly

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def synchronous_background():
    BackgroundRunner.synchronous = True
    yield
    BackgroundRunner.synchronous = False


def _import_form(services: Services, visit_id: str, tmp_path: Path) -> None:
    blank, filled = tmp_path / "blank.xlsx", tmp_path / "filled.xlsx"
    services.self_assessment.export(visit_id, blank)
    fill_correctly(blank, filled)
    services.self_assessment.import_workbook(visit_id, filled)


def _choose_filter(qtbot, page, which: Filter) -> None:
    box = page.navigator.filter_box
    box.setFocus()
    for _ in range(box.count()):
        if box.currentData() == which.value:
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == which.value


def test_editor_shows_the_claim_beside_the_rating_and_never_replaces_it(
    qtbot, services, visit_id, tmp_path
):
    _import_form(services, visit_id, tmp_path)
    page = open_page(qtbot, services, visit_id)
    click_requirement(qtbot, page, "1.a")
    panel = page.editor.facility_claim
    assert panel.isVisible()
    assert panel.status_label.text() == "The facility says: Met"
    assert panel.evidence_label.text() == "Evidence: sop-sedation.pdf; team-photo.jpg"
    assert not panel.differ_label.isVisible()
    assert page.editor.rating_bar.isVisible()
    click_requirement(qtbot, page, "2.a")
    assert panel.justification_label.text() == "Justification: We run no outpatient clinic"
    click_requirement(qtbot, page, "3.a")
    assert not panel.isVisible()  # nothing claimed there

    click_requirement(qtbot, page, "2.b")
    qtbot.keyClick(page.navigator.tree, Qt.Key.Key_3)  # not met (the editor may move on)
    qtbot.waitUntil(lambda: services.findings.findings(visit_id)["2.b"].rating is Rating.NOT_MET)
    click_requirement(qtbot, page, "2.b")
    assert panel.isVisible() and panel.differ_label.isVisible()
    # The facility's claim is still its own; the assessor's rating is the finding.
    assert services.self_assessment.account(visit_id).claims["2.b"].status is Rating.MET


def test_filters_facility_met_unrated_and_disagreement(qtbot, services, visit_id, tmp_path):
    _import_form(services, visit_id, tmp_path)
    services.findings.rate(visit_id, "2.b", Rating.NOT_MET)
    services.findings.rate(visit_id, "1.b", Rating.PARTIAL)
    page = open_page(qtbot, services, visit_id)
    _choose_filter(qtbot, page, Filter.FACILITY_MET_UNRATED)
    assert page.navigator.visible_keys() == ["1.a"]
    _choose_filter(qtbot, page, Filter.FACILITY_DISAGREES)
    assert page.navigator.visible_keys() == ["2.b"]


def test_import_form_previews_documents_then_imports_and_refreshes(
    qtbot, services, visit_id, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from assessor_app.ui import application_form
    from assessor_app.ui.application_form import FormImportPreview

    blank, filled = tmp_path / "blank.xlsx", tmp_path / "filled.xlsx"
    services.self_assessment.export(visit_id, blank)
    fill_correctly(blank, filled)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "sop-sedation.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (docs / "stray.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(filled), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(docs))
    answer_documents_box(qtbot, "folder_button")
    shown: list[FormImportPreview] = []

    def preview(account, match) -> bool:
        dialog = FormImportPreview(account, match)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        # Nothing is attached or imported while the assessor looks.
        assert services.attachments.list(visit_id) == []
        assert services.self_assessment.account(visit_id).is_empty
        return True

    parent = QWidget()
    qtbot.addWidget(parent)
    refreshed: list[bool] = []
    assert application_form.import_application_form(
        parent, services, visit_id, lambda: refreshed.append(True), preview=preview
    )
    (dialog,) = shown
    text = dialog.documents.toPlainText()
    assert "1.a: sop-sedation.pdf" in text
    assert "1.a: team-photo.jpg" in text  # named but not sent
    assert "stray.pdf" in text
    assert "4 requirements" in dialog.summary.text()
    assert refreshed == [True]
    assert [a.filename for a in services.attachments.list(visit_id)] == ["sop-sedation.pdf"]
    assert services.self_assessment.account(visit_id).claims["1.a"].status is Rating.MET


def _tiny_jpeg() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, "JPEG")
    return out.getvalue()


def answer_documents_box(qtbot, button: str) -> None:
    """Once the "documents sent with the form" question is up, click ``button`` on it, as
    the assessor would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from assessor_app.ui.application_form import DocumentsSourceBox

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, DocumentsSourceBox):
            QTimer.singleShot(20, click)
            return
        qtbot.mouseClick(getattr(box, button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_import_form_takes_the_documents_as_a_zip_and_previews_before_attaching(
    qtbot, services, visit_id, tmp_path, monkeypatch
):
    import zipfile

    from PySide6.QtWidgets import QFileDialog, QWidget

    from assessor_app.ui import application_form
    from assessor_app.ui.application_form import FormImportPreview

    blank, filled = tmp_path / "blank.xlsx", tmp_path / "filled.xlsx"
    services.self_assessment.export(visit_id, blank)
    fill_correctly(blank, filled)
    sent = tmp_path / "documents.zip"
    with zipfile.ZipFile(sent, "w") as zf:
        zf.writestr("sent/sop-sedation.pdf", b"%PDF-1.4\n%%EOF\n")
        zf.writestr("sent/team-photo.jpg", _tiny_jpeg())
        zf.writestr("sent/stray.pdf", b"%PDF-1.4\n%%EOF\n")
    asked: list[str] = []

    def open_file(_parent, caption, _start, filters, *a, **k):
        asked.append(filters)
        return (str(sent) if "zip" in filters else str(filled)), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *a, **k: pytest.fail("no folder asked for")
    )
    answer_documents_box(qtbot, "zip_button")
    shown: list[str] = []

    def preview(account, match) -> bool:
        dialog = FormImportPreview(account, match)
        qtbot.addWidget(dialog)
        shown.append(dialog.documents.toPlainText())
        assert services.attachments.list(visit_id) == []
        assert services.self_assessment.account(visit_id).is_empty
        return True

    parent = QWidget()
    qtbot.addWidget(parent)
    assert application_form.import_application_form(
        parent, services, visit_id, lambda: None, preview=preview
    )
    assert len(asked) == 2  # the form, then the zip
    (text,) = shown
    assert "Will be attached (2)" in text
    assert "1.a: sop-sedation.pdf" in text and "1.a: team-photo.jpg" in text
    assert "stray.pdf" in text.split("named under no requirement")[1]
    names = sorted(a.filename for a in services.attachments.list(visit_id))
    assert names == ["sop-sedation.pdf", "team-photo.jpg"]


def test_import_form_with_no_documents_attaches_nothing(
    qtbot, services, visit_id, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from assessor_app.ui import application_form

    blank, filled = tmp_path / "blank.xlsx", tmp_path / "filled.xlsx"
    services.self_assessment.export(visit_id, blank)
    fill_correctly(blank, filled)
    calls: list[int] = []

    def open_file(*a, **k):
        calls.append(1)
        return str(filled), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    answer_documents_box(qtbot, "none_button")
    matches: list[object] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    assert application_form.import_application_form(
        parent, services, visit_id, lambda: None, preview=lambda _a, m: matches.append(m) or True
    )
    assert calls == [1] and matches == [None]
    assert services.attachments.list(visit_id) == []


def test_summary_counts_agreement_and_adopts_the_facility_volumes(
    qtbot, services, visit_id, tmp_path
):
    from assessor_app.domain.visit import ProcedureType
    from assessor_app.ui.summary_page import SummaryPage

    _import_form(services, visit_id, tmp_path)
    services.findings.rate(visit_id, "1.a", Rating.MET)
    services.findings.rate(visit_id, "2.b", Rating.NOT_MET)
    summary = SummaryPage(services, visit_id)
    qtbot.addWidget(summary)
    summary.changed.connect(lambda: summary.set_detail(services.outcome.detail(visit_id)))
    summary.set_detail(services.outcome.detail(visit_id))
    summary.show()
    box = summary.facility
    assert box.isVisible()
    assert box.agreement_label.text() == (
        "Self-assessed: 4 requirements. Of the 2 you have rated, you agree on 1 and differ on 1."
    )
    assert "Ablation: 120 (visit: 200)" in box.volumes_label.text()
    assert "Internal case review: 2 cases" in box.review_label.text()
    qtbot.mouseClick(box.adopt_button, Qt.MouseButton.LeftButton)
    volumes = services.visits.get(visit_id).volumes
    assert volumes[ProcedureType.ABLATION] == 120
    assert volumes[ProcedureType.RADIOEMBOLISATION] == 45
    assert volumes.get(ProcedureType.OTHER_THERAPEUTIC, 0) == 0
    assert summary.volumes[ProcedureType.ABLATION].value() == 120
    assert not box.adopt_button.isEnabled()


def test_history_shows_what_a_reimport_replaced(qtbot, services, visit_id, tmp_path):
    import openpyxl

    from assessor_app.ui.checklist.history_dialog import HistoryDialog
    from tests.workbook_helpers import row_of

    _import_form(services, visit_id, tmp_path)
    filled = tmp_path / "filled.xlsx"
    wb = openpyxl.load_workbook(filled)
    ws = wb["Requirements"]
    ws.cell(row=row_of(ws, "1.a"), column=6, value="Not met")
    wb.save(filled)
    services.self_assessment.import_workbook(visit_id, filled)
    page = open_page(qtbot, services, visit_id)
    click_requirement(qtbot, page, "1.a")
    assert page.editor.facility_claim.status_label.text() == "The facility says: Not met"
    qtbot.keyClick(page.navigator.tree, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert any(
        row[2] == "Facility's self-assessment · status" and row[3] == "Met → Not met"
        for row in rows
    ), rows


def test_a_document_that_fails_to_attach_still_refreshes_the_views_with_the_stored_form(
    qtbot, services, visit_id, tmp_path, monkeypatch
):
    import zipfile

    from PySide6.QtWidgets import QFileDialog, QWidget

    from assessor_app.ui import application_form

    blank, filled = tmp_path / "blank.xlsx", tmp_path / "filled.xlsx"
    services.self_assessment.export(visit_id, blank)
    fill_correctly(blank, filled)
    sent = tmp_path / "documents.zip"
    with zipfile.ZipFile(sent, "w") as zf:
        zf.writestr("team-photo.jpg", b"not a photo at all")
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda _p, _c, _s, filters, *a, **k: (str(sent if "zip" in filters else filled), ""),
    )
    answer_documents_box(qtbot, "zip_button")
    refreshed: list[bool] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    assert application_form.import_application_form(
        parent, services, visit_id, lambda: refreshed.append(True), preview=lambda _a, _m: True
    )
    # The form went in before the photo was refused; the views are told so.
    assert services.self_assessment.account(visit_id).claims["1.a"].status is Rating.MET
    assert refreshed == [True]
    assert services.attachments.list(visit_id) == []
