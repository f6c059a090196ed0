"""Shared helpers for the GUI tests: a main window over the test services, found dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def error_dialogs() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "error_dialog" and w.isVisible()
    ]


def close_error_dialogs() -> None:
    for box in error_dialogs():
        box.close()


def visible(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())
