"""The keyboard shortcuts, documented in one table (F1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(where, keys, what) for every documented shortcut."""
    app, checklist, visit, report = (
        QCoreApplication.translate("ShortcutsDialog", "Everywhere"),
        QCoreApplication.translate("ShortcutsDialog", "Checklist"),
        QCoreApplication.translate("ShortcutsDialog", "Visit"),
        QCoreApplication.translate("ShortcutsDialog", "Report preview"),
    )
    return [
        (app, "Ctrl+N", QCoreApplication.translate("ShortcutsDialog", "New visit")),
        (app, "Ctrl+O", QCoreApplication.translate("ShortcutsDialog", "Open the selected visit")),
        (
            app,
            "Ctrl+W",
            QCoreApplication.translate("ShortcutsDialog", "Close the visit, back to all visits"),
        ),
        (app, "Ctrl+Z", QCoreApplication.translate("ShortcutsDialog", "Undo the last edit")),
        (app, "Ctrl+Shift+Z", QCoreApplication.translate("ShortcutsDialog", "Redo")),
        (
            app,
            "Ctrl+I",
            QCoreApplication.translate(
                "ShortcutsDialog", "Import a bundle (or drop it on the window)"
            ),
        ),
        (
            app,
            "Ctrl+E",
            QCoreApplication.translate(
                "ShortcutsDialog", "Export the open or selected visit as a bundle"
            ),
        ),
        (
            app,
            "F1",
            QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts (this list)"),
        ),
        (
            app,
            "Ctrl+L",
            QCoreApplication.translate(
                "ShortcutsDialog", "Lock the window (encrypted folders only)"
            ),
        ),
        (
            app,
            "Ctrl+Q",
            QCoreApplication.translate("ShortcutsDialog", "Quit (everything is already saved)"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Visit list"),
            "Enter",
            QCoreApplication.translate("ShortcutsDialog", "Open the selected visit"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Visit list"),
            "Ctrl+F",
            QCoreApplication.translate("ShortcutsDialog", "Search visits"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Visit list"),
            "Delete",
            QCoreApplication.translate("ShortcutsDialog", "Delete the selected visit (asks first)"),
        ),
        (checklist, "Alt+Down", QCoreApplication.translate("ShortcutsDialog", "Next requirement")),
        (
            checklist,
            "Alt+Up",
            QCoreApplication.translate("ShortcutsDialog", "Previous requirement"),
        ),
        (checklist, "1", QCoreApplication.translate("ShortcutsDialog", "Met")),
        (checklist, "2", QCoreApplication.translate("ShortcutsDialog", "Partially met")),
        (checklist, "3", QCoreApplication.translate("ShortcutsDialog", "Not met")),
        (checklist, "4", QCoreApplication.translate("ShortcutsDialog", "Not applicable")),
        (checklist, "0", QCoreApplication.translate("ShortcutsDialog", "Not assessed")),
        (
            checklist,
            "Delete",
            QCoreApplication.translate(
                "ShortcutsDialog", "Clear the rating (when the list has focus)"
            ),
        ),
        (
            checklist,
            "Delete",
            QCoreApplication.translate(
                "ShortcutsDialog", "Remove the selected photo or corrective action (asks first)"
            ),
        ),
        (
            checklist,
            "Ctrl+F",
            QCoreApplication.translate("ShortcutsDialog", "Search requirements and comments"),
        ),
        (
            checklist,
            "Ctrl+Shift+P",
            QCoreApplication.translate("ShortcutsDialog", "Add a photo to the requirement"),
        ),
        (
            checklist,
            "Ctrl+Shift+A",
            QCoreApplication.translate("ShortcutsDialog", "Add a corrective action"),
        ),
        (
            checklist,
            "Ctrl+H",
            QCoreApplication.translate("ShortcutsDialog", "History of the requirement"),
        ),
        (
            checklist,
            "Ctrl+M",
            QCoreApplication.translate("ShortcutsDialog", "Write in the comment field"),
        ),
        (
            checklist,
            "Tab",
            QCoreApplication.translate(
                "ShortcutsDialog", "From the list to the rating, then down the requirement"
            ),
        ),
        (
            visit,
            "Ctrl+1 … Ctrl+6",
            QCoreApplication.translate(
                "ShortcutsDialog",
                "Checklist, Summary, Corrective actions, Case review, Report, Needs review tab",
            ),
        ),
        (
            visit,
            "Alt+C, Alt+U, Alt+A,\nAlt+R, Alt+P, Alt+N",
            QCoreApplication.translate("ShortcutsDialog", "The same six tabs"),
        ),
        (
            report,
            "Ctrl++  Ctrl+=",
            QCoreApplication.translate("ShortcutsDialog", "Zoom in on the preview"),
        ),
        (report, "Ctrl+-", QCoreApplication.translate("ShortcutsDialog", "Zoom out")),
        (
            report,
            QCoreApplication.translate("ShortcutsDialog", "Ctrl+wheel"),
            QCoreApplication.translate("ShortcutsDialog", "Zoom in or out"),
        ),
        (report, "Ctrl+0", QCoreApplication.translate("ShortcutsDialog", "Fit the page width")),
        (
            report,
            "Page Down  Page Up",
            QCoreApplication.translate("ShortcutsDialog", "Next or previous page"),
        ),
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
        # Long descriptions wrap, and each row is as tall as its wrapped text: none clips.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        self.resize(720, 680)
