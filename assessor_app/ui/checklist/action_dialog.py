"""Add or edit one corrective action: what, how serious, who, by when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.visit import CorrectiveAction, Severity
from assessor_app.ui.checklist.actions_panel import severity_label
from assessor_app.ui.formatting import DATE_EDIT_FORMAT
from assessor_app.ui.plain_text import PlainLabel, window_title

DEFAULT_DUE_DAYS = 90


@dataclass(frozen=True, slots=True)
class ActionValues:
    description: str
    severity: Severity
    owner: str
    due_date: date | None


class ActionDialog(QDialog):
    def __init__(
        self,
        requirement_key: str,
        action: CorrectiveAction | None = None,
        default_severity: Severity = Severity.MINOR,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = self.tr("Edit corrective action") if action else self.tr("Add corrective action")
        self.setWindowTitle(window_title(f"{title} – {requirement_key}"))
        self.setMinimumWidth(460)

        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What must the facility put right?"))
        self.description.setAccessibleName(self.tr("Action description"))
        self.description.setFixedHeight(90)
        self.severity = QComboBox(self)
        for severity in Severity:
            self.severity.addItem(severity_label(severity), severity.value)
        self.severity.setAccessibleName(self.tr("Severity"))
        self.owner = QLineEdit(self)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.setPlaceholderText(self.tr("Who at the facility"))
        self.has_due = QCheckBox(self.tr("Due by"), self)
        self.due = QDateEdit(self)
        self.due.setDisplayFormat(DATE_EDIT_FORMAT)
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Due date"))
        self.error = PlainLabel(self)
        self.error.setStyleSheet("color: #b42318;")
        self.error.hide()

        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Severity"), self.severity)
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("Due date"), due_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        if action is not None:
            self.description.setPlainText(action.description)
            default_severity = action.severity
            self.owner.setText(action.owner)
        due = action.due_date if action else date.today() + timedelta(days=DEFAULT_DUE_DAYS)
        self.has_due.setChecked(action is None or action.due_date is not None)
        self.due.setDate(QDate(due.year, due.month, due.day) if due else QDate.currentDate())
        self.severity.setCurrentIndex(self.severity.findData(default_severity.value))
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.description.setFocus()

    def values(self) -> ActionValues:
        qdate = self.due.date()
        return ActionValues(
            description=self.description.toPlainText().strip(),
            severity=Severity(self.severity.currentData()),
            owner=self.owner.text().strip(),
            due_date=date(qdate.year(), qdate.month(), qdate.day())
            if self.has_due.isChecked()
            else None,
        )

    def accept(self) -> None:
        if not self.values().description:
            self.error.setText(self.tr("Describe the corrective action."))
            self.error.show()
            self.description.setFocus()
            return
        super().accept()
