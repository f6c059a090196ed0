"""The facility's self-assessment of the shown requirement, beside the assessor's rating:
read-only, so it can inform the finding but never replace it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from assessor_app.domain.ratings import Rating
from assessor_app.domain.self_assessment import SelfAssessment
from assessor_app.ui.checklist.status import rating_label
from assessor_app.ui.plain_text import PlainLabel

_FRAME = "#facilityClaim { background: #f3f6fa; border: 1px solid #c9d3df; border-radius: 4px; }"
_DIFFER = "color: #a33a1f; font-weight: 600;"


class FacilityClaimPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facilityClaim")
        self.setStyleSheet(_FRAME)
        self.setAccessibleName(self.tr("The facility's self-assessment"))
        self.status_label = PlainLabel(self)
        self.status_label.setStyleSheet("font-weight: 600;")
        self.differ_label = PlainLabel(self)
        self.differ_label.setStyleSheet(_DIFFER)
        self.justification_label = PlainLabel(self)
        self.evidence_label = PlainLabel(self)
        self.comment_label = PlainLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        for label in (
            self.status_label,
            self.differ_label,
            self.justification_label,
            self.evidence_label,
            self.comment_label,
        ):
            label.setWordWrap(True)
            layout.addWidget(label)
        self.hide()

    def show_claim(self, claim: SelfAssessment | None, rating: Rating | None) -> None:
        """Shown only when the facility said something about this requirement."""
        if claim is None or claim.is_empty:
            self.hide()
            return
        self.status_label.setText(
            self.tr("The facility says: {status}").format(
                status=rating_label(claim.status) if claim.status else self.tr("no status given")
            )
        )
        differs = (
            claim.status is not None
            and rating is not None
            and rating.is_answer
            and rating is not claim.status
        )
        self.differ_label.setText(self.tr("Your rating differs from the facility's."))
        self.differ_label.setVisible(differs)
        self._line(self.justification_label, self.tr("Justification: {text}"), claim.justification)
        self._line(self.evidence_label, self.tr("Evidence: {text}"), "; ".join(claim.evidence))
        self._line(self.comment_label, self.tr("Comment: {text}"), claim.comment)
        self.show()

    @staticmethod
    def _line(label: PlainLabel, pattern: str, value: str) -> None:
        label.setText(pattern.format(text=value))
        label.setVisible(bool(value))
