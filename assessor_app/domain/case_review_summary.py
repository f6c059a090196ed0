"""What the report, the summary page and sync show of the internal case review.

Shared contract between the case review feature (which computes it) and its readers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class QuestionCompliance:
    key: str
    short: str
    text: str
    yes: int
    no: int
    na: int
    unanswered: int

    @property
    def compliance(self) -> float | None:
        """Share of 'yes' among yes/no answers (not applicable left out); None when none."""
        answered = self.yes + self.no
        return self.yes / answered if answered else None


@dataclass(frozen=True, slots=True)
class CaseReviewSummary:
    population_size: int
    population_fingerprint: str
    seed: str
    method_version: str
    drawn_at: datetime | None
    drawn_by: str
    sample_size: int  # cases drawn
    cases_complete: int  # drawn cases with every question answered
    questions: tuple[QuestionCompliance, ...]
    # complication grade ("none", "1".."6", or "unrecorded") -> number of drawn cases
    complication_grades: dict[str, int]

    @property
    def complete(self) -> bool:
        return self.sample_size > 0 and self.cases_complete == self.sample_size

    @property
    def overall_compliance(self) -> float | None:
        yes = sum(q.yes for q in self.questions)
        answered = yes + sum(q.no for q in self.questions)
        return yes / answered if answered else None
