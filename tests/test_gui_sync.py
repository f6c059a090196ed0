"""Sync in the desktop app, driven as two assessors would: export from one window, import in
another (menu and drag and drop), conflicts marked where they are and resolved in the
Needs review tab, a refused bundle that changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from assessor_app.domain.ratings import Rating
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.checklist.navigator_model import Filter, Role
from assessor_app.ui.main_window import MainWindow
from assessor_app.ui.sync import export_signing
from assessor_app.ui.visit_list_page import DEPARTMENT_MIN_WIDTH, FACILITY_MIN_WIDTH
from assessor_app.ui.visit_table_model import ROW_ROLE, VisitTableModel
from tests.sync.helpers import assessor, blobs, dump

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def synchronous_runner(monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """What the message boxes would have said (they are modal; a test cannot click them)."""
    said: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *_a: said.append(text))
    return said


@pytest.fixture
def pair(tmp_path):
    lead, co = assessor(tmp_path, "Lead"), assessor(tmp_path, "Co")
    yield lead, co
    lead.close()
    co.close()


@pytest.fixture
def make_window(qtbot):
    def make(services) -> MainWindow:
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def drop(window: MainWindow, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(QPoint(200, 200)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def listed(window: MainWindow) -> list[str]:
    proxy = window.list_page.proxy
    return [proxy.index(r, 0).data(ROW_ROLE).facility for r in range(proxy.rowCount())]


def cell(window: MainWindow, column: int) -> str:
    """The first row's text in a column of the visit list."""
    return str(window.list_page.proxy.index(0, column).data())


def test_export_from_one_window_and_import_in_another_shows_the_visit(
    make_window, pair, messages, monkeypatch, tmp_path
):
    lead, co = pair
    visit_id = lead.demo.create()
    lead_window = make_window(lead)
    lead_window.list_page.select_visit(visit_id)
    assert lead_window.action_export.isEnabled()  # a selected visit is enough
    bundle = tmp_path / "nordstadt.iasios"
    choose_file(monkeypatch, bundle)
    lead_window.action_export.trigger()
    assert bundle.is_file() and messages[-1].startswith("Wrote")

    co_window = make_window(co)
    assert listed(co_window) == []
    table = co_window.list_page.table
    assert table.isColumnHidden(VisitTableModel.SOURCES)  # nothing imported yet
    co_window.action_import.trigger()
    assert "Imported" in messages[-1]
    assert listed(co_window) == ["Klinikum Nordstadt"]
    assert co_window.list_page.selected_id() == visit_id
    for column in VisitTableModel.SYNC_COLUMNS:
        assert not table.isColumnHidden(column)
    # At 1366 px the sync columns left the facility about 60 px ("Kliniku…"): it keeps a
    # readable width, and the table scrolls sideways instead.
    header = table.horizontalHeader()
    assert header.sectionSize(VisitTableModel.FACILITY) >= FACILITY_MIN_WIDTH
    assert header.sectionSize(VisitTableModel.DEPARTMENT) >= DEPARTMENT_MIN_WIDTH
    assert cell(co_window, VisitTableModel.SOURCES) == "Lead"
    assert cell(co_window, VisitTableModel.LAST_IMPORT) != ""
    assert cell(co_window, VisitTableModel.CONFLICTS) == ""  # none

    co_window.action_import.trigger()  # the same bundle again
    assert messages[-1].startswith("Already imported")
    assert listed(co_window) == ["Klinikum Nordstadt"]


def test_signed_invitation_dropped_on_the_window_is_imported(
    make_window, pair, messages, monkeypatch, tmp_path
):
    lead, co = pair
    visit_id = lead.demo.create()
    lead.identities.create("Lea Lead", "lea@example.org", "correct horse 1")
    asked: list[list[str]] = []

    def pick_first(_parent, _title, _label, items, *_a):
        asked.append(list(items))
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick_first)
    monkeypatch.setattr(export_signing, "ask_passphrase", lambda *_a, **_k: "correct horse 1")
    lead_window = make_window(lead)
    lead_window.open_visit(visit_id)
    bundle = tmp_path / "invitation.iasios"
    choose_file(monkeypatch, bundle)
    lead_window.action_export_invitation.trigger()
    assert asked == [["Sign as Lea Lead <lea@example.org>", "Do not sign"]]
    assert messages[-1].startswith("Wrote") and "signed" in messages[-1]

    co_window = make_window(co)
    stray = tmp_path / "notes.txt"
    stray.write_text("not a bundle")
    drop(co_window, bundle, stray)
    assert "invitation" in messages[-1] and "Signed by Lea Lead" in messages[-1]
    assert "1 file(s) ignored" in co_window.statusBar().currentMessage()
    assert listed(co_window) == ["Klinikum Nordstadt"]
    # The co-assessor now works on the very same visit.
    co_window.list_page.open_selected()
    assert co_window.current_visit_id() == visit_id


def test_a_wrong_passphrase_exports_nothing(make_window, pair, messages, monkeypatch, tmp_path):
    lead, _co = pair
    visit_id = lead.demo.create()
    lead.identities.create("Lea Lead", "lea@example.org", "correct horse 1")
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *_a: (items[0], True))
    monkeypatch.setattr(export_signing, "ask_passphrase", lambda *_a, **_k: "wrong one")
    window = make_window(lead)
    window.open_visit(visit_id)
    bundle = tmp_path / "x.iasios"
    choose_file(monkeypatch, bundle)
    window.action_export.trigger()
    assert not bundle.exists()
    assert "\n" not in messages[-1] and not messages[-1].startswith("Wrote")


def test_a_concurrent_edit_is_marked_and_resolved_in_needs_review(
    make_window, pair, messages, monkeypatch, tmp_path, qtbot
):
    lead, co = pair
    visit_id = lead.demo.create()
    co.sync.import_bundle(Path(lead.sync.export_invitation(visit_id, tmp_path / "inv").path))
    co.findings.set_comment(visit_id, "5.a", "co's words")
    from_co = Path(co.sync.export_visit(visit_id, tmp_path / "from-co").path)

    window = make_window(lead)
    window.open_visit(visit_id)
    ws = window.workspace
    assert ws is not None
    conflicts_tab = ws.tabs.indexOf(ws.conflicts)
    assert ws.tabs.tabText(conflicts_tab).replace("&", "") == "Needs review"
    assert not ws.header.conflicts.isVisible()
    # The lead types a comment; the import saves it before merging (no pause needed).
    ws.checklist.select_requirement("5.a")
    ws.checklist.editor.comment.setFocus()
    qtbot.keyClicks(ws.checklist.editor.comment, "lead's words")
    choose_file(monkeypatch, from_co)
    window.action_import.trigger()
    assert "1 conflict needs review" in messages[-1]

    nav = ws.checklist.navigator
    assert nav.model.index_for_key("5.a").data(Role.CONFLICTS) == 1
    assert nav.model.index_for_key("5.b").data(Role.CONFLICTS) == 0
    assert "needs review" in nav.model.index_for_key("5.a").data(Qt.ItemDataRole.ToolTipRole)
    assert ws.tabs.tabText(conflicts_tab).replace("&", "") == "Needs review (1)"
    assert ws.header.conflicts.isVisible()
    assert "1 open conflict" in ws.header.conflicts.text()
    nav.filter_box.setCurrentIndex(nav.filter_box.findText("With open conflicts"))
    assert nav.visible_keys() == ["5.a"]

    # The header line leads to the list; the list leads back to the requirement.
    line = ws.header.conflicts
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(20, line.height() // 2))
    assert ws.tabs.currentWidget() is ws.conflicts
    panel = ws.conflicts
    assert panel.list.count() == 1 and "5.a" in panel.list.item(0).text()
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert ws.tabs.currentWidget() is ws.checklist and ws.checklist.current_key() == "5.a"

    ws.show_conflicts()
    choice = next(r for r in panel.group.buttons() if "co's words" in r.text())
    # On the label, not the middle of the wide row (a radio button's click area ends there).
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(30, choice.height() // 2))
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)

    assert lead.findings.findings(visit_id)["5.a"].comment == "co's words"
    assert nav.model.index_for_key("5.a").data(Role.CONFLICTS) == 0
    assert ws.tabs.tabText(conflicts_tab).replace("&", "") == "Needs review"
    assert not ws.header.conflicts.isVisible()
    # Nothing left to show under "With open conflicts": the navigator shows all again.
    assert nav.filter_box.currentData() == Filter.ALL.value
    ws.show_requirement("5.a")
    assert ws.checklist.editor.comment.toPlainText() == "co's words"

    window.action_close_visit.trigger()
    assert cell(window, VisitTableModel.SOURCES) == "Co"
    assert cell(window, VisitTableModel.CONFLICTS) == ""


def test_rating_a_requirement_that_needs_review_closes_its_conflict(
    make_window, pair, messages, monkeypatch, tmp_path, qtbot
):
    lead, co = pair
    visit_id = lead.demo.create()
    co.sync.import_bundle(Path(lead.sync.export_invitation(visit_id, tmp_path / "inv").path))
    co.findings.rate(visit_id, "5.a", Rating.NOT_MET)
    lead.findings.rate(visit_id, "5.a", Rating.PARTIAL)
    co.findings.set_comment(visit_id, "4.a", "co's words")  # listed before 5.a
    lead.findings.set_comment(visit_id, "4.a", "lead's words")
    lead.sync.import_bundle(Path(co.sync.export_visit(visit_id, tmp_path / "co").path))

    window = make_window(lead)
    window.open_visit(visit_id)
    ws = window.workspace
    assert ws is not None
    conflicts_tab = ws.tabs.indexOf(ws.conflicts)
    nav = ws.checklist.navigator
    assert ws.tabs.tabText(conflicts_tab).replace("&", "") == "Needs review (2)"
    assert nav.model.index_for_key("5.a").data(Role.CONFLICTS) == 1

    # The lead looks at 5.a: the notice says what differs and leads to the conflict.
    window.activateWindow()  # rating keys are shortcuts of the active window
    qtbot.waitUntil(window.isActiveWindow)
    ws.checklist.select_requirement("5.a")
    editor = ws.checklist.editor
    assert editor.review_notice.isVisible() and "Needs review" in editor.review_text.text()
    qtbot.mouseClick(editor.review_button, Qt.MouseButton.LeftButton)
    assert ws.tabs.currentWidget() is ws.conflicts
    assert "5.a" in ws.conflicts.list.currentItem().text()  # this requirement's, not 4.a's
    # The ratings as the assessor reads them, the one in effect marked; a rating is picked,
    # not typed.
    labels = [b.text() for b in ws.conflicts.group.buttons()]
    assert any(t.startswith("Partially met\n") and "(shown now)" in t for t in labels)
    assert any(t.startswith("Not met\n") and "(shown now)" not in t for t in labels)
    assert not ws.conflicts.new_value.isVisible()
    ws.show_requirement("5.b")
    assert not editor.review_notice.isVisible()  # only on the requirement in conflict
    ws.show_requirement("5.a")
    assert "Partially met (Lead)" in editor.review_text.text()
    assert "Not met (Co)" in editor.review_text.text()
    # One key would decide between two people's ratings: the app asks first.
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(*args, **_kwargs):
        asked.append(args[2])
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    nav.tree.setFocus()
    qtbot.keyClick(nav.tree, Qt.Key.Key_1)
    assert "rated 5.a differently" in asked[-1] and "Rate it Met" in asked[-1]
    assert lead.findings.findings(visit_id)["5.a"].rating is Rating.PARTIAL  # cancelled
    assert ws.checklist.current_key() == "5.a" and len(lead.sync.conflicts(visit_id)) == 2
    # A click lights its button before the question: Cancel puts the shown rating back.
    buttons = editor.rating_bar.buttons
    qtbot.mouseClick(buttons[Rating.MET], Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and lead.findings.findings(visit_id)["5.a"].rating is Rating.PARTIAL
    assert buttons[Rating.PARTIAL].isChecked() and not buttons[Rating.MET].isChecked()
    nav.tree.setFocus()

    # Keeping the rating shown (the lead's "partially met") is a decision too.
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.keyClick(nav.tree, Qt.Key.Key_2)
    assert "Rate it Partially met" in asked[-1]

    assert lead.findings.findings(visit_id)["5.a"].rating is Rating.PARTIAL
    assert [c.requirement_key for c in lead.sync.conflicts(visit_id)] == ["4.a"]
    assert nav.model.index_for_key("5.a").data(Role.CONFLICTS) == 0
    assert ws.tabs.tabText(conflicts_tab).replace("&", "") == "Needs review (1)"
    assert ws.conflicts.list.count() == 1
    ws.show_requirement("5.a")
    assert not editor.review_notice.isVisible()

    # Typing a new comment on 4.a decides its comment conflict without a question; the
    # notice stays in place, saying so, rather than pulling the comment box up mid-typing.
    ws.show_requirement("4.a")
    assert editor.review_notice.isVisible() and "the comment" in editor.review_text.text()
    editor.comment.setFocus()
    qtbot.keyClicks(editor.comment, " Agreed on the phone.")
    nav.tree.setFocus()  # leaving the box saves it
    assert lead.sync.conflicts(visit_id) == []
    assert "Agreed on the phone." in lead.findings.findings(visit_id)["4.a"].comment
    assert editor.review_notice.isVisible() and editor.review_text.text().startswith("Decided")
    assert not editor.review_button.isVisible()
    ws.show_requirement("4.b")
    assert not editor.review_notice.isVisible()


def test_the_visit_list_counts_open_conflicts(make_window, pair, messages, tmp_path):
    lead, co = pair
    visit_id = lead.demo.create()
    co.sync.import_bundle(Path(lead.sync.export_invitation(visit_id, tmp_path / "inv").path))
    for services, words in ((lead, "lead"), (co, "co")):
        services.findings.set_comment(visit_id, "5.a", words)
        services.findings.set_comment(visit_id, "6.a", words)
    window = make_window(lead)
    window.handle_dropped_files([Path(co.sync.export_visit(visit_id, tmp_path / "co").path)])
    assert cell(window, VisitTableModel.CONFLICTS) == "2"


def test_a_corrupt_bundle_is_refused_in_one_line_and_changes_nothing(
    make_window, pair, messages, tmp_path
):
    lead, _co = pair
    visit_id = lead.demo.create()
    window = make_window(lead)
    window.open_visit(visit_id)
    before, before_blobs = dump(lead.paths.database, everything=True), blobs(lead)
    corrupt = tmp_path / "broken.iasios"
    corrupt.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    window.handle_dropped_files([corrupt])
    assert messages[-1].startswith("Bundle refused:") and "\n" not in messages[-1]
    assert dump(lead.paths.database, everything=True) == before
    assert blobs(lead) == before_blobs
    assert window.workspace is not None and window.workspace.conflict_count() == 0
    window.action_close_visit.trigger()
    assert listed(window) == ["Klinikum Nordstadt"]
    assert window.list_page.table.isColumnHidden(VisitTableModel.SOURCES)


def test_the_facility_column_stretches_once_the_first_visit_is_listed(make_window, pair, tmp_path):
    """The columns were fitted while the empty list hid the table (98 px wide), so the
    first visit's facility stayed at its minimum in a wide window; and stretching split the
    room equally, so a wider window could shrink the facility below its minimum."""
    lead, co = pair
    window = make_window(lead)  # no visit yet: the empty state is shown
    visit_id = lead.demo.create()
    window.list_page.refresh()
    header = window.list_page.table.horizontalHeader()
    assert header.sectionSize(VisitTableModel.FACILITY) > FACILITY_MIN_WIDTH + 50
    bundle = tmp_path / "b.iasios"
    lead.sync.export_visit(visit_id, bundle)
    co.sync.import_bundle(bundle)
    office = make_window(co)  # the sync columns shown
    header = office.list_page.table.horizontalHeader()
    for width in range(1366, 1800, 15):  # never below the minimum on the way
        office.resize(width, 768)
        QApplication.processEvents()
        assert header.sectionSize(VisitTableModel.FACILITY) >= FACILITY_MIN_WIDTH, width
        assert header.sectionSize(VisitTableModel.DEPARTMENT) >= DEPARTMENT_MIN_WIDTH, width
