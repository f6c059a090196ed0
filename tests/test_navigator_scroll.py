"""Rating one requirement after another keeps the current row in full view, and the list
scrolls a page at a time: it used to scroll one row at every key once the current row
reached the bottom edge, redrawing the whole list each time and never showing what
comes next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from assessor_app.services.container import Services
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.checklist.checklist_page import ChecklistPage
from tests.test_gui_checklist import open_page


@pytest.fixture(autouse=True)
def synchronous_background(monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)


@pytest.fixture
def page(qtbot, services: Services, visit_id: str) -> ChecklistPage:
    page = open_page(qtbot, services, visit_id)
    QThreadPool.globalInstance().waitForDone()  # thumbnails made: nothing repaints later
    return page


def in_full_view(page: ChecklistPage) -> bool:
    nav = page.navigator
    index = nav.proxy.mapFromSource(nav.model.index_for_key(page.current_key()))
    row, view = nav.tree.visualRect(index), nav.tree.viewport().rect()
    return view.top() <= row.top() and row.bottom() <= view.bottom()


def test_rating_down_the_list_scrolls_a_page_at_a_time(qtbot, page):
    keys = page.navigator.model.keys()
    page.select_requirement(keys[0])
    tree = page.navigator.tree
    tree.setFocus()
    bar = tree.verticalScrollBar()
    scrolls, presses = 0, 40
    for _ in range(presses):
        before, key = bar.value(), page.current_key()
        qtbot.keyClick(tree, Qt.Key.Key_1)  # met, and on to the next requirement
        QApplication.processEvents()
        assert page.current_key() != key
        assert in_full_view(page), page.current_key()
        scrolls += bar.value() != before
    assert 1 <= scrolls <= presses // 8, scrolls  # about once a page, not once a key
    # Arrow keys keep the current row in sight too (the view no longer scrolls by itself).
    for _ in range(25):
        qtbot.keyClick(tree, Qt.Key.Key_Up)
        assert in_full_view(page), page.current_key()
