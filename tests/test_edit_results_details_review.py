"""Visit details, volumes and case-review edits return what they changed (issue 11): the
open visit's session applies the result, so the header follows without reading the visit
again, each edit costs one commit and one change record, and a command-line edit that
reopens a signed visit says so on stderr."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event, text

from assessor_app.domain.case_review import CaseAnswer
from assessor_app.domain.visit import ProcedureType, VisitState
from assessor_app.services.container import Services
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.visit_workspace import VisitWorkspace
from tests.conftest import connect_db
from tests.test_cli import run

CASE_REVIEW_INCOMPLETE = "Internal case review of 30 files not complete"


def change_count(services: Services) -> int:
    with services.db.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM change_log")).scalar_one())


class Counter:
    """Commits and change records while the block runs."""

    def __init__(self, services: Services) -> None:
        self.services, self.commits = services, 0

    def _commit(self, *_a: Any) -> None:
        self.commits += 1

    def __enter__(self) -> Counter:
        self.before = change_count(self.services)
        event.listen(self.services.db.engine, "commit", self._commit)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.services.db.engine, "commit", self._commit)
        self.records = change_count(self.services) - self.before


def no_full_read(monkeypatch, services: Services) -> None:
    def refuse(_visit_id: str) -> Any:
        raise AssertionError("the whole visit was read again for one edit")

    monkeypatch.setattr(services.outcome, "detail", refuse)


def open_workspace(qtbot, services: Services, visit_id: str) -> VisitWorkspace:
    workspace = VisitWorkspace(services, visit_id, BackgroundRunner())
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    return workspace


def drawn_review(services: Services, visit_id: str) -> tuple[list[str], list[str]]:
    """Two drawn cases, every question answered but the last one of the last case (answered
    once and cleared: its record exists, so answering it again changes one field)."""
    day = date.today() - timedelta(days=30)
    for ref in ("IO-2025-0001", "IO-2025-0002"):
        services.case_review.add_case(visit_id, ref, day, "ablation")
    refs = list(services.case_review.draw(visit_id, "3-6-1-4", 2).case_refs)
    keys = [q.key for q in services.case_review.questions(visit_id)]
    for ref in refs:
        services.case_review.answer(visit_id, ref, "all", CaseAnswer.YES)
    services.case_review.answer(visit_id, refs[1], keys[-1], None)
    return refs, keys


# -- services -----------------------------------------------------------------------------
def test_a_visit_detail_edit_returns_the_visit_and_its_one_change_record(services, visit_id):
    result = services.visits.update(visit_id, "department", "Interventional Oncology")
    assert result.visit is not None
    assert result.visit.facility.department == "Interventional Oncology"
    (change,) = result.changes
    assert (change.field, change.new_value) == ("department", "Interventional Oncology")
    assert result.new_revision() is None
    again = services.visits.update(visit_id, "department", "Interventional Oncology")
    assert again.changes == ()


def test_a_volume_edit_returns_the_visit_with_its_new_annual_total(services, visit_id):
    result = services.visits.set_volume(visit_id, ProcedureType.ABLATION, 90)
    assert result.visit is not None and result.visit.annual_procedures == 90
    (change,) = result.changes
    assert (change.field, change.old_value, change.new_value) == ("annual_count", 200, 90)


def test_a_case_review_answer_returns_the_case_and_the_review_completeness(services, visit_id):
    refs, keys = drawn_review(services, visit_id)
    result = services.case_review.answer(visit_id, refs[1], keys[-1], CaseAnswer.NA)
    assert result.case is not None and result.case.case_ref == refs[1]
    assert result.case.position == 2 and result.case.answers[keys[-1]] is CaseAnswer.NA
    assert result.case.procedure_type == "ablation"
    assert result.case_review_complete is True
    assert result.case_review_complete == services.case_review.is_complete(visit_id)
    (change,) = result.changes
    assert (change.entity, change.field, change.new_value) == ("case_answer", "answer", "na")
    graded = services.case_review.set_grade(visit_id, refs[0], "2")
    assert graded.case is not None and graded.case.grade == "2"
    # A case's first grade creates its review record: every field of it is logged, so a
    # replay elsewhere recreates the record (one record, no other entity touched).
    assert {(c.entity, c.entity_id) for c in graded.changes} == {
        ("case_review", graded.changes[0].entity_id)
    }
    regraded = services.case_review.set_grade(visit_id, refs[0], "3")
    assert [c.field for c in regraded.changes] == ["grade"]
    cleared = services.case_review.answer(visit_id, refs[0], keys[0], None)
    assert cleared.case_review_complete is False


def test_an_edit_of_a_signed_visit_says_which_revision_it_started(services, visit_id):
    services.visits.set_state(visit_id, VisitState.SIGNED)
    result = services.visits.update(visit_id, "country", "Denmark")
    assert result.new_revision() == (1, 2)
    assert result.visit is not None and result.visit.revision == 2


# -- the GUI ------------------------------------------------------------------------------
@pytest.mark.gui
def test_the_header_follows_a_visit_details_edit_without_reading_the_visit(
    qtbot, services, visit_id, monkeypatch
):
    workspace = open_workspace(qtbot, services, visit_id)
    workspace.tabs.setCurrentWidget(workspace.summary)
    no_full_read(monkeypatch, services)
    edit = workspace.summary.fields["facility_name"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Klinikum Nordstadt")
    with Counter(services) as counted:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert services.visits.get(visit_id).facility.name == "Klinikum Nordstadt"
    assert workspace.header.facility.text() == "Klinikum Nordstadt"
    assert (counted.commits, counted.records) == (1, 1)

    spin = workspace.summary.volumes[ProcedureType.ABLATION]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "90")
    with Counter(services) as counted:
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert services.visits.get(visit_id).annual_procedures == 90
    assert "below 150 (90 < 150)" in workspace.header.reasons.toPlainText()
    assert (counted.commits, counted.records) == (1, 1)


@pytest.mark.gui
def test_the_header_follows_a_case_review_answer_without_reading_the_visit(
    qtbot, services, visit_id, monkeypatch
):
    _refs, keys = drawn_review(services, visit_id)
    workspace = open_workspace(qtbot, services, visit_id)
    assert CASE_REVIEW_INCOMPLETE in workspace.header.reasons.toPlainText()
    workspace.tabs.setCurrentIndex(workspace._case_review_index)
    page = workspace.case_review
    no_full_read(monkeypatch, services)
    grid = page.grid
    grid.setFocus()
    grid.setCurrentIndex(page.model.index(1, len(keys)))  # the last question of case 2
    with Counter(services) as counted:
        qtbot.keyClick(grid, Qt.Key.Key_Y)
    assert services.case_review.is_complete(visit_id)
    assert page.model.case_at(1).answers[keys[-1]] is CaseAnswer.YES
    assert CASE_REVIEW_INCOMPLETE not in workspace.header.reasons.toPlainText()
    assert workspace.session.detail().case_review_complete
    assert (counted.commits, counted.records) == (1, 1)

    grid.setCurrentIndex(page.model.index(1, len(keys)))  # the answer moved the cursor on
    with Counter(services) as counted:
        qtbot.keyClick(grid, Qt.Key.Key_Delete)  # cleared again: incomplete again
    assert not services.case_review.is_complete(visit_id)
    assert CASE_REVIEW_INCOMPLETE in workspace.header.reasons.toPlainText()
    assert (counted.commits, counted.records) == (1, 1)


# -- the command line ---------------------------------------------------------------------
def sign(data_dir, visit_id: str) -> int:
    """Sign the visit as the signing flow leaves it; returns its revision."""
    with connect_db(data_dir) as db:
        db.execute("UPDATE visits SET state = 'signed' WHERE id = ?", (visit_id,))
        (revision,) = db.execute("SELECT revision FROM visits WHERE id = ?", (visit_id,)).fetchone()
    return int(revision)


def _started(vid: str, revision: int) -> str:
    return (
        f"Visit {vid[:8]} was signed (revision {revision}); "
        f"this edit started revision {revision + 1}.\n"
    )


def test_each_cli_edit_tells_when_it_started_a_new_revision(capsys, data_dir, tmp_path):
    code, out, _ = run(capsys, data_dir, "new", "--facility", "Klinikum", "--procedures", "211")
    assert code == 0
    vid = out.strip()
    photo = tmp_path / "note.txt"
    photo.write_text("minutes of the board meeting\n")
    code, out, _ = run(capsys, data_dir, "action", "add", vid, "7.b", "Minute every meeting",
                       "--severity", "major")  # fmt: skip
    action = out.strip()
    day = (date.today() - timedelta(days=30)).isoformat()
    revision = sign(data_dir, vid)
    code, _, err = run(capsys, data_dir, "sample", "add", vid, "IO-2025-0001", day, "ablation")
    assert (code, err) == (0, _started(vid, revision))
    population = tmp_path / "population.csv"
    population.write_text(f"case_ref,procedure_date,procedure_type\nIO-2025-0002,{day},ablation\n")
    revision = sign(data_dir, vid)
    code, _, err = run(capsys, data_dir, "sample", "import", vid, str(population))
    assert code == 0, err
    assert err.endswith(_started(vid, revision)) and err.count("was signed") == 1
    code, _, err = run(capsys, data_dir, "sample", "draw", vid, "--seed", "3-6-1-4", "--n", "1")
    assert code == 0, err
    code, out, _ = run(capsys, data_dir, "request", "add", vid, "7.b", "--what", "Minutes",
                       "--due", (date.today() + timedelta(days=10)).isoformat())  # fmt: skip
    request = out.strip()
    soon = (date.today() + timedelta(days=14)).isoformat()
    edits: list[tuple[str, ...]] = [
        ("rate", vid, "3.a", "met"),
        ("comment", vid, "3.a", "seen on the ward"),
        ("justify", vid, "3.a", "not needed"),
        ("visit", "set", vid, "facility.department", "Interventional Oncology"),
        ("visit", "set", vid, "volumes.by_type.ablation", "190"),
        ("action", "edit", vid, action[:8], "owner", "Dr. Weber"),
        ("action", "close", vid, action[:8]),
        ("action", "add", vid, "7.c", "Keep a sedation log", "--severity", "minor"),
        ("sample", "answer", vid, "IO-2025-0001", "all", "yes"),
        ("sample", "grade", vid, "IO-2025-0001", "2"),
        ("sample", "note", vid, "IO-2025-0001", "uneventful"),
        ("request", "add", vid, "7.c", "--what", "The log", "--due", soon),
        ("sample", "draw", vid, "--seed", "5-2-6-1", "--n", "1", "--yes-redraw"),
        ("attach", vid, "7.b", str(photo)),
        ("request", "set", request[:8], "received"),
        ("action", "remove", vid, action[:8]),
    ]
    for args in edits:
        revision = sign(data_dir, vid)
        code, out, err = run(capsys, data_dir, *args)
        assert code == 0, (args, err)
        assert err.splitlines()[-1:] == _started(vid, revision).splitlines(), args
        assert err.count("was signed") == 1, args
        assert "revision" not in out  # stdout keeps the command's own output (ids)
    # An open visit's edits say nothing more.
    code, _, err = run(capsys, data_dir, "comment", vid, "3.a", "seen twice")
    assert (code, err) == (0, "")


@pytest.mark.gui
def test_a_case_typed_in_and_a_draw_update_the_open_visit_without_reading_it(
    qtbot, services, visit_id, monkeypatch
):
    services.visits.set_state(visit_id, VisitState.SIGNED)
    workspace = open_workspace(qtbot, services, visit_id)
    workspace.tabs.setCurrentIndex(workspace._case_review_index)
    page = workspace.case_review
    monkeypatch.setattr(workspace.session, "confirm_edit", lambda _parent: True)
    page.confirm_edit = workspace.session.confirm_edit
    no_full_read(monkeypatch, services)

    def no_error_box(_parent: Any, _title: str, message: str, *_a: Any) -> Any:
        raise AssertionError(message)

    monkeypatch.setattr(QMessageBox, "warning", no_error_box)
    page.add_ref.setFocus()
    qtbot.keyClicks(page.add_ref, "IO-2025-0007")
    page.add_date.setDate(date.today() - timedelta(days=30))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [c.case_ref for c in services.case_review.population(visit_id)] == ["IO-2025-0007"]
    # The signed visit started revision 2, and the session knows without a read.
    assert (workspace.session.visit.state, workspace.session.visit.revision) == (
        VisitState.IN_PROGRESS,
        2,
    )
    page.seed_edit.clear()
    qtbot.keyClicks(page.seed_edit, "3-6-1-4")
    page.n_spin.setValue(1)
    qtbot.mouseClick(page.draw_button, Qt.MouseButton.LeftButton)
    assert services.case_review.current_draw(visit_id) is not None
    assert page.model.case_at(0).case_ref == "IO-2025-0007"
    assert not workspace.session.detail().case_review_complete
    assert CASE_REVIEW_INCOMPLETE in workspace.header.reasons.toPlainText()
