"""The internal case review page: import the population, draw verifiably, review by keyboard.

Layout: population and draw panels on top; below, the grid of drawn cases (rows) by
review questions (columns, plus grade and note) with a compliance footer row, and a
detail panel for the current case. Every cell is saved through the services at once.

Keys in the grid: arrows move; Y / N / A answer yes / no / not applicable and move on;
Delete or Backspace clears; 0-6 set the complication grade in the grade column (0 = none);
Enter or F2 on the note column edits the note.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.case_review import COMPLICATION_GRADES, CaseAnswer, ReviewedCase
from assessor_app.domain.case_review import generate_seed as new_seed
from assessor_app.domain.errors import AppError, CancelledError
from assessor_app.services.case_review import PopulationInfo, RedrawNeedsConfirmationError
from assessor_app.ui import folders
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.case_review.case_grid_model import CASE_ROLE, CaseGridModel
from assessor_app.ui.formatting import message_of
from assessor_app.ui.plain_text import PlainLabel, RichLabel, plain

ANSWER_KEYS = {
    Qt.Key.Key_Y: CaseAnswer.YES,
    Qt.Key.Key_N: CaseAnswer.NO,
    Qt.Key.Key_A: CaseAnswer.NA,
}
CLEAR_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace}
GRADE_KEYS = {getattr(Qt.Key, f"Key_{d}"): ("none" if d == 0 else str(d)) for d in range(7)}


class CaseReviewPage(QWidget):
    """One visit's internal case review. ``changed`` fires after every saved edit."""

    changed = Signal()

    def __init__(
        self,
        services: Any,
        visit_id: str,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.visit_id = visit_id
        self.runner = runner
        # Asked before every edit (the workspace's visit session: a signed visit asks
        # before it starts a new revision); alone, the page edits freely.
        self.confirm_edit: Callable[[QWidget], bool] = lambda _parent: True
        self.model = CaseGridModel(self)
        self._detail_case: str | None = None
        self._filling_detail = False
        self._build()
        self.model.note_edited.connect(self._on_note_edited)
        self.grid.selectionModel().currentChanged.connect(self._on_current_changed)
        self.refresh()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self._build_population(), 2)
        top.addWidget(self._build_draw(), 3)
        root.addLayout(top)

        self.grid = QTableView(self)
        self.grid.setObjectName("caseGrid")
        self.grid.setAccessibleName(self.tr("Case review grid"))
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.grid.setAlternatingRowColors(False)
        self.grid.verticalHeader().setDefaultSectionSize(24)
        self.grid.horizontalHeader().setMinimumSectionSize(48)

        # The compliance footer row, always in view under the grid: a second view on the
        # same model showing only that row, its columns kept in step with the grid's.
        self.footer = QTableView(self)
        self.footer.setObjectName("complianceFooter")
        self.footer.setAccessibleName(self.tr("Compliance per question"))
        self.footer.setModel(self.model)
        self.footer.horizontalHeader().hide()
        self.footer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.footer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.footer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.footer.verticalScrollBar().setEnabled(False)
        self.footer.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.footer.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.footer.verticalHeader().setDefaultSectionSize(26)
        self.footer.setFixedHeight(28)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.grid.horizontalHeader().sectionResized.connect(
            lambda col, _old, new: self.footer.setColumnWidth(col, new)
        )
        self.grid.horizontalScrollBar().valueChanged.connect(
            self.footer.horizontalScrollBar().setValue
        )
        grid_box = QWidget(self)
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.setSpacing(0)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.footer)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(grid_box)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 300])
        root.addWidget(splitter, 1)

        self.summary_label = PlainLabel(self)
        self.summary_label.setObjectName("caseReviewSummary")
        self.summary_label.setAccessibleName(self.tr("Case review results"))
        root.addWidget(self.summary_label)
        self.keys_label = PlainLabel(
            self.tr(
                "Keys: arrows move · Y yes · N no · A not applicable · Delete clears · "
                "0-6 grade (0 = none) · Enter edits the note"
            ),
            self,
        )
        self.keys_label.setStyleSheet("color: palette(mid);")
        root.addWidget(self.keys_label)
        # Filters last: they look at widgets built above.
        self.grid.installEventFilter(self)
        self.detail_note.installEventFilter(self)

    def _build_population(self) -> QGroupBox:
        box = QGroupBox(self.tr("Population: the facility's IO procedures"), self)
        layout = QVBoxLayout(box)
        self.population_label = PlainLabel(box)
        self.population_label.setObjectName("populationLabel")
        self.population_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.population_label.setWordWrap(True)
        layout.addWidget(self.population_label)
        self.import_button = QPushButton(self.tr("Import CSV…"), box)
        self.import_button.setAccessibleName(self.tr("Import population from CSV"))
        self.import_button.clicked.connect(self._on_import)
        layout.addWidget(self.import_button)

        add = QHBoxLayout()
        self.add_ref = QLineEdit(box)
        self.add_ref.setPlaceholderText(self.tr("Case reference, e.g. IO-2025-0042"))
        self.add_ref.setAccessibleName(self.tr("New case reference"))
        self.add_date = QDateEdit(box)
        self.add_date.setCalendarPopup(True)
        # Numbers throughout: dates of many files are typed in a row, as in the CSV.
        self.add_date.setDisplayFormat("yyyy-MM-dd")
        self.add_date.setDate(QDate.currentDate())
        self.add_date.setAccessibleName(self.tr("Procedure date"))
        self.add_type = QLineEdit(box)
        self.add_type.setPlaceholderText(self.tr("Procedure type"))
        self.add_type.setAccessibleName(self.tr("Procedure type"))
        self.add_button = QPushButton(self.tr("Add"), box)
        self.add_button.clicked.connect(self._on_add_case)
        self.add_ref.returnPressed.connect(self._on_add_case)
        add.addWidget(self.add_ref, 3)
        add.addWidget(self.add_date, 2)
        add.addWidget(self.add_type, 2)
        add.addWidget(self.add_button)
        layout.addLayout(add)
        layout.addStretch(1)
        return box

    def _build_draw(self) -> QGroupBox:
        box = QGroupBox(self.tr("Draw: a verifiable random sample"), self)
        grid = QGridLayout(box)
        self.seed_edit = QLineEdit(box)
        self.seed_edit.setObjectName("seedEdit")
        self.seed_edit.setPlaceholderText(
            self.tr("Seed: dice thrown with the facility, e.g. 3-6-1-4")
        )
        self.seed_edit.setAccessibleName(self.tr("Seed"))
        self.seed_button = QPushButton(self.tr("Generate seed"), box)
        self.seed_button.clicked.connect(lambda: self.seed_edit.setText(new_seed()))
        self.n_spin = QSpinBox(box)
        self.n_spin.setRange(1, 1000)
        self.n_spin.setPrefix(self.tr("N = "))
        self.n_spin.setAccessibleName(self.tr("Cases to draw"))
        self.draw_button = QPushButton(self.tr("Draw"), box)
        self.draw_button.setObjectName("drawButton")
        self.draw_button.clicked.connect(self._on_draw)
        self.seed_edit.returnPressed.connect(self._on_draw)
        grid.addWidget(PlainLabel(self.tr("Seed"), box), 0, 0)
        grid.addWidget(self.seed_edit, 0, 1)
        grid.addWidget(self.seed_button, 0, 2)
        grid.addWidget(self.n_spin, 0, 3)
        grid.addWidget(self.draw_button, 0, 4)

        self.draw_label = PlainLabel(box)
        self.draw_label.setObjectName("drawLabel")
        self.draw_label.setWordWrap(True)
        self.draw_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.draw_label, 1, 0, 1, 4)
        self.verify_button = QPushButton(self.tr("Verify"), box)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setToolTip(
            self.tr("Recompute the draw from the seed and the population (docs/sampling.md)")
        )
        self.verify_button.clicked.connect(self._on_verify)
        grid.addWidget(self.verify_button, 1, 4, Qt.AlignmentFlag.AlignTop)
        self.verify_label = PlainLabel(box)
        self.verify_label.setObjectName("verifyLabel")
        self.verify_label.setWordWrap(True)
        grid.addWidget(self.verify_label, 2, 0, 1, 5)
        grid.setColumnStretch(1, 1)
        return box

    def _build_detail(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        panel = QWidget(scroll)
        self.detail_form = QFormLayout(panel)
        self.detail_form.setFormAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail_title = RichLabel(panel)
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_form.addRow(self.detail_title)
        self.detail_answers: dict[str, QComboBox] = {}
        self.detail_grade = QComboBox(panel)
        self.detail_grade.setAccessibleName(self.tr("Complication grade"))
        self.detail_grade.addItem(self.tr("not recorded"), None)
        for grade in COMPLICATION_GRADES:
            label = self.tr("none") if grade == "none" else self.tr("grade {0}").format(grade)
            self.detail_grade.addItem(label, grade)
        self.detail_grade.currentIndexChanged.connect(self._on_detail_grade)
        self.detail_note = QPlainTextEdit(panel)
        self.detail_note.setAccessibleName(self.tr("Note on the case"))
        self.detail_note.setPlaceholderText(self.tr("Note (saved when you leave the field)"))
        self.detail_note.setMaximumHeight(110)
        self._detail_panel = panel
        scroll.setWidget(panel)
        scroll.setMinimumWidth(260)
        return scroll

    def _rebuild_detail_questions(self) -> None:
        if [*self.detail_answers] == [q.key for q in self.model.questions]:
            return
        while self.detail_form.rowCount() > 1:
            self.detail_form.takeRow(1)
        for combo in self.detail_answers.values():
            combo.deleteLater()
        self.detail_answers = {}
        for q in self.model.questions:
            combo = QComboBox(self._detail_panel)
            combo.setAccessibleName(q.text)
            combo.setToolTip(plain(q.text))
            combo.addItem("—", None)
            combo.addItem(self.tr("Yes"), CaseAnswer.YES.value)
            combo.addItem(self.tr("No"), CaseAnswer.NO.value)
            combo.addItem(self.tr("N/A"), CaseAnswer.NA.value)
            combo.currentIndexChanged.connect(
                lambda _i, key=q.key, box=combo: self._on_detail_answer(key, box)
            )
            self.detail_answers[q.key] = combo
            self.detail_form.addRow(q.short, combo)
        self.detail_form.addRow(self.tr("Grade"), self.detail_grade)
        self.detail_form.addRow(self.tr("Note"), self.detail_note)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload everything from the services (after import, draw, or from outside)."""
        cr = self.services.case_review
        info: PopulationInfo = cr.population_info(self.visit_id)
        draw = cr.current_draw(self.visit_id)
        questions = cr.questions(self.visit_id)
        self.model.set_rows(questions, cr.cases(self.visit_id))
        self._rebuild_detail_questions()
        if info.size:
            counted = (
                self.tr("1 procedure · fingerprint (SHA-256) {1}…{2}")
                if info.size == 1
                else self.tr("{0} procedures · fingerprint (SHA-256) {1}…{2}")
            )
            self.population_label.setText(
                counted.format(info.size, info.fingerprint[:12], info.fingerprint[-6:])
            )
            self.population_label.setToolTip(plain(info.fingerprint))
        else:
            self.population_label.setText(
                self.tr("No procedures yet: import the facility's CSV list or add cases.")
            )
        self._limit_add_date()
        locked = draw is not None
        for widget in (self.import_button, self.add_ref, self.add_date, self.add_type):
            widget.setEnabled(not locked)
        self.add_button.setEnabled(not locked)
        if locked:
            self.import_button.setToolTip(self.tr("The population is fixed once a sample is drawn"))
        if self.n_spin.value() == 1 or draw is None:
            self.n_spin.setValue(
                draw.n_requested if draw else cr.default_sample_size(self.visit_id)
            )
        if draw is None:
            self.draw_label.setText(self.tr("No sample drawn yet."))
            self.verify_button.setEnabled(False)
        else:
            self.draw_label.setText(
                self.tr(
                    "Drawn {0} of {1} with seed “{2}” · {3} · {4} UTC by {5}\n"
                    "Population fingerprint {6}"
                ).format(
                    len(draw.case_refs),
                    draw.population_size,
                    draw.seed,
                    draw.method_version,
                    f"{draw.drawn_at:%Y-%m-%d %H:%M}",
                    draw.drawn_by,
                    draw.fingerprint,
                )
                + self._short_population_note(len(draw.case_refs), draw.n_requested)
            )
            if not self.seed_edit.text():
                self.seed_edit.setText(draw.seed)
            self.verify_button.setEnabled(True)
        self.draw_button.setEnabled(info.size > 0)
        self.verify_label.clear()
        self._size_columns()
        self._show_footer_only_in_footer()
        self._update_summary()
        if self.model.cases:
            self.grid.setCurrentIndex(self.model.index(0, 1))
        self._show_detail(self.model.case_at(0))

    def _limit_add_date(self) -> None:
        """The date field offers only days a procedure under review can have."""
        period = self.services.case_review.procedure_period(self.visit_id)
        self.add_date.setDateRange(QDate(period.earliest), QDate(period.latest))

    def _size_columns(self) -> None:
        # Measured once per load: ResizeToContents would re-measure every cell on every
        # keystroke (dataChanged), tens of thousands of data() calls.
        header = self.grid.horizontalHeader()
        if not self.model.columnCount():
            return
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.resizeColumnsToContents()
        for col in range(1, self.model.grade_column + 1):
            self.grid.setColumnWidth(col, max(self.grid.columnWidth(col), 56))
        header.setSectionResizeMode(self.model.note_column, QHeaderView.ResizeMode.Stretch)

    def _show_footer_only_in_footer(self) -> None:
        footer_row = self.model.footer_row
        rows = self.model.rowCount()
        for row in range(rows):
            self.grid.setRowHidden(row, row == footer_row)
            self.footer.setRowHidden(row, row != footer_row)
        self.footer.setVisible(rows > 0)
        width = self.grid.verticalHeader().sizeHint().width()
        self.footer.verticalHeader().setFixedWidth(max(width, 24))
        self.grid.verticalHeader().setFixedWidth(max(width, 24))
        for col in range(self.model.columnCount()):
            self.footer.setColumnWidth(col, self.grid.columnWidth(col))

    def _update_summary(self) -> None:
        overall, complete, drawn = self.model.overall()
        if not drawn:
            self.summary_label.setText(self.tr("Draw a sample to start the review."))
            return
        figure = "—" if overall is None else f"{overall * 100:.0f}%"
        state = (
            self.tr("complete")
            if complete == drawn
            else self.tr("not complete: answer every question")
        )
        self.summary_label.setText(
            self.tr("Overall compliance {0} · cases complete {1}/{2} · {3}").format(
                figure, complete, drawn, state
            )
        )

    def _short_population_note(self, drawn: int, requested: int) -> str:
        """The rule for a population smaller than the sample, said where it applies."""
        if drawn >= requested:
            return ""
        return "\n" + self.tr(
            "The population is smaller than the {0} files asked for: every one of its {1} "
            "procedures is in the review (docs/sampling.md)."
        ).format(requested, drawn)

    # -- population ------------------------------------------------------------------------
    def _on_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the facility's list of IO procedures"),
            folders.start_in(),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if not path:
            return
        folders.remember(folders.DOCUMENTS, path)
        cr, visit_id = self.services.case_review, self.visit_id

        def work(progress: Any, cancel: threading.Event) -> PopulationInfo:
            return cr.import_csv(visit_id, Path(path), progress, cancel)

        self.runner.run(
            work,
            self._on_imported,
            self._on_import_error,
            label=self.tr("Importing the population…"),
            cancellable=True,
            owner=self,
        )

    def _on_import_error(self, exc: BaseException) -> None:
        if isinstance(exc, CancelledError):
            self.population_label.setText(self.tr("Import cancelled; nothing was imported."))
            return
        if isinstance(exc, AppError):
            # The problems one a line, as the service lists them; the message starts with
            # the file's name, so its first letter stays as it is.
            lines = [" ".join(line.split()) for line in str(exc).splitlines() if line.strip()]
            text = "\n".join(lines)
            shown = text if text.endswith(".") else text + "."
            QMessageBox.warning(self, self.tr("Case review"), plain(shown))
            return
        self._on_error(exc)

    def _on_imported(self, info: PopulationInfo) -> None:
        self.refresh()
        self.changed.emit()

    def _on_add_case(self) -> None:
        ref = self.add_ref.text()
        if not self.confirm_edit(self):
            return
        try:
            self.services.case_review.add_case(
                self.visit_id, ref, self.add_date.date().toPython(), self.add_type.text()
            )
        except AppError as exc:
            self._on_error(exc)
            return
        self.add_ref.clear()
        self.refresh()
        self.add_ref.setFocus()
        self.changed.emit()

    # -- draw and verify ---------------------------------------------------------------------
    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            plain(text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_draw(self) -> None:
        seed, n = self.seed_edit.text(), self.n_spin.value()
        cr, visit_id = self.services.case_review, self.visit_id
        confirmed = False
        if cr.current_draw(visit_id) is not None:
            if not self._confirm(
                self.tr("Draw again?"),
                self.tr(
                    "A sample is already drawn. Drawing again replaces it; the old draw stays "
                    "on record as superseded, with who redrew it and when."
                ),
            ):
                return
            confirmed = True
        try:
            cr.draw(visit_id, seed, n, confirm_redraw=confirmed)
        except RedrawNeedsConfirmationError as exc:
            if not self._confirm(self.tr("Answers exist"), message_of(exc)):
                return
            cr.draw(visit_id, seed, n, confirm_redraw=True)
        except AppError as exc:
            self._on_error(exc)
            return
        self.refresh()
        self.grid.setFocus()
        self.changed.emit()

    def _on_verify(self) -> None:
        result = self.services.case_review.check_draw(self.visit_id)
        colour = "#1b7a35" if result.ok else "#b3261e"
        mark = "✓" if result.ok else "✗"
        self.verify_label.setStyleSheet(f"color: {colour};")
        text = self.tr("Verified: the draw is reproduced exactly.") if result.ok else result.message
        self.verify_label.setText(f"{mark} {text}")

    # -- grid editing -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.grid and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self.grid.state() != QAbstractItemView.State.EditingState and self._grid_key(event):
                return True
        if watched is self.detail_note and event.type() == QEvent.Type.FocusOut:
            self._save_detail_note()
        return super().eventFilter(watched, event)

    def _grid_key(self, event: QKeyEvent) -> bool:
        index = self.grid.currentIndex()
        if not index.isValid() or index.row() >= self.model.footer_row:
            return False
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        key = Qt.Key(event.key())
        question = self.model.question_at(index.column())
        if question is not None:
            if key in ANSWER_KEYS:
                if self.set_answer(index.row(), question.key, ANSWER_KEYS[key]):
                    self._advance(index)
                return True
            if key in CLEAR_KEYS:
                self.set_answer(index.row(), question.key, None)
                return True
        if index.column() == self.model.grade_column:
            if key in GRADE_KEYS:
                if self.set_grade(index.row(), GRADE_KEYS[key]):
                    self._advance(index)
                return True
            if key in CLEAR_KEYS:
                self.set_grade(index.row(), None)
                return True
        if index.column() == self.model.note_column:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.grid.edit(index)
                return True
            if key in CLEAR_KEYS:
                self._on_note_edited(index.row(), "")
                return True
        return False

    def _advance(self, index: QModelIndex) -> None:
        """Next question to the right; after the last question, the next case's first one."""
        last_question = len(self.model.questions)
        row, col = index.row(), index.column()
        if col < last_question:
            target = self.model.index(row, col + 1)
        elif col == last_question:
            target = self.model.index(row, col + 1)  # the grade comes after the questions
        elif row + 1 < self.model.footer_row:
            target = self.model.index(row + 1, 1)
        else:
            target = index
        self.grid.setCurrentIndex(target)

    def set_answer(self, row: int, key: str, answer: CaseAnswer | None) -> bool:
        """Save one answer through the services, then update that cell; False on error."""
        case = self.model.case_at(row)
        if case is None or not self.confirm_edit(self):
            return False
        try:
            self.services.case_review.answer(self.visit_id, case.case_ref, key, answer)
        except AppError as exc:
            self._on_error(exc)
            return False
        column = 1 + [q.key for q in self.model.questions].index(key)
        self.model.update_case(self.model.with_answer(row, key, answer), column)
        self._after_edit(case.case_ref)
        return True

    def set_grade(self, row: int, grade: str | None) -> bool:
        case = self.model.case_at(row)
        if case is None or not self.confirm_edit(self):
            return False
        try:
            self.services.case_review.set_grade(self.visit_id, case.case_ref, grade)
        except AppError as exc:
            self._on_error(exc)
            return False
        self.model.update_case(replace(case, grade=grade), self.model.grade_column)
        self._after_edit(case.case_ref)
        return True

    def _on_note_edited(self, row: int, text: str) -> None:
        case = self.model.case_at(row)
        if case is None or case.note == text.strip():
            return
        if not self.confirm_edit(self):
            self.refresh()  # the stored note is shown again
            return
        try:
            self.services.case_review.set_note(self.visit_id, case.case_ref, text)
        except AppError as exc:
            self._on_error(exc)
            return
        self.model.update_case(replace(case, note=text.strip()), self.model.note_column)
        self._after_edit(case.case_ref)

    def _after_edit(self, case_ref: str) -> None:
        self._update_summary()
        if self._detail_case == case_ref:
            self._show_detail(self.model.case_at(self.model.row_of(case_ref)))
        self.changed.emit()

    # -- detail panel --------------------------------------------------------------------------
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case = current.data(CASE_ROLE) if current.isValid() else None
        if isinstance(case, ReviewedCase) and case.case_ref != self._detail_case:
            self._save_detail_note()
            self._show_detail(case)

    def _show_detail(self, case: ReviewedCase | None) -> None:
        self._filling_detail = True
        try:
            self._detail_case = case.case_ref if case else None
            self._detail_panel.setEnabled(case is not None)
            if case is None:
                self.detail_title.setText(html.escape(self.tr("No case selected")))
                return
            when = case.procedure_date.isoformat() if case.procedure_date else "—"
            self.detail_title.setText(
                # The case reference and type come from the imported procedure list.
                self.tr("<b>{0}</b> · case {1} of {2}<br>{3} · {4}").format(
                    html.escape(case.case_ref),
                    case.position,
                    len(self.model.cases),
                    when,
                    html.escape(case.procedure_type or "—"),
                )
            )
            for key, combo in self.detail_answers.items():
                answer = case.answers.get(key)
                combo.setCurrentIndex(combo.findData(answer.value if answer else None))
            self.detail_grade.setCurrentIndex(self.detail_grade.findData(case.grade))
            if not self.detail_note.hasFocus():
                self.detail_note.setPlainText(case.note)
        finally:
            self._filling_detail = False

    def _on_detail_answer(self, key: str, combo: QComboBox) -> None:
        if self._filling_detail or self._detail_case is None:
            return
        value = combo.currentData()
        self.set_answer(
            self.model.row_of(self._detail_case), key, CaseAnswer(value) if value else None
        )

    def _on_detail_grade(self) -> None:
        if self._filling_detail or self._detail_case is None:
            return
        self.set_grade(self.model.row_of(self._detail_case), self.detail_grade.currentData())

    def _save_detail_note(self) -> None:
        if self._detail_case is None:
            return
        self._on_note_edited(self.model.row_of(self._detail_case), self.detail_note.toPlainText())

    # -- errors -------------------------------------------------------------------------------
    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, AppError):
            QMessageBox.warning(self, self.tr("Case review"), plain(message_of(exc)))
        else:
            QMessageBox.critical(
                self, self.tr("Case review"), plain(self.tr("Unexpected error: {0}").format(exc))
            )
