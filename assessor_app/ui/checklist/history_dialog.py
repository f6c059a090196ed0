"""Who changed what of one requirement, and when."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QShowEvent
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

from assessor_app.domain.changes import ChangeRecord
from assessor_app.domain.evidence_requests import RequestStatus
from assessor_app.domain.ratings import Rating
from assessor_app.domain.visit import ActionStatus, Severity
from assessor_app.ui.checklist.actions_panel import severity_label, status_label
from assessor_app.ui.checklist.requests_panel import request_status_label
from assessor_app.ui.checklist.status import rating_label
from assessor_app.ui.plain_text import plain, window_title

# Records made in one go: their creation is one line of history, not one per field.
CREATED_AS_A_WHOLE = {"action", "attachment", "evidence_request"}
FIELD_COLUMN_WIDTH = 240


def _local(moment: datetime) -> str:
    # Stored times are UTC; SQLite may hand them back without their zone.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _show(value: object) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"


def _readable(change: ChangeRecord, value: object) -> str:
    """A value as the app shows it elsewhere ("Not met", "Major"), not as it is stored."""
    try:
        if (change.entity, change.field) in (("finding", "rating"), ("self_assessment", "status")):
            return rating_label(Rating(str(value)) if value else None)
        if change.entity == "action" and change.field == "severity" and value:
            return severity_label(Severity(str(value)))
        if change.entity == "action" and change.field == "status" and value:
            return status_label(ActionStatus(str(value)))
        if change.entity == "evidence_request" and change.field == "status" and value:
            return request_status_label(RequestStatus(str(value)))
    except ValueError:
        pass
    return _show(value)


def _names_in(changes: list[ChangeRecord]) -> dict[str, str]:
    """Entity id -> the description or file name its changes gave it."""
    naming = {
        ("action", "description"),
        ("attachment", "filename"),
        ("evidence_request", "what"),
    }
    return {
        c.entity_id: str(c.new_value)
        for c in changes
        if (c.entity, c.field) in naming and c.new_value
    }


def _rows(changes: list[ChangeRecord]) -> list[tuple[ChangeRecord, bool]]:
    """(change, is the creation of its record), creations folded into their first field."""
    rows: list[tuple[ChangeRecord, bool]] = []
    created: set[str] = set()
    for change in changes:
        first_write = change.base_change_id is None and change.old_value is None
        if change.entity in CREATED_AS_A_WHOLE and first_write:
            if change.entity_id in created:
                continue
            created.add(change.entity_id)
            rows.append((change, True))
        else:
            rows.append((change, False))
    return rows


class HistoryDialog(QDialog):
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _what_changed(
        self, change: ChangeRecord, creation: bool, names: dict[str, str]
    ) -> tuple[str, str]:
        """(field column, old → new column) of one line of history."""
        name = names.get(change.entity_id, "")
        if creation:
            added = {
                "action": self.tr("Corrective action added"),
                "evidence_request": self.tr("Evidence requested"),
            }.get(change.entity, self.tr("Attachment added"))
            return added, name or "–"
        if change.field == "deleted" and change.entity in CREATED_AS_A_WHOLE:
            kind = self._kind(change.entity)
            removed = self.tr("removed") if change.new_value else self.tr("restored")
            return (f"{kind}: {name}" if name else kind), removed
        old, new = _readable(change, change.old_value), _readable(change, change.new_value)
        return self._field_label(change, names), f"{old} → {new}"

    def _kind(self, entity: str) -> str:
        return {
            "attachment": self.tr("Attachment"),
            "action": self.tr("Corrective action"),
            "evidence_request": self.tr("Evidence request"),
            "self_assessment": self.tr("Facility's self-assessment"),
        }.get(entity, entity)

    def _field_label(self, change: ChangeRecord, names: dict[str, str]) -> str:
        """'Rating', 'Evidence seen: Signed consent forms', 'Photo: IMG_0042.jpg', ..."""
        what = {
            ("finding", "rating"): self.tr("Rating"),
            ("finding", "comment"): self.tr("Comment"),
            ("finding", "justification"): self.tr("Justification"),
            ("evidence", "seen"): self.tr("Evidence seen"),
        }.get((change.entity, change.field))
        if what is None:
            what = f"{self._kind(change.entity)} · {change.field.replace('_', ' ')}"
        name = names.get(change.entity_id)
        return f"{what}: {name}" if name and change.entity != "finding" else what

    def __init__(
        self,
        requirement_key: str,
        changes: list[ChangeRecord],
        parent: QWidget | None = None,
        names: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(self.tr("History of {key}").format(key=requirement_key)))
        self.resize(760, 420)
        rows = _rows(changes)
        # Removed records are not in ``names`` any more: their history still names them.
        names = {**_names_in(changes), **(names or {})}
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Old → new")]
        )
        self.table.setAccessibleName(self.tr("Change history"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # A long evidence label must not starve the values: both wrap instead.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, FIELD_COLUMN_WIDTH)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        # Newest first: the assessor usually wants to know what just happened.
        for row, (change, creation) in enumerate(reversed(rows)):
            field, values = self._what_changed(change, creation, names)
            cells = [_local(change.recorded_at), change.author, field, values]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain(text))  # the whole text where the column cuts it
                self.table.setItem(row, column, item)
        # Wrapped rows are as tall as their text at the widths the columns finally get.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
