"""A plain-text field that saves itself: after a short pause, on focus-out, and on flush."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

DEBOUNCE_MS = 400


class AutosaveTextEdit(QPlainTextEdit):
    """Emits ``committed(owner, text)`` once per settled change.

    ``owner`` is whatever the field was showing when typing began (a requirement key), so
    text typed just before switching requirement is saved to the right one.
    """

    committed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._owner = ""
        self._saved_text = ""
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._on_changed)

    def load(self, owner: str, text: str) -> None:
        """Show another record's text; anything pending for the previous one is saved first."""
        self.flush()
        self._owner = owner
        self._saved_text = text
        if self.toPlainText() != text:
            self._loading = True
            self.setPlainText(text)
            self._loading = False

    def set_saved(self, text: str) -> None:
        """The stored value changed underneath (undo): show it without saving it again."""
        self._timer.stop()
        self._saved_text = text
        if self.toPlainText() != text:
            self._loading = True
            self.setPlainText(text)
            self._loading = False

    def has_pending(self) -> bool:
        return self.toPlainText() != self._saved_text

    def flush(self) -> None:
        self._timer.stop()
        text = self.toPlainText()
        if self._owner and text != self._saved_text:
            self._saved_text = text
            self.committed.emit(self._owner, text)

    def _on_changed(self) -> None:
        if not self._loading:
            self._timer.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)
