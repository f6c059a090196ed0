"""What the outcome rules need to know of the internal case review."""

from __future__ import annotations

from typing import Protocol


class CaseReviewStatus(Protocol):
    def is_complete(self, visit_id: str) -> bool:
        """True when every drawn case of the visit's sample is fully answered."""
        ...


class NoCaseReview:
    """Until a sample is drawn and reviewed, the case review is not complete."""

    def is_complete(self, visit_id: str) -> bool:
        return False
