"""Who changed what of one requirement, and when."""

from __future__ import annotations

from datetime import UTC, datetime

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


class HistoryDialog(QDialog):
    def _field_label(self, change: ChangeRecord, names: dict[str, str]) -> str:
        """'Rating', 'Evidence seen: Signed consent forms', 'Photo: IMG_0042.jpg', ..."""
        what = {
            ("finding", "rating"): self.tr("Rating"),
            ("finding", "comment"): self.tr("Comment"),
            ("finding", "justification"): self.tr("Justification"),
            ("evidence", "seen"): self.tr("Evidence seen"),
        }.get((change.entity, change.field))
        if what is None:
            kind = {
                "attachment": self.tr("Attachment"),
                "action": self.tr("Corrective action"),
            }.get(change.entity, change.entity)
            what = f"{kind} · {change.field.replace('_', ' ')}"
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
        self.setWindowTitle(self.tr("History of {key}").format(key=requirement_key))
        self.resize(760, 420)
        self.table = QTableWidget(len(changes), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Old → new")]
        )
        self.table.setAccessibleName(self.tr("Change history"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Newest first: the assessor usually wants to know what just happened.
        for row, change in enumerate(reversed(changes)):
            field = self._field_label(change, names or {})
            cells = [
                _local(change.recorded_at),
                change.author,
                field,
                f"{_show(change.old_value)} → {_show(change.new_value)}",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(
                    f"{change.old_value!s} → {change.new_value!s}" if column == 3 else text
                )
                self.table.setItem(row, column, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
