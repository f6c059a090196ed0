"""The navigator draws each requirement row once per look and copies it afterwards
(navigator_delegate's row cache): what it shows must be exactly what drawing it afresh
shows, and a change of rating, selection or marks must draw the row anew."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QImage

from assessor_app.domain.ratings import Rating
from assessor_app.services.container import Services
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.checklist.checklist_page import ChecklistPage
from assessor_app.ui.checklist.navigator_delegate import NavigatorDelegate
from tests.test_gui_checklist import open_page


@pytest.fixture(autouse=True)
def synchronous_background(monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)


@pytest.fixture
def page(qtbot, services: Services, visit_id: str) -> ChecklistPage:
    page = open_page(qtbot, services, visit_id)
    QThreadPool.globalInstance().waitForDone()  # thumbnails made: nothing repaints later
    return page


def shot(page: ChecklistPage) -> QImage:
    return page.navigator.tree.viewport().grab().toImage()


def fresh_shot(page: ChecklistPage) -> QImage:
    """The list drawn by a delegate that has cached nothing."""
    tree = page.navigator.tree
    old = tree.itemDelegate()
    tree.setItemDelegate(NavigatorDelegate(tree))
    try:
        return shot(page)
    finally:
        tree.setItemDelegate(old)


def test_cached_rows_show_what_drawing_them_afresh_shows(qtbot, page, services, visit_id):
    page.select_requirement("1.b")
    first = shot(page)
    assert shot(page) == first  # the second paint comes from the cache
    assert fresh_shot(page) == first
    # A rating changes the row's dot: the cached look is not reused for it.
    page.select_requirement("1.c")
    was = services.findings.findings(visit_id)["1.c"].rating
    met = was is Rating.MET
    wanted, key = (Rating.PARTIAL, Qt.Key.Key_2) if met else (Rating.MET, Qt.Key.Key_1)
    tree = page.navigator.tree
    tree.setFocus()
    before = shot(page)
    qtbot.keyClick(tree, key)  # rated, and on to the next requirement
    qtbot.waitUntil(lambda: services.findings.findings(visit_id)["1.c"].rating is wanted)
    page.select_requirement("1.c")  # selected again: as before, but for its rating
    after = shot(page)
    assert after != before
    assert fresh_shot(page) == after
