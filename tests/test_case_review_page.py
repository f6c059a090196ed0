"""The case review page driven like a person: import, draw, then the grid by keyboard alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

from assessor_app.domain.case_review import CaseAnswer
from assessor_app.domain.outcome import ReasonCode
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.case_review.case_review_page import CaseReviewPage

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def synchronous_runner():
    BackgroundRunner.synchronous = True
    yield
    BackgroundRunner.synchronous = False


def write_csv(path: Path, n: int) -> Path:
    rows = [f"IO-2025-{i:04d},2025-03-{1 + i % 28:02d},ablation" for i in range(n)]
    path.write_text("case_ref,procedure_date,procedure_type\n" + "\n".join(rows) + "\n")
    return path


@pytest.fixture
def page(qtbot, services, visit_id):
    widget = CaseReviewPage(services, visit_id, BackgroundRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def import_and_draw(qtbot, page, monkeypatch, tmp_path, n_cases=40, n=3, seed="3-6-1-4"):
    csv_path = write_csv(tmp_path / "population.csv", n_cases)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(csv_path), ""))
    )
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert f"{n_cases} procedures" in page.population_label.text()
    page.seed_edit.clear()
    qtbot.keyClicks(page.seed_edit, seed)
    page.n_spin.setValue(n)
    qtbot.mouseClick(page.draw_button, Qt.MouseButton.LeftButton)


def test_grid_filled_by_keyboard_alone_completes_the_review(
    qtbot, page, services, visit_id, monkeypatch, tmp_path
):
    changes = []
    page.changed.connect(lambda: changes.append(1))
    import_and_draw(qtbot, page, monkeypatch, tmp_path)
    draw = services.case_review.current_draw(visit_id)
    assert len(draw.case_refs) == 3
    assert "3-6-1-4" in page.draw_label.text() and draw.fingerprint in page.draw_label.text()
    assert page.model.rowCount() == 4  # three cases and the compliance footer
    assert [page.model.case_at(i).case_ref for i in range(3)] == list(draw.case_refs)

    grid = page.grid
    grid.setFocus()
    assert grid.currentIndex().row() == 0 and grid.currentIndex().column() == 1
    n_questions = len(page.model.questions)
    # case 1: all yes, grade none (0); case 2: a no on the 2nd question, n/a on the last
    qtbot.keyClicks(grid, "Y" * n_questions + "0")
    qtbot.keyClicks(grid, "YN" + "Y" * (n_questions - 3) + "A" + "2")
    assert grid.currentIndex().row() == 2 and grid.currentIndex().column() == 1
    qtbot.keyClicks(grid, "Y" * (n_questions - 1))
    assert not services.case_review.is_complete(visit_id)
    assert "cases complete 2/3" in page.summary_label.text()
    qtbot.keyClick(grid, Qt.Key.Key_Y)
    assert services.case_review.is_complete(visit_id)
    assert "cases complete 3/3" in page.summary_label.text()
    reasons = {r.code for r in services.outcome.detail(visit_id).outcome.reasons}
    assert ReasonCode.CASE_REVIEW_INCOMPLETE not in reasons

    cases = services.case_review.cases(visit_id)
    second_key = page.model.questions[1].key
    last_key = page.model.questions[-1].key
    assert cases[1].answers[second_key] is CaseAnswer.NO
    assert cases[1].answers[last_key] is CaseAnswer.NA
    assert (cases[0].grade, cases[1].grade) == ("none", "2")
    footer = page.model.index(page.model.footer_row, 2)
    assert footer.data() == "67%"  # 2 yes, 1 no
    assert changes

    # arrows move, Delete clears: back up to case 2, question 2, and clear it
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, 2)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert second_key not in services.case_review.cases(visit_id)[1].answers
    assert not services.case_review.is_complete(visit_id)
    assert footer.data() == "100%"


def test_note_and_detail_panel(qtbot, page, services, visit_id, monkeypatch, tmp_path):
    import_and_draw(qtbot, page, monkeypatch, tmp_path, n=2)
    first = services.case_review.current_draw(visit_id).case_refs[0]
    assert first in page.detail_title.text()
    # the note column: Enter opens the editor, typing and Enter saves
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(0, page.model.note_column))
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert page.grid.state() == page.grid.State.EditingState
    editor = page.grid.viewport().findChild(QLineEdit)
    qtbot.keyClicks(editor, "Consent form unsigned")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: page.grid.state() != page.grid.State.EditingState)
    assert services.case_review.case(visit_id, first).note == "Consent form unsigned"
    assert page.detail_note.toPlainText() == "Consent form unsigned"
    # the detail panel edits the same case
    combo = page.detail_answers[page.model.questions[0].key]
    combo.setCurrentIndex(combo.findData("no"))
    assert services.case_review.case(visit_id, first).answers[combo_key(page)] is CaseAnswer.NO
    assert page.model.index(0, 1).data() == "No"


def combo_key(page):
    return page.model.questions[0].key


def test_redraw_asks_for_confirmation_and_verify_reports(
    qtbot, page, services, visit_id, monkeypatch, tmp_path
):
    import_and_draw(qtbot, page, monkeypatch, tmp_path)
    first = services.case_review.current_draw(visit_id)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.verify_label.text().startswith("✓")
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Y)

    asked = []
    monkeypatch.setattr(
        QMessageBox, "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No),
    )  # fmt: skip
    page.seed_edit.setText("another seed")
    qtbot.mouseClick(page.draw_button, Qt.MouseButton.LeftButton)
    assert asked and services.case_review.current_draw(visit_id).id == first.id

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(page.draw_button, Qt.MouseButton.LeftButton)
    current = services.case_review.current_draw(visit_id)
    assert current.id != first.id and current.seed == "another seed"
    assert "another seed" in page.draw_label.text()
    assert [d.superseded for d in services.case_review.draws(visit_id)] == [True, False]


def test_bad_csv_shows_the_line_and_imports_nothing(
    qtbot, page, services, visit_id, monkeypatch, tmp_path
):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "case_ref,procedure_date,procedure_type\nIO-1,2025-01-01,a\nAnna Berg,2025-01-01,a\n"
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert shown and "line 3" in shown[0]
    assert services.case_review.population(visit_id) == []
    assert "No procedures yet" in page.population_label.text()
    assert not page.draw_button.isEnabled()


def test_typing_in_a_case(qtbot, page, services, visit_id, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    qtbot.keyClicks(page.add_ref, "Jan Kowalski")
    qtbot.keyClick(page.add_ref, Qt.Key.Key_Return)
    assert shown and "name" in shown[0]
    page.add_ref.clear()
    qtbot.keyClicks(page.add_ref, "C017")
    qtbot.keyClicks(page.add_type, "ablation")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [c.case_ref for c in services.case_review.population(visit_id)] == ["C017"]
    assert "1 procedure ·" in page.population_label.text()


def test_a_population_smaller_than_the_sample_is_reviewed_whole_and_says_so(
    qtbot, page, services, visit_id, monkeypatch, tmp_path
):
    import_and_draw(qtbot, page, monkeypatch, tmp_path, n_cases=5, n=30)
    assert len(services.case_review.current_draw(visit_id).case_refs) == 5
    assert "smaller than the 30 files asked for" in page.draw_label.text()
    assert "every one of its 5 procedures" in page.draw_label.text()


def test_a_full_sample_has_no_such_note(qtbot, page, monkeypatch, tmp_path):
    import_and_draw(qtbot, page, monkeypatch, tmp_path, n_cases=40, n=30)
    assert "smaller than" not in page.draw_label.text()
