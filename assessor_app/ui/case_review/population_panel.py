"""The population panel: the facility's procedures, imported from CSV or added one by one.
Once a sample is drawn the population is fixed and the panel's inputs are disabled."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.errors import AppError
from assessor_app.domain.progress import Cancelled, CancelToken, ProgressFn
from assessor_app.services.case_review import PopulationInfo
from assessor_app.ui import folders
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.case_review.error_box import show_error
from assessor_app.ui.plain_text import PlainLabel, plain


class PopulationPanel(QGroupBox):
    """``population_changed`` fires after an import or an added case was saved."""

    population_changed = Signal()
    case_added = Signal(object)  # one case typed in: the service's EditResult

    def __init__(
        self, services: Any, visit_id: str, runner: BackgroundRunner, parent: QWidget
    ) -> None:
        super().__init__(parent)
        # Asked before every edit (the workspace's visit session: a signed visit asks
        # before it starts a new revision); alone, the panel edits freely.
        self.confirm_edit: Callable[[QWidget], bool] = lambda _parent: True
        self.setTitle(self.tr("Population: the facility's IO procedures"))
        self.services, self.visit_id, self.runner = services, visit_id, runner
        layout = QVBoxLayout(self)
        self.label = PlainLabel(self)
        self.label.setObjectName("populationLabel")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.import_button = QPushButton(self.tr("Import CSV…"), self)
        self.import_button.setAccessibleName(self.tr("Import population from CSV"))
        self.import_button.clicked.connect(self._on_import)
        layout.addWidget(self.import_button)

        add = QHBoxLayout()
        self.add_ref = QLineEdit(self)
        self.add_ref.setPlaceholderText(self.tr("Case reference, e.g. IO-2025-0042"))
        self.add_ref.setAccessibleName(self.tr("New case reference"))
        self.add_date = QDateEdit(self)
        self.add_date.setCalendarPopup(True)
        # Numbers throughout: dates of many files are typed in a row, as in the CSV.
        self.add_date.setDisplayFormat("yyyy-MM-dd")
        self.add_date.setDate(QDate.currentDate())
        self.add_date.setAccessibleName(self.tr("Procedure date"))
        self.add_type = QLineEdit(self)
        self.add_type.setPlaceholderText(self.tr("Procedure type"))
        self.add_type.setAccessibleName(self.tr("Procedure type"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self._on_add_case)
        self.add_ref.returnPressed.connect(self._on_add_case)
        add.addWidget(self.add_ref, 3)
        add.addWidget(self.add_date, 2)
        add.addWidget(self.add_type, 2)
        add.addWidget(self.add_button)
        layout.addLayout(add)
        layout.addStretch(1)

    def show_population(self, info: PopulationInfo, locked: bool) -> None:
        """Show the population as loaded; ``locked`` once a sample has been drawn."""
        if info.size:
            counted = (
                self.tr("1 procedure · fingerprint (SHA-256) {1}…{2}")
                if info.size == 1
                else self.tr("{0} procedures · fingerprint (SHA-256) {1}…{2}")
            )
            self.label.setText(
                counted.format(info.size, info.fingerprint[:12], info.fingerprint[-6:])
            )
            self.label.setToolTip(plain(info.fingerprint))
        else:
            self.label.setText(
                self.tr("No procedures yet: import the facility's CSV list or add cases.")
            )
        # The date field offers only days a procedure under review can have.
        period = self.services.case_review.procedure_period(self.visit_id)
        self.add_date.setDateRange(QDate(period.earliest), QDate(period.latest))
        for widget in (self.import_button, self.add_ref, self.add_date, self.add_type):
            widget.setEnabled(not locked)
        self.add_button.setEnabled(not locked)
        if locked:
            self.import_button.setToolTip(self.tr("The population is fixed once a sample is drawn"))

    def _on_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the facility's list of IO procedures"),
            folders.start_in(),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if not path or not self.confirm_edit(self):
            return
        folders.remember(folders.DOCUMENTS, path)
        cr, visit_id = self.services.case_review, self.visit_id

        def work(progress: ProgressFn, cancel: CancelToken) -> PopulationInfo:
            return cr.import_csv(visit_id, Path(path), progress, cancel)

        self.runner.run(
            work,
            lambda _info: self.population_changed.emit(),
            self._on_import_error,
            label=self.tr("Importing the population…"),
            cancellable=True,
            owner=self,
        )

    def _on_import_error(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.label.setText(self.tr("Import cancelled; nothing was imported."))
            return
        if isinstance(exc, AppError):
            # The problems one a line, as the service lists them; the message starts with
            # the file's name, so its first letter stays as it is.
            lines = [" ".join(line.split()) for line in str(exc).splitlines() if line.strip()]
            text = "\n".join(lines)
            shown = text if text.endswith(".") else text + "."
            QMessageBox.warning(self, self.tr("Case review"), plain(shown))
            return
        show_error(self, exc)

    def _on_add_case(self) -> None:
        ref = self.add_ref.text()
        if not self.confirm_edit(self):
            return
        try:
            result = self.services.case_review.add_case_recorded(
                self.visit_id, ref, self.add_date.date().toPython(), self.add_type.text()
            )
        except AppError as exc:
            show_error(self, exc)
            return
        self.add_ref.clear()
        self.case_added.emit(result)
        self.add_ref.setFocus()
