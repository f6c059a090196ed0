"""Wait until a window has painted once, so slow start-up work comes after the user sees it.

The start-up order is: the first window paints (today the visit list's frame, later an
unlock dialog), then the database opens and the window fills in. Any widget can be the
first paint; this module knows nothing about which.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

# Never wait longer than this for a paint (a platform that never exposes the window).
PAINT_TIMEOUT_MS = 3000


class _PaintWatch(QObject):
    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.painted = False
        self._loop = loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            # A zero timer fires once the paint and what was queued before it are done,
            # so the frame is on screen before the caller's work blocks the loop.
            QTimer.singleShot(0, self._loop.quit)
        return False


def show_and_paint(window: QWidget, timeout_ms: int = PAINT_TIMEOUT_MS) -> bool:
    """Show ``window`` and return once it has painted (True) or the timeout passed (False)."""
    loop = QEventLoop()
    watch = _PaintWatch(loop)
    window.installEventFilter(watch)  # the window only: an app-wide filter taxes every event
    try:
        window.show()
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
    finally:
        window.removeEventFilter(watch)
    return watch.painted
