"""The requirement editor's evidence requests panel, driven as an assessor would: ask for
evidence, see it in the header, move it on; bad input changes nothing."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTranslator

from assessor_app.domain.evidence_requests import RequestStatus
from assessor_app.domain.outcome import ReasonCode
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.visit_workspace import VisitWorkspace

pytestmark = pytest.mark.gui
TODAY = date(2026, 12, 2)


@pytest.fixture
def workspace(qtbot, services, visit_id, monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)
    services.requests.today = lambda: TODAY  # the calendar the rules and "overdue" use
    ws = VisitWorkspace(services, visit_id, BackgroundRunner())
    qtbot.addWidget(ws)
    ws.resize(1366, 900)
    ws.show()
    qtbot.waitExposed(ws)
    ws.show_requirement("1.a")
    return ws


def _panel(ws):
    return ws.checklist.editor.requests_panel


def _ask(qtbot, panel, what: str, due: date) -> None:
    panel.what.setFocus()
    panel.what.selectAll()
    qtbot.keyClicks(panel.what, what)
    panel.due.setDate(QDate(due.year, due.month, due.day))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def _reason_keys(services, visit_id) -> list[str]:
    outcome = services.outcome.detail(visit_id).outcome
    return outcome.keys_for(ReasonCode.EVIDENCE_REQUESTED)


def test_requesting_evidence_saves_it_and_shows_it_in_the_header(
    workspace, qtbot, services, visit_id
):
    panel = _panel(workspace)
    saved: list[str] = []
    workspace.saved.connect(saved.append)
    assert not workspace.header.requests.isVisible()
    _ask(qtbot, panel, "Signed sedation SOP", TODAY + timedelta(days=14))

    (request,) = services.requests.list(visit_id, "1.a")
    assert (request.what, request.due_date, request.status) == (
        "Signed sedation SOP", TODAY + timedelta(days=14), RequestStatus.OPEN,
    )  # fmt: skip
    assert panel.tree.topLevelItemCount() == 1
    assert panel.tree.topLevelItem(0).text(0) == "Signed sedation SOP"
    assert panel.tree.topLevelItem(0).text(2) == "Open"
    assert panel.what.text() == ""  # ready for the next one
    assert saved == ["Evidence requested for 1.a"]
    assert workspace.header.requests.isVisible()
    assert workspace.header.requests.text() == "1 evidence request open"
    assert "waiting for requested evidence" in workspace.header.reasons.toPlainText()
    assert _reason_keys(services, visit_id) == ["1.a"]


def test_moving_a_request_on_follows_the_rules(workspace, qtbot, services, visit_id):
    panel = _panel(workspace)
    _ask(qtbot, panel, "Audit of 2025 complications", TODAY + timedelta(days=7))
    assert panel.current_id() is not None
    # Open: only "received" may follow.
    assert panel.received_button.isEnabled()
    assert not panel.accept_button.isEnabled() and not panel.reject_button.isEnabled()
    qtbot.mouseClick(panel.received_button, Qt.MouseButton.LeftButton)
    (request,) = services.requests.list(visit_id, "1.a")
    assert request.status is RequestStatus.RECEIVED
    assert panel.tree.topLevelItem(0).text(2) == "Received"
    # Received is no longer owed by the facility, but the requirement is still undecided.
    assert not workspace.header.requests.isVisible()
    assert _reason_keys(services, visit_id) == ["1.a"]
    assert panel.accept_button.isEnabled() and panel.reject_button.isEnabled()
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    (request,) = services.requests.list(visit_id, "1.a")
    assert request.status is RequestStatus.ACCEPTED
    assert _reason_keys(services, visit_id) == []
    assert "requested evidence" not in workspace.header.reasons.toPlainText()
    # Decided: nothing follows.
    for button in (panel.received_button, panel.accept_button, panel.reject_button):
        assert not button.isEnabled()


def test_bad_input_is_refused_and_changes_nothing(workspace, qtbot, services, visit_id):
    panel = _panel(workspace)
    _ask(qtbot, panel, "   ", TODAY + timedelta(days=7))
    assert panel.error.isVisible()
    assert "Say what evidence" in panel.error.text()
    _ask(qtbot, panel, "Minutes of the MDT", TODAY - timedelta(days=1))
    assert panel.error.text() == "The due date has already passed."
    _ask(qtbot, panel, "Minutes of the MDT", TODAY + timedelta(days=400))
    assert panel.error.text() == "The due date is more than a year ahead."
    soon = TODAY + timedelta(days=7)
    panel.due.setDate(QDate(soon.year, soon.month, soon.day))
    panel.what.setText("Minutes \x07 of the MDT")  # pasted: a bell no font can print
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "cannot print" in panel.error.text()
    assert services.requests.list(visit_id) == []
    assert panel.tree.topLevelItemCount() == 0
    assert not workspace.header.requests.isVisible()
    # The typed text stays, so the assessor can correct it.
    assert "Minutes" in panel.what.text()


def test_an_overdue_request_is_marked_in_the_panel_and_the_header(
    workspace, qtbot, services, visit_id
):
    panel = _panel(workspace)
    _ask(qtbot, panel, "Radiation dose records", TODAY + timedelta(days=3))
    services.requests.today = lambda: TODAY + timedelta(days=10)  # a week after it was due
    workspace.reload()
    assert workspace.header.requests.text() == "1 evidence request open, 1 overdue"
    assert panel.tree.topLevelItem(0).text(2) == "Open (overdue)"


def test_the_history_names_the_request(workspace, qtbot, services, visit_id):
    from assessor_app.ui.checklist.history_dialog import HistoryDialog

    panel = _panel(workspace)
    _ask(qtbot, panel, "Signed sedation SOP", TODAY + timedelta(days=14))
    qtbot.mouseClick(panel.received_button, Qt.MouseButton.LeftButton)
    changes = services.findings.history(visit_id, "1.a")
    dialog = HistoryDialog("1.a", changes)
    qtbot.addWidget(dialog)
    cells = {
        (dialog.table.item(r, 2).text(), dialog.table.item(r, 3).text())
        for r in range(dialog.table.rowCount())
    }
    assert ("Evidence requested", "Signed sedation SOP") in cells
    assert ("Evidence request · status: Signed sedation SOP", "Open → Received") in cells


def test_file_request_evidence_writes_the_letter(qtbot, services, visit_id, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

    from assessor_app.ui.main_window import MainWindow

    monkeypatch.setattr(BackgroundRunner, "synchronous", True)
    services.requests.add(visit_id, "1.a", "Signed sedation SOP", date.today() + timedelta(days=9))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.action_request_letter.isEnabled()  # no visit open: nothing to ask for
    window.open_visit(visit_id)
    assert window.action_request_letter.isEnabled()
    file_menu = window.menuBar().findChild(QMenu, "menu_file")
    assert window.action_request_letter in file_menu.actions()

    target = tmp_path / "letter"  # no suffix typed: .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: said.append(text))
    window.action_request_letter.trigger()
    written = tmp_path / "letter.pdf"
    assert said and "1 open evidence request" in said[0] and str(written) in said[0]
    text = subprocess.run(
        ["pdftotext", str(written), "-"], capture_output=True, text=True, timeout=60
    ).stdout
    assert "Signed sedation SOP" in text and "Test Hospital" in text


class _Pseudo(QTranslator):
    """Wraps the sentences of ui/error_text.py, so a test sees where a sentence came from."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        return "«" + source + "»" if context == "ErrorText" else source


def test_the_panel_shows_the_services_refusal_worded_in_one_place(
    workspace, qtbot, services, visit_id
):
    """The panel no longer checks due dates and steps itself: the service refuses them with
    a coded error and ui/error_text words it (before, the panel had sentences of its own)."""
    panel = _panel(workspace)
    translator = _Pseudo()
    QCoreApplication.installTranslator(translator)
    try:
        _ask(qtbot, panel, "Minutes of the MDT", TODAY - timedelta(days=1))
        assert panel.error.text() == "«The due date has already passed.»"
        assert services.requests.list(visit_id) == []
    finally:
        QCoreApplication.removeTranslator(translator)
    _ask(qtbot, panel, "Minutes of the MDT", TODAY + timedelta(days=7))
    (request,) = services.requests.list(visit_id, "1.a")
    services.requests.set_status(request.id, RequestStatus.RECEIVED)
    services.requests.set_status(request.id, RequestStatus.ACCEPTED)
    translator = _Pseudo()
    QCoreApplication.installTranslator(translator)
    try:
        # The panel's copy says open; the service knows it was accepted and refuses.
        panel.status_requested.emit(request.id, RequestStatus.RECEIVED)
        assert panel.error.text() == (
            "«The request is {now}: a decided request does not change. "
            "Add a new request to ask again.»".replace("{now}", "accepted")
        )
    finally:
        QCoreApplication.removeTranslator(translator)
    assert services.requests.list(visit_id, "1.a")[0].status is RequestStatus.ACCEPTED
