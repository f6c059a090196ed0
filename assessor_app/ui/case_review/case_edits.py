"""Saving one cell of the case review (an answer, a grade, a note) through the services,
then showing that cell as the service stored it; the grid and the detail panel both edit
through it, so they cannot disagree."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from assessor_app.domain.case_review import CaseAnswer
from assessor_app.domain.edit_result import EditResult
from assessor_app.domain.errors import AppError
from assessor_app.ui.case_review.case_grid_model import CaseGridModel
from assessor_app.ui.case_review.error_box import show_error


class CaseEdits(QObject):
    """``edited(case_ref, result)`` fires after every saved edit of a case, with the
    service's ``EditResult`` (the case as stored, the visit, the review's completeness)."""

    edited = Signal(str, object)
    # A note the user was asked about and declined to save: the view shows the stored one.
    declined = Signal()

    def __init__(self, services: Any, visit_id: str, model: CaseGridModel, window: QWidget) -> None:
        super().__init__(window)
        self.services, self.visit_id, self.model = services, visit_id, model
        self._window = window  # the parent of error boxes
        # Asked before every edit (the workspace's visit session: a signed visit asks
        # before it starts a new revision); alone, the page edits freely.
        self.confirm_edit: Callable[[QWidget], bool] = lambda _parent: True

    def set_answer(self, row: int, key: str, answer: CaseAnswer | None) -> bool:
        """Save one answer through the services, then update that cell; False on error."""
        case = self.model.case_at(row)
        if case is None or not self.confirm_edit(self._window):
            return False
        try:
            result = self.services.case_review.answer(self.visit_id, case.case_ref, key, answer)
        except AppError as exc:
            show_error(self._window, exc)
            return False
        self._show(case.case_ref, result, 1 + [q.key for q in self.model.questions].index(key))
        return True

    def set_grade(self, row: int, grade: str | None) -> bool:
        case = self.model.case_at(row)
        if case is None or not self.confirm_edit(self._window):
            return False
        try:
            result = self.services.case_review.set_grade(self.visit_id, case.case_ref, grade)
        except AppError as exc:
            show_error(self._window, exc)
            return False
        self._show(case.case_ref, result, self.model.grade_column)
        return True

    def set_note(self, row: int, text: str) -> None:
        case = self.model.case_at(row)
        if case is None or case.note == text.strip():
            return
        if not self.confirm_edit(self._window):
            self.declined.emit()
            return
        try:
            result = self.services.case_review.set_note(self.visit_id, case.case_ref, text)
        except AppError as exc:
            show_error(self._window, exc)
            return
        self._show(case.case_ref, result, self.model.note_column)

    def _show(self, case_ref: str, result: EditResult, column: int) -> None:
        # The cell shows what the service stored (not a guess of it).
        if result.case is not None:
            self.model.update_case(result.case, column)
        self.edited.emit(case_ref, result)
