"""Which Alt+letter means what in one window, read from the widgets as Qt reads them."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QMenuBar, QTabBar, QWidget


def _add(found: dict[str, list[str]], text: str, what: str) -> None:
    # QKeySequence.mnemonic is what Qt itself grabs: "&&" is a literal ampersand.
    sequence = QKeySequence.mnemonic(text)
    if not sequence.isEmpty():
        found[sequence.toString()].append(f"{what} {text!r}")


def window_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> what it reaches, among the window's shown widgets (buttons, buddied
    labels, group boxes, tabs, menu bar titles). A hidden widget's letter does not fire."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            _add(found, widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            _add(found, widget.text(), "label")
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            _add(found, widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    _add(found, widget.tabText(i), "tab")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    _add(found, action.text(), "menu")
    return found


def menu_mnemonics(menu: QMenu) -> dict[str, list[str]]:
    """Within one open menu, its items' letters."""
    found: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            _add(found, action.text(), "item")
    return found


def duplicates(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {key: owners for key, owners in found.items() if len(owners) > 1}
