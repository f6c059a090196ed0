"""The application shell driven as an assessor would: list, new visit, open, delete, errors."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QUndoCommand
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from assessor_app import __version__
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import Facility, NewVisit
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.error_dialog import install_excepthook
from assessor_app.ui.main_window import SETTINGS_FILE, MainWindow
from assessor_app.ui.new_visit_dialog import NewVisitDialog
from assessor_app.ui.visit_table_model import ROW_ROLE
from tests.gui_helpers import close_error_dialogs, error_dialogs

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def synchronous_runner(monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)


@pytest.fixture
def make_window(qtbot, services):
    def make() -> MainWindow:
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        activate(qtbot, window)
        return window

    return make


def add_visit(services, name: str, department: str = "") -> str:
    template = services.templates.default()
    return services.visits.create(
        NewVisit(facility=Facility(name=name, department=department), template_id=template.id)
    )


def activate(qtbot, window) -> None:
    """Make the window the active one (the offscreen platform needs to be asked)."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a person would type it."""
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def listed_facilities(window: MainWindow) -> list[str]:
    proxy = window.list_page.proxy
    return [proxy.index(r, 0).data(ROW_ROLE).facility for r in range(proxy.rowCount())]


def test_first_run_offers_the_demo_and_opens_it(make_window, qtbot, services):
    window = make_window()
    page = window.list_page
    assert page.stack.currentWidget() is page.empty_state
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.header.facility.text() == "Klinikum Nordstadt"
    assert "Klinikum Nordstadt" in window.windowTitle()
    assert len(services.visits.list()) == 1


def test_new_visit_typed_into_the_dialog_appears_in_the_list(make_window, qtbot, services):
    window = make_window()

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewVisitDialog)
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.facility_name, "St. Elsewhere Hospital")
        qtbot.keyClicks(dialog.department, "Interventional Radiology")
        qtbot.keyClicks(dialog.lead_name, "Dr. Ada Byron")
        qtbot.keyClicks(dialog.lead_email, "ada@example.org")
        dialog.volumes[next(iter(dialog.volumes))].clear()
        qtbot.keyClicks(dialog.volumes[next(iter(dialog.volumes))], "160")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(window.list_page.new_button, Qt.MouseButton.LeftButton)

    # The new visit is opened at once, and listed when going back.
    assert window.workspace is not None
    assert window.workspace.header.facility.text() == "St. Elsewhere Hospital"
    press(qtbot, window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.list_page
    assert listed_facilities(window) == ["St. Elsewhere Hospital"]
    visit = services.visits.get(window.list_page.selected_id())
    assert visit.facility.department == "Interventional Radiology"
    assert visit.lead_assessor.email == "ada@example.org"
    assert visit.annual_procedures == 160


def test_search_filters_by_facility_and_department(make_window, qtbot, services):
    add_visit(services, "Klinikum Nordstadt", "Radiology")
    add_visit(services, "Royal Infirmary", "Interventional Oncology")
    add_visit(services, "Hôpital Sud", "Radiologie interventionnelle")
    window = make_window()
    assert len(listed_facilities(window)) == 3
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.list_page.search.hasFocus()
    qtbot.keyClicks(window.list_page.search, "royal")
    assert listed_facilities(window) == ["Royal Infirmary"]
    window.list_page.search.clear()
    qtbot.keyClicks(window.list_page.search, "RADIOLOG")
    assert sorted(listed_facilities(window)) == ["Hôpital Sud", "Klinikum Nordstadt"]
    assert not window.list_page.no_match.isVisible()
    qtbot.keyClicks(window.list_page.search, "xyz")
    assert listed_facilities(window) == []
    assert window.list_page.no_match.isVisible()
    assert "No visit matches “RADIOLOGxyz”" in window.list_page.no_match.text()
    window.list_page.search.clear()
    assert not window.list_page.no_match.isVisible()


def test_enter_opens_the_selected_visit(make_window, qtbot, services):
    visit_id = add_visit(services, "Royal Infirmary")
    window = make_window()
    window.list_page.table.setFocus()
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Return)
    assert window.current_visit_id() == visit_id


def test_delete_asks_naming_the_facility(make_window, qtbot, services, monkeypatch):
    add_visit(services, "Royal Infirmary")
    window = make_window()
    asked: list[str] = []
    answer = {"value": QMessageBox.StandardButton.No}

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer["value"]

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(window.list_page.delete_button, Qt.MouseButton.LeftButton)
    assert "Royal Infirmary" in asked[0]
    assert listed_facilities(window) == ["Royal Infirmary"]  # No keeps it

    answer["value"] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(window.list_page.delete_button, Qt.MouseButton.LeftButton)
    assert services.visits.list() == []
    assert window.list_page.stack.currentWidget() is window.list_page.empty_state


def test_delete_key_in_the_list_deletes_after_confirmation(
    make_window, qtbot, services, monkeypatch
):
    add_visit(services, "Royal Infirmary")
    window = make_window()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    window.list_page.table.setFocus()
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Delete)
    assert services.visits.list() == []


def click_text(qtbot, browser, text: str) -> None:
    """Click on the first occurrence of ``text`` in a QTextBrowser, like a mouse would."""
    cursor = browser.document().find(text)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 1)
    rect = browser.cursorRect(cursor)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_an_outcome_reason_selects_the_requirement(
    make_window, qtbot, services, demo_id, monkeypatch
):
    window = make_window()
    window.open_visit(demo_id)
    workspace = window.workspace
    assert workspace is not None
    selected: list[str] = []
    monkeypatch.setattr(workspace.checklist, "select_requirement", selected.append)
    workspace.tabs.setCurrentWidget(workspace.summary)

    reasons = workspace.header.reasons.toPlainText()
    assert "3 core requirements not fully met: 1.c, 6.b, 8.d" in reasons
    click_text(qtbot, workspace.header.reasons, "6.b")
    assert selected == ["6.b"]
    assert workspace.tabs.currentWidget() is workspace.checklist


def test_actions_overview_jumps_to_the_requirement(
    make_window, qtbot, services, demo_id, monkeypatch
):
    window = make_window()
    window.open_visit(demo_id)
    workspace = window.workspace
    selected: list[str] = []
    monkeypatch.setattr(workspace.checklist, "select_requirement", selected.append)
    press(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert workspace.tabs.currentWidget() is workspace.actions_page
    table = workspace.actions_page.table
    first_key = table.model().index(0, 0).data()
    assert first_key == "1.c"  # sorted by requirement, naturally
    rect = table.visualRect(table.model().index(0, 1))
    # A person's double-click: the first click, then the second one Qt reports as double.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected == ["1.c"]
    assert workspace.tabs.currentWidget() is workspace.checklist


def test_checklist_changes_refresh_the_header(make_window, qtbot, services, visit_id):
    from assessor_app.domain.ratings import Rating

    window = make_window()
    window.open_visit(visit_id)
    header = window.workspace.header
    assert header.answered_bar.value() == 0
    # Typed as the assessor types it: the edit's result reaches the header through the
    # visit session (signals emitted by hand would test nothing of that path).
    window.workspace.show_requirement("1.a")
    tree = window.workspace.checklist.navigator.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_1)
    assert services.findings.findings(visit_id)["1.a"].rating is Rating.MET
    assert header.answered_bar.value() == 1
    assert window.save_state.text().startswith("All changes saved · ")
    assert window.statusBar().currentMessage() == "Saved rating of 1.a"


class _Flip(QUndoCommand):
    def __init__(self, log: list[str]) -> None:
        super().__init__("flip")
        self.log = log

    def redo(self) -> None:
        self.log.append("do")

    def undo(self) -> None:
        self.log.append("undo")


def test_undo_and_redo_keys_drive_the_checklist_stack(make_window, qtbot, visit_id):
    window = make_window()
    assert not window.action_undo.isEnabled()
    window.open_visit(visit_id)
    log: list[str] = []
    window.workspace.checklist.undo_stack().push(_Flip(log))
    assert window.action_undo.isEnabled()
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    press(qtbot, window, Qt.Key.Key_Z, ctrl | shift)
    assert log == ["do", "undo", "do"]


def test_window_geometry_is_kept_in_the_config_dir(make_window, qtbot, services):
    window = make_window()
    window.resize(720, 520)  # fits the offscreen platform's 800x600 screen
    window.close()
    ini = services.paths.config_dir / SETTINGS_FILE
    assert ini.is_file()
    assert "geometry" in ini.read_text(encoding="utf-8")
    again = make_window()
    assert (again.width(), again.height()) == (720, 520)


def test_splitter_positions_are_remembered(make_window, qtbot, services, visit_id):
    window = make_window()
    window.open_visit(visit_id)
    splitter = window.workspace.summary.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([total - 300, 300])
    wanted = splitter.sizes()
    window.close()
    again = make_window()
    again.open_visit(visit_id)
    assert again.workspace.summary.splitter.sizes() == wanted


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_shows_a_dialog_not_a_traceback(
    make_window, qtbot, services, monkeypatch, paths
):
    from assessor_app.logging_setup import configure_logging

    add_visit(services, "Royal Infirmary")
    configure_logging(paths.log_file)
    install_excepthook(paths.log_file)

    def broken(_visit_id: str) -> None:
        raise RuntimeError("disk on fire")

    window = make_window()
    monkeypatch.setattr(services.visits, "delete", broken)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    try:
        qtbot.mouseClick(window.list_page.delete_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(error_dialogs()))
        text = error_dialogs()[0].text()
        assert text == (
            f"Something went wrong: disk on fire. Details were written to {paths.log_file}."
        )
        assert "Traceback" not in text
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "Traceback" in paths.log_file.read_text(encoding="utf-8")
    finally:
        close_error_dialogs()
        logging.getLogger().handlers = [
            h for h in logging.getLogger().handlers if not isinstance(h, logging.FileHandler)
        ]


@pytest.mark.qt_no_exception_capture
def test_app_errors_are_shown_plainly(make_window, qtbot, services, monkeypatch, paths):
    add_visit(services, "Royal Infirmary")
    install_excepthook(paths.log_file)

    def refuse(_visit_id: str) -> None:
        raise ValidationError("this visit is signed and cannot be deleted")

    window = make_window()
    monkeypatch.setattr(services.visits, "delete", refuse)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    try:
        qtbot.mouseClick(window.list_page.delete_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(error_dialogs()))
        assert error_dialogs()[0].text() == "This visit is signed and cannot be deleted."
    finally:
        close_error_dialogs()


def test_files_dropped_on_the_window_are_handed_on(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window()
    received: list[list[Path]] = []
    monkeypatch.setattr(window, "handle_dropped_files", received.append)
    bundle = tmp_path / "visit.iasios"
    bundle.write_bytes(b"zip")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    event = QDropEvent(
        QPointF(QPoint(20, 20)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert received == [[bundle]]


def test_visit_actions_wait_for_a_visit_but_import_works_anywhere(make_window):
    window = make_window()
    for name in ("action_export", "action_export_invitation", "action_report",
                 "action_case_review"):  # fmt: skip
        action = window.findChild(type(window.action_new), name)
        assert action is not None, name
        assert not action.isEnabled(), name
    assert window.action_import.isEnabled()


def test_about_names_version_folders_and_template(make_window, qtbot, services, monkeypatch):
    from assessor_app.ui.about_dialog import AboutDialog

    window = make_window()
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window.action_about.trigger()
    texts = " ".join(label.text() for label in shown[0].findChildren(QLabel))
    assert __version__ in texts
    assert str(services.paths.data_dir) in texts
    assert str(services.paths.log_file) in texts
    assert services.templates.default().version in texts


def test_shortcuts_help_lists_the_rating_keys(make_window, monkeypatch):
    from assessor_app.ui.shortcuts_dialog import ShortcutsDialog

    window = make_window()
    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    window.action_shortcuts.trigger()
    table = shown[0].table
    rows = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    for keys, what in [("1", "Met"), ("3", "Not met"), ("Alt+Down", "Next requirement")]:
        assert (keys, what) in rows
    assert any(k == "Ctrl+Shift+P" for k, _ in rows)


def test_visit_list_shows_progress_and_outcome(make_window, services, demo_id):
    window = make_window()
    model = window.list_page.proxy
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "Klinikum Nordstadt"
    assert row[3] == "In progress"
    assert row[6] == "Not yet"
    total = len(services.templates.default().requirements)
    assert row[4].startswith(f"{total} / {total}")
    assert str(date.today().year) in row[2] or str(date.today().year - 1) in row[2]


def test_service_messages_read_as_sentences_in_dialogs():
    from assessor_app.domain.errors import ValidationError
    from assessor_app.ui.formatting import message_of

    assert message_of(ValidationError("bundle refused: x.iasios is empty")) == (
        "Bundle refused: x.iasios is empty."
    )
    assert message_of(ValidationError("  the seed is empty;\n use a phrase ")) == (
        "The seed is empty; use a phrase."
    )
    assert message_of(ValidationError("Already a sentence.")) == "Already a sentence."
    assert message_of(ValueError()) == "ValueError"


def test_shortcuts_help_clips_no_row(qtbot):
    """Every cell's text, wrapped to its column, fits in its row (none cut off with …)."""
    from PySide6.QtCore import QRect, Qt

    from assessor_app.ui.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    table = dialog.table
    metrics = table.fontMetrics()
    margin = 2 * (table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 1)
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            cell = table.visualItemRect(item)
            room = QRect(0, 0, cell.width() - margin, 100_000)
            needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text())
            assert needed.height() <= cell.height(), (item.text(), needed, cell)
            assert needed.width() <= cell.width(), (item.text(), needed, cell)


def test_the_frame_painted_before_the_database_opens_keeps_its_headers_whole(qtbot, paths):
    """The visit list's frame, before the database opens: no sync columns yet, so the
    facility and department headers are not squeezed to a few letters."""
    frame = MainWindow(paths=paths)
    qtbot.addWidget(frame)
    frame.resize(1280, 720)  # as the window opened in the QA session
    frame.show()
    qtbot.waitExposed(frame)
    table = frame.list_page.table
    header = table.horizontalHeader()
    from assessor_app.ui.visit_table_model import VisitTableModel

    for col in (VisitTableModel.FACILITY, VisitTableModel.DEPARTMENT):
        assert header.sectionSize(col) >= header.sectionSizeHint(col), col
