"""The corrective actions of one requirement: list, add, edit, close, remove."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.visit import ActionStatus, CorrectiveAction, Severity
from assessor_app.ui.formatting import format_date
from assessor_app.ui.plain_text import plain

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def severity_label(severity: Severity) -> str:
    return {
        Severity.MAJOR: QCoreApplication.translate("Actions", "Major"),
        Severity.MINOR: QCoreApplication.translate("Actions", "Minor"),
    }[severity]


def status_label(status: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("Actions", "Open"),
        ActionStatus.CLOSED: QCoreApplication.translate("Actions", "Closed"),
    }[status]


class ActionsPanel(QWidget):
    add_requested = Signal()
    edit_requested = Signal(str)  # action id
    close_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[str, CorrectiveAction] = {}
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [self.tr("Action"), self.tr("Severity"), self.tr("Owner"), self.tr("Due"),
             self.tr("Status")]
        )  # fmt: skip
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Corrective actions"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMaximumHeight(130)

        self.add_button = QPushButton(self.tr("Add action…"), self)
        self.add_button.setToolTip(self.tr("Add a corrective action (Ctrl+Shift+A)"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.close_button = QPushButton(self.tr("Close action"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        for button in (self.edit_button, self.close_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.close_button.clicked.connect(lambda: self._emit(self.close_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        self.tree.itemActivated.connect(lambda *_: self._emit(self.edit_requested))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

    def show_actions(self, actions: list[CorrectiveAction]) -> None:
        self._actions = {a.id: a for a in actions}
        self.tree.clear()
        for action in actions:
            item = QTreeWidgetItem(
                [
                    action.description,
                    severity_label(action.severity),
                    action.owner,
                    format_date(action.due_date) if action.due_date else "",
                    status_label(action.status),
                ]
            )
            item.setData(0, ID_ROLE, action.id)
            item.setToolTip(0, plain(action.description))
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(actions))
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        current = self.current_id()
        action = self._actions.get(current) if current else None
        self.edit_button.setEnabled(action is not None)
        self.remove_button.setEnabled(action is not None)
        self.close_button.setEnabled(action is not None and action.status is ActionStatus.OPEN)

    def _emit(self, signal: SignalInstance) -> None:
        if (current := self.current_id()) is not None:
            signal.emit(current)
