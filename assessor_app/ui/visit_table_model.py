"""A thin Qt table model over the visit list (``VisitSummary`` rows from the services), with
the office's sync facts per visit (sources, last import, open conflicts) beside them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from assessor_app.ui.formatting import date_range, local_time, state_label, tier_label
from assessor_app.ui.look import CONFLICT_COLOUR, TIER_COLOURS
from assessor_app.ui.plain_text import plain
from assessor_app.ui.row_table_model import ROW_ROLE, SORT_ROLE, Index, RowTableModel

if TYPE_CHECKING:
    # Only named in hints: the bundle types load with the sync work and the visit records
    # with the data layer, both after the first paint.
    from assessor_app.domain.sync_types import VisitSyncStatus
    from assessor_app.domain.visit import VisitSummary


class VisitTableModel(RowTableModel):
    FACILITY, DEPARTMENT, DATES, STATE, PROGRESS, CORE, OUTCOME = range(7)
    SOURCES, LAST_IMPORT, CONFLICTS, SIGNER = range(7, 11)
    SYNC_COLUMNS = (SOURCES, LAST_IMPORT, CONFLICTS, SIGNER)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                self.tr("Facility"),
                self.tr("Department"),
                self.tr("Visit dates"),
                self.tr("State"),
                self.tr("Answered"),
                self.tr("Core answered"),
                self.tr("Outcome so far"),
                self.tr("Sources"),
                self.tr("Last import"),
                self.tr("Conflicts"),
                self.tr("Last signed by"),
            ],
            parent,
        )
        self._sync: dict[str, VisitSyncStatus] = {}

    def set_rows(
        self, rows: list[VisitSummary], sync: dict[str, VisitSyncStatus] | None = None
    ) -> None:
        self._sync = dict(sync or {})
        super().set_rows(rows)

    def has_sync_facts(self) -> bool:
        """Has any listed visit received a bundle or an open conflict (the office view)?"""
        return any(row.id in self._sync for row in self._rows)

    def _role_data(self, row: VisitSummary, col: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and col == self.OUTCOME:
            return QColor(TIER_COLOURS.get(row.tier, "#1f2a37"))
        status = self._sync.get(row.id)
        if col == self.CONFLICTS and status is not None and status.open_conflicts:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(CONFLICT_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.CONFLICTS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.SOURCES and status is not None:
            return plain(
                self.tr("Bundles imported from: {names}").format(
                    names=", ".join(status.sources) or self.tr("nobody yet")
                )
            )
        if col == self.SIGNER and status is not None and status.last_sender is not None:
            if role == Qt.ItemDataRole.ToolTipRole:
                sentence = self._signer_sentence(status)
                if status.unsigned_overrides:
                    sentence += " " + self.tr(
                        "Unsigned bundles let in by override: %n (logged in the trust history).",
                        "",
                        status.unsigned_overrides,
                    )
                return plain(sentence)
            if role == Qt.ItemDataRole.ForegroundRole and status.last_trust in (None, "untrusted"):
                return QColor(CONFLICT_COLOUR)  # unsigned or outside the office's list
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.PROGRESS, self.CORE):
            return plain(
                self.tr("{a} of {t} requirements answered, {c} of {ct} core").format(
                    a=row.answered, t=row.total, c=row.core_answered, ct=row.core_total
                )
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
        if col == self.OUTCOME:
            return tier_label(row.tier)
        status = self._sync.get(row.id)
        if status is None:
            return ""
        if col == self.SOURCES:
            return ", ".join(status.sources)
        if col == self.LAST_IMPORT:
            return local_time(status.last_import) if status.last_import else ""
        if col == self.SIGNER:
            return self._signer_text(status)
        return str(status.open_conflicts) if status.open_conflicts else ""

    def _signer_text(self, status: VisitSyncStatus) -> str:
        """Who signed the last bundle, and what the office's trust list says of them."""
        if status.last_sender is None:
            return ""
        if status.last_trust is None:
            return self.tr("{name}, unsigned").format(name=status.last_sender)
        if status.last_trust == "registered":
            return self.tr("{name}, registered by the office").format(name=status.last_sender)
        if status.last_trust == "untrusted":
            return self.tr("{name}, not registered").format(name=status.last_sender)
        return self.tr("{name}, key known").format(name=status.last_sender)

    def _signer_sentence(self, status: VisitSyncStatus) -> str:
        name = status.last_sender or ""
        if status.last_trust is None:
            return self.tr("The last bundle, from {name}, was not signed.").format(name=name)
        if status.last_trust == "registered":
            return self.tr(
                "The last bundle was signed by {name}, whose certificate is registered by "
                "the office."
            ).format(name=name)
        if status.last_trust == "untrusted":
            return self.tr(
                "The last bundle was signed by {name}, whose key is not registered by the "
                "office's trust list."
            ).format(name=name)
        return self.tr(
            "The last bundle was signed by {name} with the key first seen for this assessor; "
            "no trust list of the office is installed."
        ).format(name=name)

    def _sort_key(self, row: VisitSummary, col: int) -> object:
        if col == self.DATES:
            return row.start_date.isoformat() if row.start_date else ""
        if col == self.PROGRESS:
            return row.answered / row.total if row.total else 0.0
        if col == self.CORE:
            return row.core_answered / row.core_total if row.core_total else 0.0
        status = self._sync.get(row.id)
        if col == self.LAST_IMPORT:
            return status.last_import or "" if status else ""
        if col == self.CONFLICTS:
            return status.open_conflicts if status else 0
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
