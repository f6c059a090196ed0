"""The report preview is readable at 1366x768 and zooms and pages from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication

from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.report.report_page import ReportPage

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
BODY_POINTS = 9  # the report's smallest running text


@pytest.fixture(autouse=True)
def synchronous(monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)


@pytest.fixture
def page(qtbot, services, demo_id) -> ReportPage:
    widget = ReportPage(services, demo_id, BackgroundRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 560)  # what the report tab gets in a 1366x768 window
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.mouseClick(widget.generate_button, Qt.MouseButton.LeftButton)
    assert widget.document.pageCount() > 5
    return widget


def text_pixels(page: ReportPage) -> float:
    """How many pixels high 9 pt text is drawn: the page's pixels per point."""
    view = page.view
    return BODY_POINTS * view.shown_factor() * view.logicalDpiY() / 72.0


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_the_preview_opens_at_the_page_width_with_readable_text(page):
    assert page.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    assert page.view.horizontalScrollBar().maximum() == 0  # the whole width, no more
    assert text_pixels(page) >= 12
    assert page.preview_controls.page_label.text() == (f"Page 1 of {page.document.pageCount()}")


def test_ctrl_plus_minus_zero_and_the_buttons_zoom_from_what_is_shown(qtbot, page):
    page.view.setFocus()
    fitted = text_pixels(page)
    press(qtbot, Qt.Key.Key_Equal, CTRL)
    assert text_pixels(page) == pytest.approx(fitted * 1.25, rel=0.01)
    assert page.view.horizontalScrollBar().maximum() > 0  # wider than the view now
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    assert text_pixels(page) == pytest.approx(fitted * 1.25**2, rel=0.01)
    assert page.preview_controls.zoom_label.text() == f"{round(page.view.zoomFactor() * 100)} %"
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Minus, CTRL)
    assert text_pixels(page) == pytest.approx(fitted / 1.25**2, rel=0.01)
    press(qtbot, Qt.Key.Key_0, CTRL)
    assert page.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    assert text_pixels(page) == pytest.approx(fitted, rel=0.01)
    # The same with the buttons above the preview.
    qtbot.mouseClick(page.preview_controls.zoom_in_button, Qt.MouseButton.LeftButton)
    assert text_pixels(page) > fitted
    qtbot.mouseClick(page.preview_controls.fit_button, Qt.MouseButton.LeftButton)
    assert text_pixels(page) == pytest.approx(fitted, rel=0.01)
    qtbot.mouseClick(page.preview_controls.zoom_out_button, Qt.MouseButton.LeftButton)
    assert text_pixels(page) < fitted


def wheel(page: ReportPage, steps: int, modifiers: Qt.KeyboardModifier) -> None:
    viewport = page.view.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(
        centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0),
        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, modifiers,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(viewport, event)


def test_ctrl_wheel_zooms_the_wheel_scrolls_and_page_keys_page(qtbot, page):
    fitted = text_pixels(page)
    wheel(page, 1, CTRL)
    assert text_pixels(page) == pytest.approx(fitted * 1.25, rel=0.01)
    wheel(page, -1, CTRL)
    wheel(page, -1, CTRL)
    assert text_pixels(page) == pytest.approx(fitted / 1.25, rel=0.01)
    shown = text_pixels(page)
    bar = page.view.verticalScrollBar()
    wheel(page, -1, Qt.KeyboardModifier.NoModifier)
    assert bar.value() > 0
    assert text_pixels(page) == shown
    # Page Down and Up move a page wherever the focus is on the tab.
    bar.setValue(0)
    page.generate_button.setFocus()  # just pressed Generate
    count = page.document.pageCount()
    press(qtbot, Qt.Key.Key_PageDown)
    assert page.view.current_page() == 1
    assert page.preview_controls.page_label.text() == f"Page 2 of {count}"
    first_top = page.view.verticalScrollBar().value()
    assert first_top > 0
    page.view.setFocus()
    press(qtbot, Qt.Key.Key_PageDown)
    assert page.view.current_page() == 2
    assert page.view.verticalScrollBar().value() > first_top
    press(qtbot, Qt.Key.Key_PageUp)
    press(qtbot, Qt.Key.Key_PageUp)
    press(qtbot, Qt.Key.Key_PageUp)  # already on the first page: stays
    assert page.view.current_page() == 0
    assert page.view.verticalScrollBar().value() <= page.view.documentMargins().top()
    # Zooming keeps the page in view (Qt alone keeps the scroll value: another page).
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_Equal, CTRL)
    press(qtbot, Qt.Key.Key_Equal, CTRL)
    assert page.view.current_page() == 2
    press(qtbot, Qt.Key.Key_0, CTRL)
    assert page.view.current_page() == 2
