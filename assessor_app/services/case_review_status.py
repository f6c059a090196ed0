"""What the outcome rules and the visit's readers need to know of the internal case review."""

from __future__ import annotations

from typing import Protocol

from assessor_app.domain.case_review_summary import CaseReviewSummary


class CaseReviewStatus(Protocol):
    def is_complete(self, visit_id: str) -> bool:
        """True when every drawn case of the visit's sample is fully answered."""
        ...

    def summary(self, visit_id: str) -> CaseReviewSummary | None:
        """Draw parameters and compliance figures; None before any population or draw."""
        ...
