"""Saving one cell of the case review (an answer, a grade, a note) through the services,
then updating that cell of the grid's model; the grid and the detail panel both edit
through it, so they cannot disagree."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from assessor_app.domain.case_review import CaseAnswer
from assessor_app.domain.errors import AppError
from assessor_app.ui.case_review.case_grid_model import CaseGridModel
from assessor_app.ui.case_review.error_box import show_error


class CaseEdits(QObject):
    """``edited(case_ref)`` fires after every saved edit of a case."""

    edited = Signal(str)
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
            self.services.case_review.answer(self.visit_id, case.case_ref, key, answer)
        except AppError as exc:
            show_error(self._window, exc)
            return False
        column = 1 + [q.key for q in self.model.questions].index(key)
        self.model.update_case(self.model.with_answer(row, key, answer), column)
        self.edited.emit(case.case_ref)
        return True

    def set_grade(self, row: int, grade: str | None) -> bool:
        case = self.model.case_at(row)
        if case is None or not self.confirm_edit(self._window):
            return False
        try:
            self.services.case_review.set_grade(self.visit_id, case.case_ref, grade)
        except AppError as exc:
            show_error(self._window, exc)
            return False
        self.model.update_case(replace(case, grade=grade), self.model.grade_column)
        self.edited.emit(case.case_ref)
        return True

    def set_note(self, row: int, text: str) -> None:
        case = self.model.case_at(row)
        if case is None or case.note == text.strip():
            return
        if not self.confirm_edit(self._window):
            self.declined.emit()
            return
        try:
            self.services.case_review.set_note(self.visit_id, case.case_ref, text)
        except AppError as exc:
            show_error(self._window, exc)
            return
        self.model.update_case(replace(case, note=text.strip()), self.model.note_column)
        self.edited.emit(case.case_ref)
