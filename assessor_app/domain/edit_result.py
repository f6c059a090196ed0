"""What one edit changed, as the service hands it back: the records as they now are and
the change records written, so a view applies the result instead of guessing it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from assessor_app.domain.changes import ChangeRecord
from assessor_app.domain.visit import Attachment, CorrectiveAction, Finding, Visit

if TYPE_CHECKING:  # the case-review rules load with the case review, not with every edit
    from assessor_app.domain.case_review import Draw, PopulationCase, ReviewedCase
    from assessor_app.domain.evidence_requests import EvidenceRequest


@dataclass(frozen=True, slots=True)
class EditResult:
    """``visit`` is the visit after the edit (its state and revision may have moved: a
    signed visit that is edited starts a new revision). Each other field is the record the
    edit touched, as stored now; ``removed`` holds the ids of records it removed.
    A case-review edit gives the drawn ``case`` as stored now and whether the case review
    is now complete (the outcome needs it); ``None`` there means the edit did not say."""

    changes: tuple[ChangeRecord, ...] = ()
    visit: Visit | None = None
    finding: Finding | None = None
    action: CorrectiveAction | None = None
    attachment: Attachment | None = None
    removed: frozenset[str] = frozenset()
    case: ReviewedCase | None = None
    population_case: PopulationCase | None = None
    draw: Draw | None = None
    request: EvidenceRequest | None = None
    case_review_complete: bool | None = None

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    def change(self, field: str) -> ChangeRecord | None:
        """The change record of one field (the last, if several), or None."""
        found = [c for c in self.changes if c.field == field]
        return found[-1] if found else None

    def new_revision(self) -> tuple[int, int] | None:
        """(signed revision, revision started) when the edit reopened a signed visit as
        its next revision; None otherwise. Read from the change records written, so a
        caller learns it without reading the visit again."""
        bump = next(
            (c for c in self.changes if c.entity == "visit" and c.field == "revision"), None
        )
        if bump is None:
            return None
        return int(str(bump.old_value)), int(str(bump.new_value))
