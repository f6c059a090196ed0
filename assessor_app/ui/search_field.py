"""Search fields whose built-in buttons a screen reader can name.

QLineEdit's clear button and an icon added with ``addAction`` are tool buttons with no text,
so AT-SPI reads them as nameless buttons; their actions get a translated text here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QLineEdit

# The object name Qt gives the clear button's action (qlineedit_p.cpp).
QT_CLEAR_ACTION = "_q_qlineeditclearaction"


def make_search_field(edit: QLineEdit, leading_icon: QIcon | None = None) -> None:
    """Turn on the clear button (and a leading search icon), each with an accessible name."""
    edit.setClearButtonEnabled(True)
    for action in edit.findChildren(QAction):
        if action.objectName() == QT_CLEAR_ACTION:
            action.setText(QCoreApplication.translate("SearchField", "Clear search"))
    if leading_icon is not None:
        action = edit.addAction(leading_icon, QLineEdit.ActionPosition.LeadingPosition)
        action.setText(QCoreApplication.translate("SearchField", "Search"))
        action.triggered.connect(edit.setFocus)
