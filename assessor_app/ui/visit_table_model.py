"""A thin Qt table model over the visit list (``VisitSummary`` rows from the services)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from assessor_app.domain.visit import VisitSummary
from assessor_app.ui.formatting import date_range, state_label, tier_label
from assessor_app.ui.look import TIER_COLOURS

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the VisitSummary of a row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class VisitTableModel(QAbstractTableModel):
    FACILITY, DEPARTMENT, DATES, STATE, PROGRESS, CORE, OUTCOME = range(7)

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[VisitSummary] = []
        self._headers = [
            self.tr("Facility"),
            self.tr("Department"),
            self.tr("Visit dates"),
            self.tr("State"),
            self.tr("Answered"),
            self.tr("Core answered"),
            self.tr("Outcome so far"),
        ]

    def set_rows(self, rows: list[VisitSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[VisitSummary]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.OUTCOME:
            return QColor(TIER_COLOURS.get(row.tier, "#1f2a37"))
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.PROGRESS, self.CORE):
            return self.tr("{a} of {t} requirements answered, {c} of {ct} core").format(
                a=row.answered, t=row.total, c=row.core_answered, ct=row.core_total
            )
        return None

    def _display(self, row: VisitSummary, col: int) -> str:
        if col == self.FACILITY:
            return row.facility
        if col == self.DEPARTMENT:
            return row.department
        if col == self.DATES:
            return date_range(row.start_date, row.end_date)
        if col == self.STATE:
            return state_label(row.state)
        if col == self.PROGRESS:
            pct = round(100 * row.answered / row.total) if row.total else 0
            return f"{row.answered} / {row.total}  ({pct} %)"
        if col == self.CORE:
            return f"{row.core_answered} / {row.core_total}"
        return tier_label(row.tier)

    def _sort_key(self, row: VisitSummary, col: int) -> object:
        if col == self.DATES:
            return row.start_date.isoformat() if row.start_date else ""
        if col == self.PROGRESS:
            return row.answered / row.total if row.total else 0.0
        if col == self.CORE:
            return row.core_answered / row.core_total if row.core_total else 0.0
        return self._display(row, col).casefold()


class VisitFilterModel(QSortFilterProxyModel):
    """Filters by facility or department text; sorts by each column's natural order."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; the older call is deprecated there
            self.beginFilterChange()
            self._needle = text.strip().casefold()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = text.strip().casefold()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        return self._needle in f"{row.facility}\n{row.department}".casefold()
