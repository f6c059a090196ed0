"""The open visit: header at a glance, summary editing in place, actions overview, tabs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from assessor_app.domain.ratings import Rating
from assessor_app.domain.visit import ProcedureType
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.visit_workspace import VisitWorkspace

pytestmark = pytest.mark.gui


@pytest.fixture
def workspace(qtbot, services, visit_id, monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)
    ws = VisitWorkspace(services, visit_id, BackgroundRunner())
    qtbot.addWidget(ws)
    ws.resize(1366, 700)
    ws.show()
    qtbot.waitExposed(ws)
    ws.tabs.setCurrentWidget(ws.summary)
    return ws


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_editing_a_detail_saves_at_once_and_updates_the_header(
    workspace, qtbot, services, visit_id
):
    saved: list[str] = []
    workspace.saved.connect(saved.append)
    retype(qtbot, workspace.summary.fields["department"], "Interventional Oncology")
    assert services.visits.get(visit_id).facility.department == "Interventional Oncology"
    assert "Interventional Oncology" in workspace.header.meta.text()
    assert saved == ["Saved department"]

    retype(qtbot, workspace.summary.fields["facility_name"], "Royal Infirmary")
    assert workspace.header.facility.text() == "Royal Infirmary"


def test_an_empty_facility_name_is_refused_inline(workspace, qtbot, services, visit_id):
    edit = workspace.summary.fields["facility_name"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert workspace.summary.detail_error.isVisible()
    assert "required" in workspace.summary.detail_error.text()
    assert services.visits.get(visit_id).facility.name == "Test Hospital"
    assert edit.text() == "Test Hospital"


def test_a_bad_email_is_not_saved(workspace, qtbot, services, visit_id):
    edit = workspace.summary.fields["lead_assessor_email"]
    retype(qtbot, edit, "not-an-address")
    assert "not an e-mail address" in workspace.summary.detail_error.text()
    assert services.visits.get(visit_id).lead_assessor.email == ""
    # Typing again makes the message stale; clearing the field is nothing to complain of.
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert not workspace.summary.detail_error.isVisible()
    retype(qtbot, edit, "bob@")
    assert workspace.summary.detail_error.isVisible()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not workspace.summary.detail_error.isVisible()
    assert services.visits.get(visit_id).lead_assessor.email == ""


def test_volume_edits_save_and_move_the_outcome_reasons(workspace, qtbot, services, visit_id):
    # The fixture visit has 200 ablations: no volume reason.
    assert "below 150" not in workspace.header.reasons.toPlainText()
    retype(qtbot, workspace.summary.volumes[ProcedureType.ABLATION], "120")
    assert services.visits.get(visit_id).volumes[ProcedureType.ABLATION] == 120
    assert "below 150 (120 < 150)" in workspace.header.reasons.toPlainText()
    assert "below the 150" in workspace.summary.volume_total.text()


def test_section_counts_cover_every_requirement(workspace, services):
    table = workspace.summary.sections
    total_row = table.rowCount() - 1
    assert table.item(total_row, 0).text() == "All sections"
    total = len(services.templates.default().requirements)
    assert table.item(total_row, 5).text() == str(total)  # all unanswered


def test_add_tab_puts_a_page_after_the_built_in_ones(workspace, qtbot):
    built_in = workspace.tabs.count()
    assert [workspace.tabs.tabText(i).replace("&", "") for i in range(built_in)] == [
        "Checklist", "Summary", "Corrective actions", "Case review", "Report", "Needs review",
    ]  # fmt: skip
    index = workspace.add_tab("Report", QLabel("report"))
    assert index == built_in
    assert workspace.tabs.tabText(index) == "Report"


def test_actions_overview_sorts_by_due_date(qtbot, services, demo_id, monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)
    ws = VisitWorkspace(services, demo_id, BackgroundRunner())
    qtbot.addWidget(ws)
    ws.show()
    ws.tabs.setCurrentWidget(ws.actions_page)
    table = ws.actions_page.table
    header = table.horizontalHeader()
    due_col = 4
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(due_col) + 5, 5),
    )
    model = table.model()
    first_severity = model.index(0, 2).data()
    assert first_severity == "Major"  # the major (core) ones are due first


def test_a_requirement_shown_from_another_tab_takes_the_rating_keys(
    workspace, qtbot, services, visit_id
):
    # The header's reason links, the actions list and Needs review all lead here.
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    workspace.checklist.navigator.search.setFocus()  # where a newly shown tab puts it
    workspace.header.requirement_clicked.emit("6.b")
    assert workspace.tabs.currentWidget() is workspace.checklist
    assert workspace.checklist.current_key() == "6.b"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert services.findings.findings(visit_id)["6.b"].rating is Rating.PARTIAL
    assert workspace.checklist.navigator.search.text() == ""
