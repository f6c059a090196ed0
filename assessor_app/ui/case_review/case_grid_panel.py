"""The case grid: drawn cases (rows) by review questions (columns, then grade and note),
answered by keyboard, with the compliance footer row always in view beneath it.

Keys: arrows move; Y / N / A answer yes / no / not applicable and move on; Delete or
Backspace clears; 0-6 set the complication grade in the grade column (0 = none); Enter or
F2 on the note column edits the note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from assessor_app.domain.case_review import CaseAnswer
from assessor_app.ui.case_review.case_edits import CaseEdits
from assessor_app.ui.case_review.case_grid_model import CaseGridModel

ANSWER_KEYS = {
    Qt.Key.Key_Y: CaseAnswer.YES,
    Qt.Key.Key_N: CaseAnswer.NO,
    Qt.Key.Key_A: CaseAnswer.NA,
}
CLEAR_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace}
GRADE_KEYS = {getattr(Qt.Key, f"Key_{d}"): ("none" if d == 0 else str(d)) for d in range(7)}


class CaseGridPanel(QWidget):
    def __init__(self, model: CaseGridModel, edits: CaseEdits, parent: QWidget) -> None:
        super().__init__(parent)
        self.model, self.edits = model, edits
        self.grid = QTableView(self)
        self.grid.setObjectName("caseGrid")
        self.grid.setAccessibleName(self.tr("Case review grid"))
        self.grid.setModel(model)
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
        self.footer.setModel(model)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.footer)
        self.grid.installEventFilter(self)

    def after_load(self) -> None:
        """Size the columns, keep the footer row in the footer, and go to the first case."""
        self._size_columns()
        self._show_footer_only_in_footer()
        if self.model.cases:
            self.grid.setCurrentIndex(self.model.index(0, 1))

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.grid and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self.grid.state() != QAbstractItemView.State.EditingState and self._grid_key(event):
                return True
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
                if self.edits.set_answer(index.row(), question.key, ANSWER_KEYS[key]):
                    self._advance(index)
                return True
            if key in CLEAR_KEYS:
                self.edits.set_answer(index.row(), question.key, None)
                return True
        if index.column() == self.model.grade_column:
            if key in GRADE_KEYS:
                if self.edits.set_grade(index.row(), GRADE_KEYS[key]):
                    self._advance(index)
                return True
            if key in CLEAR_KEYS:
                self.edits.set_grade(index.row(), None)
                return True
        if index.column() == self.model.note_column:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.grid.edit(index)
                return True
            if key in CLEAR_KEYS:
                self.edits.set_note(index.row(), "")
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
