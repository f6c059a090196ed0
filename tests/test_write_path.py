"""The write path from key press to database and back (issue 11): every edit returns what
it changed, the visit session applies it, a key press costs one commit, undo brings back
the same records, and an edit of a signed visit asks first."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event

from assessor_app.domain.ratings import Rating
from assessor_app.domain.visit import Severity, VisitState
from assessor_app.services.container import Services
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.checklist.checklist_page import ChecklistPage
from assessor_app.ui.visit_workspace import VisitWorkspace


class Asked:
    """QMessageBox.question replaced: records each question and gives the next answer."""

    def __init__(self, *answers: QMessageBox.StandardButton) -> None:
        self.answers = list(answers)
        self.texts: list[str] = []

    def __call__(self, _parent: Any, _title: str, text: str, *_a: Any) -> Any:
        self.texts.append(text)
        return self.answers.pop(0)


def open_workspace(qtbot, services: Services, visit_id: str) -> VisitWorkspace:
    workspace = VisitWorkspace(services, visit_id, BackgroundRunner())
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)  # shortcuts reach an active window only
    workspace.show_requirement("3.a")
    return workspace


def open_page(qtbot, services: Services, visit_id: str, key: str) -> ChecklistPage:
    page = ChecklistPage(services, visit_id, BackgroundRunner())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.select_requirement(key)
    return page


# -- services -----------------------------------------------------------------------------
def test_a_rating_returns_the_finding_and_visit_as_stored_and_its_change_record(services, visit_id):
    result = services.findings.rate(visit_id, "3.a", Rating.PARTIAL)
    assert result.finding is not None and result.finding.rating is Rating.PARTIAL
    assert result.visit is not None and result.visit.state is VisitState.IN_PROGRESS
    rating = result.change("rating")
    assert rating is not None and rating.new_value == "partial" and rating.requirement_key == "3.a"
    assert [c.id for c in services.findings.history(visit_id, "3.a")] == [rating.id]
    again = services.findings.rate(visit_id, "3.a", Rating.PARTIAL)
    assert again.changes == () and again.finding == result.finding  # nothing changed


def test_undo_of_a_removed_action_restores_the_same_record(services, visit_id):
    action = services.actions.add(visit_id, "7.b", "Write the sedation protocol", Severity.MAJOR)
    removed = services.actions.remove(action.id)
    assert removed.removed == {action.id}
    assert services.actions.list(visit_id, "7.b") == []
    restored = services.actions.restore(action.id)
    assert restored.action is not None
    assert (restored.action.id, restored.action.description) == (action.id, action.description)
    assert [a.id for a in services.actions.list(visit_id, "7.b")] == [action.id]
    # Still the same record afterwards: it can be edited under its id.
    services.actions.update(action.id, "owner", "Dr. Ørsted")
    assert services.actions.list(visit_id, "7.b")[0].owner == "Dr. Ørsted"


# -- the GUI --------------------------------------------------------------------------------
@pytest.mark.gui
def test_undo_of_removing_an_action_in_the_page_brings_back_the_same_id(
    qtbot, services, visit_id, monkeypatch
):
    action = services.actions.add(visit_id, "7.b", "Write the sedation protocol", Severity.MAJOR)
    page = open_page(qtbot, services, visit_id, "7.b")
    monkeypatch.setattr(QMessageBox, "question", Asked(QMessageBox.StandardButton.Yes))
    page.action_edits.remove(action.id)
    assert services.actions.list(visit_id, "7.b") == []
    page.undo_stack().undo()
    assert [a.id for a in services.actions.list(visit_id, "7.b")] == [action.id]
    assert [a.id for a in page.session.actions["7.b"]] == [action.id]
    page.undo_stack().redo()
    page.undo_stack().undo()
    assert [a.id for a in services.actions.list(visit_id, "7.b")] == [action.id]


@pytest.mark.gui
def test_one_rating_key_press_costs_one_commit_and_one_change_record(qtbot, services, visit_id):
    services.findings.rate(visit_id, "1.a", Rating.MET)  # the visit is under way
    workspace = open_workspace(qtbot, services, visit_id)
    tree = workspace.checklist.navigator.tree
    tree.setFocus()
    counts = {"statements": 0, "commits": 0}

    def statement(*_a: Any) -> None:
        counts["statements"] += 1

    def commit(*_a: Any) -> None:
        counts["commits"] += 1

    engine = services.db.engine
    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine, "commit", commit)
    try:
        before = len(services.findings.history(visit_id))
        counts.update(statements=0, commits=0)
        qtbot.keyClick(tree, Qt.Key.Key_2)
        pressed = dict(counts)
    finally:
        event.remove(engine, "before_cursor_execute", statement)
        event.remove(engine, "commit", commit)
    assert services.findings.findings(visit_id)["3.a"].rating is Rating.PARTIAL
    assert pressed["commits"] == 1
    assert pressed["statements"] <= 14  # 21 before the unit of work and the session
    assert len(services.findings.history(visit_id)) == before + 1


@pytest.mark.gui
def test_the_header_follows_a_key_press_without_reading_the_visit_again(
    qtbot, services, visit_id, monkeypatch
):
    workspace = open_workspace(qtbot, services, visit_id)
    bar = workspace.header.answered_bar
    answered = bar.value()

    def no_full_read(_visit_id: str) -> Any:
        raise AssertionError("the whole visit was read again for one key press")

    monkeypatch.setattr(services.outcome, "detail", no_full_read)
    tree = workspace.checklist.navigator.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_1)
    assert bar.value() == answered + 1
    assert workspace.checklist.navigator.model.finding("3.a").rating is Rating.MET


@pytest.mark.gui
def test_any_edit_of_a_signed_visit_asks_first_and_cancel_keeps_it_signed(
    qtbot, services, visit_id, monkeypatch
):
    services.findings.rate(visit_id, "1.a", Rating.MET)
    services.visits.set_state(visit_id, VisitState.SIGNED)
    page = open_page(qtbot, services, visit_id, "3.a")
    tree = page.navigator.tree
    tree.setFocus()
    asked = Asked(QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", asked)

    qtbot.keyClick(tree, Qt.Key.Key_1)  # one stray key
    assert asked.texts == ["This visit is signed (revision 1). Start revision 2?"]
    visit = services.visits.get(visit_id)
    assert (visit.state, visit.revision) == (VisitState.SIGNED, 1)
    assert services.findings.findings(visit_id)["3.a"].rating is None
    assert page.current_key() == "3.a"  # not advanced either
    assert not page.editor.rating_bar.buttons[Rating.MET].isChecked()

    page.select_requirement("3.a")
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_1)  # asked again; this time yes
    visit = services.visits.get(visit_id)
    assert (visit.state, visit.revision) == (VisitState.IN_PROGRESS, 2)
    assert services.findings.findings(visit_id)["3.a"].rating is Rating.MET
    assert len(asked.texts) == 2
    page.select_requirement("3.b")
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_2)  # revision 2 is open: no more questions
    assert len(asked.texts) == 2


@pytest.mark.gui
def test_a_signed_visit_asks_before_an_action_or_a_comment_too(
    qtbot, services, visit_id, monkeypatch
):
    action = services.actions.add(visit_id, "7.b", "Write the sedation protocol", Severity.MAJOR)
    services.visits.set_state(visit_id, VisitState.SIGNED)
    page = open_page(qtbot, services, visit_id, "7.b")
    asked = Asked(*[QMessageBox.StandardButton.Cancel] * 3)
    monkeypatch.setattr(QMessageBox, "question", asked)
    page.action_edits.close(action.id)
    assert services.actions.list(visit_id, "7.b")[0].status.value == "open"
    page.editor.comment.setFocus()
    qtbot.keyClicks(page.editor.comment, "late note")
    page.flush()
    assert services.findings.findings(visit_id)["7.b"].comment == ""
    assert page.editor.comment.toPlainText() == ""  # the stored text is shown again
    assert all("revision 1" in t for t in asked.texts) and len(asked.texts) == 2
    assert services.visits.get(visit_id).state is VisitState.SIGNED


@pytest.mark.gui
def test_editing_the_visit_details_of_a_signed_visit_asks_first(
    qtbot, services, visit_id, monkeypatch
):
    services.visits.set_state(visit_id, VisitState.SIGNED)
    workspace = open_workspace(qtbot, services, visit_id)
    workspace.tabs.setCurrentWidget(workspace.summary)
    asked = Asked(QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", asked)
    edit = workspace.summary.fields["department"]
    for _ in range(2):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, "Interventional Oncology")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        if len(asked.texts) == 1:  # cancelled: nothing changed, the stored text is back
            visit = services.visits.get(visit_id)
            assert (visit.state, visit.facility.department) == (VisitState.SIGNED, "")
            assert edit.text() == ""
    assert asked.texts == ["This visit is signed (revision 1). Start revision 2?"] * 2
    visit = services.visits.get(visit_id)
    assert visit.facility.department == "Interventional Oncology"
    assert (visit.state, visit.revision) == (VisitState.IN_PROGRESS, 2)


def test_the_visit_fields_are_stated_once():
    """The change log, the repository and the services read one list of visit fields."""
    from assessor_app.domain import entity_fields
    from assessor_app.persistence import visit_repository
    from assessor_app.persistence.entity_schema import ENTITIES
    from assessor_app.services import actions, visits

    assert ENTITIES["visit"][1] is entity_fields.VISIT_FIELDS
    assert set(entity_fields.VISIT_DETAIL_FIELDS) == visits.EDITABLE_VISIT_FIELDS
    assert (
        set(entity_fields.VISIT_DETAIL_FIELDS)
        | {
            "state",
            "revision",
        }
        == visit_repository.VISIT_FIELDS
    )
    assert set(ENTITIES["action"][1]) >= actions.ACTION_FIELDS


def test_one_unit_of_work_shares_one_writer_and_clock(services):
    with services.db.unit_of_work() as uow:
        writers = {id(uow.visits.writer), id(uow.case_review.writer), id(uow.sync.writer)}
        assert writers == {id(uow.changes)}
        assert uow.changes.clock is uow.clock and uow.changes.decider is uow.conflicts
