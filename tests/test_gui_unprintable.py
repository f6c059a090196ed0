"""A character the report cannot print is refused in the editor, with a message naming it,
and nothing is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.checklist.checklist_page import ChecklistPage

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def synchronous_background():
    BackgroundRunner.synchronous = True
    yield
    BackgroundRunner.synchronous = False


def test_typing_a_character_no_report_font_has_shows_its_name(qtbot, services, visit_id):
    page = ChecklistPage(services, visit_id, BackgroundRunner())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    key = page.current_key()
    qtbot.mouseClick(page.editor.comment.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editor.comment, "Team ")
    # QTest cannot type a character beyond U+FFFF (it aborts): it arrives as a paste would.
    page.editor.comment.insertPlainText("\U0001f44d")
    page.editor.comment.flush()
    qtbot.waitUntil(page.editor.error_label.isVisible, timeout=3000)
    message = page.editor.error_label.text()
    assert "U+1F44D THUMBS UP SIGN" in message and "cannot print" in message
    saved = services.findings.findings(visit_id).get(key)
    assert saved is None or "\U0001f44d" not in saved.comment
