"""Keystrokes land where the assessor looks: moving on leaves the text field, a filtered-out
requirement is never the one a key rates, and Tab and Ctrl+M reach the editor at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from assessor_app.domain.ratings import Rating
from assessor_app.services.container import Services
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.main_window import MainWindow
from tests.test_gui_checklist import click_requirement, open_page, ratings

pytestmark = pytest.mark.gui
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def synchronous_background(monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)


def type_keys(qtbot, keys: str) -> None:
    """Each character pressed where the keyboard focus is now, as a person types."""
    for char in keys:
        qtbot.keyClicks(QApplication.focusWidget(), char)


def test_alt_down_from_the_comment_leaves_it_so_the_rating_keys_rate(qtbot, services, visit_id):
    page = open_page(qtbot, services, visit_id)
    click_requirement(qtbot, page, "2.b")
    qtbot.mouseClick(page.editor.comment.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editor.comment, "CVs seen")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, ALT)
    assert page.current_key() == "2.c"
    assert not page.editor.comment.hasFocus()
    type_keys(qtbot, "1101")
    keys = [r.key for r in services.templates.default().requirements]
    after = keys[keys.index("2.c") : keys.index("2.c") + 4]
    stored = services.findings.findings(visit_id)
    assert stored["2.b"].comment == "CVs seen"
    assert [stored[k].comment for k in after] == ["", "", "", ""]
    assert [stored[k].rating for k in after] == [
        Rating.MET, Rating.MET, Rating.NOT_ASSESSED, Rating.MET,
    ]  # fmt: skip


def test_alt_up_from_the_justification_leaves_it_too(qtbot, services, visit_id):
    # The one before is not applicable too, so its justification field shows as well.
    services.findings.rate(visit_id, "3.a", Rating.NA)
    services.findings.set_justification(visit_id, "3.a", "Outsourced")
    page = open_page(qtbot, services, visit_id)
    click_requirement(qtbot, page, "3.b")
    page.navigator.tree.setFocus()
    qtbot.keyClick(page.navigator.tree, Qt.Key.Key_4)  # not applicable: asks for a reason
    assert page.editor.justification.hasFocus()
    qtbot.keyClicks(page.editor.justification, "No such unit")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, ALT)
    assert page.current_key() == "3.a"
    type_keys(qtbot, "2")
    stored = services.findings.findings(visit_id)
    assert stored["3.b"].justification == "No such unit"
    assert stored["3.a"].rating is Rating.PARTIAL
    assert stored["3.a"].justification == "Outsourced"


def test_a_search_that_hides_the_shown_requirement_moves_the_editor(qtbot, services, visit_id):
    page = open_page(qtbot, services, visit_id)
    nav = page.navigator
    click_requirement(qtbot, page, "1.a")
    qtbot.keyClick(nav.tree, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(nav.search, "angiography")
    assert "1.a" not in nav.visible_keys()
    assert page.current_key() == nav.visible_keys()[0]
    assert page.editor.key_label.text() == page.current_key()


def test_a_search_matching_nothing_leaves_nothing_to_rate(qtbot, services, visit_id):
    page = open_page(qtbot, services, visit_id)
    nav = page.navigator
    click_requirement(qtbot, page, "1.a")
    qtbot.keyClick(nav.tree, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(nav.search, "qqzzxx")
    assert nav.visible_keys() == []
    assert page.current_key() == ""
    assert page.editor.empty_label.isVisibleTo(page)
    assert not page.editor.scroll_area.isVisibleTo(page)
    qtbot.keyClick(nav.search, Qt.Key.Key_Tab)  # on to the filter box, then the list
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert nav.tree.hasFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_Delete):
        qtbot.keyClick(nav.tree, key)
    assert set(ratings(services, visit_id).values()) == {None}
    # The search cleared: the list shows everything and its first requirement is shown.
    nav.search.clear()
    assert page.current_key() == nav.visible_keys()[0]
    assert page.editor.scroll_area.isVisibleTo(page)


def test_tab_from_the_list_reaches_the_rating_bar(qtbot, services, visit_id):
    page = open_page(qtbot, services, visit_id)
    page.navigator.tree.setFocus()
    qtbot.keyClick(page.navigator.tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in page.editor.rating_bar.buttons.values()


def test_ctrl_m_reaches_the_comment(qtbot, services, visit_id):
    page = open_page(qtbot, services, visit_id)
    key = page.current_key()
    page.navigator.tree.setFocus()
    qtbot.keyClick(page.navigator.tree, Qt.Key.Key_M, CTRL)
    assert page.editor.comment.hasFocus()
    qtbot.keyClicks(page.editor.comment, "Seen")
    page.flush()
    assert services.findings.findings(visit_id)[key].comment == "Seen"


def test_ctrl_m_types_after_what_is_written(qtbot, services, visit_id):
    page = open_page(qtbot, services, visit_id)
    key = page.current_key()
    services.findings.set_comment(visit_id, key, "Seen on site.")
    page.refresh()
    page.navigator.tree.setFocus()
    qtbot.keyClick(page.navigator.tree, Qt.Key.Key_M, CTRL)
    qtbot.keyClicks(page.editor.comment, " Signed.")
    page.flush()
    assert services.findings.findings(visit_id)[key].comment == "Seen on site. Signed."


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_the_outcome_reasons_are_one_tab_stop_not_one_per_link(qtbot, window, demo_id):
    window.open_visit(demo_id)
    header = window.workspace.header
    assert header.reasons.toHtml().count("req:") >= 3  # the demo has linked reasons
    header.back_button.setFocus()
    qtbot.keyClick(header.back_button, Qt.Key.Key_Tab)
    assert header.reasons.hasFocus()
    qtbot.keyClick(header.reasons, Qt.Key.Key_Tab)
    assert not header.reasons.hasFocus()


def test_ctrl_1_to_6_reach_the_six_tabs(qtbot, window, demo_id):
    window.open_visit(demo_id)
    tabs = window.workspace.tabs
    assert tabs.count() == 6
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6]
    for index in [5, 4, 3, 2, 1, 0]:
        qtbot.keyClick(QApplication.focusWidget() or window, keys[index], CTRL)
        assert tabs.currentIndex() == index, index


def test_the_shortcuts_list_names_the_new_keys(window, monkeypatch):
    from assessor_app.ui.shortcuts_dialog import ShortcutsDialog

    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    window.action_shortcuts.trigger()
    table = shown[0].table
    keys = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert {"Ctrl+M", "Ctrl+1 … Ctrl+6", "Ctrl+0", "Ctrl+-", "Page Down  Page Up"} <= keys
    assert "Ctrl+1 … Ctrl+3" not in keys


def test_ctrl_5_then_page_down_pages_the_report(qtbot, window, demo_id):
    """From the checklist: Ctrl+5 puts the keyboard on the report page, so once the
    report is written Page Down shows page 2."""
    window.open_visit(demo_id)
    window.workspace.checklist.navigator.tree.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5, CTRL)
    report = window.workspace.report
    qtbot.waitUntil(lambda: report.isAncestorOf(QApplication.focusWidget()))
    assert report.view.hasFocus()  # not the header's Back button, where keys do nothing
    report.generate()
    assert report.document.pageCount() > 5
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert report.view.current_page() == 1


def test_ctrl_1_from_another_tab_puts_the_keys_on_the_checklist(qtbot, window, demo_id):
    """Ctrl+4 then Ctrl+1: the page left had the focus, so Qt handed it to the header's
    Back button and the next rating key did nothing; it must land in the list."""
    window.open_visit(demo_id)
    checklist = window.workspace.checklist
    checklist.navigator.tree.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4, CTRL)
    qtbot.waitUntil(lambda: window.workspace.tabs.currentIndex() == 3)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1, CTRL)
    assert window.workspace.tabs.currentIndex() == 0
    assert checklist.navigator.tree.hasFocus()
    key = checklist.current_key()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    assert window.services.findings.findings(demo_id)[key].rating is Rating.NOT_MET


def test_ctrl_2_puts_the_focus_on_the_summary_page(qtbot, window, demo_id):
    window.open_visit(demo_id)
    window.workspace.checklist.navigator.tree.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, CTRL)
    summary = window.workspace.summary
    assert summary.isAncestorOf(QApplication.focusWidget())


def test_after_ctrl_shift_a_the_keyboard_is_back_in_the_list(qtbot, window, demo_id):
    """Adding an action from the list, then a rating key: it rates, and does not type into
    the search box (which filtered the whole list away)."""
    from assessor_app.ui.focus_keeper import install_focus_keeper
    from tests.test_gui_checklist import fill_action_dialog

    keeper = install_focus_keeper(QApplication.instance())  # as the app does at start
    window.open_visit(demo_id)
    checklist = window.workspace.checklist
    tree = checklist.navigator.tree
    tree.setFocus()
    key = checklist.current_key()
    fill_action_dialog(qtbot, "Name a deputy lead", "Dr. Weiss")
    qtbot.keyClick(tree, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(50)  # the focus keeper gives the window back on the next turn
    keeper.stop()
    assert tree.hasFocus(), QApplication.focusWidget()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    assert checklist.navigator.search.text() == ""
    assert window.services.findings.findings(demo_id)[key].rating is Rating.NOT_MET


def test_an_opened_visit_has_the_keyboard_in_the_list(qtbot, window, demo_id):
    window.open_visit(demo_id)
    assert QApplication.focusWidget() is window.workspace.checklist.navigator.tree


def test_escape_in_the_search_clears_it_and_goes_back_to_the_list(qtbot, services, visit_id):
    """Escape in the search box did nothing: the list stayed filtered and the next rating
    key typed into the search, hiding every requirement."""
    page = open_page(qtbot, services, visit_id)
    qtbot.keyClick(page.navigator.tree, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(page.navigator.search, "staffing")
    qtbot.keyClick(page.navigator.search, Qt.Key.Key_Escape)
    assert page.navigator.search.text() == ""
    assert page.navigator.tree.hasFocus()
    key = page.current_key()
    type_keys(qtbot, "3")
    assert ratings(services, visit_id)[key] is Rating.NOT_MET
