"""Every corrective action of the visit in one sortable table; double-click jumps to it."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.visit import ActionStatus, CorrectiveAction, Severity
from assessor_app.ui.checklist.actions_panel import severity_label, status_label
from assessor_app.ui.formatting import format_date
from assessor_app.ui.plain_text import PlainLabel, plain
from assessor_app.ui.row_table_model import ROW_ROLE, SORT_ROLE, RowTableModel


def requirement_sort_key(key: str) -> str:
    """'7.b' -> '0007.b', so 10.a sorts after 9.c."""
    number, _, letter = key.partition(".")
    return f"{number.zfill(4)}.{letter}" if number.isdigit() else key


class ActionTableModel(RowTableModel):
    REQUIREMENT, DESCRIPTION, SEVERITY, OWNER, DUE, STATUS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Requirement"),
                self.tr("Corrective action"),
                self.tr("Severity"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
            ],
            parent,
        )

    def _sort_key(self, action: CorrectiveAction, col: int) -> object:
        if col == self.REQUIREMENT:
            return requirement_sort_key(action.requirement_key)
        if col == self.SEVERITY:
            return 0 if action.severity is Severity.MAJOR else 1
        if col == self.DUE:
            return action.due_date.isoformat() if action.due_date else "9999"
        if col == self.STATUS:
            return 0 if action.status is ActionStatus.OPEN else 1
        return self._display(action, col).casefold()

    def _role_data(self, action: CorrectiveAction, col: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DESCRIPTION:
            return plain(action.description)
        if role == Qt.ItemDataRole.ForegroundRole:
            if action.status is ActionStatus.CLOSED:
                return QColor("#8a94a3")
            if col == self.SEVERITY and action.severity is Severity.MAJOR:
                return QColor("#b3261e")
        return None

    def _display(self, action: CorrectiveAction, col: int) -> str:
        if col == self.REQUIREMENT:
            return action.requirement_key
        if col == self.DESCRIPTION:
            return action.description
        if col == self.SEVERITY:
            return severity_label(action.severity)
        if col == self.OWNER:
            return action.owner
        if col == self.DUE:
            return format_date(action.due_date) if action.due_date else ""
        return status_label(action.status)


class ActionsOverviewPage(QWidget):
    requirement_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actions_overview_page")
        self.model = ActionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("actions_table")
        self.table.setAccessibleName(self.tr("Corrective actions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActionTableModel.REQUIREMENT, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionTableModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_activated)
        self.count_label = PlainLabel(self)
        self.count_label.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

    def set_actions(self, actions: list[CorrectiveAction]) -> None:
        self.model.set_rows(actions)
        open_count = sum(a.status is ActionStatus.OPEN for a in actions)
        counted = (
            self.tr("1 corrective action, {open} open.")
            if len(actions) == 1
            else self.tr("{n} corrective actions, {open} open.")
        )
        self.count_label.setText(
            counted.format(n=len(actions), open=open_count)
            + " "
            + self.tr("Double-click or press Enter to go to the requirement.")
        )

    def _on_activated(self, index: QModelIndex) -> None:
        action = index.data(ROW_ROLE)
        if action is not None:
            self.requirement_activated.emit(action.requirement_key)
