"""The internal case review page: import the population, draw verifiably, review by keyboard.

Layout and wiring only; each part is a panel of its own: ``PopulationPanel`` and
``DrawPanel`` on top; below, the ``CaseGridPanel`` (drawn cases by review questions, with
the compliance footer row; its keys are listed there) beside the ``CaseDetailPanel`` of
the current case; the results line and the keys under them. Every cell is saved through
the services at once, by ``CaseEdits``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.case_review import CaseAnswer, ReviewedCase
from assessor_app.domain.edit_result import EditResult
from assessor_app.services.case_review import PopulationInfo
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.case_review.case_detail_panel import CaseDetailPanel
from assessor_app.ui.case_review.case_edits import CaseEdits
from assessor_app.ui.case_review.case_grid_model import CASE_ROLE, CaseGridModel
from assessor_app.ui.case_review.case_grid_panel import CaseGridPanel
from assessor_app.ui.case_review.draw_panel import DrawPanel
from assessor_app.ui.case_review.facility_review_panel import FacilityReviewPanel
from assessor_app.ui.case_review.population_panel import PopulationPanel
from assessor_app.ui.plain_text import PlainLabel, RichLabel


class CaseReviewPage(QWidget):
    """One visit's internal case review. ``edited(result)`` fires after every saved answer,
    grade, note, added case or draw with what it changed; ``changed`` after a population
    import (the open visit reads itself again)."""

    changed = Signal()
    edited = Signal(object)  # an EditResult

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
        self.model = CaseGridModel(self)
        self.edits = CaseEdits(services, visit_id, self.model, self)
        self._build()
        self._wire()
        self.refresh()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        self.population = PopulationPanel(self.services, self.visit_id, self.runner, self)
        self.draw = DrawPanel(self.services, self.visit_id, self)
        top.addWidget(self.population, 2)
        top.addWidget(self.draw, 3)
        root.addLayout(top)

        self.cases = CaseGridPanel(self.model, self.edits, self)
        self.detail = CaseDetailPanel(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.cases)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 300])
        root.addWidget(splitter, 1)
        self.facility_review = FacilityReviewPanel(self.services, self.visit_id, self)
        root.addWidget(self.facility_review)

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

        # The panels' widgets, by the names the page has always offered (tests, shortcuts).
        self.grid, self.footer = self.cases.grid, self.cases.footer
        self.population_label = self.population.label
        self.import_button = self.population.import_button
        self.add_ref, self.add_date = self.population.add_ref, self.population.add_date
        self.add_type, self.add_button = self.population.add_type, self.population.add_button
        self.seed_edit, self.n_spin = self.draw.seed_edit, self.draw.n_spin
        self.draw_button, self.draw_label = self.draw.draw_button, self.draw.draw_label
        self.verify_button, self.verify_label = self.draw.verify_button, self.draw.verify_label

    def _wire(self) -> None:
        self.population.population_changed.connect(self._reloaded_after_change)
        self.population.case_added.connect(self._refreshed_after_edit)
        self.draw.drawn.connect(self._on_drawn)
        self.model.note_edited.connect(self.edits.set_note)
        self.edits.edited.connect(self._after_edit)
        self.edits.declined.connect(self.refresh)
        self.grid.selectionModel().currentChanged.connect(self._on_current_changed)
        self.detail.answer_chosen.connect(self._on_detail_answer)
        self.detail.grade_chosen.connect(self._on_detail_grade)
        # The note is saved when the user leaves it.
        self.detail.note.installEventFilter(self)

    @property
    def confirm_edit(self) -> Callable[[QWidget], bool]:
        """Asked before every edit; the workspace sets it to its visit session's check."""
        return self.edits.confirm_edit

    @confirm_edit.setter
    def confirm_edit(self, check: Callable[[QWidget], bool]) -> None:
        self.edits.confirm_edit = check
        self.population.confirm_edit = check
        self.draw.confirm_edit = check

    @property
    def detail_answers(self) -> dict[str, QComboBox]:
        return self.detail.answers

    @property
    def detail_note(self) -> QPlainTextEdit:
        return self.detail.note

    @property
    def detail_title(self) -> RichLabel:
        return self.detail.title

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload everything from the services (after import, draw, or from outside)."""
        cr = self.services.case_review
        info: PopulationInfo = cr.population_info(self.visit_id)
        draw = cr.current_draw(self.visit_id)
        self.model.set_rows(cr.questions(self.visit_id), cr.cases(self.visit_id))
        self.detail.set_questions(self.model.questions)
        self.population.show_population(info, locked=draw is not None)
        self.draw.show_draw(draw, info.size)
        self.cases.after_load()
        self._update_summary()
        self.facility_review.refresh(self.model.questions)
        self.detail.show_case(self.model.case_at(0), len(self.model.cases))

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

    def _reloaded_after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    def _refreshed_after_edit(self, result: EditResult) -> None:
        # The page shows its own lists again; the open visit takes the result.
        self.refresh()
        self.edited.emit(result)

    def _on_drawn(self, result: EditResult) -> None:
        self._refreshed_after_edit(result)
        self.grid.setFocus()

    # -- edits --------------------------------------------------------------------------------
    def set_answer(self, row: int, key: str, answer: CaseAnswer | None) -> bool:
        """Save one answer through the services, then update that cell; False on error."""
        return self.edits.set_answer(row, key, answer)

    def set_grade(self, row: int, grade: str | None) -> bool:
        return self.edits.set_grade(row, grade)

    def _after_edit(self, case_ref: str, result: EditResult) -> None:
        self._update_summary()
        self.facility_review.follow(self.model.questions, self.model.cases)
        if self.detail.case_ref == case_ref:
            self._show_detail(self.model.case_at(self.model.row_of(case_ref)))
        self.edited.emit(result)

    # -- detail panel --------------------------------------------------------------------------
    def _show_detail(self, case: ReviewedCase | None) -> None:
        self.detail.show_case(case, len(self.model.cases))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case = current.data(CASE_ROLE) if current.isValid() else None
        if isinstance(case, ReviewedCase) and case.case_ref != self.detail.case_ref:
            self._save_detail_note()
            self._show_detail(case)

    def _on_detail_answer(self, key: str, answer: CaseAnswer | None) -> None:
        if self.detail.case_ref is not None:
            self.edits.set_answer(self.model.row_of(self.detail.case_ref), key, answer)

    def _on_detail_grade(self, grade: str | None) -> None:
        if self.detail.case_ref is not None:
            self.edits.set_grade(self.model.row_of(self.detail.case_ref), grade)

    def _save_detail_note(self) -> None:
        if self.detail.case_ref is not None:
            self.edits.set_note(
                self.model.row_of(self.detail.case_ref), self.detail.note.toPlainText()
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.detail.note and event.type() == QEvent.Type.FocusOut:
            self._save_detail_note()
        return super().eventFilter(watched, event)
