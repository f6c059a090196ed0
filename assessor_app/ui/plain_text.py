"""User and bundle data is shown as written, never read as markup.

Qt reads rich text into any label, tooltip or message box whose text merely looks like
HTML (Qt::mightBeRichText), and ``&`` marks a keyboard mnemonic on buttons, group boxes
and tabs. A facility name such as ``<font size=80 color=red>`` or ``A &amp; B`` can arrive
in a co-assessor's bundle. Hence:

- every label in the app is a ``PlainLabel`` (a test forbids a bare QLabel in ui/);
- the few labels the app fills with its own markup are ``RichLabel``s, and they escape
  every value they put into it (``html.escape``);
- a window title holding user data goes through ``window_title()`` (Qt hides ``[*]``);
- text handed to an auto-detecting place (tooltips, QMessageBox, progress and input
  dialogs, item tooltips) goes through ``plain()``; text on a button, check box, group box
  or tab goes through ``no_mnemonic()``.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class PlainLabel(QLabel):
    """A label that shows its text exactly as written."""

    def __init__(self, text: str | QWidget | None = "", parent: QWidget | None = None) -> None:
        if not isinstance(text, str):  # QLabel(parent), as Qt allows
            parent, text = text, ""
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text:
            self.setText(text)


class RichLabel(QLabel):
    """A label for markup the app writes itself; every value in it must be escaped."""

    def __init__(self, markup: str | QWidget | None = "", parent: QWidget | None = None) -> None:
        if not isinstance(markup, str):  # QLabel(parent), as Qt allows
            parent, markup = markup, ""
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        if markup:
            self.setText(markup)


def plain(text: str) -> str:
    """``text`` as a place that guesses rich text shows it: literally.

    Text Qt would take for markup becomes escaped HTML of itself (line breaks and spaces
    kept); anything else is returned unchanged, so ordinary messages stay plain strings.
    """
    if not QtGui.Qt.mightBeRichText(text):
        return text
    import html  # here, not at the top: rarely needed, and the first paint is spared it

    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>'


def no_mnemonic(text: str) -> str:
    """``text`` for a button, check box, group box or tab: every ``&`` shows as itself."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """``text`` for setWindowTitle: Qt drops a lone ``[*]`` (its "modified" mark)."""
    return text.replace("[*]", "[*][*]")


class ElidedLabel(PlainLabel):
    """A one-line plain label that never widens its window: a long text (a facility's
    full name) is painted ending in "…" at the width it is given, and shows whole in its
    tooltip. ``text()`` stays the whole text (for screen readers and copying)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Ignored: the layout gives the width; the text's length never forces one.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def shown_text(self) -> str:
        """What is painted: the text on one line, elided to the label's width."""
        one_line = " ".join(self.text().split())
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(one_line, Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )
        painter.end()

    def _update_tooltip(self) -> None:
        elided = self.shown_text() != " ".join(self.text().split())
        self.setToolTip(plain(self.text() if elided else ""))
