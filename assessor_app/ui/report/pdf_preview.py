"""The report preview: a PDF view that zooms and pages by keyboard, wheel and buttons.

It opens at the page's width: a whole A4 page in the height of a 1366x768 screen makes its
text about 4 px high, too small to read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QHBoxLayout, QTabBar, QToolButton, QWidget

from assessor_app.ui.plain_text import PlainLabel, plain

ZOOM_STEP = 1.25
MIN_ZOOM = 0.25
MAX_ZOOM = 6.0


class PdfPreview(QPdfView):
    """A multi-page view; ``zoom_in``/``zoom_out`` step from what is shown now."""

    zoom_changed = Signal()  # the factor or the mode changed (the page's label follows)

    def __init__(self, document: QPdfDocument, parent: QWidget) -> None:
        super().__init__(parent)
        self.setDocument(document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.zoomFactorChanged.connect(lambda _f: self.zoom_changed.emit())
        self.zoomModeChanged.connect(lambda _m: self.zoom_changed.emit())

    def shown_factor(self) -> float:
        """The zoom the pages are drawn at. In a fit mode Qt keeps ``zoomFactor()`` at the
        last custom value, so the fitted one is worked out the way the view lays pages out:
        the widest page across the viewport inside the document margins."""
        if self.zoomMode() is QPdfView.ZoomMode.Custom:
            return self.zoomFactor()
        document = self.document()
        count = document.pageCount() if document is not None else 0
        if count <= 0:
            return self.zoomFactor()
        widest = max(document.pagePointSize(page).width() for page in range(count))
        margins = self.documentMargins()
        room = self.viewport().width() - margins.left() - margins.right()
        pixels_per_point = self.logicalDpiX() / 72.0
        return max(MIN_ZOOM, room / (widest * pixels_per_point)) if widest > 0 else 1.0

    def zoom_in(self) -> None:
        self._zoom_to(self.shown_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self.shown_factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        with self._keeping_place():
            self.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _zoom_to(self, factor: float) -> None:
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        with self._keeping_place():
            self.setZoomMode(QPdfView.ZoomMode.Custom)
            self.setZoomFactor(factor)

    @contextmanager
    def _keeping_place(self) -> Iterator[None]:
        """Zooming keeps the same place of the document in view (Qt keeps the scroll
        value, which at another zoom is another place, often another page)."""
        bar = self.verticalScrollBar()
        at = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        yield
        bar.setValue(round(at * bar.maximum()))

    def page_step(self, step: int) -> None:
        """The next (or previous) page's top, within the document."""
        count = self.document().pageCount() if self.document() else 0
        if count <= 0:
            return
        navigator = self.pageNavigator()
        target = min(count - 1, max(0, navigator.currentPage() + step))
        navigator.jump(target, QPointF(), navigator.currentZoom())

    def current_page(self) -> int:
        return self.pageNavigator().currentPage()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.zoomMode() is not QPdfView.ZoomMode.Custom:
            self.zoom_changed.emit()  # the fitted zoom follows the width

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta > 0:
                self.zoom_in()
            elif delta < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)


class PreviewControls(QWidget):
    """Zoom out, the zoom shown, zoom in, fit width and the page shown, for ``preview``;
    also installs the keys on ``keys_on`` (the report page), wherever its focus is."""

    def __init__(
        self, preview: PdfPreview, keys_on: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.zoom_out_button = self._button(
            self.tr("−"), self.tr("Zoom out (Ctrl+-)"), preview.zoom_out
        )
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_label = PlainLabel(self)
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("Fit width 600 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._button(
            self.tr("+"), self.tr("Zoom in (Ctrl++)"), preview.zoom_in
        )
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.fit_button = self._button(
            self.tr("Fit width"), self.tr("Fit the page width (Ctrl+0)"), preview.fit_width
        )
        self.fit_button.setAccessibleName(self.tr("Fit width"))
        self.page_label = PlainLabel(self)
        self.page_label.setAccessibleName(self.tr("Page shown"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            layout.addWidget(widget)
        layout.addWidget(self.fit_button)
        layout.addSpacing(12)
        layout.addWidget(self.page_label)
        layout.addStretch(1)

        keys: list[tuple[list[QKeySequence], Callable[[], None]]] = [
            ([QKeySequence("Ctrl+="), QKeySequence("Ctrl++"), QKeySequence("Ctrl+Shift+=")],
             preview.zoom_in),
            ([QKeySequence("Ctrl+-")], preview.zoom_out),
            ([QKeySequence("Ctrl+0")], preview.fit_width),
            ([QKeySequence(Qt.Key.Key_PageDown)], lambda: preview.page_step(1)),
            ([QKeySequence(Qt.Key.Key_PageUp)], lambda: preview.page_step(-1)),
        ]  # fmt: skip
        self.shortcuts: list[QShortcut] = []
        for sequences, slot in keys:
            for sequence in sequences:
                shortcut = QShortcut(sequence, keys_on)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
                self.shortcuts.append(shortcut)

        self._keys_on = keys_on
        keys_on.installEventFilter(self)
        preview.zoom_changed.connect(self.update_labels)
        preview.pageNavigator().currentPageChanged.connect(lambda _p: self.update_labels())
        self.update_labels()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._keys_on and event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self._claim_focus)
        return False

    def _claim_focus(self) -> None:
        # Ctrl+5 from the checklist hides the widget with the focus, and Qt hands it to
        # the next one in the chain: the header's Back button, where Page Down and Ctrl+=
        # do nothing. The page's keys need the focus on the page; a tab bar keeps it, so
        # arrow keys still walk the tabs.
        focus = QApplication.focusWidget()
        page = self._keys_on
        if not page.isVisible() or isinstance(focus, QTabBar):
            return
        if focus is None or not (focus is page or page.isAncestorOf(focus)):
            self.preview.setFocus(Qt.FocusReason.OtherFocusReason)

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(plain(tip))
        button.clicked.connect(slot)
        return button

    def update_labels(self) -> None:
        percent = round(self.preview.shown_factor() * 100)
        if self.preview.zoomMode() is QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Fit width {percent} %").format(percent=percent))
        else:
            self.zoom_label.setText(self.tr("{percent} %").format(percent=percent))
        document = self.preview.document()
        count = document.pageCount() if document is not None else 0
        if count:
            self.page_label.setText(
                self.tr("Page {page} of {count}").format(
                    page=self.preview.current_page() + 1, count=count
                )
            )
        else:
            self.page_label.setText("")
