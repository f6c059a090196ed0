"""A thin Qt model over the drawn cases: one row per case, one column per question.

Columns: case reference, the review questions in template order, complication grade, note.
A last footer row shows the compliance per question. The model holds plain domain data;
the page saves each edit through the services and then updates one cell here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from assessor_app.domain.case_review import CaseAnswer, ReviewedCase
from assessor_app.domain.template import CaseReviewQuestion
from assessor_app.ui.plain_text import plain

CASE_ROLE = Qt.ItemDataRole.UserRole + 1
ANSWER_COLOURS = {
    CaseAnswer.YES: QColor("#d8f0dc"),
    CaseAnswer.NO: QColor("#f8d7d5"),
    CaseAnswer.NA: QColor("#e6e6e6"),
}
FOOTER_COLOUR = QColor("#eef2f7")
ModelIndex = QModelIndex | QPersistentModelIndex


class CaseGridModel(QAbstractTableModel):
    # The note of a row was edited in place; the page saves it and calls update_case.
    note_edited = Signal(int, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cases: list[ReviewedCase] = []
        self._questions: tuple[CaseReviewQuestion, ...] = ()

    # -- content -------------------------------------------------------------------------
    def set_rows(
        self, questions: tuple[CaseReviewQuestion, ...], cases: list[ReviewedCase]
    ) -> None:
        self.beginResetModel()
        self._questions = questions
        self._cases = list(cases)
        self.endResetModel()

    @property
    def questions(self) -> tuple[CaseReviewQuestion, ...]:
        return self._questions

    @property
    def cases(self) -> list[ReviewedCase]:
        return list(self._cases)

    def case_at(self, row: int) -> ReviewedCase | None:
        return self._cases[row] if 0 <= row < len(self._cases) else None

    def row_of(self, case_ref: str) -> int:
        return next((i for i, c in enumerate(self._cases) if c.case_ref == case_ref), -1)

    # -- column layout -------------------------------------------------------------------
    @property
    def grade_column(self) -> int:
        return len(self._questions) + 1

    @property
    def note_column(self) -> int:
        return len(self._questions) + 2

    @property
    def footer_row(self) -> int:
        return len(self._cases)

    def question_at(self, column: int) -> CaseReviewQuestion | None:
        return self._questions[column - 1] if 1 <= column <= len(self._questions) else None

    # -- local updates after a save (one cell, plus the footer and the case column) -------
    def update_case(self, case: ReviewedCase, column: int) -> None:
        row = self.row_of(case.case_ref)
        if row < 0:
            return
        self._cases[row] = case
        first = self.index(row, column)
        self.dataChanged.emit(first, first)
        ref_cell = self.index(row, 0)
        self.dataChanged.emit(ref_cell, ref_cell)  # completeness mark
        footer = self.index(self.footer_row, column)
        self.dataChanged.emit(footer, footer)

    def with_answer(self, row: int, key: str, answer: CaseAnswer | None) -> ReviewedCase:
        case = self._cases[row]
        answers = dict(case.answers)
        if answer is None:
            answers.pop(key, None)
        else:
            answers[key] = answer
        return replace(case, answers=answers)

    # -- figures -------------------------------------------------------------------------
    def compliance(self, key: str) -> tuple[int, int, int, int]:
        """(yes, no, na, unanswered) for one question over the drawn cases."""
        given = [c.answers.get(key) for c in self._cases]
        return (
            given.count(CaseAnswer.YES),
            given.count(CaseAnswer.NO),
            given.count(CaseAnswer.NA),
            given.count(None),
        )

    def overall(self) -> tuple[float | None, int, int]:
        """(overall compliance, complete cases, drawn cases) from the rows as shown."""
        yes = no = 0
        for q in self._questions:
            y, n, _na, _open = self.compliance(q.key)
            yes, no = yes + y, no + n
        keys = [q.key for q in self._questions]
        complete = sum(c.is_complete(keys) for c in self._cases)
        return (yes / (yes + no) if yes + no else None), complete, len(self._cases)

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._cases) + 1 if self._cases else 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._questions) + 3

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() < len(self._cases) and index.column() == self.note_column:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1) if section < len(self._cases) else "Σ"
            return None
        question = self.question_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Case")
            if question:
                # Two words on two lines: the columns stay as narrow as their answers, so
                # the grade and note columns fit beside the case detail at 1366 px.
                return question.short.replace(" ", "\n", 1)
            if section == self.grade_column:
                return self.tr("Grade")
            if section == self.note_column:
                return self.tr("Note")
        if role == Qt.ItemDataRole.ToolTipRole:
            if question:
                return plain(question.text)
            if section == self.grade_column:
                return self.tr("CIRSE complication grade: none or 1-6 (type 0-6)")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row == self.footer_row:
            return self._footer_data(col, role)
        case = self._cases[row]
        question = self.question_at(col)
        if role == CASE_ROLE:
            return case
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                keys = [q.key for q in self._questions]
                return f"{'✓ ' if case.is_complete(keys) else ''}{case.case_ref}"
            if question:
                answer = case.answers.get(question.key)
                return self._answer_label(answer) if answer else ""
            if col == self.grade_column:
                return self._grade_label(case.grade)
            if col == self.note_column:
                return case.note
        if role == Qt.ItemDataRole.BackgroundRole and question:
            answer = case.answers.get(question.key)
            return QBrush(ANSWER_COLOURS[answer]) if answer else None
        if role == Qt.ItemDataRole.TextAlignmentRole and (question or col == self.grade_column):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                when = case.procedure_date.isoformat() if case.procedure_date else ""
                return plain(f"{case.case_ref} · {when} · {case.procedure_type}".strip(" ·"))
            if question:
                return plain(question.text)
            if col == self.note_column and case.note:
                return plain(case.note)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role == Qt.ItemDataRole.EditRole
            and index.isValid()
            and index.row() < len(self._cases)
            and index.column() == self.note_column
        ):
            self.note_edited.emit(index.row(), str(value))
            return True
        return False

    def _footer_data(self, col: int, role: int) -> Any:
        question = self.question_at(col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.tr("Compliance")
            if question:
                yes, no, _na, _open = self.compliance(question.key)
                return f"{yes / (yes + no) * 100:.0f}%" if yes + no else "—"
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and question:
            yes, no, na, unanswered = self.compliance(question.key)
            return plain(
                self.tr("yes {0}, no {1}, n/a {2}, open {3}").format(yes, no, na, unanswered)
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(FOOTER_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and question:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _answer_label(self, answer: CaseAnswer) -> str:
        return {
            CaseAnswer.YES: self.tr("Yes"),
            CaseAnswer.NO: self.tr("No"),
            CaseAnswer.NA: self.tr("N/A"),
        }[answer]

    def _grade_label(self, grade: str | None) -> str:
        if grade is None:
            return ""
        return self.tr("none") if grade == "none" else grade
