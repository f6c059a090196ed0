"""The Case review tab shows the facility's internal review against the assessors' own,
question by question, and follows each answer the assessor types."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from assessor_app.ui.background import BackgroundRunner
from tests.test_case_review_page import import_and_draw, page  # noqa: F401 (fixture)
from tests.test_edit_results_details_review import Counter
from tests.workbook_helpers import fill_correctly, put_row

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def synchronous_runner():
    BackgroundRunner.synchronous = True
    yield
    BackgroundRunner.synchronous = False


def _import_form_saying_yes(services, visit_id: str, tmp_path: Path) -> list[str]:
    """The facility reviewed the drawn cases too, and says Yes to every question."""
    blank, filled = tmp_path / "blank.xlsx", tmp_path / "filled.xlsx"
    services.self_assessment.export(visit_id, blank)
    fill_correctly(blank, filled)
    drawn = services.case_review.cases(visit_id)
    n_questions = len(services.case_review.questions(visit_id))
    wb = openpyxl.load_workbook(filled)
    ws = wb["Case review"]
    for row, case in enumerate(drawn, start=4):
        put_row(
            ws,
            row,
            [case.case_ref, case.procedure_date, case.procedure_type, *["Yes"] * n_questions],
        )
    wb.save(filled)
    services.self_assessment.import_workbook(visit_id, filled)
    return [c.case_ref for c in drawn]


def _row(shown, row: int) -> list[str]:
    table = shown.facility_review.table
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_panel_hidden_without_a_form_then_compares_and_follows_each_answer(
    qtbot,
    page,  # noqa: F811
    services,
    visit_id,
    monkeypatch,
    tmp_path,
):
    import_and_draw(qtbot, page, monkeypatch, tmp_path, n=2)
    panel = page.facility_review
    assert not panel.isVisible()  # no application form yet

    refs = _import_form_saying_yes(services, visit_id, tmp_path)
    page.refresh()  # what the workspace does after File › Import application form…
    assert panel.isVisible()
    assert panel.table.rowCount() == len(page.model.questions)
    assert "4 cases in the facility's review" in panel.headline.text()
    assert "nothing to compare" in panel.headline.text()
    assert _row(page, 0) == [page.model.questions[0].short, "not compared", "none"]

    grid = page.grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Y)  # case 1, first question: agrees with the facility
    assert _row(page, 0)[1:] == ["1 of 1 (100%)", "none"]
    assert "1 of 1 answers agree; cases that differ: 0" in panel.headline.text()

    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.currentIndex().row() == 1 and grid.currentIndex().column() == 1
    with Counter(services) as counted:
        qtbot.keyClick(grid, Qt.Key.Key_N)  # case 2 differs from the facility's Yes
    # The panel follows from memory: the answer stays one transaction.
    assert counted.commits == 1
    assert _row(page, 0)[1:] == ["1 of 2 (50%)", refs[1]]
    assert "1 of 2 answers agree; cases that differ: 1" in panel.headline.text()
    # Read-only: the assessor's review is edited in the grid, never here.
    assert panel.table.editTriggers() == panel.table.EditTrigger.NoEditTriggers


def test_a_form_imported_while_the_tab_is_open_shows_the_panel(
    qtbot, services, demo_id, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from assessor_app.ui import application_form
    from assessor_app.ui.visit_workspace import VisitWorkspace
    from tests.test_gui_self_assessment import answer_documents_box

    workspace = VisitWorkspace(services, demo_id, BackgroundRunner())
    qtbot.addWidget(workspace)
    workspace.resize(1366, 800)
    workspace.show()
    workspace.tabs.setCurrentWidget(workspace.case_review)
    panel = workspace.case_review.facility_review
    assert not panel.isVisible()

    blank, filled = tmp_path / "blank.xlsx", tmp_path / "filled.xlsx"
    services.self_assessment.export(demo_id, blank)
    fill_correctly(blank, filled)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(filled), ""))
    answer_documents_box(qtbot, "none_button")
    parent = QWidget()
    qtbot.addWidget(parent)
    # The main window passes the workspace's after_form_import as the refresh.
    assert application_form.import_application_form(
        parent, services, demo_id, workspace.after_form_import, preview=lambda _a, _m: True
    )
    assert panel.isVisible()
    assert "2 cases in the facility's review" in panel.headline.text()
