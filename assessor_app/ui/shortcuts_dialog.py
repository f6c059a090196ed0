"""The keyboard shortcuts, documented in one table (F1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(where, keys, what) for every documented shortcut."""
    app, checklist = _t("Everywhere"), _t("Checklist")
    return [
        (app, "Ctrl+N", _t("New visit")),
        (app, "Ctrl+O", _t("Open the selected visit")),
        (app, "Ctrl+W", _t("Close the visit, back to all visits")),
        (app, "Ctrl+Z", _t("Undo the last edit")),
        (app, "Ctrl+Shift+Z", _t("Redo")),
        (app, "Ctrl+I", _t("Import a bundle (or drop it on the window)")),
        (app, "Ctrl+E", _t("Export the open or selected visit as a bundle")),
        (app, "F1", _t("Keyboard shortcuts (this list)")),
        (app, "Ctrl+Q", _t("Quit (everything is already saved)")),
        (_t("Visit list"), "Enter", _t("Open the selected visit")),
        (_t("Visit list"), "Ctrl+F", _t("Search visits")),
        (_t("Visit list"), "Delete", _t("Delete the selected visit (asks first)")),
        (checklist, "Alt+Down", _t("Next requirement")),
        (checklist, "Alt+Up", _t("Previous requirement")),
        (checklist, "1", _t("Met")),
        (checklist, "2", _t("Partially met")),
        (checklist, "3", _t("Not met")),
        (checklist, "4", _t("Not applicable")),
        (checklist, "0", _t("Not assessed")),
        (checklist, "Delete", _t("Clear the rating (when the list has focus)")),
        (checklist, "Ctrl+F", _t("Search requirements and comments")),
        (checklist, "Ctrl+Shift+P", _t("Add a photo to the requirement")),
        (checklist, "Ctrl+Shift+A", _t("Add a corrective action")),
        (checklist, "Ctrl+H", _t("History of the requirement")),
        (_t("Visit"), "Ctrl+1 … Ctrl+3", _t("Checklist, Summary, Corrective actions tab")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        for r, (where, keys, what) in enumerate(rows):
            for c, text in enumerate((where, keys, what)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(580, 680)
