"""The facility's own internal case review beside the assessors' review of the drawn cases.

Read-only and compact: one headline and one row per review question (agreement on the
drawn cases both sides answered, and the cases that differ). Hidden until an application
form with a case review is imported; the page refreshes it after every answer, so the
figures follow the assessor's own review as it fills in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.case_review import ReviewedCase
from assessor_app.domain.errors import AppError
from assessor_app.domain.self_assessment import FacilityReview, facility_review_of
from assessor_app.domain.template import CaseReviewQuestion
from assessor_app.ui.plain_text import PlainLabel

# Rows shown before the table scrolls: the panel must not crowd the grid of cases.
_VISIBLE_ROWS = 4


class FacilityReviewPanel(QGroupBox):
    """Agreement per question between the facility's internal review and the assessors'."""

    def __init__(self, services: Any, visit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facilityReviewPanel")
        self.setTitle(self.tr("The facility's internal case review"))
        self.setAccessibleName(self.tr("The facility's internal case review compared with yours"))
        self._services = services
        self._visit_id = visit_id
        self._review: FacilityReview | None = None  # as last read: the facility's side
        self.headline = PlainLabel(self)
        self.headline.setObjectName("facilityReviewHeadline")
        self.headline.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("facilityReviewTable")
        self.table.setAccessibleName(self.tr("Agreement per review question"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Agreement"), self.tr("Cases that differ")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMaximumHeight(header.sizeHint().height() + row_height * _VISIBLE_ROWS + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.headline)
        layout.addWidget(self.table)
        self.hide()

    def refresh(self, questions: Sequence[CaseReviewQuestion]) -> None:
        """Read the comparison again; hidden when the facility sent no case review."""
        try:
            review: FacilityReview | None = self._services.self_assessment.facility_review(
                self._visit_id
            )
        except AppError:
            # A read that fails leaves the panel out rather than showing stale figures;
            # the page's own edits report their errors where they are made.
            review = None
        self._review = review
        if review is None:
            self.hide()
            return
        self._show(review, questions)
        self.show()

    def follow(
        self, questions: Sequence[CaseReviewQuestion], cases: Sequence[ReviewedCase]
    ) -> None:
        """After one of the assessors' answers: the comparison again from the facility's
        side as read and the page's cases in memory, without reading the database (an
        answer stays one transaction)."""
        if self._review is None:
            return
        review = facility_review_of(
            self._review.cases, [q.key for q in questions], {c.case_ref: c.answers for c in cases}
        )
        self._show(review, questions)

    def _show(self, review: FacilityReview, questions: Sequence[CaseReviewQuestion]) -> None:
        short = {q.key: q.short for q in questions}
        compared = sum(q.compared for q in review.questions)
        agree = sum(q.agree for q in review.questions)
        differing = {ref for q in review.questions for ref in q.differing_cases}
        if compared:
            self.headline.setText(
                self.tr(
                    "{cases} cases in the facility's review. On the drawn cases both of you "
                    "answered, {agree} of {compared} answers agree; cases that differ: {n}."
                ).format(cases=len(review.cases), agree=agree, compared=compared, n=len(differing))
            )
        else:
            self.headline.setText(
                self.tr(
                    "{cases} cases in the facility's review. None of them is a drawn case "
                    "you have answered yet, so there is nothing to compare."
                ).format(cases=len(review.cases))
            )
        self.table.setRowCount(len(review.questions))
        for row, q in enumerate(review.questions):
            if q.rate is None:
                figure = self.tr("not compared")
            else:
                figure = self.tr("{agree} of {compared} ({rate}%)").format(
                    agree=q.agree, compared=q.compared, rate=f"{q.rate * 100:.0f}"
                )
            cells = (
                short.get(q.key, q.key),
                figure,
                ", ".join(q.differing_cases) or self.tr("none"),
            )
            for column, text in enumerate(cells):
                # A table item shows its text as plain text, never as markup.
                self.table.setItem(row, column, QTableWidgetItem(text))
